"""Permission probes for learners, programmes, risk and support."""

from __future__ import annotations

from tests.probes import DAY, NO_SUCH_ID, Probe, app, detail_shows, import_file, read, write
from vocdesk.services.learners.listing import learner_ids
from vocdesk.services.learners.programmes import coverage, edit_programme
from vocdesk.services.learners.register import change_status
from vocdesk.services.learners.reports import write_at_risk_csv
from vocdesk.services.learners.risk import RiskThresholds, assess_learners, save_risk_thresholds
from vocdesk.services.learners.rollover import preview_rollover
from vocdesk.services.learners.support import add_support, open_case, support_by_programme

PROBES: dict[str, Probe] = {
    "learners.view": read(lambda s, a, _w: learner_ids(s, a)),
    "learners.view_national_id": detail_shows(lambda detail: detail.national_id == "1103700012345"),
    "learners.edit": write(lambda uow, _w: change_status(uow, NO_SUCH_ID, 1, "studying", DAY), "not_found"),
    "learners.import": import_file("learners"),
    "learners.rollover": read(lambda s, a, _w: preview_rollover(s, a, 2569, DAY)),
    "programmes.view": read(lambda s, a, _w: coverage(s, a)),
    "programmes.edit": write(lambda uow, w: edit_programme(uow, w.programme_id, w.programme_version, is_shortage=False,
                                                            shortage_source="", competences=[]), "conflict_changed"),
    "risk.view": read(lambda s, a, _w: assess_learners(s, a, DAY)),
    "risk.settings": write(lambda uow, _w: save_risk_thresholds(uow, RiskThresholds())),
    "risk.export": app(lambda ctx, w: write_at_risk_csv(ctx, w.tmp / "risk.csv"), later=("risk.view",)),
    "support.view": read(lambda s, a, _w: support_by_programme(s, a, DAY)),
    "support.edit": write(lambda uow, _w: add_support(uow, NO_SUCH_ID, "scholarship", "กยศ.", "ทุน", 1000, DAY, None),
                           "not_found"),
    "followup.view": detail_shows(lambda detail: detail.cases is not None),
    "followup.edit": write(lambda uow, _w: open_case(uow, NO_SUCH_ID, "home_visit", DAY, "ครูที่ปรึกษา"), "not_found"),
}
