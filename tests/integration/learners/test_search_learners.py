"""Learner search on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm): substrings, short terms, IDs, filters, edits."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import delete, select, update

from tests.factories.learners import seed
from vocdesk.domain.thai_ids import national_id_check_digit
from vocdesk.paths import AppPaths
from vocdesk.persistence.models import Learner, LearnerSupport
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.learners.register import LearnerInput, create_learner, edit_learner
from vocdesk.services.learners.search import LearnerFilters, ensure_search_index, search_learner_ids, search_mode


def nid(n: int) -> str:
    first12 = f"1{n:011d}"
    return first12 + str(national_id_check_digit(first12))


PEOPLE = [("69201010001", "สมชาย", "ใจดี", "Somchai", "Jaidee", 1), ("69201010002", "สมหญิง", "รักเรียน", "Somying",
          "Rakrian", 2), ("69201010003", "อนุชา", "สมบูรณ์", "Anucha", "Somboon", 3),
          ("69201010004", "กมล", "ชายทะเล", "Kamon", "Chaithale", 4)]


@pytest.fixture
def world(ctx: AppContext) -> tuple[AppContext, dict[str, int]]:
    (pvc, g1, _g3), _ = ctx.run(seed)
    ids = {}
    for code, first, last, first_en, last_en, n in PEOPLE:
        data = LearnerInput(student_code=code, national_id=nid(n), first_name_th=first, last_name_th=last,
                            first_name_en=first_en, last_name_en=last_en, level="pvc", year=1, programme_id=pvc,
                            group_id=g1, entry_semester="1/2569", is_dual=n == 4)
        ids[first], _ = ctx.run(lambda uow, data=data: create_learner(uow, data))  # type: ignore[misc]
    return ctx, ids


def find(ctx: AppContext, text: str, filters: LearnerFilters | None = None) -> list[int]:
    with ctx.db.read() as session:
        return search_learner_ids(session, ctx.actor, text, filters, today=ctx.today())


def test_the_index_mode_is_the_fast_one(world: tuple[AppContext, dict[str, int]]) -> None:
    ctx, _ = world
    with ctx.db.read() as session:
        mode = search_mode(session)
    assert mode == ("fts5" if ctx.db.is_sqlite else "pg_trgm")
    assert ensure_search_index(ctx.db.engine) == mode  # idempotent


def test_thai_substrings_anywhere_in_a_name(world: tuple[AppContext, dict[str, int]]) -> None:
    ctx, ids = world
    assert find(ctx, "ชาย") == [ids["สมชาย"], ids["กมล"]]  # inside a first name and at the start of a last name
    assert find(ctx, "สมบู") == [ids["อนุชา"]]
    assert find(ctx, "สมช ใจดี") == [ids["สมชาย"]]  # every term must match
    assert find(ctx, "ชาย รักเ") == []  # each term keeps its own value
    assert find(ctx, "สมห รักเ") == [ids["สมหญิง"]]
    assert find(ctx, "ไม่มีใคร") == []


def test_english_is_case_insensitive_and_codes_match(world: tuple[AppContext, dict[str, int]]) -> None:
    ctx, ids = world
    assert find(ctx, "SOMB") == [ids["อนุชา"]]
    assert find(ctx, "somy") == [ids["สมหญิง"]]
    assert find(ctx, "10003") == [ids["อนุชา"]]


def test_short_terms_match_as_prefixes(world: tuple[AppContext, dict[str, int]]) -> None:
    ctx, ids = world
    assert find(ctx, "สม") == [ids["สมชาย"], ids["สมหญิง"], ids["อนุชา"]]  # first names, and last name สมบูรณ์
    assert find(ctx, "กม") == [ids["กมล"]]
    assert find(ctx, "69") == sorted(ids.values())


def test_national_id_search_only_for_roles_that_may_see_it(world: tuple[AppContext, dict[str, int]]) -> None:
    ctx, ids = world
    typed = nid(2)
    assert find(ctx, f"{typed[0]}-{typed[1:5]}-{typed[5:10]}-{typed[10:12]}-{typed[12]}") == [ids["สมหญิง"]]
    ctx.actor = Actor("boss", "executive")
    assert find(ctx, typed) == []


def test_filters(world: tuple[AppContext, dict[str, int]]) -> None:
    ctx, ids = world
    assert find(ctx, "", LearnerFilters(is_dual=True)) == [ids["กมล"]]
    with ctx.db.write_session() as s, s.begin():
        s.add(LearnerSupport(learner_id=ids["อนุชา"], kind="scholarship", source="eef", name="ทุนเสมอภาค",
                             amount_baht=6000, period_start=dt.date(2026, 5, 16), period_end=None))
        s.execute(update(Learner).where(Learner.id == ids["สมหญิง"]).values(status="suspended"))
    assert find(ctx, "", LearnerFilters(has_support=True)) == [ids["อนุชา"]]
    assert find(ctx, "สม", LearnerFilters(status="suspended")) == [ids["สมหญิง"]]
    assert len(find(ctx, "", LearnerFilters(has_support=False))) == 3


def test_edits_and_deletes_reach_the_index(world: tuple[AppContext, dict[str, int]]) -> None:
    ctx, ids = world
    with ctx.db.read() as s:
        learner = s.get(Learner, ids["กมล"])
        assert learner is not None
        data = LearnerInput(student_code=learner.student_code, national_id=learner.national_id, first_name_th="กมลวรรณ",
                            last_name_th="ทองคำ", level="pvc", year=1, programme_id=learner.programme_id,
                            group_id=learner.group_id, entry_semester="1/2569")
    ctx.run(lambda uow: edit_learner(uow, ids["กมล"], 1, dataclasses.replace(data)))
    assert find(ctx, "ทองค") == [ids["กมล"]]
    assert find(ctx, "ชายทะ") == []
    with ctx.db.write_session() as s, s.begin():
        s.execute(delete(Learner).where(Learner.id == ids["อนุชา"]))
    assert find(ctx, "สมบู") == []
    with ctx.db.read() as s:
        assert s.scalar(select(Learner.id).where(Learner.id == ids["อนุชา"])) is None


@pytest.mark.postgres
def test_without_pg_trgm_search_still_works_by_ilike(postgres_url: str, paths: AppPaths) -> None:
    """A role that may not create the extension (no CREATE on the database) still gets correct results."""
    from sqlalchemy import text

    from vocdesk.clock import FixedClock
    from vocdesk.persistence.database import Database
    from vocdesk.persistence.migrate import upgrade

    db = Database(postgres_url)
    try:
        upgrade(db, paths.migrations_dir)
        with db.engine.begin() as conn:
            name = conn.execute(text("SELECT current_database()")).scalar_one()
            conn.execute(text("DROP EXTENSION IF EXISTS pg_trgm CASCADE"))
            conn.execute(text(f'REVOKE CREATE ON DATABASE "{name}" FROM CURRENT_USER, PUBLIC'))
        ctx = AppContext(paths=paths, db=db, clock=FixedClock(), actor=Actor("t", "administrator"))
        (pvc, g1, _g3), _ = ctx.run(seed)
        for code, first, last, first_en, last_en, n in PEOPLE:
            data = LearnerInput(student_code=code, national_id=nid(n), first_name_th=first, last_name_th=last,
                                first_name_en=first_en, last_name_en=last_en, level="pvc", year=1,
                                programme_id=pvc, group_id=g1, entry_semester="1/2569")
            ctx.run(lambda uow, data=data: create_learner(uow, data))  # type: ignore[misc]
        assert ensure_search_index(db.engine) == "ilike"
        with db.read() as session:
            assert search_mode(session) == "ilike"
            found = search_learner_ids(session, ctx.actor, "สมบู")
            codes = session.scalars(select(Learner.student_code).where(Learner.id.in_(found))).all()
        assert codes == ["69201010003"]
    finally:
        db.dispose()
