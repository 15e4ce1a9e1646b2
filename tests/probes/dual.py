"""Permission probes for the dual system."""

from __future__ import annotations

from tests.probes import Probe, write
from vocdesk.services.dual.enterprises import list_enterprises, merge_enterprises
from vocdesk.services.dual.placements import activate_placement
from vocdesk.services.dual.trainers import add_trainer

PROBES: dict[str, Probe] = {
    "dual.view": write(lambda uow, _w: list_enterprises(uow)),
    "dual.edit": write(lambda uow, _w: add_trainer(uow, 999_999, "ผู้ฝึก"), "not_found"),
    "dual.activate": write(lambda uow, _w: activate_placement(uow, 999_999), "not_found"),
    "dual.merge": write(lambda uow, _w: merge_enterprises(uow, 999_998, 999_999), "not_found"),
}

# Dual part 2 (follow-up): visits, logbook weeks, allowances.
from vocdesk.io.package.minisign import SecretKey  # noqa: E402
from vocdesk.services.dual.handoff import make_handoff  # noqa: E402
from vocdesk.services.dual.tax_pack import build_tax_pack  # noqa: E402
from vocdesk.services.dual.visits import VisitInput, add_visit  # noqa: E402

PROBES["dual.followup"] = write(lambda uow, _w: add_visit(uow, VisitInput(999_999, _w.ctx.today())), "not_found")
PROBES["dual.handoff"] = write(lambda uow, w: make_handoff(uow, "NO-SUCH", w.tmp / "h.zip", SecretKey.generate()),
                               "not_found")
PROBES["dual.tax_pack"] = write(lambda uow, w: build_tax_pack(uow, "0000000000000", 2569, w.tmp / "t.zip",
                                                              SecretKey.generate(), w.tmp), "not_found")
