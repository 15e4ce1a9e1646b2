"""Every PDF report the application offers: the engine's built-ins plus each area manifest's report modules."""

from __future__ import annotations

from dataclasses import dataclass, field

from vocdesk.io.pdf import ReportRegistry, builtin_reports
from vocdesk.services.core.context import AppContext


@dataclass(frozen=True)
class ReportRequest:
    """What a database-backed report's `build` receives as its data source: the app and named parameters."""

    context: AppContext
    params: dict[str, str] = field(default_factory=dict)

    def required(self, name: str, *, report: str, example: str) -> str:
        """A parameter the report cannot do without; missing, the error names it (`--param code=…`)."""
        from vocdesk.errors import ValidationFailed

        value = self.params.get(name, "").strip()
        if not value:
            raise ValidationFailed("report_param_required", report=report, name=name, example=example)
        return value

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
    """Built-ins first, then each area's `Area.reports` modules' `PDF_REPORTS`, in area order.

    A module joins by being named in its area's manifest and defining `PDF_REPORTS`; nothing else needs editing.
    """
    from vocdesk.services.core.areas import areas, resolve

    registry = builtin_reports()
    for area in areas():
        for module in area.reports:
            for report in resolve(area, module).PDF_REPORTS:
                registry.register(report)
    return registry
