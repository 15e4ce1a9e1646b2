"""A malformed stored setting is reported with its key (by the service that reads it and by `check`), never
silently replaced by its default."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vocdesk.messages import describe
from vocdesk.paths import app_root
from vocdesk.persistence.models import Setting
from vocdesk.services.core.backups import backup_settings, database_check, save_backup_settings
from vocdesk.services.core.context import AppContext
from vocdesk.services.core.setting_spec import SettingInvalid
from vocdesk.services.pdpa.requests import retention_report


def _store_raw(ctx: AppContext, key: str, raw_json: str) -> None:
    """As if edited outside VocDesk (a database tool, an old version): no validation on the way in."""
    with ctx.db.engine.begin() as conn:
        conn.execute(Setting.__table__.insert().values(key=key, value_json=raw_json))


def test_a_wrong_typed_backup_count_is_refused_with_its_key_and_check_lists_it(ctx: AppContext) -> None:
    _store_raw(ctx, "backup.keep_last", '"eight"')
    with pytest.raises(SettingInvalid) as caught:
        backup_settings(ctx)
    assert caught.value.params["key"] == "backup.keep_last"
    assert describe(caught.value, "en") == ('The setting backup.keep_last must be a whole number, but "eight" is '
                                            "stored; an administrator should set it again")
    report = database_check(ctx)
    assert not report.healthy
    assert [(p.key, p.code) for p in report.setting_problems] == [("backup.keep_last", "setting_wrong_type")]


def test_unparsable_json_and_out_of_range_are_both_listed(ctx: AppContext) -> None:
    _store_raw(ctx, "pdpa.retention_years", "0")
    _store_raw(ctx, "dual.closed_days", "[2568-12-05")
    problems = {(p.key, p.code) for p in database_check(ctx).setting_problems}
    assert problems == {("pdpa.retention_years", "setting_out_of_range"), ("dual.closed_days", "setting_not_json")}
    with pytest.raises(SettingInvalid) as caught:
        ctx.run(retention_report)
    assert caught.value.code == "setting_out_of_range" and caught.value.params["key"] == "pdpa.retention_years"


def test_a_service_refuses_to_store_what_the_declaration_forbids_and_stores_what_it_allows(ctx: AppContext) -> None:
    with pytest.raises(SettingInvalid) as caught:
        ctx.run(lambda uow: save_backup_settings(uow, keep_last=-1))
    assert caught.value.params["key"] == "backup.keep_last"
    ctx.run(lambda uow: save_backup_settings(uow, keep_last=3))
    assert backup_settings(ctx).policy.keep_last == 3
    assert database_check(ctx).setting_problems == ()


def test_vocdesk_check_names_the_malformed_setting_and_exits_1(tmp_path: Path) -> None:
    home = tmp_path / "home"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VOCDESK_")}

    def vocdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(app_root() / "main.py"), "--home", str(home), "--lang", "en", *args],
                              capture_output=True, text=True, check=False, timeout=120, env=environment)

    assert vocdesk("info").returncode == 0
    with sqlite3.connect(home / "data" / "vocdesk.sqlite3") as conn:
        conn.execute("INSERT INTO setting (key, value_json) VALUES ('staffing.teaching_load', '{oops')")
    checked = vocdesk("check")
    assert checked.returncode == 1, checked.stderr
    problems = json.loads(checked.stdout)["setting_problems"]
    assert [(p["key"], p["code"]) for p in problems] == [("staffing.teaching_load", "setting_not_json")]
    assert problems[0]["message"].startswith("The stored setting staffing.teaching_load cannot be read")
