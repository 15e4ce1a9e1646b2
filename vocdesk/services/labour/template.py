"""The demand template: an empty sheet with the `demand` import's Thai headers, and a sheet on how to fill it."""

from __future__ import annotations

from pathlib import Path

from vocdesk.io.excel_export import SheetColumn, SheetSpec, write_xlsx
from vocdesk.io.imports.labour import DEMAND
from vocdesk.services.core.context import Actor
from vocdesk.services.core.permissions import require

HOW_TO = (
    ("ปี", "ปี พ.ศ. หรือ ค.ศ. ของตัวเลข เช่น 2567"),
    ("ไตรมาส / เดือน", "เว้นว่างเมื่อเป็นตัวเลขทั้งปี; ไตรมาส 1–4 หรือ Q1; เดือน 1–12"),
    ("ภาค / จังหวัด", "กรอกจังหวัดเมื่อเป็นตัวเลขระดับจังหวัด; 'รวม' หรือเว้นว่าง = ทั้งประเทศ"),
    ("เพศ / กลุ่มอายุ / อุตสาหกรรม / ระดับการศึกษา", "เว้นว่างหรือ 'รวม' เมื่อเป็นยอดรวม (ยอดรวมจะไม่ถูกบวกซ้ำกับยอดย่อย)"),
    ("ระบบรหัสอาชีพ", "ISCO-08, ISCO-88 หรือ TSCO"),
    ("อาชีพ", "รหัส 1–4 หลัก หรือชื่อหมวดใหญ่ เช่น 7231 หรือ 'Craft and related trades workers'"),
    ("ตัวชี้วัด", "ตำแหน่งงานว่าง, ผู้สมัครงาน, การบรรจุงาน, ผู้มีงานทำ, ผู้ว่างงาน, ความต้องการแรงงาน"),
    ("จำนวน / หน่วย", "จำนวนตามเอกสาร และหน่วย เช่น คน, อัตรา, ตำแหน่ง, พันคน"),
    ("แหล่งข้อมูล", "ชื่อเอกสาร/ฉบับ เช่น กรมการจัดหางาน รายงานตลาดแรงงาน ม.ค. 2567"),
)


def write_template(actor: Actor, path: Path) -> int:
    """Write the template; returns the number of columns. Filled in, it imports as `vocdesk import demand`."""
    require(actor, "labour.import")
    columns = [SheetColumn(column.header_th, column.width) for column in DEMAND.columns]
    sheets = [SheetSpec(DEMAND.title_th, columns, []),
              SheetSpec("วิธีกรอก", [SheetColumn("คอลัมน์", 36), SheetColumn("วิธีกรอก", 90)], HOW_TO)]
    write_xlsx(path, sheets)
    return len(columns)
