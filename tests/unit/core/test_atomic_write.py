"""The atomic-write helper: a failure half-way keeps the old file and leaves no temporary file; success replaces."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from vocdesk.backup.checks import RunMarker
from vocdesk.config import LocalConfig
from vocdesk.io.atomic import atomic_open, atomic_path, write_bytes_atomic, write_text_atomic
from vocdesk.io.excel_export import ExportCancelled, SheetColumn, SheetSpec, write_xlsx


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_success_replaces_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old", encoding="utf-8")
    write_text_atomic(target, "ใหม่")
    assert target.read_text(encoding="utf-8") == "ใหม่"
    assert _listing(tmp_path) == ["report.txt"]


def test_failure_half_way_keeps_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(b"old content")
    with pytest.raises(RuntimeError, match="disk pulled"), atomic_open(target, "wb") as handle:
        handle.write(b"half of the new")
        raise RuntimeError("disk pulled")
    assert target.read_bytes() == b"old content"
    assert _listing(tmp_path) == ["report.csv"]


def test_cancellation_is_cleaned_up_too(tmp_path: Path) -> None:
    target = tmp_path / "book.pdf"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), atomic_path(target) as temporary:
        temporary.write_bytes(b"partial")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old"
    assert _listing(tmp_path) == ["book.pdf"]


def test_exclusive_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "secret.key"
    target.write_bytes(b"first key")
    with pytest.raises(FileExistsError):
        write_bytes_atomic(target, b"second key", exclusive=True, permissions=0o600)
    assert target.read_bytes() == b"first key"
    assert _listing(tmp_path) == ["secret.key"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_owner_only_permissions(tmp_path: Path) -> None:
    target = tmp_path / "k" / "secret.key"
    write_bytes_atomic(target, b"key", exclusive=True, permissions=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    umask = os.umask(0o022)
    os.umask(umask)
    write_text_atomic(tmp_path / "public.txt", "pub")
    assert stat.S_IMODE((tmp_path / "public.txt").stat().st_mode) == 0o666 & ~umask


def test_cancelled_workbook_export_keeps_older_workbook(tmp_path: Path) -> None:
    target = tmp_path / "list.xlsx"
    target.write_bytes(b"older workbook")
    rows = ([str(n)] for n in range(5000))
    with pytest.raises(ExportCancelled):
        write_xlsx(target, [SheetSpec("a", [SheetColumn("n", 8)], rows)], cancel=lambda: True)
    assert target.read_bytes() == b"older workbook"
    assert _listing(tmp_path) == ["list.xlsx"]


def test_config_and_state_files_land_whole(tmp_path: Path) -> None:
    LocalConfig(database_url="sqlite:///x.db").save(tmp_path / "config.json")
    assert json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))["database_url"] == "sqlite:///x.db"
    marker = RunMarker(tmp_path)
    marker.record_full_check(dt.datetime(2026, 12, 2, 9, 0))
    assert marker.last_full_check() == dt.datetime(2026, 12, 2, 9, 0)
    assert not [name for name in _listing(tmp_path) if name.endswith(".part")]
