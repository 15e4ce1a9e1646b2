"""The downloadable error workbook: each bad row as it was typed with its problems, then every finding listed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vocdesk.io.excel_export import SheetColumn, SheetSpec, write_xlsx
from vocdesk.io.imports.findings import Finding, Severity
from vocdesk.io.imports.pipeline import ParsedFile
from vocdesk.io.imports.table import column_letter

_SEVERITY_TEXT = {Severity.ERROR: ("ข้อผิดพลาด", "error"), Severity.WARNING: ("คำเตือน", "warning")}


def column_headers(parsed: ParsedFile) -> dict[str, str]:
    """Column name → 'C: เลขประจำตัวประชาชน' as the user's file labels it."""
    shown: dict[str, str] = {}
    for index, header in enumerate(parsed.headers):
        column = parsed.declaration.match_header(header)
        if column is not None and column.name not in shown:
            shown[column.name] = f"{column_letter(parsed.first_column + index)}: {header}"
    return shown


def write_error_workbook(path: Path, parsed: ParsedFile, findings: Sequence[Finding], language: str = "th") -> int:
    """Write the workbook; returns how many rows had errors. Fix the first sheet and import it again."""
    by_row: dict[int, list[Finding]] = {}
    for finding in findings:
        by_row.setdefault(finding.row, []).append(finding)
    bad = {finding.row for finding in findings if finding.severity is Severity.ERROR}
    headers = [*parsed.headers, "แถวในไฟล์เดิม", "ปัญหาที่พบ"]
    width = len(parsed.headers)

    def bad_rows() -> Any:
        for row in parsed.rows:
            if row.row in bad:
                cells = [*row.cells[:width], *[""] * (width - len(row.cells))]
                problems = "\n".join(f.message(language) for f in by_row[row.row])
                yield [*cells, row.row, problems]

    shown = column_headers(parsed)
    listing = [[f.row or "", shown.get(f.column, f.column), f.code, _SEVERITY_TEXT[f.severity][language != "th"],
                f.message("th"), f.message("en")] for f in findings]
    write_xlsx(path, [
        SheetSpec("แถวที่มีปัญหา", [SheetColumn(h or "-", 16) for h in headers[:-1]] + [SheetColumn(headers[-1], 60)],
                  bad_rows()),
        SheetSpec("รายการปัญหา", [SheetColumn("แถว", 7), SheetColumn("คอลัมน์", 26), SheetColumn("รหัส", 28),
                                  SheetColumn("ระดับ", 11), SheetColumn("ข้อความ", 70), SheetColumn("Message", 70)],
                  listing),
    ])
    return len(bad)
