"""The document set of one placement: six PDFs and the contract and MOU as .docx with the parties filled in."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx
import pytest

from tests.factories.dual import D, learners, partner, placement
from tests.integration.dual.test_dual_cli import run_cli
from vocdesk.bootstrap import open_app
from vocdesk.errors import ValidationFailed
from vocdesk.services.core.context import AppContext
from vocdesk.services.dual.documents import parse_target, write_documents
from vocdesk.services.dual.placements import add_placement


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _placed(ctx: AppContext, birth: dt.date) -> int:
    learners(ctx, "6630201", level="pvc", birth=birth)
    enterprise, trainer = partner(ctx)
    with ctx.unit_of_work() as uow:
        from sqlalchemy import select

        from vocdesk.persistence.models import DualMou
        mou = uow.session.scalars(select(DualMou.id)).one()
    return ctx.run(lambda uow: add_placement(uow, placement("6630201", enterprise, trainer, mou_id=mou)))[0].id


def test_a_minors_placement_prints_six_documents_and_the_guardian_signs_the_contract(ctx: AppContext,
                                                                                     tmp_path: Path) -> None:
    placement_id = _placed(ctx, D(2009, 3, 1))  # 17 on 2 November 2569
    files = write_documents(ctx, f"P{placement_id}", tmp_path, thai_digits=False)
    assert [f.file for f in files] == ["mou.pdf", "mou.docx", "contract.pdf", "contract.docx",
                                       "guardian_consent.pdf", "training_plan.pdf", "referral_letter.pdf",
                                       "certificate_form.pdf"]
    assert all((tmp_path / f.file).read_bytes()[:5] == b"%PDF-" for f in files if f.format == "pdf")
    contract = _text(tmp_path / "contract.docx")
    assert "สัญญาการฝึกอาชีพ" in contract and "บริษัท ทดสอบ จำกัด" in contract and "อายุ 17 ปี" in contract
    assert "ผู้ปกครอง" in contract and "2 พฤศจิกายน 2569" in contract
    assert "จันทร์\n08:00\n17:00\n60" in contract  # the weekly pattern table, Monday 08:00–17:00, an hour's break
    assert "1/2569" in _text(tmp_path / "mou.docx")


def test_an_adults_contract_has_no_guardian_and_thai_digits_are_the_default(ctx: AppContext, tmp_path: Path) -> None:
    placement_id = _placed(ctx, D(2004, 3, 1))
    write_documents(ctx, str(placement_id), tmp_path)
    contract = _text(tmp_path / "contract.docx")
    assert "ผู้ปกครอง" not in contract and "อายุ ๒๒ ปี" in contract


def test_a_target_that_names_nothing_is_bad_input() -> None:
    assert parse_target("M3") == ("mou", 3) and parse_target("placement:12") == ("placement", 12)
    with pytest.raises(ValidationFailed) as refused:
        parse_target("X3")
    assert refused.value.code == "dual.document_target"


def test_the_command_prints_an_mous_documents_as_json(tmp_path: Path) -> None:
    home = tmp_path / "h"
    opened = open_app(str(home))
    partner(opened.context)
    opened.context.db.dispose()
    done = run_cli(home, "dual", "documents", "M1", "--out", str(tmp_path / "out"), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["files"] == [{"kind": "mou", "file": "mou.pdf", "format": "pdf"},
                                                {"kind": "mou", "file": "mou.docx", "format": "docx"}]
    assert run_cli(home, "dual", "documents", "Q1", "--out", str(tmp_path / "out")).returncode == 2
