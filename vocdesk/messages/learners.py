"""Thai and English texts for the learner register: IDs, programmes, groups, status changes, rollover."""

# code -> (Thai, English); placeholders name the error's parameters.
MESSAGES: dict[str, tuple[str, str]] = {
    "national_id_checksum": (
        "เลขประจำตัวประชาชน '{value}' ไม่ถูกต้อง หากเป็นผู้เรียนต่างชาติ ให้ระบุเหตุผลเพื่อยกเว้นการตรวจสอบ",
        "National ID '{value}' is not valid; for a non-Thai learner give a reason to accept it",
    ),
    "programme_code": ("รหัสสาขาวิชา '{value}' ไม่ถูกต้อง: ต้องเป็นรหัส สอศ. 5 หลักขึ้นต้นด้วย {lead} หรือเว้นว่างถ้ายังไม่ยืนยัน",
                       "Programme code '{value}' is not valid: OVEC's 5 digits starting with {lead}, or empty "
                       "while it is not confirmed"),
    "programme_code_taken": ("รหัสสาขาวิชา {value} มีอยู่แล้วในระดับและหลักสูตรปีเดียวกัน",
                             "Programme code {value} is already used at this level and curriculum year"),
    "learner_programme_level": ("สาขาวิชาที่เลือกไม่ใช่ระดับ {level}", "The programme chosen is not a {level} programme"),
    "learner_group_mismatch": ("กลุ่มเรียน {group} ไม่ตรงกับสาขาวิชา ระดับ หรือชั้นปีของผู้เรียน",
                               "Group {group} does not match the learner's programme, level or year"),
    "status_unchanged": ("ผู้เรียนมีสถานะนี้อยู่แล้ว", "The learner already has this status"),
    "status_move": ("เปลี่ยนสถานะจาก {old} เป็น {new} ไม่ได้", "A learner cannot move from {old} to {new}"),
    "status_date_future": ("วันที่มีผล ({value}) ต้องไม่เป็นวันในอนาคต", "The effective date ({value}) is in the future"),
    "status_date_order": ("วันที่มีผล ({value}) ต้องไม่ก่อนการเปลี่ยนสถานะครั้งล่าสุด ({last})",
                          "The effective date ({value}) is before the latest status change ({last})"),
    "graduate_year": ("สำเร็จการศึกษาได้เมื่ออยู่ชั้นปีที่ {needed} ของระดับ {level} (ขณะนี้ปีที่ {year})",
                      "Graduation needs year {needed} of {level} (the learner is in year {year})"),
    "graduate_duration": ("ยังเรียนไม่ครบระยะเวลาของระดับ {level} ({needed} ปี นับจากเข้าเรียน {entry})",
                          "The {level} duration ({needed} years from entry on {entry}) is not yet met"),
    "rollover_done": ("เลื่อนชั้นปีการศึกษา {year} ไปแล้ว", "The rollover of academic year {year} was already done"),
    "rollover_stale": ("ข้อมูลเปลี่ยนไปหลังแสดงตัวอย่าง กรุณาดูตัวอย่างใหม่ก่อนยืนยัน",
                       "The data changed after the preview; preview again before confirming"),
    "photo_consent_required": ("เก็บรูปถ่ายได้เมื่อระบุผู้ให้ความยินยอม (ผู้เรียน หรือผู้ปกครองสำหรับผู้เยาว์)",
                               "A photo is kept only with a named consent (the learner, or a guardian for a minor)"),
    "photo_not_jpeg": ("รูปถ่ายไม่ใช่ภาพ JPEG จากบัตรประชาชน ({size} ไบต์)",
                       "The photo is not a JPEG from an ID card ({size} bytes)"),
}
