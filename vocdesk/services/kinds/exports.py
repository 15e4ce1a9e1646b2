"""Export what a table shows (its filter and sort) to .xlsx with Thai headers; the file re-imports unchanged."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.errors import VocDeskError
from vocdesk.io.excel_export import SheetColumn, SheetSpec, write_xlsx
from vocdesk.services.core.context import Actor, AppContext, UnitOfWork
from vocdesk.services.core.permissions import require


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


@cache
def _registry() -> dict[str, ExportKind]:
    """Every export kind the areas' manifests declare (their modules are imported on first use)."""
    from vocdesk.services.core.areas import areas, resolve, unique

    declared = [(name, found) for found in areas() for name in found.export_kinds]
    unique([(name, found.name) for name, found in declared], "export kind")
    kinds: dict[str, ExportKind] = {}
    for name, found in declared:
        kind = resolve(found, found.export_kinds[name])
        if kind.name != name:
            raise RuntimeError(f"export kind {name!r} of area {found.name!r} calls itself {kind.name!r}")
        kinds[name] = kind
    return kinds


def export_kinds() -> tuple[str, ...]:
    """The declared kind names (learners, teachers, equipment…)."""
    return tuple(_registry())


def export_kind(kind: str) -> ExportKind:
    kinds = _registry()
    if kind not in kinds:
        raise VocDeskError("export_kind_unknown", kind=kind, kinds=", ".join(kinds))
    return kinds[kind]


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
