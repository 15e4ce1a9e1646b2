"""Excel/CSV import pipeline (no database): gate → read → find the table → clean → validate into findings.

Each kind of record declares its columns once (see `learners.py`); services resolve and write the rows.
"""

from vocdesk.io.imports.declaration import Column, Declaration, header_key
from vocdesk.io.imports.findings import CellProblem, Finding, Severity
from vocdesk.io.imports.limits import ImportLimits
from vocdesk.io.imports.pipeline import CancelCheck, ImportCancelled, ParsedFile, ParsedRow, Progress, read_import

__all__ = [
    "CancelCheck",
    "CellProblem",
    "Column",
    "Declaration",
    "Finding",
    "ImportCancelled",
    "ImportLimits",
    "ParsedFile",
    "ParsedRow",
    "Progress",
    "Severity",
    "header_key",
    "read_import",
]
