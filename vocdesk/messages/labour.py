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
    "programme_not_found": ("ไม่พบสาขาวิชารหัสระบบ {id}", "No programme with id {id}"),
}
