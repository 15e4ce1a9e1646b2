"""Thai and English texts for community service: Fix it repair jobs, volunteer shifts and service hours."""

# code -> (Thai, English); placeholders name the error's parameters.
MESSAGES: dict[str, tuple[str, str]] = {
    "community.category": ("ไม่รู้จักประเภทสิ่งของ {value}", "Unknown item category {value}"),
    "community.status_flow": (
        "เปลี่ยนสถานะจาก {current} เป็น {value} ไม่ได้ (รับ → ตรวจ → ล้าง → ตาก → ซ่อม → ตรวจสอบ → ส่งคืน)",
        "A job cannot go from {current} to {value} (received → diagnosing → washing → drying → repairing → "
        "checking → returned)",
    ),
    "community.barrier_not_eol": (
        "ระบุอุปสรรคการซ่อม ({value}) ได้เฉพาะสิ่งของที่ซ่อมไม่ได้ (End of life)",
        "A repair barrier ({value}) is only for an item that is End of life",
    ),
    "community.provider": (
        "รหัสผู้ให้ข้อมูล ORDS ต้องเป็นอักษรอังกฤษตัวเล็กเท่านั้น: {value}",
        "The ORDS data provider must be lower-case letters only: {value}",
    ),
    "community.one_worker": ("ระบุผู้เรียนหรือครูหนึ่งคน", "Give one learner or one teacher"),
    "community.minutes_over_day": (
        "เวลาบริการ {minutes} นาที รวมกับที่บันทึกแล้ว {already} นาทีในวันนั้น เกิน 24 ชั่วโมง",
        "{minutes} minutes on top of the {already} already recorded that day would pass 24 hours",
    ),
    "community.outcome_required": (
        "ก่อนส่งคืนต้องระบุผลการซ่อม (ซ่อมได้ / ซ่อมต่อได้ / ซ่อมไม่ได้)",
        "Give the repair outcome (Fixed, Repairable or End of life) before returning the item",
    ),
    "community.parts_over_allowance": (
        "ค่าอะไหล่ {cost} บาท รวมกับที่ใช้แล้ว {spent} บาท เกินวงเงินต่อชิ้น {allowance} บาท",
        "Parts of ฿{cost} on top of ฿{spent} already spent would pass the per-item allowance of ฿{allowance}",
    ),
    "community.minutes_before_job": (
        "วันที่ปฏิบัติงาน {day} อยู่ก่อนวันรับงาน", "The day worked, {day}, is before the job was received",
    ),
    "community.owner_id_checksum": (
        "เลขประจำตัวประชาชนของเจ้าของไม่ผ่านการตรวจเลขท้าย: บันทึกได้เมื่อระบุเหตุผล",
        "The owner's national ID fails its check digit: it is kept only with a reason",
    ),
    "community.point_closed": (
        "จุดบริการ {point} ไม่เปิดในวันที่ {day}", "Service point {point} is not open on {day}",
    ),
    "community.outside_shift": (
        "เวลา {at} อยู่นอกช่วงเวลาของผลัด {start}–{end}", "{at} is outside the shift, {start}–{end}",
    ),
    "community.already_checked_in": ("ลงชื่อเข้าผลัดนี้แล้ว", "Already checked in on this shift"),
    "community.not_checked_in": ("ยังไม่ได้ลงชื่อเข้าผลัดนี้", "Not checked in on this shift"),
    "community.import_point_unknown": (
        "ไม่มีจุดบริการรหัส {point}: เพิ่มจุดบริการก่อนนำเข้างาน", "No service point {point}: add the point first",
    ),
    "community.import_year_mismatch": (
        "วันที่รับไม่อยู่ในปีงบประมาณ {year} ของเลขที่งาน", "The date received is not in the job number's fiscal year {year}",
    ),
    "community.import_fixed_field": (
        "ค่านี้ ({value}) ต่างจากที่บันทึกไว้: วันที่รับและสถานะเปลี่ยนได้ทางขั้นตอนสถานะเท่านั้น",
        "This value ({value}) differs from the job's: the date received and statuses change only through the status "
        "flow",
    ),
    "community.point_file_refused": (
        "ไม่รับแฟ้มจุดบริการ {file}: ลายมือชื่อดิจิทัลไม่ถูกต้องหรือแฟ้มถูกแก้ไข ({detail}) ไม่มีการบันทึกข้อมูลใด",
        "Point file {file} refused: its signature does not hold or the file was changed ({detail}); nothing written",
    ),
    "community.point_file_unknown_point": (
        "ไม่มีจุดบริการ {point} ในฐานข้อมูลของวิทยาลัย: เพิ่มจุดบริการก่อนรวมแฟ้ม ไม่มีการบันทึกข้อมูลใด",
        "The college database has no service point {point}: add it before merging; nothing written",
    ),
    "community.point_file_unknown_people": (
        "แฟ้มมีผู้เรียนหรือครูที่วิทยาลัยไม่มีในทะเบียน: {people} ไม่มีการบันทึกข้อมูลใด",
        "The file names learners or teachers the college does not have: {people}; nothing written",
    ),
}
