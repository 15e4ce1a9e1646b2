"""Thai and English texts for the dual system (ทวิภาคี): the placement rules' findings and the register's errors."""

# code -> (Thai, English); placeholders name the finding's or error's parameters.
MESSAGES: dict[str, tuple[str, str]] = {
    "dual.trainer_ratio": (
        "ครูฝึกจะมีผู้เรียนพร้อมกัน {count} คน (วันที่ {day}) เกินสัดส่วน 1:{limit} ของระดับนี้",
        "The trainer would have {count} learners at once (on {day}), more than the level's 1:{limit}",
    ),
    "dual.trainer_uncertified": (
        "ครูฝึกไม่มีใบรับรองที่ยังไม่หมดอายุตลอดช่วงฝึก {start} ถึง {end}",
        "The trainer has no certificate valid over the whole placement, {start} to {end}",
    ),
    "dual.mou_not_covering": (
        "ไม่มีบันทึกข้อตกลงความร่วมมือ (MOU) กับสถานประกอบการที่ครอบคลุมช่วงฝึก {start} ถึง {end}",
        "No MOU with the enterprise is valid over the whole placement, {start} to {end}",
    ),
    "dual.under_age": (
        "ผู้เรียนอายุ {age} ปี ในวันทำสัญญา {on} ต่ำกว่าอายุขั้นต่ำ {minimum} ปี ของระดับนี้",
        "The learner is {age} on the contract date {on}, younger than the level's minimum of {minimum}",
    ),
    "dual.minor_night": (
        "ผู้เรียนอายุ {age} ปี (ต่ำกว่า 18) มีช่วงฝึก {start}–{end} ที่คาบเกี่ยวเวลา 22:00–06:00",
        "The learner is {age} (under 18) and a shift {start}–{end} reaches into 22:00–06:00",
    ),
    "dual.minor_hours": (
        "ผู้เรียนอายุต่ำกว่า 18 ปี: เวลาฝึกต่อวันเกินกำหนด ไม่มีเวลาพักอย่างน้อย 1 ชั่วโมงหลังฝึก 4 ชั่วโมง "
        "หรือมีวันฝึกตรงกับวันหยุด ({problem})",
        "The learner is under 18: a day is too long, has no hour's break after 4 hours, "
        "or falls on a holiday ({problem})",
    ),
    "dual.minor_hazard": (
        "ผู้เรียนอายุ {age} ปี (ต่ำกว่า 18) ได้รับมอบงานต้องห้ามตาม พ.ร.บ.คุ้มครองแรงงาน มาตรา 49: {tasks}",
        "The learner is {age} (under 18) and has work prohibited by the Labour Protection Act §49: {tasks_en}",
    ),
    "dual.overlap": (
        "ผู้เรียนมีการฝึกอาชีพอื่น (#{other}) ในช่วง {start} ถึง {end} อยู่แล้ว",
        "The learner already has a placement (#{other}) from {start} to {end}",
    ),
    "dual.too_short": (
        "การฝึกอาชีพของผู้เรียนรวม {semesters} ภาคเรียน น้อยกว่าที่มาตรฐานกำหนด {minimum} ภาคเรียน",
        "The learner's placements come to {semesters} semesters, fewer than the standard's {minimum}",
    ),
    "dual.guardian_consent": (
        "ผู้เรียนอายุ {age} ปี (ต่ำกว่า {limit}) ยังไม่มีหนังสือยินยอมของผู้ปกครอง",
        "The learner is {age} (under {limit}) and no guardian consent is recorded",
    ),
    "dual.not_dual_learner": (
        "ผู้เรียนไม่ได้อยู่ในระบบทวิภาคีตามทะเบียนผู้เรียน",
        "The learner is not on the dual track in the learner register",
    ),
    "dual.findings_block": (
        "เปิดใช้การฝึกอาชีพไม่ได้: พบข้อผิดพลาด {count} รายการ ({codes})",
        "The placement cannot be activated: {count} errors ({codes})",
    ),
    "dual.warning_reason": (
        "ต้องระบุเหตุผลในการยอมรับคำเตือน {codes}",
        "A reason is needed to accept the warnings {codes}",
    ),
    "dual.birth_date_required": (
        "ผู้เรียน {learner} ไม่มีวันเกิดในทะเบียน จึงตรวจเงื่อนไขอายุไม่ได้",
        "Learner {learner} has no birth date in the register, so the age rules cannot be checked",
    ),
    "dual.status_change": (
        "เปลี่ยนสถานะการฝึกอาชีพจาก {old} เป็น {new} ไม่ได้",
        "A placement cannot go from {old} to {new}",
    ),
}

