"""The reference files shipped in resources/reference: the OVEC programme list, provinces and demo names."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from vocdesk.demo.names import load_name_lists
from vocdesk.domain.academic import Level
from vocdesk.errors import ValidationFailed
from vocdesk.paths import app_root
from vocdesk.services.learners.catalogue import read_reference_programmes

RESOURCES = app_root() / "resources"
NINE_TYPES = {"อุตสาหกรรม", "พาณิชยกรรม/บริหารธุรกิจ", "ศิลปกรรม", "คหกรรม", "เกษตรกรรม", "ประมง",
              "อุตสาหกรรมท่องเที่ยว", "อุตสาหกรรมสิ่งทอ", "เทคโนโลยีสารสนเทศและการสื่อสาร"}
# OVEC names the business type พาณิชยกรรม at ปวช. and บริหารธุรกิจ at ปวส.
TYPE_ALIASES = {"พาณิชยกรรม": "พาณิชยกรรม/บริหารธุรกิจ", "บริหารธุรกิจ": "พาณิชยกรรม/บริหารธุรกิจ"}


def test_programme_list_covers_nine_types_both_levels_and_forty_majors() -> None:
    rows = read_reference_programmes(RESOURCES)
    assert len(rows) >= 40
    types = {TYPE_ALIASES.get(row.type_name_th, row.type_name_th) for row in rows}
    assert types == NINE_TYPES
    for level in (Level.CERTIFICATE, Level.HIGHER_CERTIFICATE):
        level_types = {TYPE_ALIASES.get(r.type_name_th, r.type_name_th) for r in rows if r.level is level}
        assert level_types == NINE_TYPES, level


def test_programme_list_has_no_duplicate_keys_and_codes_match_their_level() -> None:
    rows = read_reference_programmes(RESOURCES)
    coded = [(r.level, r.major_code, r.minor_code) for r in rows if r.major_code]
    assert len(coded) == len(set(coded))
    named = [(r.level, r.major_name_th, r.minor_name_th) for r in rows]
    assert len(named) == len(set(named))
    for row in rows:
        if row.major_code:
            assert re.fullmatch(r"[23][0-9]{4}", row.major_code)
            assert row.major_code[0] == ("2" if row.level is Level.CERTIFICATE else "3")
        assert row.curriculum_year == (2562 if row.level is Level.CERTIFICATE else 2563)


def test_known_codes_and_shortage_defaults_are_explained() -> None:
    rows = read_reference_programmes(RESOURCES)
    by_code = {r.major_code: r.major_name_th for r in rows if r.major_code}
    assert by_code["20101"] == "ช่างยนต์" and by_code["20104"] == "ช่างไฟฟ้ากำลัง"
    assert by_code["20105"] == "ช่างอิเล็กทรอนิกส์" and by_code["20201"] == "การบัญชี"
    assert by_code["30101"] == "เทคนิคเครื่องกล" and by_code["30104"] == "ไฟฟ้า"
    shortage = [r for r in rows if r.is_shortage]
    assert {"เมคคาทรอนิกส์และหุ่นยนต์", "เทคโนโลยียานยนต์ไฟฟ้า", "ระบบขนส่งทางราง"} <= {r.major_name_th for r in shortage}
    assert all("ยืนยัน" in r.shortage_source for r in shortage)  # a default the college must confirm
    assert not any(r.shortage_source for r in rows if not r.is_shortage)


def test_unconfirmed_codes_are_left_empty_and_say_so() -> None:
    with (RESOURCES / "reference" / "programmes.csv").open(encoding="utf-8") as handle:
        raw = list(csv.DictReader(handle))
    assert {row["code_confirmed"] for row in raw} == {"yes", "no"}
    assert all((row["code_confirmed"] == "yes") == bool(row["major_code"]) for row in raw)


def _write_reference(folder: Path, lines: list[str]) -> Path:
    (folder / "reference").mkdir(parents=True, exist_ok=True)
    header = ("level,type_name_th,major_code,major_name_th,major_name_en,minor_code,minor_name_th,curriculum_year,"
              "code_confirmed,is_shortage,shortage_source,ai_competences")
    (folder / "reference" / "programmes.csv").write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("line", "field"), [
    ("ปวท.,อุตสาหกรรม,20101,ช่างยนต์,,,,2562,yes,0,,", "level"),
    ("ปวช.,อุตสาหกรรม,30101,ช่างยนต์,,,,2562,yes,0,,", "major_code"),  # a ปวส. code at ปวช.
    ("ปวช.,อุตสาหกรรม,2010,ช่างยนต์,,,,2562,yes,0,,", "major_code"),
    ("ปวช.,อุตสาหกรรม,,ช่างยนต์,,,,2562,yes,0,,", "code_confirmed"),  # says confirmed but has no code
    ("ปวช.,อุตสาหกรรม,20101,ช่างยนต์,,,,62,yes,0,,", "curriculum_year"),
    ("ปวช.,อุตสาหกรรม,20101,ช่างยนต์,,,,2562,yes,maybe,,", "is_shortage"),
    ("ปวช.,,20101,ช่างยนต์,,,,2562,yes,0,,", "type_name_th"),
])
def test_a_bad_row_is_refused_naming_row_and_field(tmp_path: Path, line: str, field: str) -> None:
    folder = _write_reference(tmp_path, ["ปวช.,อุตสาหกรรม,20102,ช่างกลโรงงาน,,,,2562,yes,0,,", line])
    with pytest.raises(ValidationFailed) as caught:
        read_reference_programmes(folder)
    assert caught.value.params["row"] == 3 and caught.value.params["field"] == field


def test_a_duplicate_major_is_refused(tmp_path: Path) -> None:
    folder = _write_reference(tmp_path, ["ปวช.,อุตสาหกรรม,20101,ช่างยนต์,,,,2562,yes,0,,",
                                         "ปวช.,อุตสาหกรรม,20101,ช่างยนต์ (ซ้ำ),,,,2562,yes,0,,"])
    with pytest.raises(ValidationFailed) as caught:
        read_reference_programmes(folder)
    assert caught.value.params == {"file": "programmes.csv", "row": 3, "field": "major_code", "value": "20101"}


def test_provinces_are_the_77_with_unique_codes_and_names() -> None:
    with (RESOURCES / "reference" / "provinces.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 77
    assert len({r["code"] for r in rows}) == 77 and len({r["name_th"] for r in rows}) == 77
    assert len({r["name_en"] for r in rows}) == 77
    assert {"กรุงเทพมหานคร", "บึงกาฬ", "ราชบุรี", "นราธิวาส"} <= {r["name_th"] for r in rows}
    assert all(re.fullmatch(r"[1-9][0-9]", r["code"]) for r in rows)


def test_demo_name_lists_have_romanised_forms_and_no_duplicates() -> None:
    lists = load_name_lists(RESOURCES)
    for names in (lists.male, lists.female, lists.surnames):
        assert len(names) >= 40
        assert len({n.th for n in names}) == len(names)
        assert all(n.en.isascii() and n.en[:1].isupper() for n in names)
        assert all(re.fullmatch(r"[\u0E00-\u0E7F]+", n.th) for n in names)
    assert not {n.th for n in lists.male} & {n.th for n in lists.female}
    assert len(lists.provinces) == 77
