"""Read one file of one declared kind into clean rows and findings; no database, no exceptions for bad rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vocdesk.errors import FileRefused, VocDeskError
from vocdesk.io.imports.cleaners import BLANK_CHARS, is_blank
from vocdesk.io.imports.columns import BLANK, clean_column
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
    """Clean column by column (each column's distinct values once), then one dict per row of the filled cells."""
    declaration = parsed.declaration
    numbers = [row for row, _ in data]
    total = len(data)
    table = _columns_of([cells for _, cells in data], max((p for p, _ in positions), default=-1) + 1)
    names = [column.name for _, column in positions]
    cleaned: list[list[Any]] = []
    tagged: list[tuple[int, int, int, Finding]] = []  # (row, column order, sequence, finding): row-major order
    failed: dict[str, set[int]] = {}
    for order, (position, column) in enumerate(positions):
        if cancel is not None and cancel():
            raise ImportCancelled()
        if progress is not None:
            progress(total * order // max(len(positions), 1), total)
        result = clean_column(table[position], column.clean)
        cleaned.append(result.values)
        for index, problem in result.problems.items():
            tagged.append((numbers[index], order, 0, error(numbers[index], column.name, problem.code,
                                                             **problem.params)))
        failed[column.name] = {numbers[index] for index in result.problems}
        for index, found in result.warnings.items():
            tagged.extend((numbers[index], order, sequence, Finding(numbers[index], column.name, code,
                                                                    Severity.WARNING, params))
                          for sequence, (code, params) in enumerate(found, 1))
    rows = [{name: value for name, value in zip(names, values, strict=True) if value is not BLANK}
            for values in zip(*cleaned, strict=True)] if cleaned else [{} for _ in data]
    combined = [column for _, column in positions if column.fills]
    if combined:
        _fill_combined(rows, combined)
    key, after = declaration.key, len(positions)
    key_failed = failed.get(key, set())
    for values, row in zip(rows, numbers, strict=True):
        if key not in values and row not in key_failed:
            tagged.append((row, after, 0, error(row, key, "import_required",
                                                column=declaration.column(key).header_th)))
    for offset, column in enumerate(c for c in declaration.columns if c.unique):
        tagged.extend((row, after + 1 + offset, 0, finding) for row, finding in _duplicates(rows, numbers, column.name))
    tagged.sort(key=lambda item: item[:3])
    parsed.findings.extend(item[3] for item in tagged)
    parsed.rows.extend(ParsedRow(row, values, cells) for values, (row, cells) in zip(rows, data, strict=True))
    if progress is not None:
        progress(total, total)


def _columns_of(rows: list[list[Cell]], width: int) -> list[tuple[Cell, ...]]:
    """The rows as columns, at least `width` of them; short rows (CSV) count as blank past their end."""
    if any(len(cells) < width for cells in rows):
        rows = [cells + [""] * (width - len(cells)) if len(cells) < width else cells for cells in rows]
    columns = list(zip(*rows))
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
