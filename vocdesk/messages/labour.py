"""Thai and English texts for demand facts, the occupation map and graduate outcomes."""

# code -> (Thai, English); placeholders name the finding's parameters.
MESSAGES: dict[str, tuple[str, str]] = {
    "labour_period_invalid": ("ช่วงเวลา '{value}' อ่านไม่ได้ (ปี พ.ศ./ค.ศ. ไตรมาส 1–4 เดือน 1–12)",
                              "Period '{value}' does not parse (year BE/CE, quarter 1–4, month 1–12)"),
    "labour_unit_unknown": ("หน่วย '{value}' ไม่ใช่หน่วยนับจำนวน (เช่น คน, พันคน, ตำแหน่ง)",
                            "Unit '{value}' is not a count (e.g. persons, thousand persons, positions)"),
    "labour_text_garbled": ("ข้อความ '{value}' อ่านผิดรหัสอักขระ (ไฟล์ TIS-620 ถูกเปิดเป็น UTF-8) กรุณาส่งไฟล์ต้นฉบับ",
                            "Text '{value}' was decoded with the wrong encoding (a TIS-620 file read as UTF-8); "
                            "import the original file"),
    "labour_occupation_not_in_scheme": ("อาชีพ '{value}' ไม่มีในระบบรหัส {scheme}",
                                        "Occupation '{value}' is not in the {scheme} scheme"),
    "labour_scheme_assumed": ("ไม่แน่ใจว่ารหัสอาชีพเป็นระบบใด ถือเป็น {scheme} (ระบุคอลัมน์ ระบบรหัสอาชีพ เพื่อให้แน่นอน)",
                              "Unsure which occupation scheme the file uses; read as {scheme} "
                              "(add a scheme column to be certain)"),
    "labour_measure_assumed": ("ไฟล์ไม่มีคอลัมน์ตัวชี้วัด ถือว่าเป็น {measure} (ผู้มีงานทำ ตามตาราง สสช.)",
                               "The file has no measure column; figures are read as {measure} (NSO LFS tables)"),
    "labour_fact_repeated": ("ข้อมูลซ้ำกับแถว {first_row} (ค่าเท่ากัน จึงข้ามแถวนี้)",
                             "Same fact as row {first_row} with the same value; this row is skipped"),
    "labour_fact_conflict": ("ข้อมูลเดียวกับแถว {first_row} แต่ค่าต่างกัน",
                             "Same fact as row {first_row} with a different value"),
    "labour_map_entry_invalid": ("อาชีพ {scheme}:{occupation} น้ำหนัก {weight} ใช้ไม่ได้ (รหัสต้องอยู่ในระบบ น้ำหนัก 0–1)",
                                 "Occupation {scheme}:{occupation} with weight {weight} is not valid "
                                 "(code in its scheme, weight above 0 up to 1)"),
    "labour_map_weights": ("น้ำหนักของอาชีพรวมกันต้องเท่ากับ 1 (ตอนนี้ {total})",
                           "The occupations' weights must add up to 1 (now {total})"),
    "labour_area_unknown": ("ไม่มีข้อมูลความต้องการแรงงานของพื้นที่ '{area}' (มี: {known})",
                            "No demand facts for the area '{area}' (known: {known})"),
    "labour_year_not_be": ("ปี {year} ไม่ใช่ปี พ.ศ. (เช่น 2569)", "Year {year} is not a Buddhist-era year (e.g. 2569)"),
    "labour_outcome_round": ("รอบการสำรวจต้องเป็น 6 หรือ 12 เดือน (ได้ {value})",
                             "The survey round must be 6 or 12 months (got {value})"),
    "labour_outcome_status": ("สถานะ '{value}' ไม่อยู่ในแบบสำรวจ", "Status '{value}' is not one the survey uses"),
    "labour_outcome_salary": ("ช่วงเงินเดือน '{value}' ไม่อยู่ในแบบสำรวจ",
                              "Salary band '{value}' is not one the survey uses"),
    "labour_outcome_not_working": ("สถานะนี้ไม่ได้ทำงาน จึงไม่มีสถานประกอบการ เงินเดือน หรือการทำงานตรงสาขา",
                                   "This status is not a job: leave employer, salary and in-field empty"),
    "labour_outcome_not_graduate": ("ผู้เรียนรหัสระบบ {id} ไม่มีประวัติสำเร็จการศึกษาในทะเบียน",
                                    "Learner {id} has no graduation in the register"),
    "labour_outcome_not_found": ("ไม่พบคำตอบรอบ {round} เดือนของผู้เรียนรหัสระบบ {id}",
                                 "No {round}-month answer for learner {id}"),
    "labour_outcome_no_graduate": ("'{value}' ไม่อยู่ในรายชื่อผู้สำเร็จการศึกษาปี {year} ในทะเบียน",
                                   "'{value}' is not among the register's graduates of {year}"),
    "labour_outcome_who": ("แถวนี้ไม่มีรหัสนักศึกษา เลขประจำตัวประชาชน หรือชื่อ-นามสกุล",
                           "This row has no student code, national ID or name"),
    "labour_outcome_name_ambiguous": ("ชื่อ '{value}' ตรงกับผู้สำเร็จการศึกษาปี {year} ได้ {count} คน ใส่รหัสนักศึกษาเพื่อระบุ",
                                      "The name '{value}' fits {count} graduates of {year}; add the student code"),
    "labour_outcome_name_similar": ("ชื่อ '{value}' ไม่ตรงทุกตัว จับคู่กับ {matched} ({code}) ความใกล้เคียง {score}% "
                                    "ตรวจสอบก่อนนำเข้า",
                                    "The name '{value}' is not exact; matched to {matched} ({code}) at {score}% — "
                                    "check before importing"),
    "labour_occupation_suggested": ("อาชีพ '{value}' จับคู่กับรหัส ISCO-08 {code} {title} ({score}%) ตรวจสอบก่อนนำเข้า",
                                    "Occupation '{value}' suggested as ISCO-08 {code} {title} ({score}%); "
                                    "check before importing"),
    "labour_occupation_no_code": ("ไม่พบรหัสอาชีพที่ใกล้เคียง '{value}' จะเก็บเป็นข้อความ (ใส่รหัส ISCO-08 ได้ภายหลัง)",
                                  "No occupation code is close to '{value}'; kept as text "
                                  "(add the ISCO-08 code later)"),
    "labour_outcome_repeated": ("คำตอบของ {code} รอบนี้ซ้ำกับแถว {first_row}",
                                "The answer for {code} in this round repeats row {first_row}"),
    "programme_not_found": ("ไม่พบสาขาวิชารหัสระบบ {id}", "No programme with id {id}"),
}
