"""The community settings are typed: a new point's allowance and the ORDS provider; a malformed stored value stops."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.factories.community import FLOOD_START, flood_point, job
from vocdesk.errors import ValidationFailed
from vocdesk.persistence.models import ServicePoint, Setting
from vocdesk.services.community.ords import export_ords
from vocdesk.services.community.points import list_points
from vocdesk.services.community.settings import save_community_settings
from vocdesk.services.core.context import AppContext
from vocdesk.services.core.setting_registry import setting_problems, spec_for
from vocdesk.services.core.setting_spec import SettingInvalid


def _store(ctx: AppContext, key: str, raw_json: str) -> None:
    """What a hand-edited or damaged database holds: the raw JSON text, past the service's checks."""
    with ctx.unit_of_work() as uow:
        uow.session.merge(Setting(key=key, value_json=raw_json))


def test_both_settings_are_declared_in_the_community_manifest() -> None:
    allowance, provider = spec_for("community.parts_allowance_satang"), spec_for("community.ords_provider")
    assert allowance is not None and (allowance.kind, allowance.default) == (int, 15_000)
    assert provider is not None and (provider.kind, provider.default) == (str, "vocdesk")


def test_a_saved_allowance_reaches_the_next_point_and_a_bad_provider_is_refused(ctx: AppContext) -> None:
    ctx.run(lambda uow: save_community_settings(uow, 25_000, "hatyaitech"))
    flood_point(ctx)
    with ctx.db.read() as session:
        assert [p.parts_allowance_satang for p in list_points(session, ctx.actor)] == [25_000]
    with pytest.raises(ValidationFailed) as refused:
        ctx.run(lambda uow: save_community_settings(uow, 30_000, "Hat-Yai"))
    assert refused.value.code == "community.provider"
    with ctx.db.read() as session:  # nothing of the refused save was kept, not even the allowance
        assert session.get(Setting, "community.parts_allowance_satang").value_json == "25000"  # type: ignore[union-attr]


@pytest.mark.parametrize(("raw", "code"), [
    ('"150 บาท"', "setting_wrong_type"),
    ("150.5", "setting_wrong_type"),
    ("-100", "setting_out_of_range"),
    ("{broken", "setting_not_json"),
])
def test_a_malformed_allowance_stops_a_new_point_naming_the_key(ctx: AppContext, raw: str, code: str) -> None:
    _store(ctx, "community.parts_allowance_satang", raw)
    with pytest.raises(SettingInvalid) as stopped:
        flood_point(ctx)
    assert (stopped.value.code, stopped.value.params["key"]) == (code, "community.parts_allowance_satang")
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(ServicePoint)) == 0
        assert [(p.key, p.code) for p in setting_problems(session)] == [("community.parts_allowance_satang", code)]


def test_a_malformed_provider_stops_the_ords_export_before_any_file(ctx: AppContext, tmp_path: Path) -> None:
    flood_point(ctx)
    job(ctx)
    _store(ctx, "community.ords_provider", '"Hat-Yai"')
    out = tmp_path / "ords"
    with pytest.raises(SettingInvalid) as stopped:
        ctx.run(lambda uow: export_ords(uow, FLOOD_START, FLOOD_START + dt.timedelta(days=1), out, {"fields": []}))
    assert (stopped.value.code, stopped.value.params["key"]) == ("setting_rule", "community.ords_provider")
    assert not out.exists() or not any(out.iterdir())
