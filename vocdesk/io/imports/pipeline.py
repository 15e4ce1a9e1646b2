"""Read one file of one declared kind into clean rows and findings; no database, no exceptions for bad rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vocdesk.errors import FileRefused, VocDeskError
from vocdesk.io.imports.cleaners import BLANK_CHARS, is_blank
from vocdesk.io.imports.declaration import Column, Declaration
from vocdesk.io.imports.findings import CellProblem, Finding, Severity, error
from vocdesk.io.imports.gate import check_file
from vocdesk.io.imports.limits import ImportLimits
from vocdesk.io.imports.reader import Cell, Workbook
from vocdesk.io.imports.table import find_table

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
CHECK_EVERY = 500
"""Rows between two progress reports and cancel checks."""
_MISSING = object()
MEMO_LIMIT = 2000
"""Distinct clean values remembered per column; past this the column is treated as mostly unique."""


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
    limits = limits or ImportLimits()
    file_format = check_file(path, limits)
    try:
        with Workbook(path, file_format, limits.header_scan_rows) as book:
            layout = find_table(book.sheets(), declaration)
            data: list[tuple[int, list[Cell]]] = []
            for index, cells in enumerate(layout.sheet.rows()):
                if index >= layout.header_row and not _blank_row(cells):
                    data.append((index + 1, cells))
                    if len(data) > limits.max_data_rows:
                        raise FileRefused("import_too_many_rows", limit=limits.max_data_rows)
    except BaseException as exc:
        # A Rust panic inside calamine surfaces as pyo3's PanicException (a BaseException): a damaged file.
        if type(exc).__name__ == "PanicException":
            raise FileRefused("import_corrupt", detail=str(exc)[:200]) from None
        raise
    parsed = ParsedFile(declaration, path, layout.sheet.name, layout.header_row, layout.headers,
                        layout.sheet.first_column, frozenset(c.name for c in layout.positions.values()),
                        findings=list(layout.findings))
    _clean_rows(parsed, list(layout.positions.items()), data, progress, cancel)
    return parsed


def _blank_row(cells: list[Cell]) -> bool:
    for cell in cells:
        if cell.__class__ is str:
            if cell.strip(BLANK_CHARS):
                return False
        elif not is_blank(cell):
            return False
    return True


def _clean_rows(parsed: ParsedFile, positions: list[tuple[int, Column]], data: list[tuple[int, list[Cell]]],
                progress: Progress | None, cancel: CancelCheck | None) -> None:
    declaration = parsed.declaration
    findings = parsed.findings
    unique = [column.name for column in declaration.columns if column.unique]
    seen: dict[str, dict[Any, int]] = {name: {} for name in unique}
    combined = [column for _, column in positions if column.fills]
    keys, key_headers = declaration.key_names(), declaration.key_headers()
    warnings: list[tuple[str, dict[str, Any]]] = []
    # Clean values by cell per column: majors, grades, groups, statuses and dates repeat thousands of times.
    # One [position, name, cleaner, memo] slot per column, looked up before the blank test (blanks are never
    # remembered, so a hit is a clean value): the inner loop runs 750,000 times for a 50,000-row file.
    slots: list[list[Any]] = [[position, column.name, column.clean, {}] for position, column in positions]
    total = len(data)
    for done, (row, cells) in enumerate(data):
        if done % CHECK_EVERY == 0:
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)
        values: dict[str, Any] = {}
        failed: set[str] = set()
        width = len(cells)
        for slot in slots:
            position, name, clean_cell, memo = slot
            if position >= width:
                continue
            cell = cells[position]
            if cell.__class__ is str:
                if memo is not None:
                    known = memo.get(cell, _MISSING)
                    if known is not _MISSING:
                        values[name] = known
                        continue
                if not cell.strip(BLANK_CHARS):
                    continue
                key: Any = cell
            elif cell is None or is_blank(cell):
                continue
            else:
                key = (cell.__class__, cell)
                if memo is not None:
                    known = memo.get(key, _MISSING)
                    if known is not _MISSING:
                        values[name] = known
                        continue
            try:
                values[name] = clean = clean_cell(cell, warnings)
            except CellProblem as problem:
                findings.append(error(row, name, problem.code, **problem.params))
                failed.add(name)
                continue
            if warnings:
                findings.extend(Finding(row, name, code, Severity.WARNING, params) for code, params in warnings)
                warnings.clear()
            elif memo is not None:
                memo[key] = clean
                if len(memo) > MEMO_LIMIT:
                    slot[3] = None  # a column of mostly distinct values: stop remembering
        for column in combined:
            parts = values.pop(column.name, None)
            if parts:
                for name, value in parts.items():
                    if value not in (None, "") and name not in values:
                        values[name] = value
        if not any(name in values or name in failed for name in keys):
            findings.append(error(row, declaration.key, "import_required", column=key_headers))
        for name in unique:
            value = values.get(name)
            if value is not None:
                first = seen[name].setdefault(value, row)
                if first != row:
                    findings.append(error(row, name, "import_duplicate", value=value, first_row=first))
        parsed.rows.append(ParsedRow(row, values, cells))
    if progress is not None:
        progress(total, total)
