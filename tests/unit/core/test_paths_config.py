"""Paths honour --home and VOCDESK_HOME; the database URL is chosen in a predictable order."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocdesk.config import DB_URL_ENV, LocalConfig, resolve_database_url
from vocdesk.errors import VocDeskError
from vocdesk.paths import HOME_ENV, AppPaths


def test_explicit_home_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "env"))
    paths = AppPaths.resolve(tmp_path / "cli")
    assert paths.data_dir == (tmp_path / "cli" / "data").resolve()
    assert paths.default_db_path.name == "vocdesk.sqlite3"


def test_environment_home_used_without_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "env"))
    paths = AppPaths.resolve().ensure()
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir, paths.backup_dir):
        assert folder.is_dir() and folder.is_relative_to((tmp_path / "env").resolve())
    assert (paths.resources_dir / "fonts").is_dir()
    assert (paths.migrations_dir / "versions").is_dir()


def test_platform_folders_without_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HOME_ENV, raising=False)
    paths = AppPaths.resolve()
    assert "VocDesk" in str(paths.data_dir)


def test_database_url_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.resolve(tmp_path)
    config = LocalConfig(database_url="postgresql://college-server/vocdesk")
    monkeypatch.delenv(DB_URL_ENV, raising=False)
    assert resolve_database_url(paths, None, LocalConfig()) == f"sqlite:///{paths.default_db_path}"
    assert resolve_database_url(paths, None, config) == "postgresql://college-server/vocdesk"
    monkeypatch.setenv(DB_URL_ENV, "postgresql://env-server/vocdesk")
    assert resolve_database_url(paths, None, config) == "postgresql://env-server/vocdesk"
    assert resolve_database_url(paths, "sqlite:///x.sqlite3", config) == "sqlite:///x.sqlite3"


def test_config_round_trip_and_corrupt_file(tmp_path: Path) -> None:
    target = tmp_path / "c" / "vocdesk.json"
    LocalConfig(database_url="postgresql://s/db", language="en").save(target)
    assert LocalConfig.load(target) == LocalConfig(database_url="postgresql://s/db", language="en")
    target.write_text("{not json", encoding="utf-8")
    with pytest.raises(VocDeskError) as caught:
        LocalConfig.load(target)
    assert caught.value.code == "config_unreadable" and caught.value.params["path"] == str(target)
    assert LocalConfig.load(tmp_path / "missing.json") == LocalConfig()
