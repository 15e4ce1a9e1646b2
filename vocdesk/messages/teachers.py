"""Thai and English texts for teachers, contracts, development and staffing."""

# code -> (Thai, English); placeholders name the error's parameters.
MESSAGES: dict[str, tuple[str, str]] = {
    "teacher_national_id_format": ("เลขประจำตัวประชาชนของครู '{value}' ต้องเป็นตัวเลข 13 หลัก",
                                   "The teacher's national ID '{value}' must be 13 digits"),
    "teacher_national_id_checksum": ("เลขประจำตัวประชาชนของครู {value} ไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)",
                                     "The teacher's national ID {value} is not valid (its check digit is wrong)"),
    "teacher_position_unknown": ("ไม่รู้จักประเภทตำแหน่ง '{value}' (ใช้: ข้าราชการครู พนักงานราชการ ครูอัตราจ้าง "
                                 "บุคลากรสนับสนุน)",
                                 "Unknown position type '{value}' (use: civil servant, government employee, "
                                 "contract teacher, support staff)"),
    "teacher_title_unknown": ("ไม่รู้จักวิทยฐานะ '{value}'", "Unknown academic standing '{value}'"),
    "teacher_email": ("อีเมล '{value}' ไม่ถูกต้อง", "E-mail '{value}' is not valid"),
    "teacher_tpqi_level": ("คุณวุฒิวิชาชีพต้องระบุระดับ 1 ถึง 8 (ได้รับ '{value}')",
                           "An occupational qualification needs a level from 1 to 8 (got '{value}')"),
    "teacher_topic_unknown": ("ไม่รู้จักหัวข้อการพัฒนา '{value}'", "Unknown development topic '{value}'"),
    "teacher_development_hours": ("จำนวนชั่วโมงพัฒนา '{value}' ไม่ถูกต้อง (ต้องมากกว่า 0 และไม่เกินจำนวนวันของกิจกรรม × 24)",
                                  "Development hours '{value}' are not valid (more than 0, at most 24 per day "
                                  "of the activity)"),
    "enterprise_tax_id": ("เลขประจำตัวผู้เสียภาษีนิติบุคคล '{value}' ไม่ถูกต้อง ต้องเป็นตัวเลข 13 หลักที่ผ่านการตรวจสอบ",
                          "The enterprise's juristic tax ID '{value}' is not a valid 13-digit number"),
    "contract_position": ("ตำแหน่ง {value} ไม่มีสัญญาจ้าง (มีเฉพาะพนักงานราชการและครูอัตราจ้าง)",
                          "Position {value} has no contracts (only government employees and contract teachers)"),
    "contract_overlap": ("ช่วงสัญญาซ้อนกับสัญญาเดิม ({start} ถึง {end})",
                         "The contract overlaps an existing one ({start} to {end})"),
    "staffing_level": ("ไม่รู้จักระดับ '{value}' (ใช้ pvc, pvs, btech)", "Unknown level '{value}' (use pvc, pvs, btech)"),
    "staffing_constant": ("ค่า {field} = '{value}' อยู่นอกช่วงที่รับได้", "{field} = '{value}' is out of range"),
    "staffing_general_over": ("ชั่วโมงวิชาสามัญต่อกลุ่มของระดับ {level} มากกว่าชั่วโมงเรียนทั้งหมด",
                              "General-education hours at level {level} exceed the group's class hours"),
    "staffing_move_invalid": ("การย้ายรายการที่ {row} ไม่ถูกต้อง: ครู #{teacher_id} ไม่ได้อยู่แผนกหรือตำแหน่งที่ระบุ",
                              "Move {row} is not valid: teacher #{teacher_id} is not in that department "
                              "or position"),
    "staffing_request_invalid": ("คำขออัตรารายการที่ {row} ไม่ถูกต้อง (แผนก ตำแหน่ง หรือจำนวน)",
                                 "Position request {row} is not valid (department, position or count)"),
    "report_not_found": ("ไม่พบรายงาน '{name}' (ดูรายชื่อด้วย vocdesk report --list)",
                         "No report named '{name}' (see vocdesk report --list)"),
}
