"""Thai and English texts for coded errors and findings: the one catalogue the CLI and the GUI share."""

from __future__ import annotations

from typing import Any

from vocdesk.errors import VocDeskError

# code -> (Thai, English); placeholders name the error's parameters.
CATALOGUE: dict[str, tuple[str, str]] = {
    "error": ("เกิดข้อผิดพลาด", "Something went wrong"),
    "not_found": ("ไม่พบข้อมูล {what}", "{what} was not found"),
    "invalid": ("ข้อมูลไม่ถูกต้อง: {field}", "Invalid value: {field}"),
    "required": ("ต้องกรอก {field}", "{field} is required"),
    "permission_denied": ("บัญชีนี้ไม่มีสิทธิ์ทำรายการนี้ ({action})", "Your role may not do this ({action})"),
    "conflict": (
        "มีผู้อื่นแก้ไขข้อมูลนี้ไปแล้ว กรุณาเปิดใหม่แล้วแก้ไขอีกครั้ง",
        "Someone else changed this record; reopen it and edit again",
    ),
    "db_not_local": (
        "ไม่สามารถเก็บฐานข้อมูล SQLite ไว้ที่ {path} ได้ เพราะเป็นโฟลเดอร์เครือข่ายหรือโฟลเดอร์ซิงก์คลาวด์ "
        "ซึ่งทำให้ข้อมูลเสียหายได้ หากหลายเครื่องต้องใช้ข้อมูลร่วมกัน ให้ใช้เซิร์ฟเวอร์ PostgreSQL "
        "(ตัวเลือก --db postgresql://...)",
        "A SQLite database cannot live at {path}: it is a network share or cloud-sync folder, where SQLite "
        "files get corrupted. For several PCs sharing data, use a PostgreSQL server (--db postgresql://...)",
    ),
    "db_unsupported": ("ไม่รองรับฐานข้อมูลชนิด {backend}", "Unsupported database type: {backend}"),
    "migration_heads": ("ชุดปรับโครงสร้างฐานข้อมูลไม่สมบูรณ์ ({heads})", "Migration scripts are inconsistent ({heads})"),
    "backup_not_sqlite": ("สำรองข้อมูลด้วยวิธีนี้ได้เฉพาะ SQLite", "This backup method works on SQLite only"),
    "backup_integrity": ("ไฟล์สำรองไม่ผ่านการตรวจสอบ: {detail}", "The backup failed its integrity check: {detail}"),
    "college_code_format": (
        "รหัสสถานศึกษาต้องเป็นตัวเลข 10 หลัก (ได้รับ '{value}')",
        "The college code must be 10 digits (got '{value}')",
    ),
    "demo_not_empty": (
        "ฐานข้อมูลมีข้อมูลอยู่แล้ว ({learners} คน) จึงไม่เติมข้อมูลตัวอย่าง",
        "The database already holds data ({learners} learners); demo data is only added to an empty one",
    ),
    "config_unreadable": (
        "อ่านไฟล์ตั้งค่า {path} ไม่ได้ ({detail}) กรุณาแก้ไขหรือลบไฟล์นี้แล้วเปิดโปรแกรมใหม่",
        "Cannot read the settings file {path} ({detail}); fix or delete it and start again",
    ),
    "file_refused": ("ไม่รับไฟล์นี้: {reason}", "File refused: {reason}"),
    "cancelled": ("ยกเลิกแล้ว ไม่มีการบันทึกข้อมูลใด ๆ", "Cancelled; nothing was saved"),
}


def render(code: str, language: str = "th", **params: Any) -> str:
    """Fill the template for `code`; unknown codes fall back to the code itself plus its parameters."""
    pair = CATALOGUE.get(code)
    if pair is None:
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{code} ({detail})" if detail else code
    template = pair[0] if language == "th" else pair[1]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def describe(error: VocDeskError, language: str = "th") -> str:
    return render(error.code, language, **error.params)
