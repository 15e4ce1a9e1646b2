"""Editing and deleting grants: never below what is committed, never while money or assets hang on them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tests.factories.equipment import add_grant, add_programme, consumable, purchase
from vocdesk.errors import Conflict, PermissionDenied, ValidationFailed
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.equipment.grants import (
    GrantInput,
    create_grant,
    delete_grant,
    edit_grant,
    grant_summary,
    list_grants,
)
from vocdesk.services.equipment.purchases import delete_purchase, record_purchase

D = dt.date


def _input(programme: int, amount: int) -> GrantInput:
    return GrantInput(programme, 2569, "สอศ.", amount, D(2025, 10, 1), D(2026, 9, 30))


def test_edit_respects_committed_money_and_versions(ctx: AppContext) -> None:
    programme = add_programme(ctx)
    grant = ctx.run(lambda uow: create_grant(uow, _input(programme, 150_000_000)))[0]
    ctx.run(lambda uow: record_purchase(uow, purchase(grant.id, consumable(1_200_000))))
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: edit_grant(uow, grant.id, grant.version, _input(programme, 110_000_000),
                                       confirmed=["grant_below_band"]))
    assert (caught.value.code, caught.value.params["shortfall"]) == ("grant_below_committed", "100,000.00")
    edited = ctx.run(lambda uow: edit_grant(uow, grant.id, grant.version,
                                            replace(_input(programme, 125_000_000), reference_no="ที่ 9/2569")))[0]
    assert (edited.amount, edited.balance, edited.reference_no) == (125_000_000, 5_000_000, "ที่ 9/2569")
    with pytest.raises(Conflict):  # a second window still holding the old version
        ctx.run(lambda uow: edit_grant(uow, grant.id, grant.version, _input(programme, 130_000_000)))


def test_dates_must_fall_in_the_named_fiscal_year(ctx: AppContext) -> None:
    programme = add_programme(ctx)
    wrong = GrantInput(programme, 2570, "สอศ.", 150_000_000, D(2025, 10, 1), D(2026, 9, 30))
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: create_grant(uow, wrong))
    assert caught.value.code == "grant_outside_fiscal_year"


def test_delete_only_when_nothing_refers_to_it(ctx: AppContext) -> None:
    grant_id = add_grant(ctx)
    bought = ctx.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(1_000))))[0]
    with pytest.raises(ValidationFailed) as caught:
        ctx.run(lambda uow: delete_grant(uow, grant_id))
    assert (caught.value.code, caught.value.params["what"]) == ("grant_in_use", "purchase")
    ctx.run(lambda uow: delete_purchase(uow, bought.id, bought.version))
    ctx.run(lambda uow: delete_grant(uow, grant_id))
    with ctx.db.read() as session:
        assert list_grants(session, ctx.actor) == []


def test_read_only_roles_see_but_cannot_change(ctx: AppContext) -> None:
    grant_id = add_grant(ctx)
    auditor = AppContext(ctx.paths, ctx.db, ctx.clock, Actor("audit", "auditor"))
    with auditor.db.read() as session:
        assert grant_summary(session, auditor.actor, grant_id).balance == 150_000_000
    with pytest.raises(PermissionDenied):
        auditor.run(lambda uow: record_purchase(uow, purchase(grant_id, consumable(10))))
    registrar = Actor("reg", "registrar")
    with ctx.db.read() as session, pytest.raises(PermissionDenied):
        grant_summary(session, registrar, grant_id)
