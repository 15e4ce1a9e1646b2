"""Trainees found by national ID (never a second record), waitlists when a run is full, even with two PCs at once."""

from __future__ import annotations

import threading

import pytest

from tests.factories.training_courses import add_trainee, course_with_run, enrolled, national_id
from vocdesk.errors import Conflict, ValidationFailed, VocDeskError
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.enrolment import enrol, run_trainees, withdraw
from vocdesk.services.training.trainees import TraineeInput, save_trainee, trainee_by_id_number


def test_one_person_is_one_trainee_found_by_national_id_in_any_typed_form(ctx: AppContext) -> None:
    first = add_trainee(ctx, 7)
    digits = national_id(7)
    typed = f"{digits[0]}-{digits[1:5]}-{digits[5:10]}-{digits[10:12]}-{digits[12]}"
    with ctx.db.read() as session:
        found = trainee_by_id_number(session, ctx.actor, typed)
    assert found is not None and found.id == first
    with pytest.raises(Conflict) as twice:
        ctx.run(lambda uow: save_trainee(uow, TraineeInput("สมหญิง", "ซ้ำ", typed)))
    assert (twice.value.code, twice.value.params["trainee_id"]) == ("trainee_exists", first)


def test_a_wrong_checksum_needs_a_reason_and_a_foreigner_a_passport(ctx: AppContext) -> None:
    wrong = national_id(8)[:12] + str((int(national_id(8)[12]) + 1) % 10)
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(lambda uow: save_trainee(uow, TraineeInput("ก", "ข", wrong)))
    assert refused.value.code == "national_id_checksum"
    kept, _ = ctx.run(lambda uow: save_trainee(uow, TraineeInput("ก", "ข", wrong,
                                                                 national_id_override="บัตรเก่าพิมพ์ผิด")))
    assert kept.national_id == wrong
    with pytest.raises(ValidationFailed) as nothing:
        ctx.run(lambda uow: save_trainee(uow, TraineeInput("John", "Smith")))
    assert nothing.value.code == "trainee_needs_id"
    foreigner, _ = ctx.run(lambda uow: save_trainee(uow, TraineeInput("John", "Smith", passport_no="ab123456")))
    assert (foreigner.national_id, foreigner.passport_no) == ("", "AB123456")


def test_a_full_run_puts_the_next_on_the_waitlist_and_a_withdrawal_promotes_the_first(ctx: AppContext) -> None:
    key = course_with_run(ctx, capacity=2)
    ids = enrolled(ctx, key, 2)
    late = [add_trainee(ctx, n) for n in (3, 4)]
    answers = [ctx.run(lambda uow, t=t: enrol(uow, key, t))[0] for t in late]  # type: ignore[misc]
    assert [(a.state, a.position) for a in answers] == [("waitlist", 1), ("waitlist", 2)]
    promoted, _ = ctx.run(lambda uow: withdraw(uow, key, ids[0]))
    assert promoted == late[0]
    with ctx.db.read() as session:
        states = [(r.trainee_id, r.state) for r in run_trainees(session, ctx.actor, key)]
    assert states == [(ids[1], "enrolled"), (late[0], "enrolled"), (late[1], "waitlist"), (ids[0], "withdrawn")]
    with pytest.raises(ValidationFailed) as again:
        ctx.run(lambda uow: enrol(uow, key, late[1]))
    assert again.value.code == "already_enrolled"


def test_pcs_enrolling_at_once_never_overfill_a_run(ctx: AppContext) -> None:
    key = course_with_run(ctx, capacity=3)
    people = [add_trainee(ctx, n) for n in range(1, 9)]
    start = threading.Barrier(len(people))
    outcomes: list[str] = []
    lock = threading.Lock()

    def worker(trainee: int) -> None:
        start.wait()
        try:
            outcome = ctx.run(lambda uow: enrol(uow, key, trainee))[0].state
        except VocDeskError as error:
            outcome = error.code
        except Exception as error:  # any other failure shows in the assertion
            outcome = repr(error)
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=worker, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(outcomes) == ["enrolled"] * 3 + ["waitlist"] * 5
    with ctx.db.read() as session:
        assert sum(r.state == "enrolled" for r in run_trainees(session, ctx.actor, key)) == 3


def test_separate_pcs_enrolling_at_once_fill_the_last_seat_once(ctx: AppContext) -> None:
    import multiprocessing

    from tests.factories.training_courses import race_to_enrol

    key = course_with_run(ctx, capacity=2)
    enrolled(ctx, key, 1)
    people = [add_trainee(ctx, n) for n in range(10, 14)]
    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Barrier(len(people)), spawn.Queue()
    children = [spawn.Process(target=race_to_enrol, args=(ctx.db.url, str(ctx.paths.data_dir), key, p, start,
                                                          results)) for p in people]
    for child in children:
        child.start()
    outcomes = sorted(results.get(timeout=120) for _ in children)
    for child in children:
        child.join(timeout=60)
    assert outcomes == ["enrolled"] + ["waitlist"] * 3
