"""Schemas of the dual system tables in an OVEC package: partner enterprises and placements (pseudonymised)."""

from __future__ import annotations

from vocdesk.io.package.manifest import Field, TableSchema

DUAL_ENTERPRISE = TableSchema(
    fields=(
        Field("enterpriseId", "string", "เลขประจำตัวผู้เสียภาษี (หรือรหัสภายในเมื่อไม่มีเลข)"),
        Field("nameTh", "string", "ชื่อสถานประกอบการ"),
        Field("branch", "string", "สาขา (00000 = สำนักงานใหญ่)"),
        Field("tsicCode", "string", "รหัส TSIC 2552"),
        Field("province", "string", "จังหวัด"),
        Field("sizeBand", "string", "ขนาดกิจการ"),
        Field("mouEndDate", "date", "วันสิ้นสุด MOU ล่าสุด (ว่าง = ไม่มีกำหนดหรือไม่มี MOU)"),
    ),
    primary_key=("enterpriseId",),
)

DUAL_PLACEMENT = TableSchema(
    fields=(
        Field("placementId", "string", "รหัสการฝึกอาชีพในสถานศึกษา"),
        Field("idcard", "string", "เลขประจำตัวประชาชนผู้เรียน (รหัสแฝงหรือเข้ารหัส)"),
        Field("levelCode", "string", "ระดับ pvc/pvs/btech"),
        Field("majorCode", "string", "รหัสสาขาวิชา"),
        Field("enterpriseId", "string", "เลขประจำตัวผู้เสียภาษีของสถานประกอบการ"),
        Field("startDate", "date", "วันเริ่มฝึก"),
        Field("endDate", "date", "วันสิ้นสุดการฝึก"),
        Field("semesters", "integer", "จำนวนภาคเรียน"),
        Field("status", "string", "สถานะ draft/active/completed/ended"),
        Field("allowance", "number", "เบี้ยเลี้ยง (บาท)"),
        Field("allowancePer", "string", "ต่อ day/month"),
    ),
    primary_key=("placementId",),
)
