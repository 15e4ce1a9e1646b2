"""An NSO-shaped long CSV aggregates to what a spreadsheet gives for one occupation and area, worked by hand."""

from __future__ import annotations

import csv
import datetime as dt

from tests.integration.labour.builders import add_graduates, add_programme
from tests.integration.labour.test_demand_import import LFS
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file
from vocdesk.services.labour.gap import programme_gaps
from vocdesk.services.labour.occupation_map import set_occupations

CRAFT = "Craft and related trades workers"


def _spreadsheet(region: str) -> float:
    """AVERAGE of the both-sexes quarterly rows (employment is a stock) × 1,000 (พันคน), as a sheet would do it."""
    with LFS.open(encoding="utf-8") as handle:
        values = [float(row["VALUE"].replace(",", "")) for row in csv.DictReader(handle)
                  if row["REGION"] == region and row["SEX"] == "รวม" and row["OCCUPATION"] == CRAFT]
    assert len(values) == 2  # Q1 and Q2 of 2566
    return sum(values) / len(values) * 1000


def test_the_gap_reads_the_same_numbers_a_spreadsheet_sum_gives(ctx: AppContext) -> None:
    assert import_file(ctx, "demand", LFS, commit=True).report.errors == []
    programme = add_programme(ctx)
    ctx.run(lambda uow: set_occupations(uow, programme, [("isco08", "7", 1.0)]))
    add_graduates(ctx, programme, 10, dt.date(2023, 3, 20))
    rate = 0.03  # the documented default replacement rate: without vacancy figures, openings = employed × 3 %
    with ctx.db.read() as session:
        for area, region in ((None, "ทั่วราชอาณาจักร"), ("ภาคกลาง", "ภาคกลาง")):
            year, shown, lines = programme_gaps(session, ctx.actor, area, 2566)
            assert (year, shown) == (2566, region)
            assert lines[0].demand_basis == "employed"
            assert lines[0].demand == round(_spreadsheet(region) * rate, 1)
            assert lines[0].graduates == 10
