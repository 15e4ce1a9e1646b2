"""Demand facts through the standard import: an NSO-shaped long CSV, re-imports, newer releases and bad files."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from vocdesk.persistence.models import DemandFact
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file

DATA = Path(__file__).resolve().parents[2] / "data" / "labour"
LFS = DATA / "lfs_occupation_2566.csv"
HEADER = "YEAR,QUARTER,REGION,SEX,AGE_GROUP,OCCUPATION,VALUE,UNIT,SOURCE\n"
SOURCE = "สำนักงานสถิติแห่งชาติ การสำรวจภาวะการทำงานของประชากร"


def _persons(ctx: AppContext, **where: object) -> list[Decimal]:
    with ctx.db.read() as session:
        query = select(DemandFact.value * DemandFact.multiplier).filter_by(**where)
        return [Decimal(v) for v in session.scalars(query)]


def _count(ctx: AppContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(DemandFact)) or 0)


def test_an_nso_long_table_imports_with_multipliers_and_totals_kept(ctx: AppContext) -> None:
    run = import_file(ctx, "demand", LFS, commit=True)
    assert run.report.errors == []
    # ISCO-08 is recognised from the titles (no scheme warning); the file has no MEASURE column: said once.
    assert [(f.row, f.code) for f in run.report.warnings] == [(0, "labour_measure_assumed")]
    assert (run.report.imported, run.report.updated, _count(ctx)) == (126, 0, 126)
    # Row 28: ภาคกลาง, Q1, both sexes, craft workers, "1,294.8" พันคน.
    assert _persons(ctx, area="ภาคกลาง", quarter=1, sex="*", occupation="7") == [Decimal("1294800")]
    assert _persons(ctx, area_kind="country", quarter=2, sex="หญิง", occupation="4") == [Decimal("1013000")]
    # Row 23, the region's total over occupations, is kept as a total (occupation "*"), never a seventh group.
    assert _persons(ctx, area="ภาคกลาง", quarter=1, sex="*", occupation="*") == [Decimal("4859800")]
    with ctx.db.read() as session:
        codes = set(session.scalars(select(DemandFact.occupation).distinct()))
    assert codes == {"*", "1", "2", "3", "4", "7", "8"}


def test_the_same_file_again_or_in_tis620_changes_nothing(ctx: AppContext) -> None:
    import_file(ctx, "demand", LFS, commit=True)
    again = import_file(ctx, "demand", LFS, commit=True)
    thai = import_file(ctx, "demand", DATA / "lfs_occupation_2566_tis620.csv", commit=True)
    for run in (again, thai):
        assert (run.report.imported, run.report.updated, run.report.unchanged, run.report.errors) == (0, 0, 126, [])
    assert _count(ctx) == 126


def test_a_newer_release_replaces_the_figure_and_says_what_changed(ctx: AppContext, tmp_path: Path) -> None:
    import_file(ctx, "demand", LFS, commit=True)
    revised = tmp_path / "lfs_revised.csv"
    revised.write_text(LFS.read_text(encoding="utf-8").replace('"1,294.8"', '"1,301.2"'), encoding="utf-8")
    run = import_file(ctx, "demand", revised, commit=True)
    assert (run.report.imported, run.report.updated, run.report.unchanged) == (0, 1, 125)
    change = run.report.as_json()["changes"][0]
    assert change["row"] == 28 and change["fields"] == {"value": ["1,294,800", "1,301,200"]}
    assert _persons(ctx, area="ภาคกลาง", quarter=1, sex="*", occupation="7") == [Decimal("1301200")]


def test_bad_rows_are_reported_by_row_and_column_and_nothing_is_written(ctx: AppContext, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "\n".join([
        f"๒๕๖๖,1,ภาคเหนือ,รวม,รวม,Managers,\"๑,๒๓๔.๕\",พันคน,{SOURCE}",   # 2: Thai digits, separators: fine
        f"2566,1,ภาคเหนือ,รวม,รวม,Professionals,12,,{SOURCE}",              # 3: no unit
        f"2566,Q5,ภาคเหนือ,รวม,รวม,Clerical support workers,12,พันคน,{SOURCE}",  # 4: quarter 5
        f"2566,1,ภาคเหนือ,รวม,รวม,Astronauts,12,พันคน,{SOURCE}",             # 5: not an ISCO-08 title
        f"2566,1,ภาคเหนือ,รวม,รวม,Managers,1300,พันคน,{SOURCE}",             # 6: row 2 again, other value
        f"2566,1,à¸ à¸²à¸„,รวม,รวม,Managers,10,พันคน,{SOURCE}",               # 7: TIS-620 read as Latin-1
        f"2566,1,ภาคเหนือ,รวม,รวม,Managers,10,ร้อยละ,{SOURCE}",              # 8: a percentage is no count
    ]) + "\n", encoding="utf-8")
    run = import_file(ctx, "demand", bad, commit=True)
    found = {(f.row, f.column, f.code) for f in run.report.errors}
    assert found == {(3, "unit", "import_required"), (4, "quarter", "labour_period_invalid"),
                     (5, "occupation", "labour_occupation_not_in_scheme"), (6, "value", "labour_fact_conflict"),
                     (7, "region", "labour_text_garbled"), (8, "unit", "labour_unit_unknown")}
    assert not run.report.committed and _count(ctx) == 0


def test_codes_without_a_scheme_are_read_as_isco08_with_a_warning(ctx: AppContext, tmp_path: Path) -> None:
    coded = tmp_path / "coded.csv"
    coded.write_text(HEADER + f"2023,2,,รวม,รวม,7231,4.5,พันคน,{SOURCE}\n2023,2,,รวม,รวม,72311,1,คน,{SOURCE}\n",
                     encoding="utf-8")
    run = import_file(ctx, "demand", coded, commit=False)
    warned = {(f.row, f.code) for f in run.report.warnings}
    assert warned == {(0, "labour_scheme_assumed"), (0, "labour_measure_assumed")}
    assert [(f.row, f.code) for f in run.report.errors] == [(3, "labour_occupation_not_in_scheme")]
