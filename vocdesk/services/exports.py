"""Export what a table shows (its filter and sort) to .xlsx with Thai headers; the file re-imports unchanged."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.errors import VocDeskError
from vocdesk.io.excel_export import SheetColumn, SheetSpec, write_xlsx
from vocdesk.services.context import Actor, AppContext, UnitOfWork
from vocdesk.services.permissions import require


@dataclass(frozen=True)
class ExportRequest:
    """What the table shows: its search text and sort, or the exact ids in display order (the GUI passes these)."""

    text: str = ""
    sort: str = "student_code"
    descending: bool = False
    ids: Sequence[int] | None = None


@dataclass(frozen=True)
class ExportKind:
    """One exportable table: who may view it, its columns for an actor, its rows for ids, its list's ids."""

    name: str
    view_permission: str
    sheet_title: str
    columns: Callable[[Actor], list[str]]
    sheet_columns: Callable[[Sequence[str]], list[SheetColumn]]
    rows: Callable[[Session, Actor, Sequence[int], Sequence[str]], Iterable[Sequence[Any]]]
    listed_ids: Callable[[Session, Actor, ExportRequest], list[int]]
    sorts: tuple[str, ...] = ()


_KINDS: dict[str, ExportKind] = {}


def register_kind(kind: ExportKind) -> None:
    _KINDS[kind.name] = kind


def export_kinds() -> tuple[str, ...]:
    """The registered kind names (learners, teachers, assets…)."""
    from vocdesk.services import export_kinds as _registrations  # noqa: F401  (registers the kinds)

    return tuple(_KINDS)


def export_kind(kind: str) -> ExportKind:
    names = export_kinds()
    if kind not in _KINDS:
        raise VocDeskError("export_kind_unknown", kind=kind, kinds=", ".join(names))
    return _KINDS[kind]


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int
    columns: tuple[str, ...]


def export_table(session: Session, actor: Actor, kind: str, path: Path, request: ExportRequest | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> ExportResult:
    """Write the rows to `path` (replaced only when complete). Raises ExportCancelled if cancelled."""
    spec_of = export_kind(kind)
    require(actor, "export.data")
    require(actor, spec_of.view_permission)
    request = request or ExportRequest()
    ids = list(request.ids) if request.ids is not None else spec_of.listed_ids(session, actor, request)
    names = spec_of.columns(actor)
    spec = SheetSpec(spec_of.sheet_title, spec_of.sheet_columns(names), spec_of.rows(session, actor, ids, names))
    total = len(ids)
    try:
        rows = write_xlsx(path, [spec], (lambda done: progress(done, total)) if progress else None, cancel)
    except OSError as exc:
        raise VocDeskError("export_target", path=str(path), detail=exc.strerror or str(exc)) from None
    if progress is not None:
        progress(total, total)
    return ExportResult(kind, path, rows, tuple(names))


def record_export(uow: UnitOfWork, result: ExportResult) -> None:
    """Personal data left the database: keep who exported what in the audit trail (PDPA)."""
    require(uow.actor, "export.data")
    uow.audit(f"{result.kind}.export", result.kind, result.path.name,
              {"rows": result.rows, "columns": list(result.columns)})


def run_export(ctx: AppContext, kind: str, path: Path, request: ExportRequest | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> ExportResult:
    """Read and write the file outside the write lock, then record the export in its own unit of work."""
    with ctx.db.read() as session:
        result = export_table(session, ctx.actor, kind, path, request, progress, cancel)
    ctx.run(lambda uow: record_export(uow, result))
    return result
