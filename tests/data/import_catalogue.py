"""A small programme catalogue and one learning group for import tests (tests make their own rows)."""

from __future__ import annotations

from sqlalchemy import insert, select

from vocdesk.persistence.models import LearningGroup, Programme
from vocdesk.services.core.context import AppContext, UnitOfWork

PROGRAMMES = (
    # level, type, major code, major, minor
    ("pvc", "อุตสาหกรรม", "20101", "ช่างยนต์", ""),
    ("pvc", "อุตสาหกรรม", "20104", "ช่างไฟฟ้ากำลัง", ""),
    ("pvc", "พาณิชยกรรม", "20201", "การบัญชี", ""),
    ("pvs", "อุตสาหกรรม", "30101", "เทคนิคเครื่องกล", "เทคนิคยานยนต์"),
    ("pvs", "อุตสาหกรรม", "30101", "เทคนิคเครื่องกล", "เทคนิคเครื่องกลเกษตร"),
)
GROUP_CODE = "6620101"
"""An existing ปวช.1 ช่างยนต์ group."""


def seed_catalogue(ctx: AppContext) -> dict[str, int]:
    """Insert the programmes and group GROUP_CODE; returns {major (/ minor): programme id}."""
    def seed(uow: UnitOfWork) -> dict[str, int]:
        session = uow.session
        session.execute(insert(Programme), [
            {"level": level, "type_name_th": kind, "major_code": code, "major_name_th": major,
             "minor_code": f"{code}0{index}" if minor else "", "minor_name_th": minor, "curriculum_year": 2567}
            for index, (level, kind, code, major, minor) in enumerate(PROGRAMMES)])
        ids = {f"{major}/{minor}" if minor else major: pid for pid, major, minor in
               session.execute(select(Programme.id, Programme.major_name_th, Programme.minor_name_th))}
        session.execute(insert(LearningGroup), [{"group_code": GROUP_CODE, "name": "ปวช.1 ช่างยนต์ 1", "level": "pvc",
                                                 "year": 1, "programme_id": ids["ช่างยนต์"], "entry_year_be": 2569}])
        return ids
    ids, _ = ctx.run(seed)
    return ids
