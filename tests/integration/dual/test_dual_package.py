"""The dual share of an OVEC package: partner enterprises and placements, learners only as pseudonyms."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import func, select

from tests.integration.packages.test_package_workflow import _lock_and_create, _verify, college  # noqa: F401
from vocdesk.persistence.models import DualPlacement, Learner
from vocdesk.services.core.context import AppContext
from vocdesk.services.packages.keys import CollegeKeys


def test_placements_travel_pseudonymised_with_their_enterprises(ctx: AppContext, college: CollegeKeys,  # noqa: F811
                                                                tmp_path: Path) -> None:
    created = _lock_and_create(ctx, college, tmp_path / "p.zip")
    with ctx.db.read() as s:
        placements = s.scalar(select(func.count()).select_from(DualPlacement))
        ids = set(s.scalars(select(Learner.national_id)))
    assert placements and created.rows["dual_placements"] == placements
    result = _verify(ctx, tmp_path / "p.zip", college)
    rows = list(csv.DictReader(io.StringIO(result.tables["dual_placements.csv"].decode("utf-8"))))
    assert len(rows) == placements and {r["idcard"] for r in rows}.isdisjoint(ids)
    assert all(len(r["idcard"]) == 64 for r in rows)
    partners = list(csv.DictReader(io.StringIO(result.tables["dual_enterprises.csv"].decode("utf-8"))))
    assert {r["enterpriseId"] for r in rows} <= {p["enterpriseId"] for p in partners}
    assert all(len(p["enterpriseId"]) == 13 for p in partners)
    entry = next(e for e in result.manifest.files if e.table == "dual_placements")
    assert entry.pseudonymised == ("idcard",)
