"""Thai and English texts for the dual follow-up: visits, logbook weeks, allowances, assessment and hand-offs."""

# code -> (Thai, English); placeholders name the finding's or error's parameters.
MESSAGES: dict[str, tuple[str, str]] = {
    "dual.week_outside": (
        "สัปดาห์ที่เริ่ม {week} ไม่อยู่ในช่วงฝึก {start} ถึง {end} (สัปดาห์เริ่มวันจันทร์)",
        "The week starting {week} is not a week of the placement, {start} to {end} (weeks start on Monday)",
    ),
    "dual.days_above": (
        "บันทึกมาฝึก {days} วัน แต่สัปดาห์นี้มีวันฝึกได้ {possible} วัน",
        "{days} days present recorded, but the week has {possible} training days",
    ),
    "dual.hours_above": (
        "บันทึกชั่วโมงฝึก {hours} เกินชั่วโมงที่ฝึกได้ในสัปดาห์นี้ ({possible})",
        "{hours} hours recorded, more than the week's possible {possible}",
    ),
    "dual.visit_outside": (
        "วันนิเทศ {on} อยู่นอกช่วงฝึก {start} ถึง {end}",
        "The visit on {on} is outside the placement, {start} to {end}",
    ),
    "dual.visit_in_future": (
        "วันนิเทศ {on} ยังมาไม่ถึง: บันทึกได้เฉพาะการนิเทศที่ทำแล้ว",
        "The visit date {on} is in the future: record visits that took place",
    ),
    "dual.visit_mode": (
        "รูปแบบการนิเทศ {mode} ใช้ไม่ได้ (onsite, online หรือ partner)",
        "Visit mode {mode} is not known (onsite, online or partner)",
    ),
    "dual.visit_state": (
        "สถานะผู้เรียน {state} ใช้ไม่ได้ (normal = ปกติ, follow = ต้องติดตาม, lost = ขาดการติดต่อ)",
        "Learner state {state} is not known (normal, follow, lost)",
    ),
    "dual.semester_invalid": (
        "ภาคเรียน {value} ไม่ถูกต้อง: เขียนแบบ 2/2569",
        "Semester {value} is not valid: write it as 2/2569",
    ),
    "dual.month_outside": (
        "เดือน {month} ไม่มีวันฝึกของการฝึกอาชีพนี้ ({start} ถึง {end})",
        "The month {month} has no day of the placement ({start} to {end})",
    ),
    "dual.amount_invalid": (
        "จำนวนเงิน {value} ไม่ถูกต้อง: ต้องเป็นบาทไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง",
        "The amount {value} is not valid: baht, not negative, at most 2 decimals",
    ),
    "dual.placement_not_active": (
        "การฝึกอาชีพ #{id} มีสถานะ {status}: บันทึกได้เมื่อเริ่มฝึกแล้ว (active, completed หรือ ended)",
        "Placement #{id} is {status}: follow-up is recorded once it has started (active, completed or ended)",
    ),
    "dual.week_exists": (
        "สัปดาห์ที่เริ่ม {week} ของการฝึก #{placement} มีผู้บันทึกไว้แล้ว: เปิดรายการนั้นแล้วแก้ไขแทน",
        "The week starting {week} of placement #{placement} is already recorded: open it and correct it instead",
    ),
    "dual.payment_exists": (
        "เบี้ยเลี้ยงเดือน {month} ของการฝึก #{placement} มีผู้บันทึกไว้แล้ว: เปิดรายการนั้นแล้วแก้ไขแทน",
        "The allowance for {month} of placement #{placement} is already recorded: open it and correct it instead",
    ),
    "dual.score_range": (
        "คะแนนของ {competence} ต้องอยู่ระหว่าง 0 ถึง {top}",
        "The score for {competence} must be between 0 and {top}",
    ),
    "dual.competence_required": (
        "ต้องระบุชื่อสมรรถนะที่ประเมิน",
        "Name the competence assessed",
    ),
    "dual.visit_semester": (
        "วันนิเทศ {on} อยู่ในภาคเรียน {semester} ไม่ใช่ {asked}",
        "The visit on {on} falls in semester {semester}, not {asked}",
    ),
    "dual.centre_unknown": (
        "ไม่พบศูนย์รหัส {value} ในตารางศูนย์อาชีวศึกษาทวิภาคี",
        "No regional centre has the code {value}",
    ),
    "dual.response_not_handed_off": (
        "ผู้เรียน {value} ไม่อยู่ในรายชื่อที่ส่งต่อให้ศูนย์ {centre} ก่อนหรือในวันที่ {on}",
        "Learner {value} was not in a hand-off to centre {centre} made on or before {on}",
    ),
    "dual.task_not_in_plan": (
        "งานที่ {row} (รหัส {value}) ไม่อยู่ในแผนการฝึกของภาคเรียนที่การฝึก #{placement} ฝึก",
        "Task {row} (#{value}) is not in the training plan of the semesters placement #{placement} trains",
    ),
    "dual.task_unknown": (
        "งานที่ {row} (รหัส {value}) ไม่มีในแผนการฝึกใด ดูรหัสงานได้ที่ตารางแผนการฝึกใต้บันทึกการฝึก",
        "Task {row} (#{value}) is in no training plan; the logbook grid's plan table shows the task numbers",
    ),
    "dual.task_cell_invalid": (
        "อ่าน \"{value}\" ไม่ได้ ให้เขียนรหัสงาน=ชั่วโมง คั่นด้วย ; เช่น #12=8; #14=4:30",
        "Cannot read \"{value}\": write task number=hours separated by ;, e.g. #12=8; #14=4:30",
    ),
    "dual.task_hours_above_week": (
        "ชั่วโมงของงานรวม {hours} ชั่วโมง เกินชั่วโมงฝึกของสัปดาห์ ({week_hours} ชั่วโมง)",
        "The tasks' hours add up to {hours}, more than the week's {week_hours} hours trained",
    ),
}
