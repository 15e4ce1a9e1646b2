"""Learners a large import adds are found by search at once, and search keeps indexing learners added after it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.data.import_catalogue import GROUP_CODE, seed_catalogue
from tests.data.import_files import national_id, write_workbook
from vocdesk.persistence.models import Learner
from vocdesk.services.core.context import AppContext
from vocdesk.services.kinds.imports import import_file
from vocdesk.services.learners.search import search_learner_ids

FULL = ["studentCode", "idcard", "prefixName", "firstName", "lastName", "gender", "birthDate", "gradeNameTh",
        "majorNameTh", "minorNameTh", "groupCode", "studentStatusName", "gpax", "tel", "email"]


def _rows(first: int, count: int, surname: str) -> list[list[object]]:
    return [[f"662010{first + i:05d}", national_id(first + i), "นาย", "ชื่อ", f"{surname}{i}", "", "", "ปวช.1",
             "ช่างยนต์", "", GROUP_CODE, "", "", "", ""] for i in range(count)]


def _find(ctx: AppContext, text: str) -> list[str]:
    with ctx.db.read() as session:
        ids = search_learner_ids(session, ctx.actor, text, None, today=ctx.today())
        return list(session.scalars(select(Learner.student_code).where(Learner.id.in_(ids))
                                    .order_by(Learner.student_code)))


def test_bulk_and_small_imports_are_searchable(ctx: AppContext, tmp_path: Path) -> None:
    seed_catalogue(ctx)
    small = write_workbook(tmp_path / "small.xlsx", FULL, _rows(1, 3, "ทองดี"))
    assert import_file(ctx, "learners", small, commit=True).report.imported == 3
    big = write_workbook(tmp_path / "big.xlsx", FULL, _rows(100, 600, "ศรีสุข"))
    assert import_file(ctx, "learners", big, commit=True).report.imported == 600
    later = write_workbook(tmp_path / "later.xlsx", FULL, _rows(900, 2, "ปั้นดี"))
    assert import_file(ctx, "learners", later, commit=True).report.imported == 2

    assert _find(ctx, "ทองดี") == ["66201000001", "66201000002", "66201000003"]
    assert len(_find(ctx, "ศรีสุข")) == 600  # every learner of the big import, none twice
    assert _find(ctx, "ศรีสุข599") == ["66201000699"]
    assert _find(ctx, "ปั้นดี") == ["66201000900", "66201000901"]  # indexed after the big import too
