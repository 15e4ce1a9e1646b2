"""Permission probes for OVEC packages."""

from __future__ import annotations

from tests.probes import Probe, read, write
from vocdesk.services.packages.create import create_package
from vocdesk.services.packages.keys import set_ovec_recipient
from vocdesk.services.packages.workflow import lock_period, period_status

PROBES: dict[str, Probe] = {
    "package.validate": read(lambda s, a, _w: period_status(s, a, "1/2569")),
    "package.lock": write(lambda uow, _w: lock_period(uow, "1/2569"), "reauth_required"),
    "package.export": write(lambda uow, w: create_package(uow, "1/2569", w.tmp / "p.zip", None),  # type: ignore[arg-type]
                             "reauth_required"),  # refused for want of a password proof before the keys are used
    "package.keys": write(lambda uow, _w: set_ovec_recipient(uow, "")),
}
