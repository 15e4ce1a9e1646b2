"""Read the cells of a checked file: workbooks through python-calamine (macros are never run), CSV decoded from
UTF-8 (with or without BOM) or TIS-620/Windows-874."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vocdesk.errors import FileRefused
from vocdesk.io.imports.gate import CSV

Cell = Any
"""What a cell arrives as: str, int, float, bool, date, datetime, time or timedelta ('' when empty)."""


@dataclass
class RawSheet:
    """One sheet's cells; `rows()` yields every row from sheet row 1 (blank rows included)."""

    name: str
    head: list[list[Cell]]
    rows: Callable[[], Iterator[list[Cell]]]
    first_column: int = 0
    """0-based sheet column of each row's first cell (calamine trims empty columns on the left)."""


class Workbook:
    """An opened input file; use as a context manager so calamine releases the file."""

    def __init__(self, path: Path, file_format: str, head_rows: int) -> None:
        self._path = path
        self._format = file_format
        self._head_rows = head_rows
        self._book: Any = None
        self._csv_rows: list[list[Cell]] | None = None

    def __enter__(self) -> Workbook:
        if self._format == CSV:
            self._csv_rows = read_csv_rows(self._path)
        else:
            self._book = _open_calamine(self._path)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._book is not None:
            self._book.close()
            self._book = None

    def sheets(self) -> list[RawSheet]:
        """Visible worksheets in workbook order (a CSV is one sheet named after the file)."""
        if self._csv_rows is not None:
            rows = self._csv_rows
            return [RawSheet(self._path.stem, rows[: self._head_rows], lambda: iter(rows))]
        return [self._sheet(meta.name) for meta in self._book.sheets_metadata if _is_visible_worksheet(meta)]

    def _sheet(self, name: str) -> RawSheet:
        from python_calamine import CalamineError

        try:
            sheet = self._book.get_sheet_by_name(name)
            head = sheet.to_python(skip_empty_area=False, nrows=self._head_rows)
        except CalamineError as exc:
            raise FileRefused("import_corrupt", detail=f"{name}: {exc}") from None
        start = sheet.start
        first_column = start[1] if start else 0
        return RawSheet(name, head, sheet.iter_rows, first_column)


def _is_visible_worksheet(meta: Any) -> bool:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    return bool(meta.typ == SheetTypeEnum.WorkSheet and meta.visible == SheetVisibleEnum.Visible)


def _open_calamine(path: Path) -> Any:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise FileRefused("import_encrypted", name=path.name) from None
    except (CalamineError, OSError, ValueError) as exc:
        raise FileRefused("import_corrupt", detail=str(exc) or type(exc).__name__) from None


def decode_csv(data: bytes) -> str:
    """UTF-8 (BOM optional) first; bytes that are not UTF-8 are read as Windows-874, the superset of TIS-620."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp874")
    except UnicodeDecodeError:
        raise FileRefused("import_csv_encoding") from None


def read_csv_rows(path: Path) -> list[list[Cell]]:
    text = decode_csv(path.read_bytes())
    sample = text[:64 * 1024]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise FileRefused("import_corrupt", detail=str(exc)) from None
