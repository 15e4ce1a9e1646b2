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
