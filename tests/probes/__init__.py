"""One probe per permission action, one module per area (tests/probes/<area>.py), merged for the permission matrix."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vocdesk.services.core.areas import areas
from vocdesk.services.core.context import Actor, AppContext, UnitOfWork
from vocdesk.services.kinds.imports import read_import_file
from vocdesk.services.learners.register import learner_detail

DAY = dt.date(2026, 11, 23)
NO_SUCH_ID = 999_999  # a record that does not exist: an allowed role gets past the check and is told not_found


@dataclass(frozen=True)
class World:
    ctx: AppContext
    learner_id: int
    programme_id: int
    programme_version: int
    tmp: Path


@dataclass(frozen=True)
class Probe:
    """One call of the service that checks an action. `expected`: coded errors the probe itself provokes past the
    check (a missing record, no password proof); `later`: actions the service checks after this one; `shown`: for
    an action that filters what a service returns instead of refusing, whether the result shows it; `before`: an
    action checked first, whose refusal refuses this one too."""

    run: Callable[[World, Actor], Any]
    expected: frozenset[str] = frozenset()
    later: frozenset[str] = frozenset()
    shown: Callable[[Any], bool] | None = None
    before: str | None = None


def write(call: Callable[[UnitOfWork, World], Any], *expected: str, later: tuple[str, ...] = ()) -> Probe:
    def run(world: World, actor: Actor) -> Any:
        world.ctx.actor = actor
        return world.ctx.run(lambda uow: call(uow, world))
    return Probe(run, frozenset(expected), frozenset(later))


def read(call: Callable[[Session, Actor, World], Any], *expected: str) -> Probe:
    def run(world: World, actor: Actor) -> Any:
        with world.ctx.db.read() as session:
            return call(session, actor, world)
    return Probe(run, frozenset(expected))


def detail_shows(shown: Callable[[Any], bool]) -> Probe:
    """An action that the learner detail (checked by learners.view) honours by leaving something out."""
    return Probe(read(lambda s, a, w: learner_detail(s, a, w.learner_id)).run, shown=shown, before="learners.view")


def app(call: Callable[[AppContext, World], Any], *expected: str, later: tuple[str, ...] = ()) -> Probe:
    def run(world: World, actor: Actor) -> Any:
        world.ctx.actor = actor
        return call(world.ctx, world)
    return Probe(run, frozenset(expected), frozenset(later))


def import_file(kind: str) -> Probe:  # the check comes before the file is read: a missing file is the probe's doing
    return Probe(lambda w, actor: read_import_file(actor, kind, w.tmp / "missing.xlsx"), frozenset({"import_missing"}))


def all_probes() -> dict[str, Probe]:
    """Every area's PROBES (core included); an area without a probe module fails here, an action probed twice too."""
    merged: dict[str, Probe] = {}
    for name in (found.name for found in areas()):
        module = importlib.import_module(f"tests.probes.{name}")
        twice = set(merged) & set(module.PROBES)
        assert not twice, f"probed twice: {sorted(twice)}"
        merged.update(module.PROBES)
    return merged
