"""Schemas of the tables VocDesk sends to OVEC, with std2018 column names where OVEC's systems have them."""

from __future__ import annotations

from vocdesk.io.package.dual_tables import DUAL_ENTERPRISE, DUAL_PLACEMENT
from vocdesk.io.package.manifest import Field, TableSchema

STUDENT = TableSchema(
    fields=(
        Field("studentCode", "string", "รหัสนักศึกษา"),
        Field("idcard", "string", "เลขประจำตัวประชาชน (ใช้รหัสแฝง HMAC-SHA256 หรือเข้ารหัสถึง สอศ.)"),
        Field("gender", "string", "เพศ"),
        Field("levelCode", "string", "ระดับ pvc/pvs/btech"),
        Field("gradeNameTh", "string", "ระดับชั้น เช่น ปวช.1"),
        Field("majorCode", "string", "รหัสสาขาวิชา"),
        Field("majorNameTh", "string", "ชื่อสาขาวิชา"),
        Field("minorCode", "string", "รหัสสาขางาน"),
        Field("minorNameTh", "string", "ชื่อสาขางาน"),
        Field("groupCode", "string", "รหัสกลุ่มเรียน"),
        Field("studentStatusName", "string", "สถานะนักศึกษา"),
        Field("isDual", "boolean", "เรียนระบบทวิภาคี"),
        Field("gpax", "number", "ผลการเรียนเฉลี่ยสะสม"),
    ),
    primary_key=("studentCode",),
)

STUDENT_GROUP = TableSchema(
    fields=(
        Field("academicYear", "integer", "ปีการศึกษา (พ.ศ.) ที่เข้าเรียน"),
        Field("semester", "string", "ภาคเรียนของแพ็กเกจ"),
        Field("groupCode", "string", "รหัสกลุ่มเรียน"),
        Field("grade", "string", "ระดับชั้น เช่น ปวช.1"),
        Field("groupName", "string", "ชื่อกลุ่มเรียน"),
        Field("majorCode", "string", "รหัสสาขาวิชา"),
        Field("teacherIdcard", "string", "ครูที่ปรึกษา (รหัสแฝงหรือเข้ารหัส)"),
    ),
    primary_key=("groupCode",),
)

TEACHER = TableSchema(
    fields=(
        Field("teacherIdcard", "string", "เลขประจำตัวประชาชนครู (รหัสแฝงหรือเข้ารหัส)"),
        Field("positionType", "string", "ประเภทตำแหน่ง"),
        Field("departmentCode", "string", "รหัสแผนกวิชา"),
        Field("departmentNameTh", "string", "ชื่อแผนกวิชา"),
    ),
    primary_key=("teacherIdcard",),
)


EQUIPMENT = TableSchema(
    fields=(
        Field("assetCode", "string", "รหัสครุภัณฑ์"),
        Field("assetName", "string", "ชื่อครุภัณฑ์"),
        Field("categoryCode", "string", "รหัสประเภทครุภัณฑ์"),
        Field("categoryNameTh", "string", "ประเภทครุภัณฑ์"),
        Field("fiscalYear", "integer", "ปีงบประมาณที่ได้มา (พ.ศ.)"),
        Field("acquiredOn", "date", "วันที่ได้มา"),
        Field("costBaht", "number", "ราคาทุน (บาท)"),
        Field("fundingSource", "string", "แหล่งเงิน"),
        Field("grantProgrammeCode", "string", "รหัสสาขาวิชาของเงินอุดหนุน"),
        Field("locationCode", "string", "รหัสที่ตั้ง"),
        Field("departmentCode", "string", "รหัสแผนกวิชา"),
        Field("condition", "string", "สภาพ"),
        Field("disposedOn", "date", "วันที่จำหน่าย"),
    ),
    primary_key=("assetCode",),
)

KNOWN_SCHEMAS: dict[str, TableSchema] = {
    "std2018_student": STUDENT,
    "std2018_studentgroup": STUDENT_GROUP,
    "teachers": TEACHER,
    "equipment": EQUIPMENT,
    "dual_enterprises": DUAL_ENTERPRISE,
    "dual_placements": DUAL_PLACEMENT,
}
"""Table name → schema; the ministry's loader accepts these. New exportable tables add their schema here."""
