"""Builders for import test files: messy real-looking workbooks, CSVs and hostile files, generated on the fly."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font


def national_id(seed: int) -> str:
    """A checksum-valid 13-digit national ID derived from `seed`."""
    first12 = f"1{seed:011d}"[-12:]
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


def wrong_checksum(valid: str) -> str:
    return valid[:12] + str((int(valid[12]) + 1) % 10)


def write_workbook(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]],
                   titles: Sequence[str] = (), sheet: str = "รายชื่อ", text_columns: Sequence[int] = (),
                   extra_sheets: Sequence[str] = ()) -> Path:
    """A workbook as colleges make them: merged title rows above the header, then the data.

    `text_columns` (0-based) get Excel's text format '@' so IDs typed there stay text."""
    book = openpyxl.Workbook()
    for name in extra_sheets:
        book.create_sheet(name)["A1"] = "หมายเหตุ: แผ่นงานนี้ไม่มีข้อมูลผู้เรียน"
    ws = book.active
    assert ws is not None
    ws.title = sheet
    width = max(len(header), 1)
    for index, title in enumerate(titles, 1):
        ws.cell(index, 1, title).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=index, start_column=1, end_row=index, end_column=width)
    top = len(titles) + 1
    for col, name in enumerate(header, 1):
        ws.cell(top, col, name).font = Font(bold=True)
    for r, values in enumerate(rows, top + 1):
        for c, value in enumerate(values, 1):
            if value is None:
                continue
            cell = ws.cell(r, c, value)
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
            elif c - 1 in text_columns:
                cell.number_format = "@"
    book.move_sheet(ws, offset=-len(extra_sheets))
    book.save(path)
    return path


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]], encoding: str) -> Path:
    lines = [",".join(header)] + [",".join("" if v is None else str(v) for v in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _rewrite(source: Path, target: Path, replace: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(source) as original:
        parts = {info.filename: original.read(info) for info in original.infolist()}
    parts.update(replace)
    with zipfile.ZipFile(target, "w", compression) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return target


def _sheet_xml(source: Path) -> str:
    with zipfile.ZipFile(source) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def _with_doctype(xml: str, doctype: str) -> str:
    """Put a DOCTYPE before the root element (after the XML declaration when there is one)."""
    if xml.startswith("<?xml"):
        end = xml.index("?>") + 2
        return xml[:end] + doctype + xml[end:]
    return doctype + xml


def billion_laughs(valid: Path, target: Path) -> Path:
    """The sheet XML declares nested entities that expand to gigabytes."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    xml = _with_doctype(_sheet_xml(valid), f"<!DOCTYPE worksheet [{entities}]>")
    xml = xml.replace("</sheetData>", '<row r="999"><c r="A999" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
                                      "</sheetData>", 1)
    return _rewrite(valid, target, {"xl/worksheets/sheet1.xml": xml.encode()})


def external_entity(valid: Path, target: Path) -> Path:
    """The workbook part pulls in /etc/passwd through an external entity in a sheet name."""
    with zipfile.ZipFile(valid) as archive:
        xml = archive.read("xl/workbook.xml").decode("utf-8")
    xml = _with_doctype(xml, '<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    xml = re.sub(r'<sheet name="[^"]*"', '<sheet name="&xxe;"', xml, count=1)
    return _rewrite(valid, target, {"xl/workbook.xml": xml.encode()})


def zip_bomb(valid: Path, target: Path, size: int = 64 * 1024 * 1024) -> Path:
    """A member that inflates ~1000:1 to `size` bytes (written in chunks, never held in memory)."""
    with zipfile.ZipFile(valid) as original:
        parts = {info.filename: original.read(info) for info in original.infolist()}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
        with out.open("xl/media/padding.bin", "w") as stream:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                stream.write(chunk)
    return target


def huge_formatted(valid: Path, target: Path, last_row: int = 1_048_576) -> Path:
    """Every row to the sheet's end carries a style but no value, as when a whole column is formatted."""
    xml = _sheet_xml(valid)
    start = xml.count("<row ") + 1
    styled = "".join(f'<row r="{r}" s="1" customFormat="1"><c r="A{r}" s="1"/></row>'
                     for r in range(start, last_row + 1))
    xml = xml.replace("</sheetData>", styled + "</sheetData>", 1)
    xml = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="A1:Z{last_row}"/>', xml, count=1)
    return _rewrite(valid, target, {"xl/worksheets/sheet1.xml": xml.encode()})


OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")


def ole_file(target: Path, encrypted: bool) -> Path:
    """An OLE/CFB container: an old .xls, or (with an EncryptedPackage stream) a password-protected .xlsx."""
    header = OLE_MAGIC + b"\0" * 504
    directory = ("EncryptedPackage" if encrypted else "Workbook").encode("utf-16-le").ljust(128, b"\0")
    target.write_bytes(header + directory + b"\0" * 4096)
    return target


def truncated(valid: Path, target: Path) -> Path:
    data = valid.read_bytes()
    target.write_bytes(data[: len(data) * 2 // 3])
    return target
