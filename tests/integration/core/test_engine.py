"""The SQLite engine is durable (WAL, full sync, foreign keys) and refuses shared storage."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from vocdesk.errors import DatabaseError
from vocdesk.persistence.database import Database
from vocdesk.persistence.engine import mask_url
from vocdesk.persistence.location import check_local_database_path


def test_sqlite_pragmas(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    db.dispose()


@pytest.mark.parametrize("path", [r"\\server\share\vocdesk.sqlite3", "//nas/college/vocdesk.sqlite3"])
def test_unc_paths_refused(path: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        check_local_database_path(Path(path))
    assert caught.value.code == "db_not_local"
    assert caught.value.params["reason"] == "network_share"


@pytest.mark.parametrize("folder", ["OneDrive - College", "Dropbox", "Google Drive"])
def test_cloud_sync_folders_refused(tmp_path: Path, folder: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        check_local_database_path(tmp_path / folder / "vocdesk.sqlite3")
    assert caught.value.params["reason"] == "cloud_sync"


def test_network_mount_refused(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//nas/share {tmp_path}/mnt cifs rw 0 0\n", encoding="utf-8")
    (tmp_path / "mnt").mkdir()
    with pytest.raises(DatabaseError) as caught:
        check_local_database_path(tmp_path / "mnt" / "vocdesk.sqlite3", mounts_file=mounts)
    assert caught.value.params["fs"] == "cifs"
    check_local_database_path(tmp_path / "local.sqlite3", mounts_file=mounts)


def test_password_is_masked() -> None:
    masked = mask_url("postgresql://registrar:s3cret@server/vocdesk")
    assert "s3cret" not in masked and "registrar" in masked and masked.startswith("postgresql+psycopg://")
