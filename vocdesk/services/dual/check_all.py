"""Every rule for every placement at once (the findings list, benchmarks): a few set-based reads, then pure rules."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from vocdesk.domain.dual.facts import (
    DualSettings,
    Finding,
    OtherPlacement,
    Period,
    PlacementFacts,
    Shift,
    Surroundings,
    age_on,
)
from vocdesk.domain.dual.rules import AGE_RULES, check
from vocdesk.domain.dual.screen import AGE_ONLY, CLEAR, screen
from vocdesk.messages import render
from vocdesk.persistence.driver import execute_fixed
from vocdesk.persistence.models import DualMou, DualPlacement, DualShift, DualTrainerCertificate, Learner
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.facts import COUNTED
from vocdesk.services.dual.holidays import holidays_between
from vocdesk.services.dual.placements import FindingView, view
from vocdesk.services.dual.settings import rule_settings

_CHUNK = 500
"""Placement ids per `IN (...)` when reading shifts (well under SQLite's bound-parameter limit)."""

_p, _l = DualPlacement, Learner
_ROWS = select(_p.id, _p.status, _p.trainer_id, _p.enterprise_id, _p.start_date, _p.end_date, _p.ended_on,
               _p.semesters, _p.hazard_tasks, _p.guardian_consent, _p.contract_date, _p.trains_on_holidays,
               _l.student_code, _l.level, _l.birth_date, _l.is_dual).join(_l, _l.id == _p.learner_id)


def _periods(conn: Connection, owner: Any, start: Any, end: Any) -> dict[int, list[Period]]:
    found: dict[int, list[Period]] = defaultdict(list)
    for key, first, last in conn.execute(select(owner, start, end)).all():
        found[key].append(Period(first, last))
    return found


_s = DualShift
_WEEK_NAMES = tuple(f"p{n}" for n in range(_CHUNK))
_WEEK = select(_s.placement_id, _s.weekday, _s.start_time, _s.end_time, _s.break_minutes).where(
    _s.placement_id.in_([bindparam(name) for name in _WEEK_NAMES])).order_by(_s.placement_id, _s.id)
"""The shifts of up to `_CHUNK` placements (a shorter list is padded with its last id), each placement's in the order
they were saved (SQLite reads them so from its index, no sort). A fixed statement run on the driver (driver.py), its
values as the driver gives them: SQLAlchemy renders an expanding IN anew on every call, and its result layer cost
more than the read itself (bench_dual, the minors)."""


def _shifts(conn: Connection, ids: list[int]) -> dict[int, tuple[Shift, ...]]:
    """The shifts by placement; equal weekly patterns are one tuple of Shift objects, so that what a rule works
    out from a shift (its minutes) is worked out once per pattern, not once per placement: hundreds of placements
    share a pattern (bench_dual, the minors)."""
    by_placement: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for at in range(0, len(ids), _CHUNK):
        part = ids[at:at + _CHUNK]
        cursor = execute_fixed(conn, _WEEK, dict(zip(_WEEK_NAMES, part + part[-1:] * (_CHUNK - len(part)),
                                                     strict=True)))
        try:
            for pid, *shift in cursor.fetchall():
                by_placement[pid].append(tuple(shift))
        finally:
            cursor.close()
    patterns: dict[tuple[tuple[Any, ...], ...], tuple[Shift, ...]] = {}
    weeks: dict[int, tuple[Shift, ...]] = {}
    for pid, rows in by_placement.items():
        week = tuple(rows)
        shifts = patterns.get(week)
        if shifts is None:
            shifts = patterns[week] = tuple(_shift(*row) for row in week)
        weeks[pid] = shifts
    return weeks


def _shift(weekday: int, start: Any, end: Any, pause: int) -> Shift:
    """A shift from its columns as the driver gives them (SQLite: times as text, `08:00:00.000000`; PostgreSQL:
    time values)."""
    return Shift(int(weekday), _time(start), _time(end), int(pause))


def _time(value: Any) -> dt.time:
    return value if isinstance(value, dt.time) else dt.time.fromisoformat(value)


def _texts_once() -> Callable[[Finding], FindingView]:
    """`view` rendering each distinct message once per call: hundreds of minors share "16, no consent"."""
    rendered: dict[tuple[Any, ...], tuple[str, str]] = {}

    def texts(finding: Finding) -> FindingView:
        params = finding.params
        try:  # the types too: 1 == True == 1.0, but they print differently
            key = (finding.code, *params.items(), *map(type, params.values()))
            pair = rendered.get(key)
        except TypeError:  # a list among the numbers (no rule gives one today): rendered each time
            return view(finding)
        if pair is None:
            pair = rendered[key] = (render(finding.code, "th", **params), render(finding.code, "en", **params))
        return FindingView(finding.code, finding.severity, finding.learner_code, *pair, dict(params))
    return texts


def check_all(uow: UnitOfWork, statuses: tuple[str, ...] = ("draft", "active")) -> dict[int, list[FindingView]]:
    """Findings by placement id for the placements in `statuses` (learners without a birth date are skipped).

    Four reads whatever the count (placements with their learners, certificates, MOUs, then the shifts of the
    learners under 18 the quick screen could not clear), the settings and closures in one; no read per placement."""
    require(uow.actor, "dual.view")
    session = uow.session
    settings, listed = rule_settings(session)
    # Core reads on the session's connection, the rows unpacked by position: the ORM's result layer, ORM objects,
    # Row attribute look-ups and even copying each Row into a tuple cost more than the rules (bench_dual).
    conn = session.connection()
    rows = conn.execute(_ROWS).all()
    certificates = _periods(conn, DualTrainerCertificate.trainer_id, DualTrainerCertificate.issued_on,
                            DualTrainerCertificate.valid_until)
    mous = _periods(conn, DualMou.enterprise_id, DualMou.start_date, DualMou.end_date)
    by_trainer: dict[int, list[OtherPlacement]] = defaultdict(list)
    by_learner: dict[str, list[OtherPlacement]] = defaultdict(list)
    spans = [Period(row[4], row[5]) for row in rows]
    for (pid, status, trainer, _, start, _, ended_on, semesters, *_, code, _, _, _), span in zip(rows, spans,
                                                                                                strict=True):
        if status in COUNTED:
            ended = status == "ended"
            counted = Period(start, ended_on) if ended and ended_on else span
            other = OtherPlacement(pid, code, trainer, counted, 0 if ended else semesters)
            by_trainer[trainer].append(other)
            by_learner[code].append(other)
    found: dict[int, list[FindingView]] = {}
    doubtful = []
    for row, span in zip(rows, spans, strict=True):
        pid, status, trainer, enterprise, start, _, _, semesters, _, consent, signed, _, code, level, born, dual = row
        if status not in statuses or born is None:
            continue
        found[pid] = []
        age = age_on(born, signed or start)
        verdict = screen(level, age, bool(dual), consent, pid, code, span, semesters, by_trainer.get(trainer, ()),
                         by_learner.get(code, ()), certificates.get(trainer, ()), mous.get(enterprise, ()), settings)
        if verdict != CLEAR:
            doubtful.append((row, age, verdict))
    if doubtful:
        _check_doubtful(session, doubtful, (settings, listed), found, (by_trainer, by_learner, certificates, mous))
    return found


def _check_doubtful(session: Session, doubtful: list[tuple[Any, int, int]], rule: tuple[DualSettings, Any],
                    found: dict[int, list[FindingView]], around: tuple[Any, Any, Any, Any]) -> None:
    """The full rules where the screen said ANY; only the age rules where it said AGE_ONLY, worked out once per
    distinct set of what they read (level, age, dates, weekly pattern, tasks, consent) and copied to each learner.
    Only the learners under adult age have their shifts and holidays read: the other rules never look at them."""
    by_trainer, by_learner, certificates, mous = around
    settings, listed = rule
    minors = [row for row, age, _ in doubtful if age < settings.adult_age]
    shifts = _shifts(session.connection(), [row[0] for row in minors])
    texts = _texts_once()
    on_holidays = [row for row in minors if row[11]]
    holidays = holidays_between(session, min(row[4] for row in on_holidays),
                                max(row[5] for row in on_holidays)) if on_holidays else frozenset()
    shared: dict[tuple[Any, ...], list[tuple[FindingView, bool]]] = {}  # each with: are lists among its numbers?
    for row, age, verdict in doubtful:
        (pid, _, trainer, enterprise, start, end, _, semesters, hazards, consent, signed, trains_on_holidays,
         code, level, born, dual) = row
        week = shifts.get(pid, ())
        if verdict == AGE_ONLY:
            key = (level, age, signed, start, end, id(week), hazards, consent, trains_on_holidays)
            same = shared.get(key)
            if same is not None:
                found[pid] = [FindingView(f.code, f.severity, code, f.message_th, f.message_en,
                                          _copied(f.params) if lists else dict(f.params)) for f, lists in same]
                continue
        facts = PlacementFacts(code, level, born, bool(dual), enterprise, trainer, Period(start, end), semesters,
                               week, tuple(t for t in hazards.split(",") if t) if hazards else (),
                               consent, signed, pid)
        closed = listed | frozenset(d for d in holidays if start <= d <= end) if trains_on_holidays else listed
        if verdict == AGE_ONLY:
            views = [texts(f) for f in check(facts, Surroundings(closed_days=closed), settings, AGE_RULES)]
            shared[key] = [(v, any(isinstance(value, list) for value in v.params.values())) for v in views]
            found[pid] = views
            continue
        others = {o.key: o for o in (*by_trainer.get(trainer, ()), *by_learner.get(code, ())) if o.key != pid}
        near = Surroundings(tuple(certificates.get(trainer, ())), tuple(mous.get(enterprise, ())),
                            tuple(others.values()), closed)
        found[pid] = [texts(f) for f in check(facts, near, settings)]


def _copied(params: dict[str, object]) -> dict[str, object]:
    """A finding's numbers for another learner: its own dict, and its own copy of any list among them."""
    copy = dict(params)
    for name, value in copy.items():
        if isinstance(value, list):
            copy[name] = list(value)
    return copy
