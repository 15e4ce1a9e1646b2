"""The tax evidence pack: one xlsx, the certifying letter and a note of what the pack is not, zipped and signed."""

from __future__ import annotations

import hashlib
import io
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from vocdesk.domain.thai_dates import format_be_official
from vocdesk.errors import ValidationFailed
from vocdesk.io.atomic import write_bytes_atomic
from vocdesk.io.package.minisign import SecretKey
from vocdesk.io.pdf.letter import build_official_letter
from vocdesk.io.pdf.model import OfficialLetter
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.settings import college_profile
from vocdesk.services.dual.followup_settings import tax_letter_wording
from vocdesk.services.dual.tax_evidence import TaxEvidence, tax_evidence, tax_year

NOTE = ("ชุดเอกสารนี้รวบรวมข้อมูลการฝึกอาชีพระบบทวิภาคีตามที่วิทยาลัยบันทึกไว้ (ช่วงฝึก ชั่วโมงตามบันทึกการฝึก "
        "เบี้ยเลี้ยงตามที่รายงาน ครูฝึกและใบรับรอง) เพื่อประกอบการใช้สิทธิตามพระราชกฤษฎีกา ฉบับที่ 437 (พ.ศ. 2548)\n"
        "ชุดเอกสารนี้ไม่ใช่คำรับรองว่ารายจ่ายใดหักได้: รายการรายจ่ายที่อาจเข้าเกณฑ์ยังไม่ได้รับการยืนยัน "
        "สถานประกอบการต้องใช้หลักฐานการจ่ายของตนเองและตรวจสอบกับกรมสรรพากร\n"
        "ตรวจลายมือชื่อได้ด้วย: minisign -Vm <แฟ้ม>.zip -p college-signing.pub\n")


@dataclass(frozen=True)
class TaxPack:
    path: Path
    signature_path: Path
    sha256: str
    learners: list[str]
    warnings: list[str]
    """`6630001 also at 0105540085581` for a learner-period another enterprise's pack would claim too."""


def _workbook(e: TaxEvidence) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "learners"
    sheet.append(["student_code", "learner", "start", "end", "hours_reported", "allowance_baht", "trainer",
                  "also_at_enterprise"])
    for r in e.learners:
        sheet.append([r.student_code, r.learner, r.start, r.end, r.hours, r.allowance_satang / 100, r.trainer,
                      ",".join(r.elsewhere)])
    for title, header, rows in (("mous", ["number", "signed_on", "start", "end"], e.mous),
                                ("trainers", ["trainer", "certificate", "issued_on", "valid_until"], e.trainers),
                                ("items_unconfirmed", ["item"], [(i,) for i in e.items])):
        extra = book.create_sheet(title)
        extra.append(header)
        for row in rows:
            extra.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _letter(uow: UnitOfWork, e: TaxEvidence, resources_dir: Path) -> bytes:
    college = college_profile(uow.session)
    first, last = tax_year(e.year_be)
    lines = [f"{i}. {r.learner} ({r.student_code}) ฝึกตั้งแต่ {format_be_official(r.start, False)} ถึง "
             f"{format_be_official(r.end, False)} รวม {r.hours:g} ชั่วโมงตามบันทึกการฝึก"
             for i, r in enumerate(e.learners, 1)]
    opening_text, closing_text = tax_letter_wording(uow.session)
    values = {"college": college.name_th, "enterprise": e.enterprise, "tax_id": e.tax_id, "count": len(e.learners),
              "first": format_be_official(first, False), "last": format_be_official(last, False)}
    opening, closing = opening_text.format(**values), closing_text.format(**values)
    body = [opening, *lines, closing]
    letter = OfficialLetter(reference="", agency=[college.name_th], date=uow.clock.today(),
                            subject="หนังสือรับรองการรับผู้เรียนเข้าฝึกอาชีพระบบทวิภาคี",
                            salutation=f"กรรมการผู้จัดการ {e.enterprise}", body=body, signer_name=" " * 40,
                            signer_position=[f"ผู้อำนวยการ{college.name_th}"], contact=["งานทวิภาคี", college.name_th])
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "letter.pdf"
        build_official_letter(letter, out, resources_dir, thai_digits=False)
        return out.read_bytes()


def build_tax_pack(uow: UnitOfWork, tax_id: str, year_be: int, out: Path, signing: SecretKey,
                   resources_dir: Path) -> TaxPack:
    require(uow.actor, "dual.tax_pack")
    for existing in (out, out.with_name(out.name + ".minisig")):
        if existing.exists():
            raise ValidationFailed("pkg_out_exists", field="out", path=str(existing))
    evidence = tax_evidence(uow, tax_id, year_be)
    members = {"README-th.txt": NOTE.encode("utf-8"), "evidence.xlsx": _workbook(evidence),
               "certifying-letter.pdf": _letter(uow, evidence, resources_dir)}
    buffer, now = io.BytesIO(), uow.clock.now()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, (now.year, now.month, now.day, now.hour, now.minute, 0)), data)
    data = buffer.getvalue()
    comment = f"vocdesk-tax-pack enterprise={evidence.tax_id} year={year_be}"
    write_bytes_atomic(out, data, exclusive=True)
    signature = out.with_name(out.name + ".minisig")
    write_bytes_atomic(signature, signing.sign_digest(hashlib.blake2b(data, digest_size=64).digest(),
                                                      comment).encode("utf-8"), exclusive=True)
    sha256 = hashlib.sha256(data).hexdigest()
    warnings = [f"{r.student_code} also at {t}" for r in evidence.learners for t in r.elsewhere]
    uow.audit("tax_pack.create", "enterprise", evidence.tax_id,
              {"year": [None, year_be], "learners": [None, [r.student_code for r in evidence.learners]],
               "sha256": [None, sha256], "warnings": [None, warnings]})
    return TaxPack(out, signature, sha256, [r.student_code for r in evidence.learners], warnings)
