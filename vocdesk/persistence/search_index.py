"""The learner search index (FTS5 trigram or pg_trgm): created by migration 0007, only detected at run time."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

SearchMode = Literal["fts5", "pg_trgm", "ilike"]
FTS_TABLE = "learner_fts"
PG_INDEX = "ix_learner_search_trgm"
PG_EXPRESSION = (
    "(student_code || ' ' || first_name_th || ' ' || last_name_th || ' ' || first_name_en || ' ' || last_name_en)"
)
_FTS_COLUMNS = "student_code, national_id, first_name_th, last_name_th, first_name_en, last_name_en"
_NEW_ROW = "new.id, new.student_code, new.national_id, new.first_name_th, new.last_name_th, new.first_name_en, " \
           "new.last_name_en"
_OLD_ROW = "old.id, old.student_code, old.national_id, old.first_name_th, old.last_name_th, old.first_name_en, " \
           "old.last_name_en"
_INSERT = f"INSERT INTO {FTS_TABLE}(rowid, {_FTS_COLUMNS}) VALUES ({_NEW_ROW});"
_DELETE = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_FTS_COLUMNS}) VALUES ('delete', {_OLD_ROW});"
SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({_FTS_COLUMNS}, content='learner', "
    "content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER IF NOT EXISTS learner_fts_ai AFTER INSERT ON learner BEGIN {_INSERT} END",
    f"CREATE TRIGGER IF NOT EXISTS learner_fts_ad AFTER DELETE ON learner BEGIN {_DELETE} END",
    f"CREATE TRIGGER IF NOT EXISTS learner_fts_au AFTER UPDATE OF {_FTS_COLUMNS} ON learner BEGIN "
    f"{_DELETE} {_INSERT} END",
)


def is_search_artifact(name: str | None) -> bool:
    """Tables and indexes of the search index, which the models do not describe (Alembic compares past them)."""
    return bool(name) and (str(name).startswith(FTS_TABLE) or name == PG_INDEX)


def build_search_index(conn: Connection) -> SearchMode:
    """Create the index if missing and fill it (idempotent); on PostgreSQL without the right to create pg_trgm,
    search runs as a plain ILIKE scan and a DBA can run `CREATE EXTENSION pg_trgm` once."""
    if conn.dialect.name == "sqlite":
        present = conn.exec_driver_sql(f"SELECT 1 FROM sqlite_master WHERE name = '{FTS_TABLE}'").first()
        for statement in SQLITE_DDL:
            conn.exec_driver_sql(statement)
        if present is None:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
        return "fts5"
    if not _has_pg_trgm(conn):
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DBAPIError:
            return "ilike"
    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON learner USING gin ({PG_EXPRESSION} gin_trgm_ops)")
    return "pg_trgm"


def drop_search_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in ("learner_fts_ai", "learner_fts_ad", "learner_fts_au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    else:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")


def _has_pg_trgm(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first() is not None


def detect_search_mode(conn: Connection) -> SearchMode:
    """How search can run on this database, without changing anything."""
    if conn.dialect.name == "sqlite":
        found = conn.exec_driver_sql(f"SELECT 1 FROM sqlite_master WHERE name = '{FTS_TABLE}'").first()
        return "fts5" if found else "ilike"
    index = conn.exec_driver_sql(f"SELECT 1 FROM pg_indexes WHERE indexname = '{PG_INDEX}'").first()
    return "pg_trgm" if index and _has_pg_trgm(conn) else "ilike"
