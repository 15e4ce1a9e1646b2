"""Every PDF report the application offers: the engine's built-ins plus each `services/*_reports.py` module's."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field

from vocdesk.io.pdf import ReportRegistry, builtin_reports
from vocdesk.services.context import AppContext


@dataclass(frozen=True)
class ReportRequest:
    """What a database-backed report's `build` receives as its data source: the app and named parameters."""

    context: AppContext
    params: dict[str, str] = field(default_factory=dict)

    def int_param(self, name: str, default: int) -> int:
        from vocdesk.errors import ValidationFailed

        raw = self.params.get(name, "")
        if not raw:
            return default
        try:
            return int(raw)
        except ValueError:
            raise ValidationFailed("invalid", field=name, value=raw) from None


def all_reports() -> ReportRegistry:
    """Built-ins first, then every `vocdesk.services.NAME_reports` module's `PDF_REPORTS`, by module name.

    A module joins by defining `PDF_REPORTS` (a sequence of report objects); nothing else needs editing.
    """
    import vocdesk.services as package

    registry = builtin_reports()
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.endswith("_reports"):
            module = importlib.import_module(f"vocdesk.services.{info.name}")
            for report in getattr(module, "PDF_REPORTS", ()):
                registry.register(report)
    return registry
