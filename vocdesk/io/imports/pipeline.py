"""Read one file of one declared kind into clean rows and findings; no database, no exceptions for bad rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from vocdesk.errors import FileRefused, VocDeskError
from vocdesk.io.imports.cleaners import BLANK_CHARS, is_blank
from vocdesk.io.imports.collector import collection_paused
from vocdesk.io.imports.columns import BLANK, CleanColumn, clean_column
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.findings import Finding, Severity, error
from vocdesk.io.imports.gate import check_file
from vocdesk.io.imports.limits import ImportLimits
from vocdesk.io.imports.reader import Cell, Workbook
from vocdesk.io.imports.table import find_table

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ImportCancelled(VocDeskError):
    """The user cancelled; nothing was written."""

    code = "import_cancelled"


@dataclass
class ParsedRow:
    """One non-blank data row: its sheet row number, the clean values by column name, and the cells as typed."""

    row: int
    values: dict[str, Any]
    cells: list[Cell]


@dataclass
class ParsedFile:
    """Everything read from a file; findings cover cells, rows and the file (row 0 or the header row)."""

    declaration: Declaration
    path: Path
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    first_column: int
    present: frozenset[str]
    """Columns the file has (a column the file lacks is never changed in existing records)."""
    rows: list[ParsedRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    options: dict[str, str] = field(default_factory=dict)
    """What the person said about the file beyond its cells (demand: `scheme`, the occupation scheme it uses)."""

    def error_rows(self) -> set[int]:
        return {finding.row for finding in self.findings if finding.severity is Severity.ERROR}


def read_import(path: Path, declaration: Declaration, limits: ImportLimits | None = None,
                progress: Progress | None = None, cancel: CancelCheck | None = None) -> ParsedFile:
    """Gate, read, find the table, clean and validate every row. Raises FileRefused or ImportCancelled only."""
    with collection_paused():
        return _read(path, declaration, limits or ImportLimits(), progress, cancel)


def _read(path: Path, declaration: Declaration, limits: ImportLimits, progress: Progress | None,
          cancel: CancelCheck | None) -> ParsedFile:
    file_format = check_file(path, limits)
    try:
        with Workbook(path, file_format, limits.header_scan_rows) as book:
            layout = find_table(book.sheets(), declaration)
            numbers: list[int] = []
            rows: list[list[Cell]] = []
            start = layout.header_row
            for number, cells in enumerate(islice(layout.sheet.rows(), start, None), start + 1):
                first = cells[0] if cells else ""
                if (first.__class__ is str and first.strip(BLANK_CHARS)) or not _blank_row(cells):
                    numbers.append(number)
                    rows.append(cells)
                    if len(rows) > limits.max_data_rows:
                        raise FileRefused("import_too_many_rows", limit=limits.max_data_rows)
    except BaseException as exc:
        # A Rust panic inside calamine surfaces as pyo3's PanicException (a BaseException): a damaged file.
        if type(exc).__name__ == "PanicException":
            raise FileRefused("import_corrupt", detail=str(exc)[:200]) from None
        raise
    parsed = ParsedFile(declaration, path, layout.sheet.name, layout.header_row, layout.headers,
                        layout.sheet.first_column, frozenset(c.name for c in layout.positions.values()),
                        findings=list(layout.findings))
    _clean_rows(parsed, list(layout.positions.items()), numbers, rows, progress, cancel)
    return parsed


def _blank_row(cells: list[Cell]) -> bool:
    for cell in cells:
        if cell.__class__ is str:
            if cell.strip(BLANK_CHARS):
                return False
        elif not is_blank(cell):
            return False
    return True


def _clean_rows(parsed: ParsedFile, positions: list[tuple[int, Column]], numbers: list[int],
                data: list[list[Cell]], progress: Progress | None, cancel: CancelCheck | None) -> None:
    """Clean column by column (each column's distinct values once), then one dict per row of the filled cells."""
    declaration = parsed.declaration
    total = len(data)
    table = _columns_of(data, max((p for p, _ in positions), default=-1) + 1)
    cleaned: list[tuple[str, CleanColumn]] = []
    tagged: list[tuple[int, int, int, Finding]] = []  # (row, column order, sequence, finding): row-major order
    failed: dict[str, set[int]] = {}
    for order, (position, column) in enumerate(positions):
        if cancel is not None and cancel():
            raise ImportCancelled()
        if progress is not None:
            progress(total * order // max(len(positions), 1), total)
        result = clean_column(table[position], column.clean)
        cleaned.append((column.name, result))
        for index, problem in result.problems.items():
            tagged.append((numbers[index], order, 0, error(numbers[index], column.name, problem.code,
                                                             **problem.params)))
        failed[column.name] = {numbers[index] for index in result.problems}
        for index, found in result.warnings.items():
            tagged.extend((numbers[index], order, sequence, Finding(numbers[index], column.name, code,
                                                                    Severity.WARNING, params))
                          for sequence, (code, params) in enumerate(found, 1))
    rows = _row_values(cleaned, total)
    combined = [column for _, column in positions if column.fills]
    if combined:
        _fill_combined(rows, combined)
    by_name = dict(cleaned)
    filled_by_combined = {name for column in combined for name in column.fills}
    keys, after = declaration.key_names(), len(positions)
    key_failed = set().union(*(failed.get(name, set()) for name in keys))
    every_row_keyed = any(name not in filled_by_combined and name in by_name and by_name[name].filled == total
                          for name in keys)
    if not every_row_keyed:
        headers = declaration.key_headers()
        for values, row in zip(rows, numbers, strict=True):
            if row not in key_failed and not any(name in values for name in keys):
                tagged.append((row, after, 0, error(row, declaration.key, "import_required", column=headers)))
    for offset, column in enumerate(c for c in declaration.columns if c.unique):
        known = by_name.get(column.name)
        if known is not None and column.name not in filled_by_combined and _all_distinct(known):
            continue
        tagged.extend((row, after + 1 + offset, 0, finding) for row, finding in _duplicates(rows, numbers, column.name))
    tagged.sort(key=lambda item: item[:3])
    parsed.findings.extend(item[3] for item in tagged)
    parsed.rows.extend(map(ParsedRow, numbers, rows, data))
    if progress is not None:
        progress(total, total)


def _row_values(cleaned: list[tuple[str, CleanColumn]], total: int) -> list[dict[str, Any]]:
    """One dict per row of its filled columns: the columns filled on every row are zipped at once, the others
    added where filled; a column blank on every row is left out."""
    full = [(name, column.values) for name, column in cleaned if column.filled == total]
    sparse = [(name, column.values) for name, column in cleaned if 0 < column.filled < total]
    names = [name for name, _ in full]
    rows = [dict(zip(names, values, strict=True)) for values in zip(*(v for _, v in full), strict=True)] if full \
        else [{} for _ in range(total)]
    for name, values in sparse:
        for row, value in zip(rows, values, strict=True):
            if value is not BLANK:
                row[name] = value
    return rows


def _columns_of(rows: list[list[Cell]], width: int) -> list[tuple[Cell, ...]]:
    """The rows as columns, at least `width` of them; short rows (CSV) count as blank past their end."""
    if rows and min(map(len, rows)) < width:
        rows = [cells + [""] * (width - len(cells)) if len(cells) < width else cells for cells in rows]
    columns = list(zip(*rows, strict=False))  # a longer row (CSV) has cells past the table: not read
    return columns if columns else [() for _ in range(width)]


def _fill_combined(rows: list[dict[str, Any]], combined: list[Column]) -> None:
    """A combined column (ชื่อ-นามสกุล) fills the columns it splits into where the row left them blank."""
    for values in rows:
        for column in combined:
            parts = values.pop(column.name, None)
            if parts:
                for name, value in parts.items():
                    if value not in (None, "") and name not in values:
                        values[name] = value


def _all_distinct(column: CleanColumn) -> bool:
    """No clean value repeats (one set, the common case of a unique column)."""
    distinct = set(column.values)
    distinct.discard(BLANK)
    return len(distinct) == column.filled


def _duplicates(rows: list[dict[str, Any]], numbers: list[int], name: str) -> list[tuple[int, Finding]]:
    """Later rows repeating a unique column's value, each naming the first row that has it."""
    seen: dict[Any, int] = {}
    found: list[tuple[int, Finding]] = []
    for values, row in zip(rows, numbers, strict=True):
        value = values.get(name)
        if value is not None:
            first = seen.setdefault(value, row)
            if first != row:
                found.append((row, error(row, name, "import_duplicate", value=value, first_row=first)))
    return found