MESSAGES.update({
    "dual.tax_id_invalid": (
        "เลขประจำตัวผู้เสียภาษี '{value}' ไม่ถูกต้อง (ต้องเป็นตัวเลข 13 หลักที่ผ่านการตรวจสอบ)",
        "Tax ID '{value}' is not a valid 13-digit number",
    ),
    "dual.tax_id_duplicate": (
        "มีสถานประกอบการเลขประจำตัวผู้เสียภาษี {value} อยู่แล้ว (#{existing}) — รวมข้อมูลได้ด้วยคำสั่งรวม",
        "An enterprise with tax ID {value} already exists (#{existing}); merge them instead",
    ),
    "dual.branch_invalid": ("เลขสาขา '{value}' ไม่ถูกต้อง (ตัวเลขไม่เกิน 5 หลัก)", "Branch '{value}' is not up to 5 digits"),
    "dual.tsic_invalid": ("รหัส TSIC '{value}' ไม่ถูกต้อง", "'{value}' is not a TSIC code"),
    "dual.size_band_invalid": (
        "ขนาดกิจการ '{value}' ไม่ถูกต้อง (micro, small, medium, large)",
        "Size band '{value}' is not micro, small, medium or large",
    ),
    "dual.period_order": ("วันสิ้นสุด {end} อยู่ก่อนวันเริ่ม {start}", "The end {end} is before the start {start}"),
    "dual.cooperation_level": ("ระดับความร่วมมือต้องเป็น 1–3 ('{value}')", "Cooperation level must be 1–3 ('{value}')"),
    "dual.scan_missing": ("ไม่พบไฟล์สแกน {path}", "The scan file {path} does not exist"),
    "dual.merge_same": ("รวมสถานประกอบการกับตัวเองไม่ได้", "An enterprise cannot be merged into itself"),
})

MESSAGES["dual.trainer_elsewhere"] = (
    "ครูฝึก {trainer} ไม่ได้อยู่ในสถานประกอบการนี้", "Trainer {trainer} does not work for this enterprise")
MESSAGES["dual.weekdays_invalid"] = (
    "วันฝึก '{value}' อ่านไม่ได้ (เช่น จ-ศ หรือ อ,พ,พฤ)", "Training days '{value}' cannot be read (e.g. จ-ศ or อ,พ,พฤ)")
MESSAGES["dual.time_invalid"] = ("เวลา '{value}' ไม่ถูกต้อง (เช่น 08:00)", "Time '{value}' is not valid (e.g. 08:00)")

MESSAGES.update({
    "dual.course_code_invalid": (
        "รหัสวิชา '{value}' ไม่ถูกต้อง (เช่น 20100-1001)", "Course code '{value}' is not like 20100-1001"),
    "dual.plan_semester_invalid": (
        "ภาคเรียนของแผนการฝึก '{value}' ไม่ถูกต้อง (1–{maximum})", "Plan semester '{value}' is not 1–{maximum}"),
    "dual.target_level_invalid": (
        "ระดับสมรรถนะเป้าหมาย '{value}' ไม่ถูกต้อง (1–5)", "Target competence level '{value}' is not 1–5"),
})
MESSAGES["dual.document_target"] = (
    "'{value}' ไม่ใช่การฝึกอาชีพหรือ MOU (เช่น P12 หรือ M3)", "'{value}' names no placement or MOU (e.g. P12 or M3)")

MESSAGES.update({
    "dual.alert_mou_before_placement": (
        "MOU กับ {subject} สิ้นสุด {day} ก่อนการฝึกอาชีพที่อาศัย MOU นี้จะจบ ({count} รายการ ถึง {last})",
        "The MOU with {subject} ends on {day}, before the placements relying on it end ({count}, until {last})"),
    "dual.alert_mou_ending": (
        "MOU กับ {subject} จะสิ้นสุด {day} ขณะมีการฝึกอาชีพ {count} รายการ",
        "The MOU with {subject} ends on {day} while {count} placements rely on it"),
    "dual.alert_certificate_lapsing": (
        "ใบรับรองครูฝึกของ {subject} จะหมดอายุ {day}", "Trainer certificate of {subject} lapses on {day}"),
    "dual.alert_certificate_lapsed": (
        "ครูฝึก {subject} ไม่มีใบรับรองที่ยังไม่หมดอายุ ({day})", "Trainer {subject} has no valid certificate ({day})"),
    "dual.alert_trainer_over_ratio": (
        "ครูฝึก {subject} มีผู้เรียน {count} คน เกินสัดส่วน 1:{limit}",
        "Trainer {subject} has {count} learners, more than 1:{limit}"),
})
MESSAGES["dual.hazard_unknown"] = (
    "'{value}' ไม่อยู่ในรายการงานต้องห้ามตามมาตรา 49 ({known})", "'{value}' is not on the §49 list ({known})")

MESSAGES.update({
    "dual.import_learner_unknown": ("ไม่พบผู้เรียนรหัส {value} ในทะเบียน", "No learner with code {value} in the register"),
    "dual.import_enterprise_unknown": (
        "ไม่พบสถานประกอบการเลขประจำตัวผู้เสียภาษี {value} (เพิ่มหรือนำเข้าสถานประกอบการก่อน)",
        "No enterprise with tax ID {value} (add or import the enterprise first)"),
    "dual.import_trainer_unknown": (
        "ไม่พบครูฝึก '{value}' ของสถานประกอบการนี้", "No trainer '{value}' at this enterprise"),
    "dual.import_teacher_unknown": ("ไม่พบครู '{value}' ในทะเบียนครู", "No teacher '{value}' in the teacher register"),
    "dual.import_placement_differs": (
        "ผู้เรียน {value} มีการฝึกอาชีพที่สถานประกอบการนี้เริ่ม {start} อยู่แล้วแต่ข้อมูลต่างกัน — แก้ไขในโปรแกรม",
        "Learner {value} already has a placement here from {start} with other details; edit it in the app"),
})
