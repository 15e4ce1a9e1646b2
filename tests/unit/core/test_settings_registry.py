"""The settings registry: every area's declared settings, each default valid by its own rules, each key once."""

from __future__ import annotations

import pytest

from vocdesk.services.core.setting_registry import registered_settings, spec_for
from vocdesk.services.core.setting_spec import SettingInvalid, SettingSpec


def test_every_registered_setting_has_a_default_that_passes_its_own_validation() -> None:
    specs = registered_settings()
    assert len(specs) >= 30  # core, learners, teachers, equipment, packages, pdpa, dual, labour, training
    for spec in specs:
        assert spec.problem(spec.default) is None, spec.key
        assert spec.label_th.strip() and spec.label_en.strip() and spec.label_th != spec.label_en, spec.key


def test_keys_are_declared_once_and_found_by_key() -> None:
    keys = [spec.key for spec in registered_settings()]
    assert len(keys) == len(set(keys))
    for key in ("backup.keep_last", "security.argon2", "college.code", "risk.gpax_min", "staffing.teaching_load",
                "equipment.salvage_satang", "grants.band_min_baht", "pdpa.retention_years", "dual.trainer_ratio",
                "labour.gap", "training.periods", "package.ovec_public_key"):
        found = spec_for(key)
        assert found is not None and found.key == key
    family = spec_for("rollover.done.2568")
    assert family is not None and family.family
    assert spec_for("nobody.declares.this") is None


@pytest.mark.parametrize(("raw", "code"), [
    ("{not json", "setting_not_json"),
    ('"eight"', "setting_wrong_type"),
    ("true", "setting_wrong_type"),   # JSON true is not a whole number, though Python calls bool an int
    ("8.5", "setting_wrong_type"),
    ("-1", "setting_out_of_range"),
])
def test_a_malformed_stored_value_is_an_error_naming_the_key(raw: str, code: str) -> None:
    spec = SettingSpec("backup.keep_last", int, 8, "เก็บชุดล่าสุด", "Keep the latest", 0, 10_000)
    with pytest.raises(SettingInvalid) as caught:
        spec.decode(raw)
    assert caught.value.code == code and caught.value.params["key"] == "backup.keep_last"


def test_a_float_setting_takes_a_whole_number_and_a_rule_says_why_it_refuses() -> None:
    gpax = spec_for("rollover.graduation_gpax_min")
    assert gpax is not None and gpax.decode("2") == 2.0 and isinstance(gpax.decode("2"), float)
    pattern = spec_for("equipment.asset_code_pattern")
    assert pattern is not None
    with pytest.raises(SettingInvalid) as caught:
        pattern.decode('"{year}-no-running-number"')
    assert caught.value.code == "setting_rule" and "{running}" in caught.value.params["detail"]
