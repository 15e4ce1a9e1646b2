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
