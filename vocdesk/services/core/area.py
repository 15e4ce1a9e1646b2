"""An area's manifest: the one declaration of what an area adds (changes, permissions, kinds, reports, settings, ...).

Each `vocdesk/services/<area>/__init__.py` defines `AREA = Area(...)`. The manifest holds names only — modules are
imported when a registry first needs them, never when the manifest is read — so nothing heavy runs at import time.
Module names are relative: import/export kinds and reports to `vocdesk.services.<area>`, commands to `vocdesk.cli`,
pages to `ui.pages.<area>`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from vocdesk.services.core.changes import Change


@dataclass(frozen=True)
class Area:
    """What one area of the college's work declares; registries read it, no hub file lists areas."""

    name: str
    changes: tuple[Change, ...] = ()
    permissions: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """action -> roles allowed (read actions too, so that a role sees only what it needs)."""
    import_kinds: Mapping[str, str] = field(default_factory=dict)
    """import kind name -> "module:Class" (instantiated with no arguments)."""
    export_kinds: Mapping[str, str] = field(default_factory=dict)
    """export kind name -> "module:ATTRIBUTE" (an ExportKind)."""
    reports: tuple[str, ...] = ()
    """modules defining PDF_REPORTS."""
    commands: tuple[str, ...] = ()
    """modules under vocdesk.cli defining COMMAND."""
    pages: tuple[str, ...] = ()
    """modules under ui.pages.<area> defining PAGE."""
    package_tables: tuple[str, ...] = ()
    """"module:function" returning the area's share of an OVEC package (kinds.package_tables.PackageTable)."""
    settings: tuple[str, ...] = ()
    """"module:ATTRIBUTE" naming a tuple of SettingSpec: the settings the area stores (core.setting_registry)."""

    def __post_init__(self) -> None:
        wrong = [c for c in self.changes if c.area != self.name]
        if wrong:
            raise ValueError(f"area {self.name!r} declares changes of another area: {wrong}")
