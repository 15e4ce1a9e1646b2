"""The covering letter (หนังสือนำส่ง) of a hand-off: which centre, how many learners, the package and its SHA-256."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from vocdesk.domain.thai_dates import format_be_official
from vocdesk.errors import NotFound
from vocdesk.io.pdf.letter import build_official_letter
from vocdesk.io.pdf.model import OfficialLetter
from vocdesk.persistence.models import DualCentre
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.core.settings import college_profile
from vocdesk.services.dual.handoff import HandoffResult


def write_handoff_letter(uow: UnitOfWork, centre_code: str, handoff: HandoffResult, out: Path,
                         resources_dir: Path, judged_on: dt.date | None = None) -> Path:
    require(uow.actor, "dual.handoff")
    centre = uow.session.scalars(select(DualCentre).where(DualCentre.code == centre_code.strip())).first()
    if centre is None:
        raise NotFound(what=f"centre {centre_code}", field="centre")
    college = college_profile(uow.session)
    today: dt.date = uow.clock.today()
    sealed = ("ข้อมูลส่วนบุคคลในแฟ้มเข้ารหัสถึงกุญแจสาธารณะของศูนย์ฯ" if handoff.sealed
              else "ศูนย์ฯ ยังไม่ได้ให้กุญแจสาธารณะไว้ ข้อมูลจึงไม่ได้เข้ารหัส โปรดเก็บรักษาตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล")
    body = [
        f"ด้วย{college.name_th} มีผู้เรียนระบบทวิภาคีที่ฝึกอาชีพในพื้นที่ของศูนย์ฯ และมีสัญญาณที่ต้องติดตาม "
        f"จำนวน {len(handoff.learners)} คน ณ วันที่ {format_be_official(judged_on or today, thai_digits=False)} "
        "วิทยาลัยได้ดำเนินการติดตามตามที่ระบุในรายชื่อแล้ว จึงขอส่งรายชื่อเพื่อให้ศูนย์ฯ ช่วยดูแลและติดตามต่อ",
        f"รายชื่ออยู่ในแฟ้ม {handoff.path.name} ซึ่งลงลายมือชื่ออิเล็กทรอนิกส์ด้วยกุญแจของวิทยาลัย "
        f"(ตรวจได้ด้วยโปรแกรม minisign และแฟ้ม {handoff.signature_path.name}) รหัสตรวจสอบ SHA-256 "
        f"{handoff.sha256[:16]}… {sealed} ในแฟ้มมีเฉพาะข้อมูลที่ศูนย์ฯ ต้องใช้ ไม่มีเลขประจำตัวประชาชน",
        "จึงเรียนมาเพื่อโปรดพิจารณา และขอความกรุณาแจ้งผลการดำเนินการให้วิทยาลัยทราบด้วย",
    ]
    letter = OfficialLetter(reference="", agency=[college.name_th], date=today,
                            subject="ส่งรายชื่อผู้เรียนระบบทวิภาคีที่ต้องติดตาม", salutation=f"ผู้อำนวยการ{centre.name}",
                            body=body, signer_name=" " * 40,
                            signer_position=[f"ผู้อำนวยการ{college.name_th}"],
                            enclosures=[f"แฟ้มรายชื่อ {handoff.path.name} จำนวน 1 แฟ้ม"],
                            contact=["งานทวิภาคี", college.name_th])
    # Arabic digits: the file name and SHA-256 must read exactly as the files have them.
    return build_official_letter(letter, out, resources_dir, thai_digits=False)
