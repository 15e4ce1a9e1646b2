"""The demo college's training centre: courses with runs booked into its workshops, 300+ trainees, attendance, fees."""

from __future__ import annotations

from sqlalchemy import func, select

from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.persistence.models import Booking, CourseRun, CourseSession, Enrolment, Receipt, Trainee
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.attendance import progress
from vocdesk.services.training.courses import list_courses
from vocdesk.services.training.run_listing import course_runs


def test_the_demo_college_runs_courses_with_trainees_and_fees(ctx: AppContext) -> None:
    summary, _ = ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=120)))
    assert summary["training_courses"] == 10 and summary["trainees"] >= 300
    with ctx.db.read() as session:
        courses = list_courses(session, ctx.actor)
        assert len(courses) == 10 and all(c.runs >= 1 for c in courses)
        sessions = session.scalar(select(func.count()).select_from(CourseSession)) or 0
        booked = session.scalar(select(func.count()).select_from(Booking).where(  # the rooms' own bookings aside
            Booking.state == "booked", Booking.series_key.in_(select(CourseRun.series_key)))) or 0
        assert sessions == booked > 50  # every session holds its booking
        assert (session.scalar(select(func.count()).select_from(Trainee)) or 0) >= 300
        states = dict(session.execute(select(Enrolment.state, func.count()).group_by(Enrolment.state)).all())
        assert states.get("enrolled", 0) > 150
        numbers = sorted(session.scalars(select(Receipt.number)))
        assert numbers and numbers == list(range(1, len(numbers) + 1))  # gap-free from 1
        finished = [r for c in courses for r in course_runs(session, ctx.actor, c.code) if r.last_day < ctx.today()]
        assert finished, "some runs are already over"
        done = [p for r in finished for p in progress(session, ctx.actor, r.key)]
        assert any(p.completed for p in done) and any(not p.completed for p in done)
