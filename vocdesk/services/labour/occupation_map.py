"""The programme ↔ occupation map: read it, set one programme's weighted occupations, seed the starting set."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vocdesk.domain.labour.occupations import SCHEMES, valid_code
from vocdesk.domain.labour.starting_map import suggested_for
from vocdesk.domain.programme_codes import national_code
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import Programme, ProgrammeOccupation
from vocdesk.services.core.context import Actor, UnitOfWork
from vocdesk.services.core.permissions import require
from vocdesk.services.labour import OCCUPATION_MAP


@dataclass(frozen=True)
class MappedProgramme:
    """One programme with its occupations (scheme, code, weight), as the map shows and `labour gap` uses."""

    programme_id: int
    level: str
    major_code: str
    name_th: str
    occupations: tuple[tuple[str, str, float], ...]


def occupation_map(session: Session, actor: Actor) -> list[MappedProgramme]:
    require(actor, "labour.view")
    links: dict[int, list[tuple[str, str, float]]] = {}
    for pid, scheme, code, weight in session.execute(select(
            ProgrammeOccupation.programme_id, ProgrammeOccupation.scheme, ProgrammeOccupation.occupation,
            ProgrammeOccupation.weight).order_by(ProgrammeOccupation.programme_id, ProgrammeOccupation.occupation)):
        links.setdefault(int(pid), []).append((scheme, code, float(weight)))
    programmes = session.execute(select(Programme.id, Programme.level, Programme.major_code, Programme.minor_name_th,
                                        Programme.major_name_th).order_by(Programme.level, Programme.major_code,
                                                                          Programme.minor_code))
    return [MappedProgramme(pid, level, national_code(major), minor or name, tuple(links.get(pid, ())))
            for pid, level, major, minor, name in programmes]


def set_occupations(uow: UnitOfWork, programme_id: int, occupations: list[tuple[str, str, float]]) -> None:
    """Replace one programme's occupations; weights are positive and sum to 1 (±0.001), codes in their scheme."""
    require(uow.actor, "labour.map")
    programme = uow.session.get(Programme, programme_id)
    if programme is None:
        raise NotFound("programme_not_found", id=programme_id)
    for scheme, code, weight in occupations:
        if scheme not in SCHEMES or not valid_code(scheme, code) or not 0 < weight <= 1:
            raise ValidationFailed("labour_map_entry_invalid", scheme=scheme, occupation=code, weight=weight)
    total = sum(weight for _, _, weight in occupations)
    if occupations and abs(total - 1) > 0.001:
        raise ValidationFailed("labour_map_weights", total=round(total, 3))
    session = uow.session
    old = [(link.scheme, link.occupation, float(link.weight)) for link in session.scalars(
        select(ProgrammeOccupation).where(ProgrammeOccupation.programme_id == programme_id))]
    session.execute(delete(ProgrammeOccupation).where(ProgrammeOccupation.programme_id == programme_id))
    session.add_all(ProgrammeOccupation(programme_id=programme_id, scheme=scheme, occupation=code,
                                        weight=Decimal(str(weight)), reviewed_by=uow.actor.username)
                    for scheme, code, weight in occupations)
    uow.audit("occupation_map.set", "programme", programme_id, {"occupations": [sorted(old), sorted(occupations)]})
    uow.changed(OCCUPATION_MAP)


def seed_starting_map(uow: UnitOfWork) -> int:
    """Give every programme without occupations the starting entry for its name; returns programmes seeded."""
    require(uow.actor, "labour.map")
    mapped = set(uow.session.scalars(select(ProgrammeOccupation.programme_id).distinct()))
    seeded = 0
    for programme in uow.session.scalars(select(Programme).order_by(Programme.id)):
        suggestion = suggested_for(f"{programme.major_name_th} {programme.minor_name_th}")
        if programme.id in mapped or not suggestion:
            continue
        set_occupations(uow, programme.id, [("isco08", code, weight) for code, weight in suggestion])
        seeded += 1
    return seeded
