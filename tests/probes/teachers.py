"""Permission probes for teachers and staffing."""

from __future__ import annotations

from tests.probes import DAY, NO_SUCH_ID, Probe, import_file, read, write
from vocdesk.services.teachers.listing import teacher_rows
from vocdesk.services.teachers.register import record_leaving
from vocdesk.services.teachers.staffing import (
    save_workload_constants,
    set_group_count,
    staffing_overview,
    workload_constants,
)

PROBES: dict[str, Probe] = {
    "teachers.view": read(lambda s, a, _w: teacher_rows(s, a)),
    "teachers.edit": write(lambda uow, _w: record_leaving(uow, NO_SUCH_ID, DAY), "not_found"),
    "teachers.import": import_file("teachers"),
    "staffing.view": read(lambda s, a, _w: staffing_overview(s, a)),
    "staffing.plan": write(lambda uow, _w: set_group_count(uow, "NO-SUCH", "pvc", 1), "not_found"),
    "staffing.settings": write(lambda uow, _w: save_workload_constants(uow, workload_constants(uow.session))),
}
