"""Find the table in a workbook: the sheet and header row whose cells match the most declared column names."""

from __future__ import annotations

from dataclasses import dataclass

from vocdesk.errors import FileRefused
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.findings import Finding, warning
from vocdesk.io.imports.reader import RawSheet


@dataclass(frozen=True)
class TableLayout:
    """Where the data is: sheet, header row (as Excel numbers it) and which cell index feeds which column."""

    sheet: RawSheet
    header_row: int
    positions: dict[int, Column]
    headers: tuple[str, ...]
    """The header cells as the user typed them, by cell index."""
    findings: tuple[Finding, ...]


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _score(row: list[object], declaration: Declaration) -> int:
    return len({column.name for cell in row if (column := declaration.match_header(cell)) is not None})


def find_table(sheets: list[RawSheet], declaration: Declaration) -> TableLayout:
    """Pick the best (sheet, header row); refuse the file when no row names the key column and one other."""
    best: tuple[int, RawSheet, int] | None = None
    for sheet in sheets:
        for index, row in enumerate(sheet.head):
            score = _score(row, declaration)
            has_key = any((c := declaration.match_header(cell)) is not None and c.name in declaration.key_names()
                          for cell in row)
            if has_key and score >= 2 and (best is None or score > best[0]):
                best = (score, sheet, index)
    if best is None:
        key = " / ".join(f"{declaration.column(name).header_th} ({name})" for name in declaration.key_names())
        raise FileRefused("import_no_table", key=key,
                          sheets=", ".join(sheet.name for sheet in sheets) or "-")
    _, sheet, index = best
    return _layout(sheet, index, declaration)


def _layout(sheet: RawSheet, index: int, declaration: Declaration) -> TableLayout:
    header_row = index + 1
    headers = tuple("" if cell is None else str(cell).strip() for cell in sheet.head[index])
    positions: dict[int, Column] = {}
    used: dict[str, int] = {}
    findings: list[Finding] = []
    for position, header in enumerate(headers):
        if not header:
            continue
        letter = column_letter(sheet.first_column + position)
        column = declaration.match_header(header)
        if column is None:
            findings.append(warning(header_row, "", "import_unknown_column", header=header, letter=letter))
        elif column.name in used:
            findings.append(warning(header_row, column.name, "import_duplicate_column", header=header, letter=letter,
                                    first=column_letter(sheet.first_column + used[column.name])))
        else:
            used[column.name] = position
            positions[position] = column
    return TableLayout(sheet, header_row, positions, headers, tuple(findings))
