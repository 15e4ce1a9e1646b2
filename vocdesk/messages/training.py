"""Thai and English texts for the training centre: facilities, terms, bookings and the spare-room finder."""

# code -> (Thai, English); placeholders name the error's parameters.
MESSAGES: dict[str, tuple[str, str]] = {
    "term_key": ("ภาคเรียนต้องเขียนแบบ 2/2569 ('{value}')", "A term is written like 2/2569 ('{value}')"),
    "facility_not_bookable": (
        "สถานที่ {value} ยังไม่เปิดให้จอง (ตั้งค่าสถานที่จองได้ก่อน)",
        "{value} is not a bookable facility yet (set it up for booking first)",
    ),
    "no_occurrences": ("ไม่มีวันที่ตรงกับวันที่เลือกในช่วงนี้", "No date in the range falls on the chosen days"),
    "booking_on_closed_day": (
        "จองวันที่ {day} ไม่ได้: {reason}",
        "Cannot book {day}: {reason}",
    ),
    "booking_taken": (
        "มีผู้จอง {room} ในช่วงเวลานี้ไปก่อนแล้ว กรุณาค้นหาห้องว่างอีกครั้ง",
        "Someone else booked {room} for this time a moment ago; search again",
    ),
    "nothing_to_decide": ("ไม่มีรายการจองที่รอดำเนินการ ({value})", "No open booking to decide ({value})"),
    "not_the_approver": ("ผู้อนุมัติการจองสถานที่นี้คือ {role}", "Bookings of this facility are approved by {role}"),
    "booking_conflicts": (
        "จองไม่ได้: ชนกับรายการอื่น {count} รายการ (ไม่ได้บันทึก)",
        "Not booked: {count} clashes (nothing was written)",
    ),
}
MESSAGES |= {
    "timetable_no_time": (
        "ไม่มีคอลัมน์คาบ (Hour) หรือเวลาเริ่ม/สิ้นสุด", "No Hour column and no start and end columns",
    ),
    "facility_hours_invalid": (
        "เวลาที่จองได้ '{value}' ไม่ถูกต้อง (ตัวอย่าง mon-fri=17:00-21:00;sat=08:00-16:00)",
        "Bookable hours '{value}' are not valid (e.g. mon-fri=17:00-21:00;sat=08:00-16:00)",
    ),
    "timetable_day": ("ไม่รู้จักวัน '{value}'", "Unknown day name '{value}'"),
    "timetable_hour_no_time": (
        "คาบ '{value}' ไม่มีเวลา และยังไม่ได้ตั้งตารางคาบของวิทยาลัย",
        "Hour '{value}' carries no time and no period table matches it",
    ),
    "timetable_teacher_unmatched": (
        "ไม่พบครู '{value}' ในทะเบียนครู (นำเข้าไว้ตามชื่อ)", "Teacher '{value}' is not in the register (kept by name)",
    ),
    "timetable_room_unknown": (
        "ไม่พบห้อง '{value}' (ใช้ --create-rooms เพื่อสร้างห้องใหม่)",
        "Room '{value}' does not exist (use --create-rooms to create it)",
    ),
    "timetable_room_code_long": (
        "ชื่อห้อง '{value}' ยาวเกิน 30 ตัวอักษร", "Room name '{value}' is longer than 30 characters",
    ),
    "timetable_room_double": (
        "ห้อง {room} มีคาบเรียนซ้อนกับแถว {first_row} ({time})",
        "Room {room} already has a lesson at this time in row {first_row} ({time})",
    ),
}
MESSAGES |= {  # courses, runs, trainees, fees, certificates
    "course_free_needs_funding": (
        "หลักสูตรที่ไม่เก็บค่าธรรมเนียมต้องระบุแหล่งงบประมาณ", "A free course needs its funding source",
    ),
    "course_inactive": ("หลักสูตร {value} ปิดรับแล้ว", "Course {value} is closed"),
    "session_not_planned": (
        "ครั้งที่สอนวันที่ {value} ถูกยกเลิกหรือย้ายไปแล้ว", "The session on {value} is already cancelled or moved",
    ),
    "session_exists": ("รุ่นนี้มีการสอนวันที่ {value} อยู่แล้ว", "This run already has a session on {value}"),
    "trainee_needs_id": (
        "ต้องมีเลขประจำตัวประชาชนหรือเลขหนังสือเดินทาง", "A national ID or a passport number is required",
    ),
    "import_passport_invalid": ("เลขหนังสือเดินทาง '{value}' ต้องเป็นตัวอักษรภาษาอังกฤษและตัวเลขเท่านั้น",
                                "Passport number '{value}' must be Latin letters and digits only"),
    "import_passport_in_use": ("เลขหนังสือเดินทาง {value} เป็นของผู้เข้าอบรม {name} อยู่แล้ว",
                               "Passport number {value} already belongs to trainee {name}"),
    "trainee_exists": (
        "มีผู้เข้าอบรมเลขนี้อยู่แล้ว: {name} (รหัส {trainee_id}) — เปิดรายการเดิมแทน",
        "A trainee with this number is already registered: {name} (#{trainee_id}); open that record",
    ),
    "already_enrolled": (
        "ผู้เข้าอบรมอยู่ในรุ่น {run} แล้ว ({state})", "The trainee is already in run {run} ({state})",
    ),
    "not_enrolled": ("ผู้เข้าอบรม {value} ไม่ได้ลงทะเบียนในรุ่นนี้", "Trainee {value} is not enrolled in this run"),
    "course_free": (
        "หลักสูตรนี้ไม่เก็บค่าธรรมเนียม (งบจาก {source})", "This course is free (funded by {source})",
    ),
    "waiver_with_amount": (
        "การยกเว้นค่าธรรมเนียมต้องไม่มีจำนวนเงิน", "A waiver takes no amount",
    ),
    "receipt_void": ("ใบเสร็จ {value} ถูกยกเลิกไปแล้ว", "Receipt {value} is already void"),
    "not_completed": (
        "{name} ยังเข้าอบรมไม่ครบเกณฑ์ (ขาดอีก {missing} ชั่วโมง)",
        "{name} has not completed the course ({missing} hours missing)",
    ),
    "certificate_invalid": (
        "ข้อมูลในคิวอาร์โค้ดไม่ถูกต้องหรือถูกแก้ไข: ไม่ใช่วุฒิบัตรที่วิทยาลัยออก",
        "The QR payload is damaged or altered: not a certificate this college issued",
    ),
    "certificate_unknown_key": (
        "ไม่รู้จักกุญแจที่ลงนามวุฒิบัตรนี้ ({key})", "The key that signed this certificate is unknown ({key})",
    ),
}
