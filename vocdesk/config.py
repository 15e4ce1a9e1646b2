"""Per-PC configuration (database location, language) kept in a small JSON file."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from vocdesk.errors import VocDeskError
from vocdesk.io.atomic import write_text_atomic
from vocdesk.paths import AppPaths

DB_URL_ENV = "VOCDESK_DB_URL"


@dataclass
class LocalConfig:
    """Settings that belong to this PC rather than to the college's database."""

    database_url: str = ""
    language: str = "th"

    @classmethod
    def load(cls, path: Path) -> LocalConfig:
        """A missing file means defaults; an unreadable one is an error, never a silent switch of database."""
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise VocDeskError("config_unreadable", path=str(path), detail=str(exc)) from exc
        if not isinstance(raw, dict):
            raise VocDeskError("config_unreadable", path=str(path), detail="not a JSON object")
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known and isinstance(v, str)})

    def save(self, path: Path) -> None:
        write_text_atomic(path, json.dumps(asdict(self), ensure_ascii=False, indent=2))


def resolve_database_url(paths: AppPaths, explicit: str | None, config: LocalConfig) -> str:
    """`--db` wins, then VOCDESK_DB_URL, then this PC's setting, then SQLite in the data folder."""
    for candidate in (explicit, os.environ.get(DB_URL_ENV), config.database_url):
        if candidate:
            return candidate
    return f"sqlite:///{paths.default_db_path}"
