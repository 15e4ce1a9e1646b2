"""Finding the table: header row under titles, the right sheet, names matched loosely, unknown columns reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.data.import_files import national_id, write_csv, write_workbook
from vocdesk.errors import FileRefused
from vocdesk.io.imports import Column, Declaration, read_import
from vocdesk.io.imports import cleaners as c
from vocdesk.io.imports.learners import LEARNERS
from vocdesk.io.imports.reader import decode_csv


@pytest.mark.parametrize("header", ["studentCode", "Student Code", "student_code", "STUDENT-CODE", "รหัสนักเรียน",
                                    "รหัส นักศึกษา", "รหัสนักศึกษา*", " รหัสนักเรียน\u00a0"])
def test_header_names_match_ignoring_case_spaces_and_punctuation(header: str) -> None:
    column = LEARNERS.match_header(header)
    assert column is not None and column.name == "studentCode"


def test_thai_aliases_of_every_learner_column() -> None:
    expected = {"เลขบัตรประชาชน": "idcard", "คำนำหน้าชื่อ": "prefixName", "ชื่อ": "firstName", "นามสกุล": "lastName",
                "ชื่อ-นามสกุล": "fullName", "เพศ": "gender", "วันเดือนปีเกิด": "birthDate", "ระดับชั้น": "gradeNameTh",
                "สาขาวิชา": "majorNameTh", "สาขางาน": "minorNameTh", "รหัสกลุ่ม": "groupCode", "สถานะ": "studentStatusName",
                "เกรดเฉลี่ย": "gpax", "โทรศัพท์": "tel", "อีเมล": "email", "กลุ่มเรียน": "groupCode"}
    assert {text: getattr(LEARNERS.match_header(text), "name", None) for text in expected} == expected


def test_table_found_below_titles_on_the_right_sheet(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "book.xlsx", ["ที่", "รหัสนักเรียน", "ชื่อ", "นามสกุล", "ลายมือชื่อ"],
                          [[1, "66201010001", "ก", "ข", None]],
                          titles=["วิทยาลัยเทคนิค", "ภาคเรียนที่ 1/2569", "แผนกช่างยนต์"],
                          extra_sheets=["ปก", "คำชี้แจง"])
    parsed = read_import(path, LEARNERS)
    assert (parsed.sheet, parsed.header_row) == ("รายชื่อ", 4)
    assert [row.row for row in parsed.rows] == [5]
    assert parsed.rows[0].values == {"studentCode": "66201010001", "firstName": "ก", "lastName": "ข"}
    unknown = sorted((f.row, f.params["letter"], f.params["header"]) for f in parsed.findings)
    assert unknown == [(4, "A", "ที่"), (4, "E", "ลายมือชื่อ")]


def test_a_file_without_the_key_column_is_refused(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "book.xlsx", ["ชื่อ", "นามสกุล"], [["ก", "ข"]])
    with pytest.raises(FileRefused) as refused:
        read_import(path, LEARNERS)
    assert refused.value.code == "import_no_table" and "รหัสนักศึกษา" in refused.value.params["key"]


def test_repeated_column_keeps_the_first(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "book.xlsx", ["รหัสนักศึกษา", "ชื่อ", "ชื่อ"], [["1", "แรก", "สอง"]])
    parsed = read_import(path, LEARNERS)
    assert parsed.rows[0].values["firstName"] == "แรก"
    assert [(f.code, f.params["letter"], f.params["first"]) for f in parsed.findings] == [
        ("import_duplicate_column", "C", "B")]


def test_csv_decoding_utf8_bom_and_windows_874() -> None:
    text = "รหัสนักศึกษา,ชื่อ\r\n1,สมชาย\r\n"
    assert decode_csv(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode_csv(text.encode("utf-8")) == text
    assert decode_csv(text.encode("tis-620")) == text
    assert decode_csv(text.encode("cp874")) == text


def test_semicolon_csv(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(f"รหัสนักศึกษา;เลขประจำตัวประชาชน;ชื่อ\n1;{national_id(5)};สมชาย\n", encoding="utf-8")
    parsed = read_import(path, LEARNERS)
    assert parsed.rows[0].values == {"studentCode": "1", "idcard": national_id(5), "firstName": "สมชาย"}


def test_blank_rows_are_skipped_and_row_numbers_stay_the_sheets(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", ["รหัสนักศึกษา", "ชื่อ"], [["1", "ก"], ["", ""], [" ", "\u00a0"], ["2", "ข"]],
                     "utf-8")
    parsed = read_import(path, LEARNERS)
    assert [(row.row, row.values["studentCode"]) for row in parsed.rows] == [(2, "1"), (5, "2")]


def test_declarations_refuse_ambiguous_headers() -> None:
    with pytest.raises(ValueError, match="names both"):
        Declaration("things", (Column("code", "รหัส", c.code(10)), Column("name", "ชื่อ", c.text(10), ("code",))),
                    key="code")
