"""Builders for teacher tests: departments and teacher import workbooks."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import insert

from vocdesk.persistence.models import Department
from vocdesk.services.core.context import AppContext

IDS = ["1101700230708", "1101700230716", "1101700230724", "1101700230732"]


def departments(ctx: AppContext) -> None:
    with ctx.unit_of_work() as uow:
        uow.session.execute(insert(Department), [
            {"code": "01", "name_th": "แผนกวิชาช่างยนต์", "is_technical": True, "version": 1},
            {"code": "08", "name_th": "แผนกวิชาการบัญชี", "is_technical": False, "version": 1}])


def workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ทะเบียนครูและบุคลากร วิทยาลัยเทคนิคบ้านโป่งสาธิต"])  # a title row above the table
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
