"""Permission probes for the labour market."""

from __future__ import annotations

from tests.probes import NO_SUCH_ID, Probe, import_file, read, write
from vocdesk.services.labour.occupation_map import occupation_map, set_occupations
from vocdesk.services.labour.outcomes import delete_outcome

PROBES: dict[str, Probe] = {
    "labour.view": read(lambda s, a, _w: occupation_map(s, a)),
    "labour.map": write(lambda uow, _w: set_occupations(uow, 999_999, []), "programme_not_found", "not_found"),
    "labour.import": import_file("demand"),
    "labour.outcomes": write(lambda uow, _w: delete_outcome(uow, NO_SUCH_ID, 12), "labour_outcome_not_found",
                             "not_found"),
}
