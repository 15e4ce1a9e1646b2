"""A streaming .xlsx writer for table exports: Thai headers, frozen header row, widths, real date cells, filters.

It writes SpreadsheetML directly (inline strings, one style sheet) because openpyxl's write-only mode spends
most of its time building a Python object per cell; see docs/import.md for the measurements.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from vocdesk.errors import VocDeskError
from vocdesk.io.atomic import atomic_path

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_ROWS_PER_WRITE = 500
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|^\s|\s$")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")

STYLE_DATE, STYLE_DATETIME, STYLE_HEADER, STYLE_DECIMAL = 1, 2, 3, 4


@dataclass(frozen=True)
class SheetColumn:
    """One exported column: its header (Thai), width in characters, and `decimal` for two-decimal numbers."""

    header: str
    width: float = 14
    decimal: bool = False


@dataclass
class SheetSpec:
    """One worksheet: name, columns and rows (any iterable of sequences; None and '' leave a cell empty)."""

    name: str
    columns: Sequence[SheetColumn]
    rows: Iterable[Sequence[Any]]


def column_letters(count: int) -> list[str]:
    letters = []
    for index in range(count):
        name, number = "", index + 1
        while number:
            number, rest = divmod(number - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def _text_cell(ref: str, value: str) -> str:
    if _SPECIAL.search(value):
        value = escape(_ILLEGAL.sub("", value))
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def _cell(ref: str, value: Any, decimal: bool) -> str:
    if isinstance(value, str):
        return _text_cell(ref, value) if value else ""
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return _text_cell(ref, str(value))
        if decimal:
            return f'<c r="{ref}" s="{STYLE_DECIMAL}"><v>{value!r}</v></c>'
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    if isinstance(value, dt.datetime):
        serial = (value.replace(tzinfo=None) - _EXCEL_EPOCH).total_seconds() / 86400
        return f'<c r="{ref}" s="{STYLE_DATETIME}"><v>{serial!r}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}" s="{STYLE_DATE}"><v>{(value - _EXCEL_EPOCH.date()).days}</v></c>'
    return _text_cell(ref, str(value))


def _sheet_head(columns: Sequence[SheetColumn]) -> str:
    cols = "".join(f'<col min="{i}" max="{i}" width="{c.width:g}" customWidth="1"/>'
                   for i, c in enumerate(columns, 1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN_NS}" '
            f'xmlns:r="{REL_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
            'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
            f'</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>')


def _write_sheet(stream: Any, spec: SheetSpec, progress: Callable[[int], None] | None,
                 cancel: Callable[[], bool] | None) -> int:
    """Stream one worksheet; returns the number of data rows written."""
    columns = spec.columns
    letters = column_letters(len(columns))
    decimals = [column.decimal for column in columns]
    header = "".join(_text_cell(f"{letter}1", column.header).replace("<c ", f'<c s="{STYLE_HEADER}" ', 1)
                     for letter, column in zip(letters, columns, strict=True))
    parts = [_sheet_head(columns), f'<row r="1">{header}</row>']
    number = 1
    for values in spec.rows:
        number += 1
        suffix = str(number)
        cells = "".join(_cell(letter + suffix, value, decimal)
                        for letter, value, decimal in zip(letters, values, decimals, strict=False))
        parts.append(f'<row r="{suffix}">{cells}</row>')
        if len(parts) >= _ROWS_PER_WRITE:
            if cancel is not None and cancel():
                raise ExportCancelled()
            stream.write("".join(parts).encode("utf-8"))
            parts.clear()
            if progress is not None:
                progress(number - 1)
    parts.append(f'</sheetData><autoFilter ref="A1:{letters[-1]}{number}"/></worksheet>')
    stream.write("".join(parts).encode("utf-8"))
    return number - 1


class ExportCancelled(VocDeskError):
    """The user cancelled an export; the partial file was removed."""

    code = "export_cancelled"


def _safe_sheet_name(name: str, taken: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub(" ", name).strip("'")[:31] or "Sheet"
    candidate, counter = base, 2
    while candidate.casefold() in taken:
        candidate = f"{base[:28]} {counter}"
        counter += 1
    taken.add(candidate.casefold())
    return candidate


def write_xlsx(path: Path, sheets: Sequence[SheetSpec], progress: Callable[[int], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> int:
    """Write the workbook to a temporary file and move it into place; returns data rows written.

    `progress(rows_done)` is called every few hundred rows; when `cancel()` turns true the partial file is
    removed and ExportCancelled is raised, so an existing file at `path` is never half overwritten.
    """
    if not sheets or any(not spec.columns for spec in sheets):
        raise ValueError("a workbook needs at least one sheet with at least one column")
    taken: set[str] = set()
    names = [_safe_sheet_name(spec.name, taken) for spec in sheets]
    total = 0
    with atomic_path(path) as temporary, \
            zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as archive:
        filters = []
        for index, spec in enumerate(sheets, 1):
            with archive.open(f"xl/worksheets/sheet{index}.xml", "w", force_zip64=True) as stream:
                rows = _write_sheet(stream, spec, progress, cancel)
            total += rows
            filters.append((names[index - 1], column_letters(len(spec.columns))[-1], rows + 1))
        _write_package_parts(archive, filters)
    return total


_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN_NS}">'
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/><numFmt numFmtId="166" formatCode="0.00"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Tahoma"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Tahoma"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>'
    '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _write_package_parts(archive: zipfile.ZipFile, sheets: list[tuple[str, str, int]]) -> None:
    """Content types, relationships, workbook (with each sheet's filter range) and styles."""
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_CT}.worksheet+xml"/>'
                        for i in range(1, len(sheets) + 1))
    archive.writestr("[Content_Types].xml", (
        f'{_XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>{overrides}</Types>'))
    archive.writestr("_rels/.rels", (
        f'{_XML_HEAD}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
        f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
    sheet_rels = "".join(f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                         for i in range(1, len(sheets) + 1))
    archive.writestr("xl/_rels/workbook.xml.rels", (
        f'{_XML_HEAD}<Relationships xmlns="{_PKG_REL}">{sheet_rels}<Relationship Id="rId{len(sheets) + 1}" '
        f'Type="{REL_NS}/styles" Target="styles.xml"/></Relationships>'))
    entries = "".join(f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
                      for i, (name, _, _) in enumerate(sheets, 1))
    filters = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
        f"{escape(_quoted_sheet(name))}!$A$1:${last}${rows}</definedName>"
        for i, (name, last, rows) in enumerate(sheets))
    archive.writestr("xl/workbook.xml", (
        f'{_XML_HEAD}<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><bookViews><workbookView/></bookViews>'
        f"<sheets>{entries}</sheets><definedNames>{filters}</definedNames></workbook>"))
    archive.writestr("xl/styles.xml", _STYLES)


def _quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"
