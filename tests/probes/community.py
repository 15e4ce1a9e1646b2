"""Permission probes for community service."""

from __future__ import annotations

import datetime as dt

from tests.probes import DAY, NO_SUCH_ID, Probe, read, write
from vocdesk.services.community.jobs import JobInput, add_job
from vocdesk.services.community.ords import export_ords
from vocdesk.services.community.points import PointInput, add_point, list_points
from vocdesk.services.community.volunteer import check_in

PROBES: dict[str, Probe] = {
    "community.view": read(lambda s, a, _w: list_points(s, a)),
    "community.intake": write(lambda uow, _w: add_job(uow, JobInput("NOPOINT", DAY, "นายเจ้าของ", "motorcycle")),
                              "not_found"),
    "community.volunteer": write(lambda uow, _w: check_in(uow, NO_SUCH_ID, dt.time(8)), "not_found"),
    "community.points": write(lambda uow, _w: add_point(uow, PointInput("P1", "จุด", "fixit_centre", DAY,
                                                                        teacher_id=NO_SUCH_ID)), "not_found"),
    "community.print": write(lambda uow, w: export_ords(uow, DAY, DAY - dt.timedelta(days=1), w.tmp / "ords", {}),
                             "date_order"),
}
