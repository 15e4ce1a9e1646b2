"""Import one file of one kind: read it (no database), plan against the database, then write all valid rows in one
transaction or nothing. Kinds register an `ImportKind`; `learners` is the first."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.orm import Session

from vocdesk.errors import VocDeskError
from vocdesk.io.imports import (
    CancelCheck,
    Declaration,
    Finding,
    ImportLimits,
    ParsedFile,
    Progress,
    Severity,
    read_import,
)
from vocdesk.io.imports.collector import collection_paused
from vocdesk.services.core.changes import Change
from vocdesk.services.core.context import Actor, AppContext, Changes, UnitOfWork
from vocdesk.services.core.permissions import require


@dataclass(frozen=True)
class RowChange:
    """What one valid row does: `insert`, or `update` with {column: (old, new)} as the user would read them."""

    row: int
    key: str
    action: str
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass
class ImportPlan:
    """A kind's plan for a parsed file: findings against the database and the per-row inserts/updates."""

    findings: list[Finding] = field(default_factory=list)
    changes: dict[int, RowChange] = field(default_factory=dict)
    """By sheet row; rows that would change nothing are absent."""
    unchanged: set[int] = field(default_factory=set)
    payload: dict[int, Any] = field(default_factory=dict)
    """Kind-specific data the writer needs, by sheet row."""


class ImportKind(Protocol):
    """What a kind provides: its declaration, permission, what it changes, a planner and a bulk writer."""

    declaration: Declaration
    permission: str
    changes: tuple[Change, ...]

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan: ...

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]: ...


def _registry() -> dict[str, ImportKind]:
    """Every import kind the areas' manifests declare, instantiated now (imports its modules on first use)."""
    from vocdesk.services.core.areas import areas, resolve, unique

    declared = [(name, found) for found in areas() for name in found.import_kinds]
    unique([(name, found.name) for name, found in declared], "import kind")
    return {name: resolve(found, found.import_kinds[name])() for name, found in declared}


def import_kind(kind: str) -> ImportKind:
    kinds = _registry()
    found = kinds.get(kind)
    if found is None:
        raise VocDeskError("import_kind_unknown", kind=kind, kinds=", ".join(sorted(kinds)))
    return found


def import_kinds() -> list[str]:
    return sorted(_registry())


@dataclass(frozen=True)
class ImportReport:
    """The preview or the result: counts, findings and row changes. `imported`/`updated` count rows written;
    `would_import`/`would_update` (and `changes`) cover every valid row: what a commit writes when the file has
    no errors, or with skip-invalid when it has."""

    kind: str
    file: str
    sheet: str
    header_row: int
    rows: int
    valid: int
    would_import: int
    would_update: int
    unchanged: int
    imported: int
    updated: int
    committed: bool
    findings: tuple[Finding, ...]
    changes: tuple[RowChange, ...]

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity is Severity.WARNING]

    def as_json(self, language: str = "th") -> dict[str, Any]:
        return {
            "kind": self.kind, "file": self.file, "sheet": self.sheet, "header_row": self.header_row,
            "rows": self.rows, "valid": self.valid, "imported": self.imported, "updated": self.updated,
            "would_import": self.would_import, "would_update": self.would_update, "unchanged": self.unchanged,
            "committed": self.committed,
            "errors": [finding.as_dict(language) for finding in self.errors],
            "warnings": [finding.as_dict(language) for finding in self.warnings],
            "changes": [{"row": c.row, "key": c.key, "fields": {name: list(pair) for name, pair in c.fields.items()}}
                        for c in self.changes if c.action == "update"],  # new rows are counted in would_import
        }


def read_import_file(actor: Actor, kind: str, path: Path, limits: ImportLimits | None = None,
                     progress: Progress | None = None, cancel: CancelCheck | None = None) -> ParsedFile:
    """Read and validate a file outside any transaction (it may take seconds); raises FileRefused."""
    handler = import_kind(kind)
    require(actor, handler.permission)
    return read_import(path, handler.declaration, limits, progress, cancel)


