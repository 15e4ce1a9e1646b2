"""Column-wise cleaning gives every cell the value, problem or warning that cleaning it alone would give."""

from __future__ import annotations

from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.cleaners import is_blank
from vocdesk.io.imports.columns import BLANK, clean_column
from vocdesk.io.imports.findings import CellProblem

CLEANERS = {"text": c.text(12), "code": c.code(8), "national_id": c.national_id, "phone": c.phone,
            "email": c.email}
ALPHABET = "0123456789๑๒ @.|-aZก\u00a0\u200b\t+E"
CELL = st.one_of(st.text(ALPHABET, max_size=14), st.sampled_from(["1101700203451", "1101700203450", "0812345678",
                                                                    "s1@example.ac.th", "ก ข", " ", ""]),
                 st.integers(0, 10**13), st.floats(allow_nan=False, allow_infinity=False), st.booleans())


def one_by_one(cells: list[Any], clean: Any) -> list[Any]:
    """What each cell gives on its own: a value, ('problem', code) or BLANK, plus its warnings."""
    seen = []
    for cell in cells:
        if is_blank(cell):
            seen.append((BLANK, []))
            continue
        warnings: list[tuple[str, dict[str, Any]]] = []
        try:
            seen.append((clean(cell, warnings), warnings))
        except CellProblem as problem:
            seen.append((("problem", problem.code), []))
    return seen


def by_column(cells: list[Any], clean: Any) -> list[Any]:
    result = clean_column(cells, clean)
    assert result.filled == sum(1 for value in result.values if value is not BLANK)
    return [(("problem", result.problems[i].code), []) if i in result.problems
            else (value, result.warnings.get(i, [])) for i, value in enumerate(result.values)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(CLEANERS)), st.lists(CELL, max_size=12))
@example("code", [0, False])  # equal as dict keys: the False must still read "FALSE", not share the 0's value
@example("text", [5, 5.0, True, 1])
@example("code", ["A1", 1, True])  # a flag behind an equal number among text: still cleaned on its own
def test_column_cleaning_matches_cell_by_cell(name: str, cells: list[Any]) -> None:
    assert by_column(cells, CLEANERS[name]) == one_by_one(cells, CLEANERS[name])


def test_a_column_of_clean_cells_keeps_blanks_out_and_one_odd_cell_is_still_cleaned() -> None:
    plain = ["6620101000001", "", "6620101000002"]
    assert clean_column(plain, c.code(20)).values == ["6620101000001", BLANK, "6620101000002"]
    odd = ["6620101000001", "๖๖๒๐๑๐๑๐๐๐๐๐๓", "6.62E+10"]
    result = clean_column(odd, c.code(20))
    assert result.values[:2] == ["6620101000001", "6620101000003"]
    assert result.problems[2].code == "import_number_digits_lost"
    ids = clean_column(["1101700203451", "1101700203450"], c.national_id)
    assert ids.values[1] == "1101700203450" and ids.problems[0].code == "import_national_id_checksum"
