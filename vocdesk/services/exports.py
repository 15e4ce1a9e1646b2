"""Export what a table shows (its filter and sort) to .xlsx with Thai headers; the file re-imports unchanged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from vocdesk.errors import VocDeskError
from vocdesk.io.excel_export import SheetSpec, write_xlsx
from vocdesk.services.context import Actor, AppContext, UnitOfWork
from vocdesk.services.learner_export import learner_export_columns, learner_export_rows, sheet_columns
from vocdesk.services.learner_list import learner_ids
from vocdesk.services.permissions import require

EXPORT_KINDS = ("learners",)


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int
    columns: tuple[str, ...]


@dataclass(frozen=True)
class ExportRequest:
    """What the table shows: its search text and sort, or the exact ids in display order (the GUI passes these)."""

    text: str = ""
    sort: str = "student_code"
    descending: bool = False
    ids: Sequence[int] | None = None


def export_table(session: Session, actor: Actor, kind: str, path: Path, request: ExportRequest | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> ExportResult:
    """Write the rows to `path` (replaced only when complete). Raises ExportCancelled if cancelled."""
    if kind not in EXPORT_KINDS:
        raise VocDeskError("export_kind_unknown", kind=kind, kinds=", ".join(EXPORT_KINDS))
    require(actor, "export.data")
    request = request or ExportRequest()
    ids = list(request.ids) if request.ids is not None else learner_ids(
        session, actor, request.text, request.sort, request.descending)
    names = learner_export_columns(actor)
    spec = SheetSpec("ผู้เรียน", sheet_columns(names), learner_export_rows(session, ids, names))
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