def _sorted(findings: list[Finding], declaration: Declaration) -> tuple[Finding, ...]:
    """By row, then in the declared column order (file-level findings first)."""
    order = {name: index for index, name in enumerate(declaration.names())}
    return tuple(sorted(findings, key=lambda f: (f.row, order.get(f.column, -1), f.code)))


def apply_import(uow: UnitOfWork, parsed: ParsedFile, *, commit: bool, skip_invalid: bool = False,
                 cancel: CancelCheck | None = None) -> ImportReport:
    """Plan the parsed rows against the database; with `commit`, write every valid row (or, when some rows
    have errors and `skip_invalid` is false, nothing at all)."""
    handler = import_kind(parsed.declaration.kind)
    require(uow.actor, handler.permission)
    with collection_paused():
        return _apply(uow, handler, parsed, commit=commit, skip_invalid=skip_invalid, cancel=cancel)


def _apply(uow: UnitOfWork, handler: ImportKind, parsed: ParsedFile, *, commit: bool, skip_invalid: bool,
           cancel: CancelCheck | None) -> ImportReport:
    plan = handler.plan(uow.session, parsed, uow)
    findings = parsed.findings + plan.findings
    bad_rows = {finding.row for finding in findings if finding.severity is Severity.ERROR}
    valid_rows = [row.row for row in parsed.rows if row.row not in bad_rows]
    changes = [plan.changes[row] for row in valid_rows if row in plan.changes]
    would_import = sum(1 for change in changes if change.action == "insert")
    imported = updated = 0
    committed = commit and (skip_invalid or not bad_rows)
    if committed and changes:
        imported, updated = handler.write(uow, parsed, plan, [change.row for change in changes], cancel)
        uow.changed(*handler.changes)
    return ImportReport(
        kind=parsed.declaration.kind, file=parsed.path.name, sheet=parsed.sheet, header_row=parsed.header_row,
        rows=len(parsed.rows), valid=len(valid_rows), would_import=would_import,
        would_update=len(changes) - would_import, unchanged=len(plan.unchanged.intersection(valid_rows)),
        imported=imported, updated=updated, committed=committed,
        findings=_sorted(findings, parsed.declaration), changes=tuple(changes),
    )



@dataclass(frozen=True)
class ImportRun:
    """A whole import as the CLI and the GUI task run it: the report, what was read, and what changed."""

    report: ImportReport
    parsed: ParsedFile
    changes: Changes


def import_file(ctx: AppContext, kind: str, path: Path, *, commit: bool, skip_invalid: bool = False,
                limits: ImportLimits | None = None, progress: Progress | None = None,
                cancel: CancelCheck | None = None, options: dict[str, str] | None = None) -> ImportRun:
    """Read the file (no transaction held), then plan and — with `commit` — write it in one unit of work.

    `options` are what the person says about the file (ParsedFile.options), e.g. {"scheme": "isco88"} for demand.
    """
    parsed = read_import_file(ctx.actor, kind, path, limits, progress, cancel)
    parsed.options.update(options or {})
    if commit:
        return commit_import(ctx, parsed, skip_invalid=skip_invalid, cancel=cancel)
    report, changes = ctx.run(lambda uow: apply_import(uow, parsed, commit=False, cancel=cancel))
    return ImportRun(report, parsed, changes)


def commit_import(ctx: AppContext, parsed: ParsedFile, *, skip_invalid: bool = False,
                  cancel: CancelCheck | None = None) -> ImportRun:
    """Back up the SQLite database (`before-import`), then plan and write `parsed` in one unit of work.

    No backup when the file's own errors mean nothing would be written; dry runs never call this.
    """
    from vocdesk.services.core.backups import backup_before

    require(ctx.actor, import_kind(parsed.declaration.kind).permission)
    if skip_invalid or not any(finding.severity is Severity.ERROR for finding in parsed.findings):
        backup_before(ctx, "import")
    report, changes = ctx.run(lambda uow: apply_import(uow, parsed, commit=True, skip_invalid=skip_invalid,
                                                       cancel=cancel))
    return ImportRun(report, parsed, changes)
