"""Every file location VocDesk uses, from one place (platformdirs, VOCDESK_HOME override)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "VocDesk"
APP_AUTHOR = "OVEC"
HOME_ENV = "VOCDESK_HOME"


def app_root() -> Path:
    """The folder holding resources/ and db/: the source tree, or the unpacked bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class AppPaths:
    """Locations of data, configuration, logs, backups and read-only resources."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    backup_dir: Path
    resources_dir: Path
    migrations_dir: Path

    @property
    def default_db_path(self) -> Path:
        return self.data_dir / "vocdesk.sqlite3"

    @property
    def config_file(self) -> Path:
        return self.config_dir / "vocdesk.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "vocdesk.log"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> AppPaths:
        """`home` (the --home option) wins, then VOCDESK_HOME, then the platform's user folders."""
        root = app_root()
        chosen = home if home is not None else os.environ.get(HOME_ENV) or None
        if chosen is not None:
            base = Path(chosen).expanduser().resolve()
            return cls(
                data_dir=base / "data",
                config_dir=base / "config",
                log_dir=base / "logs",
                backup_dir=base / "backups",
                resources_dir=root / "resources",
                migrations_dir=root / "db",
            )
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)
        data = Path(dirs.user_data_dir)
        return cls(
            data_dir=data,
            config_dir=Path(dirs.user_config_dir),
            log_dir=Path(dirs.user_log_dir),
            backup_dir=data / "backups",
            resources_dir=root / "resources",
            migrations_dir=root / "db",
        )

    def ensure(self) -> AppPaths:
        """Create the writable folders (never the read-only resource folders)."""
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self
