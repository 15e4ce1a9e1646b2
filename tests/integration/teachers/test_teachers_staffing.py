"""Teacher register, contracts, development and staffing through the real services on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import insert, select

from vocdesk.domain.staffing import Move, PositionRequest, WorkloadConstants
from vocdesk.errors import NotFound, PermissionDenied, ValidationFailed
from vocdesk.messages import describe
from vocdesk.persistence.models import (
    AuditEvent,
    Department,
    Learner,
    LearningGroup,
    Programme,
    Teacher,
    TeacherContract,
)
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.teachers.listing import development_lines, teacher_detail, teacher_rows
from vocdesk.services.teachers.records import add_contract, add_development, save_enterprise
from vocdesk.services.teachers.register import TeacherInput, record_leaving, save_teacher
from vocdesk.services.teachers.staffing import (
    alerts,
    preview_plan,
    save_plan,
    save_workload_constants,
    set_group_count,
    staffing_overview,
    workload_constants,
)

# National IDs with correct check digits (built with the domain's check-digit rule).
IDS = ["1101700230708", "1101700230716", "1101700230724", "1101700230732", "1101700230741",
       "1101700230759", "1101700230767", "1101700230775", "1101700230783", "1101700230791"]
TAX_ID = "0105536000313"


def setup_college(ctx: AppContext) -> dict[str, int]:
    """Automotive (technical) with 3 ปวช. groups of studying learners, and General education."""
    with ctx.unit_of_work() as uow:
        s = uow.session
        s.execute(insert(Department), [
            {"code": "01", "name_th": "แผนกวิชาช่างยนต์", "is_technical": True, "version": 1},
            {"code": "13", "name_th": "แผนกวิชาสามัญสัมพันธ์", "is_technical": False, "version": 1}])
        dept = {code: did for did, code in s.execute(select(Department.id, Department.code))}
        s.execute(insert(Programme), [{"level": "pvc", "type_name_th": "อุตสาหกรรม", "major_code": "20101",
                                       "major_name_th": "ช่างยนต์", "curriculum_year": 2567, "version": 1,
                                       "department_id": dept["01"]}])
        programme = s.scalar(select(Programme.id))
        s.execute(insert(LearningGroup), [
            {"group_code": f"6920101{n}", "name": f"ชย.{n}", "level": "pvc", "year": 1, "programme_id": programme,
             "entry_year_be": 2569, "version": 1} for n in range(1, 5)])
        groups = list(s.scalars(select(LearningGroup.id).order_by(LearningGroup.id)))
        # Groups 1-3 have a studying learner; group 4 only a withdrawn one, so it needs no teaching.
        s.execute(insert(Learner), [
            {"student_code": f"69201010{n}", "national_id": "", "first_name_th": "ก", "last_name_th": "ข",
             "level": "pvc", "year": 1, "programme_id": programme, "group_id": gid,
             "status": "studying" if n < 4 else "withdrawn", "version": 1} for n, gid in enumerate(groups, start=1)])
    return dept


def add_teacher(ctx: AppContext, number: int, position: str, department: str = "01") -> int:
    data = TeacherInput(IDS[number], f"ครู{number}", "ใจดี", position, department, prefix="นาย")
    teacher_id, _ = ctx.run(lambda uow: save_teacher(uow, data))
    return teacher_id


def test_register_validates_and_masks(ctx: AppContext) -> None:
    setup_college(ctx)
    bad = TeacherInput("1101700230709", "สมชาย", "ใจดี", "civil_servant", "01")
    with pytest.raises(ValidationFailed) as error:
        ctx.run(lambda uow: save_teacher(uow, bad))
    assert error.value.code == "teacher_national_id_checksum"
    assert "1101700230709" in describe(error.value)
    with pytest.raises(ValidationFailed) as error:
        ctx.run(lambda uow: save_teacher(uow, replace(bad, national_id=IDS[0], position_type="ครูใหญ่")))
    assert error.value.code == "teacher_position_unknown"
    with pytest.raises(NotFound):
        ctx.run(lambda uow: save_teacher(uow, replace(bad, national_id=IDS[0], department_code="99")))
    tid = add_teacher(ctx, 0, "civil_servant")
    with pytest.raises(ValidationFailed) as error:
        add_teacher(ctx, 0, "contract_teacher")
    assert error.value.code == "duplicate"
    viewer = replace(ctx, actor=Actor("boss", "executive"))
    with ctx.db.read() as session:
        seen = teacher_rows(session, viewer.actor, "ครู0")
        assert [row.id for row in seen] == [tid]
        assert seen[0].national_id != IDS[0] and seen[0].national_id.endswith(IDS[0][-1])  # masked for executives
        assert teacher_rows(session, ctx.actor, position_type="contract_teacher") == []
    with pytest.raises(PermissionDenied):
        viewer.run(lambda uow: save_teacher(uow, replace(bad, national_id=IDS[1])))


def test_contracts_keep_their_history(ctx: AppContext) -> None:
    setup_college(ctx)
    civil = add_teacher(ctx, 0, "civil_servant")
    contract = add_teacher(ctx, 1, "contract_teacher")
    with pytest.raises(ValidationFailed) as error:
        ctx.run(lambda uow: add_contract(uow, civil, dt.date(2026, 5, 16), dt.date(2027, 3, 31), "เงินรายได้"))
    assert error.value.code == "contract_position"
    first, _ = ctx.run(lambda uow: add_contract(uow, contract, dt.date(2025, 12, 1), dt.date(2026, 11, 30),
                                                "เงินรายได้สถานศึกษา"))
    with pytest.raises(ValidationFailed) as error:
        ctx.run(lambda uow: add_contract(uow, contract, dt.date(2026, 11, 1), dt.date(2027, 10, 31), "เงินรายได้"))
    assert error.value.code == "contract_overlap"
    with pytest.raises(ValidationFailed) as error:
        ctx.run(lambda uow: add_contract(uow, contract, dt.date(2027, 12, 1), dt.date(2027, 1, 1), "เงินรายได้"))
    assert error.value.code == "date_order"
    second, _ = ctx.run(lambda uow: add_contract(uow, contract, dt.date(2026, 12, 1), dt.date(2027, 11, 30),
                                                 "เงินอุดหนุนรายหัว"))
    with ctx.db.read() as session:
        detail = teacher_detail(session, ctx.actor, contract)
        renewal = session.get(TeacherContract, second)
        assert renewal is not None and renewal.renews_contract_id == first
    assert [(c[1], c[2]) for c in detail.contracts] == [(dt.date(2025, 12, 1), dt.date(2026, 11, 30)),
                                                        (dt.date(2026, 12, 1), dt.date(2027, 11, 30))]


def test_staffing_from_learner_data_and_typed_counts(ctx: AppContext) -> None:
    setup_college(ctx)
    for number in range(4):
        add_teacher(ctx, number, "civil_servant")
    add_teacher(ctx, 4, "contract_teacher")
    add_teacher(ctx, 5, "support_staff")  # does not count as a teacher
    add_teacher(ctx, 6, "civil_servant", "13")
    with ctx.db.read() as session:
        result = staffing_overview(session, ctx.actor)
    auto, general = result.line("01"), result.line("13")
    # 3 groups with studying learners × (35 − 8) h = 81 h ÷ 18 = 4.5 → 5 teachers; 5 in post.
    assert (auto.groups, auto.weekly_hours, auto.need, auto.actual, auto.balance) == (3, 81, 5, 5, 0)
    # General education: 3 groups × 8 h = 24 h ÷ 18 = 1.33 → 2 teachers; 1 in post.
    assert (general.weekly_hours, general.need, general.balance) == (24, 2, -1)
    ctx.run(lambda uow: set_group_count(uow, "01", "pvs", 2))  # two ปวส. groups typed in by hand
    ctx.run(lambda uow: save_workload_constants(uow, replace(current_constants(ctx), teaching_load=20)))
    with ctx.db.read() as session:
        result = staffing_overview(session, ctx.actor)
        assert workload_constants(session).teaching_load == 20
    # (3 × 27 + 2 × 23) = 127 h ÷ 20 = 6.35 → 7; general (3 × 8 + 2 × 7) = 38 h ÷ 20 = 1.9 → 2.
    assert (result.line("01").weekly_hours, result.line("01").need) == (127, 7)
    assert (result.line("13").weekly_hours, result.line("13").need) == (38, 2)
    with pytest.raises(ValidationFailed) as error:
        ctx.run(lambda uow: save_workload_constants(uow, replace(current_constants(ctx), teaching_load=0)))
    assert error.value.params["field"] == "teaching_load"


def current_constants(ctx: AppContext) -> WorkloadConstants:
    with ctx.db.read() as session:
        return workload_constants(session)


def test_leaving_teacher_stops_counting_and_plans_move_teachers(ctx: AppContext) -> None:
    setup_college(ctx)
    first = add_teacher(ctx, 0, "civil_servant")
    add_teacher(ctx, 1, "civil_servant")
    mover = add_teacher(ctx, 2, "contract_teacher")
    ctx.run(lambda uow: record_leaving(uow, first, dt.date(2026, 10, 1)))
    with ctx.db.read() as session:
        assert staffing_overview(session, ctx.actor).line("01").actual == 2
        preview = preview_plan(session, ctx.actor, [Move(mover, "contract_teacher", "01", "13")],
                               [PositionRequest("01", "government_employee", 2)])
    assert (preview.before.line("01").actual, preview.after.line("01").actual) == (2, 3)
    assert (preview.before.line("13").actual, preview.after.line("13").actual) == (0, 1)
    with pytest.raises(ValidationFailed) as error:
        ctx.run(lambda uow: save_plan(uow, "ย้ายผิดแผนก", [Move(mover, "contract_teacher", "13", "01")], []))
    assert error.value.code == "staffing_move_invalid"
    ctx.run(lambda uow: save_plan(uow, "ย้ายครูไปสามัญ", [Move(mover, "contract_teacher", "01", "13")], [],
                                  apply_moves=True))
    with ctx.db.read() as session:
        assert staffing_overview(session, ctx.actor).line("13").actual == 1
        moved = session.scalars(select(AuditEvent.action).where(AuditEvent.action == "teacher.move")).all()
        assert moved == ["teacher.move"]
        assert session.get(Teacher, mover) is not None


def test_contract_alerts_and_development_hours(ctx: AppContext) -> None:
    setup_college(ctx)
    for number in range(4):
        add_teacher(ctx, number, "civil_servant")
    ending = add_teacher(ctx, 4, "contract_teacher")
    lapsed = add_teacher(ctx, 5, "government_employee")
    ctx.run(lambda uow: add_contract(uow, ending, dt.date(2026, 1, 1), dt.date(2026, 12, 31), "เงินรายได้"))
    ctx.run(lambda uow: add_contract(uow, lapsed, dt.date(2022, 11, 1), dt.date(2026, 10, 31), "งบบุคลากร"))
    with ctx.db.read() as session:
        found = alerts(session, ctx.actor, ctx.today(), 60)  # the clock says 24 Nov 2026
    assert [(a.kind, a.teacher_id, a.days_left) for a in found if a.kind != "below_need"] == [
        ("expired", lapsed, -24), ("ending", ending, 37)]
    # Automotive needs 5 (81 h ÷ 18) and has 6; losing the ending contract leaves 5: not below its need.
    assert [a for a in found if a.kind == "below_need"] == []
    enterprise, _ = ctx.run(lambda uow: save_enterprise(uow, "บริษัท ราชบุรียานยนต์ จำกัด", TAX_ID, "ราชบุรี"))
    with pytest.raises(ValidationFailed) as error:
        ctx.run(lambda uow: save_enterprise(uow, "บริษัท ผิดเลข จำกัด", "0105536000314"))
    assert error.value.code == "enterprise_tax_id"
    ctx.run(lambda uow: add_development(uow, ending, "technology", dt.date(2026, 6, 1), dt.date(2026, 6, 10), 60,
                                        enterprise))
    ctx.run(lambda uow: add_development(uow, ending, "trainer_course", dt.date(2026, 10, 5), dt.date(2026, 10, 7),
                                        24, enterprise))
    ctx.run(lambda uow: add_development(uow, lapsed, "research", dt.date(2026, 4, 20), dt.date(2026, 4, 24), 40))
    with pytest.raises(ValidationFailed) as error:  # 3 days cannot hold 100 hours
        ctx.run(lambda uow: add_development(uow, lapsed, "research", dt.date(2026, 7, 1), dt.date(2026, 7, 3), 100))
    assert error.value.code == "teacher_development_hours"
    with ctx.db.read() as session:
        lines = {line.row.id: line.standing for line in development_lines(session, ctx.actor, 2569)}
    assert (lines[ending].hours, lines[ending].met) == (84, True)
    # April 2026 belongs to academic year 2568, so it does not count toward 2569.
    assert (lines[lapsed].hours, lines[lapsed].short_by) == (0, 80)


def test_cli_records_a_contract_and_a_development_activity(ctx: AppContext, capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    from vocdesk.cli import main

    setup_college(ctx)
    teacher = add_teacher(ctx, 0, "contract_teacher")
    base = ["--home", str(ctx.paths.data_dir.parent), "--db", ctx.db.url]
    assert main([*base, "teacher", "add-contract", str(teacher), "--start", "01/12/2568", "--end", "30/11/2569",
                 "--funding", "เงินรายได้สถานศึกษา"]) == 0
    assert main([*base, "teacher", "add-contract", str(teacher), "--start", "2026-11-01", "--end", "2027-10-31",
                 "--funding", "เงินรายได้สถานศึกษา"]) == 2
    assert "01/12/2568 ถึง 30/11/2569" in capsys.readouterr().err  # the overlap is named in พ.ศ. dates
    assert main([*base, "teacher", "add-development", str(teacher), "--topic", "technology", "--start", "2026-11-02",
                 "--end", "2026-11-04", "--hours", "24", "--enterprise", "บริษัท ราชบุรียานยนต์ จำกัด",
                 "--tax-id", TAX_ID]) == 0
    with ctx.db.read() as session:
        detail = teacher_detail(session, ctx.actor, teacher)
    assert [(c[1], c[2]) for c in detail.contracts] == [(dt.date(2025, 12, 1), dt.date(2026, 11, 30))]
    assert [(d[4], d[5]) for d in detail.development] == [("บริษัท ราชบุรียานยนต์ จำกัด", 24)]


def test_a_stale_edit_is_refused(ctx: AppContext) -> None:
    from vocdesk.errors import Conflict

    setup_college(ctx)
    teacher = add_teacher(ctx, 0, "civil_servant")
    with ctx.db.read() as session:
        version = teacher_detail(session, ctx.actor, teacher).version
    edited = TeacherInput(IDS[0], "สมชาย", "ใจดี", "civil_servant", "01", academic_title="ครูชำนาญการ")
    ctx.run(lambda uow: save_teacher(uow, edited, teacher, version))
    with pytest.raises(Conflict):  # a second screen still holding the old version
        ctx.run(lambda uow: save_teacher(uow, replace(edited, phone="0812345678"), teacher, version))
    with ctx.db.read() as session:
        assert teacher_detail(session, ctx.actor, teacher).academic_title == "ครูชำนาญการ"
