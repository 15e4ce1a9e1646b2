"""Findings: what validation says about one cell, row or file — row as Excel shows it, column, code, severity."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from vocdesk.messages import render


class Severity(Enum):
    """An error keeps the row out of the database; a warning is shown and the row is still written."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem: `row` is the sheet row number the user sees (0 = the whole file), `column` a field name."""

    row: int
    column: str
    code: str
    severity: Severity
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self, language: str = "th") -> str:
        """The text in Thai or English; a `suggest` parameter adds 'did you mean: …' in the same language."""
        text = render(self.code, language, **self.params)
        suggest = self.params.get("suggest")
        return text + render("import_suggest", language, names=suggest) if suggest else text

    def as_dict(self, language: str = "th") -> dict[str, Any]:
        """The JSON shape the CLI prints: row, column, code, message."""
        return {"row": self.row, "column": self.column, "code": self.code, "message": self.message(language)}


def error(row: int, column: str, code: str, /, **params: Any) -> Finding:
    return Finding(row, column, code, Severity.ERROR, params)


def warning(row: int, column: str, code: str, /, **params: Any) -> Finding:
    return Finding(row, column, code, Severity.WARNING, params)


class CellProblem(Exception):
    """Raised by a cell cleaner when a value cannot be used; the pipeline turns it into an error finding."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def rows_with_errors(findings: Iterable[Finding]) -> set[int]:
    return {finding.row for finding in findings if finding.is_error}
