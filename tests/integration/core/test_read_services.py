"""The read services behind the Home page and the learner list, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from vocdesk.errors import PermissionDenied
from vocdesk.persistence.models import Learner, LearningGroup, Programme, Teacher
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.core.overview import college_overview, database_status
from vocdesk.services.core.settings import CollegeProfile, save_college_profile
from vocdesk.services.learners.listing import learner_ids, learner_rows, learner_sort_texts

ADMIN = Actor("tester", "administrator")

LEARNERS = [
    # code, first, last, level, year, status, group index
    ("66201010003", "เกษม", "ศรีสุข", "pvc", 1, "studying", 0),
    ("66201010001", "กมล", "ใจดี", "pvc", 1, "studying", 0),
    ("65301010002", "ขวัญ", "มั่นคง", "pvs", 2, "graduated", 1),
    ("66201010004", "ไก่", "แก้วตา", "pvc", 1, "dropped", 0),
    ("65301010005", "Anna_%", "Smith", "pvs", 2, "studying", 1),
]


def fill(ctx: AppContext) -> dict[str, int]:
    with ctx.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(Programme), [
            dict(id=1, level="pvc", type_name_th="อุตสาหกรรม", major_code="20101", major_name_th="ช่างยนต์",
                 curriculum_year=2567),
            dict(id=2, level="pvs", type_name_th="พาณิชยกรรม", major_code="30201", major_name_th="การบัญชี",
                 curriculum_year=2567),
        ])
        s.execute(insert(LearningGroup), [
            dict(id=1, group_code="6620101", name="ชย.1/1", level="pvc", year=1, programme_id=1, entry_year_be=2566),
            dict(id=2, group_code="6530201", name="บช.2/1", level="pvs", year=2, programme_id=2, entry_year_be=2565),
        ])
        s.execute(insert(Teacher), [dict(national_id="1103700012345", first_name_th="สมศรี", last_name_th="สอนดี",
                                         position_type="civil_servant")])
        s.execute(insert(Learner), [
            dict(student_code=c, national_id="1103700012345", first_name_th=f, last_name_th=la, level=lv, year=y,
                 status=st, programme_id=1 if lv == "pvc" else 2, group_id=g + 1, prefix="นาย")
            for c, f, la, lv, y, st, g in LEARNERS
        ])
    with ctx.db.read() as s:
        return {code: lid for lid, code in s.execute(Learner.__table__.select().with_only_columns(
            Learner.id, Learner.student_code))}


def test_overview_counts_by_level_and_status(ctx: AppContext) -> None:
    with ctx.db.read() as s:
        empty = college_overview(s, ADMIN)
    assert empty.is_empty and empty.learners_total == 0
    fill(ctx)
    ctx.run(lambda uow: save_college_profile(uow, CollegeProfile("1310100001", "วิทยาลัยเทคนิคทดสอบ", "", "ตาก")))
    with ctx.db.read() as s:
        overview = college_overview(s, ADMIN)
        status = database_status(s)
    assert not overview.is_empty
    assert overview.profile.province == "ตาก"
    assert overview.learners_total == 5 and overview.teachers == 1 and overview.groups == 2
    counts = {(c.level, c.status): c.count for c in overview.learners_by_level_status}
    assert counts == {("pvc", "studying"): 2, ("pvc", "dropped"): 1, ("pvs", "graduated"): 1, ("pvs", "studying"): 1}
    assert status.backend in ("sqlite", "postgresql")
    assert len(status.audit_head) == 64 and status.audit_head != "0" * 64


def test_ids_filter_and_sql_sort(ctx: AppContext) -> None:
    ids = fill(ctx)
    with ctx.db.read() as s:
        by_code = learner_ids(s, ADMIN)
        assert by_code == [ids[c] for c in sorted(ids)]
        assert learner_ids(s, ADMIN, sort="student_code", descending=True) == by_code[::-1]
        assert learner_ids(s, ADMIN, "กมล") == [ids["66201010001"]]
        # Every term must match somewhere: first name and last name together.
        assert learner_ids(s, ADMIN, "ขวัญ มั่น") == [ids["65301010002"]]
        assert learner_ids(s, ADMIN, "ขวัญ ใจดี") == []
        assert learner_ids(s, ADMIN, "6520") == []
        assert learner_ids(s, ADMIN, "66201") == [ids[c] for c in sorted(ids) if c.startswith("66201")]
        # LIKE wildcards typed by the user are taken literally; English names ignore case.
        assert learner_ids(s, ADMIN, "_%") == [ids["65301010005"]]
        assert learner_ids(s, ADMIN, "a_%") == [ids["65301010005"]]
        assert learner_ids(s, ADMIN, "%") == [ids["65301010005"]]
        assert learner_ids(s, ADMIN, "smith") == [ids["65301010005"]]
        assert learner_ids(s, ADMIN, sort="level_year")[:3] == [ids["66201010001"], ids["66201010003"],
                                                                 ids["66201010004"]]


def test_rows_keep_the_requested_order_and_mask_the_id(ctx: AppContext) -> None:
    ids = fill(ctx)
    wanted = [ids["66201010004"], ids["65301010002"], 999_999]
    with ctx.db.read() as s:
        rows = learner_rows(s, ADMIN, wanted)
        texts = dict(learner_sort_texts(s, ADMIN, "", "name"))
    assert [r.student_code for r in rows] == ["66201010004", "65301010002"]
    assert rows[0].name == "นายไก่ แก้วตา" and rows[0].level_year == "ปวช.1" and rows[0].group == "ชย.1/1"
    assert rows[1].programme == "การบัญชี" and rows[1].level_year == "ปวส.2"
    assert rows[0].national_id_masked == "1-1037-xxxxx-xx-5"
    assert "0001234" not in "".join(map(str, rows[0]))
    assert texts[ids["66201010003"]] == "เกษม ศรีสุข"


def test_reading_learners_needs_permission(ctx: AppContext) -> None:
    fill(ctx)
    clerk = Actor("clerk", "training_staff")
    with ctx.db.read() as s, pytest.raises(PermissionDenied):
        learner_ids(s, clerk)
    with ctx.db.read() as s, pytest.raises(PermissionDenied):
        learner_rows(s, clerk, [1])
