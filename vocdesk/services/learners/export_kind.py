"""The learner register as an export kind: the rows the page shows, re-importable by the `learners` import."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.services.core.context import Actor
from vocdesk.services.kinds.exports import ExportKind, ExportRequest
from vocdesk.services.learners.export import learner_export_columns, learner_export_rows, sheet_columns
from vocdesk.services.learners.listing import SQL_SORTS, learner_ids


def _learner_ids(session: Session, actor: Actor, request: ExportRequest) -> list[int]:
    return learner_ids(session, actor, request.text, request.sort or "student_code", request.descending)


def _learner_rows(session: Session, _actor: Actor, ids: Sequence[int], names: Sequence[str]
                  ) -> Iterable[Sequence[Any]]:
    return learner_export_rows(session, ids, names)


EXPORT_KIND = ExportKind("learners", "learners.view", "ผู้เรียน", learner_export_columns, sheet_columns,
                         _learner_rows, _learner_ids, tuple(SQL_SORTS))
