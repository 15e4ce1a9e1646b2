"""Permission probes for the core (users, audit, backups, settings, exports, reports)."""

from __future__ import annotations

from tests.probes import DAY, Probe, app, read, write
from vocdesk.io.pdf.reports import ReportOptions
from vocdesk.services.core import backups
from vocdesk.services.core.audit import list_audit, verify_audit
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.overview import college_overview
from vocdesk.services.core.settings import CollegeProfile, save_college_profile
from vocdesk.services.core.users import add_user, create_demo_users, list_users
from vocdesk.services.kinds.exports import ExportResult, record_export
from vocdesk.services.kinds.reports import ReportRequest
from vocdesk.services.learners.reports import ClassListReport


def _username(uow: UnitOfWork) -> str:
    return f"p-{uow.actor.role}".replace("_", "-")


PROBES: dict[str, Probe] = {
    "users.manage": write(lambda uow, _w: add_user(uow, _username(uow), "auditor", "Probe-pass-123")),
    "users.view": write(lambda uow, _w: list_users(uow)),
    "audit.view": write(lambda uow, _w: list_audit(uow)),
    "audit.verify": write(lambda uow, _w: verify_audit(uow)),
    "demo.fill": write(lambda uow, _w: create_demo_users(uow)),
    "backup.create": app(lambda ctx, _w: backups.create_backup(ctx), "backup_postgres"),  # on PostgreSQL: the server
    "backup.view": app(lambda ctx, _w: backups.list_backups(ctx), "backup_postgres"),
    "backup.restore": app(lambda ctx, w: backups.restore_backup(ctx, w.tmp / "none.sqlite3", None),
                           "backup_missing", "backup_postgres"),
    "backup.settings": write(lambda uow, w: backups.save_backup_settings(uow, str(w.tmp / "usb"))),
    "check.run": app(lambda ctx, _w: backups.database_check(ctx)),
    "settings.view": read(lambda s, a, _w: college_overview(s, a)),
    "settings.edit": write(lambda uow, _w: save_college_profile(uow, CollegeProfile("1320100001", "วิทยาลัยทดลอง",
                                                                                     "", "ขอนแก่น"))),
    "export.data": write(lambda uow, w: record_export(uow, ExportResult("learners", w.tmp / "x.xlsx", 0, ()))),
    "reports.print": app(lambda ctx, w: ClassListReport().build(
        ReportRequest(ctx), w.tmp / "c.pdf", ReportOptions(ctx.paths.resources_dir, printed=DAY),
        lambda _done, _total: None, lambda: False), later=("learners.view",)),
}
