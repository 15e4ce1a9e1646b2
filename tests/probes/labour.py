"""Permission probes for the labour market."""

from __future__ import annotations

from tests.probes import Probe, import_file, read, write
from vocdesk.services.labour.occupation_map import occupation_map, set_occupations

PROBES: dict[str, Probe] = {
    "labour.view": read(lambda s, a, _w: occupation_map(s, a)),
    "labour.map": write(lambda uow, _w: set_occupations(uow, 999_999, []), "programme_not_found", "not_found"),
    "labour.import": import_file("demand"),
}
