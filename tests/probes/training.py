"""Permission probes for the training centre."""

from __future__ import annotations

from tests.probes import DAY, Probe, read, write
from vocdesk.domain.training import parse_window
from vocdesk.services.training.attendance import mark
from vocdesk.services.training.booking import BookingRequest, book, decide
from vocdesk.services.training.calendar_ import add_closure
from vocdesk.services.training.certificates import issue_certificates
from vocdesk.services.training.courses import CourseInput, save_course
from vocdesk.services.training.facilities import FacilityInput, list_facilities, set_facility
from vocdesk.services.training.receipts import add_payment
from vocdesk.services.training.timetable_import import read_timetable
from vocdesk.services.training.trainees import TraineeInput, save_trainee

PROBES: dict[str, Probe] = {
    "training.view": read(lambda s, a, _w: list_facilities(s, a)),
    "training.facilities": write(lambda uow, _w: set_facility(uow, FacilityInput(location_code="NO-SUCH")),
                                 "not_found"),
    "training.calendar": write(lambda uow, _w: add_closure(uow, DAY, DAY, ""), "required"),
    "training.timetable": Probe(lambda w, actor: read_timetable(actor, w.tmp / "missing.csv"),
                                frozenset({"import_missing"})),
    "training.book": write(lambda uow, _w: book(uow, BookingRequest("NO-SUCH", DAY, DAY, (DAY.isoweekday(),),
                                                                    parse_window("09:00-12:00"), "")), "required"),
    "training.approve": write(lambda uow, _w: decide(uow, "no-such-series", "approve"), "nothing_to_decide"),
    "training.courses": write(lambda uow, _w: save_course(uow, CourseInput("", "", "upskill", 1, 1, 1)),
                              "required"),
    "training.trainees": write(lambda uow, _w: save_trainee(uow, TraineeInput("", "")), "required"),
    "training.attendance": write(lambda uow, _w: mark(uow, "NO-SUCH/1", DAY, []), "not_found"),
    "training.fees": write(lambda uow, _w: add_payment(uow, "NO-SUCH/1", 1, 100), "not_found"),
    "training.certificates": write(lambda uow, w: issue_certificates(uow, w.tmp, "NO-SUCH/1", "", ""), "required"),
}
