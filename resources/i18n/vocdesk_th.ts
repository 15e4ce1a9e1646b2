<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
  <context>
    <name />
    <message>
      <location filename="../../ui/dialogs/about_dialog.py" line="+19" />
      <source>Database</source>
      <translation>ฐานข้อมูล</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Data folder</source>
      <translation>โฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Settings folder</source>
      <translation>โฟลเดอร์การตั้งค่า</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Log file</source>
      <translation>ไฟล์บันทึกการทำงาน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Backups</source>
      <translation>โฟลเดอร์สำรองข้อมูล</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Registration and administration for Thai vocational colleges (OVEC).</source>
      <translation>ระบบ​งาน​ทะเบียน​และ​บริหาร​วิทยาลัย​อาชีวศึกษา (สอ​ศ.)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Font: Sarabun by Cadson Demak, SIL Open Font License 1.1 ({path}).</source>
      <translation>แบบ​อักษร: Sarabun โดย Cadson Demak สัญญา​อนุญาต SIL Open Font License 1.1 ({path})</translation>
    </message>
    <message>
      <location line="+14" />
      <source>About VocDesk</source>
      <translation>เกี่ยวกับ VocDesk</translation>
    </message>
    <message>
      <location line="+5" />
      <location filename="../../ui/dialogs/import_wizard.py" line="+49" />
      <location filename="../../ui/dialogs/report_dialog.py" line="+87" />
      <location filename="../../ui/dialogs/users_dialog.py" line="+91" />
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/demo_offer.py" line="+23" />
      <source>Welcome to VocDesk</source>
      <translation>ยินดีต้อนรับสู่ VocDesk</translation>
    </message>
    <message>
      <location line="+1" />
      <source>This database is empty. Would you like to try VocDesk with a demo college (invented learners, teachers and groups), or start empty and enter your own college?</source>
      <translation>ฐานข้อมูล​นี้​ยัง​ว่าง​อยู่ ต้องการ​ทดลองใช้ VocDesk กับ​วิทยาลัย​ตัวอย่าง (นักเรียน ครู และ​กลุ่ม​เรียน​สมมติ) หรือ​เริ่ม​จาก​ฐานข้อมูล​ว่าง​แล้ว​กรอก​ข้อมูล​วิทยาลัย​ของ​ท่าน​เอง</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Fill demo college</source>
      <translation>เติมข้อมูลวิทยาลัยตัวอย่าง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Start empty</source>
      <translation>เริ่มจากฐานข้อมูลว่าง</translation>
    </message>
    <message>
      <location line="+26" />
      <source>Creating the demo college…</source>
      <translation>กำลังสร้างวิทยาลัยตัวอย่าง…</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Demo users</source>
      <translation>ผู้ใช้สาธิต</translation>
    </message>
    <message>
      <location line="+2" />
      <source>DEMO ONLY — one account per role, for trying each role. Note these passwords now: they are not shown again. Change or delete these accounts before real use.</source>
      <translation>ใช้​สาธิต​เท่านั้น — บทบาท​ละ​หนึ่ง​บัญชี ไว้​ลอง​ใช้งาน​แต่ละ​บทบาท จด​รหัสผ่าน​เหล่านี้​ไว้​ตอนนี้ เพราะ​จะ​ไม่​แสดง​อีก ก่อน​ใช้งาน​จริง​ต้อง​เปลี่ยน​รหัสผ่าน​หรือ​ลบ​บัญชี​เหล่านี้</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings_dialog.py" line="+134" />
      <source>Settings</source>
      <translation>ตั้งค่า</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/labour/outcomes_page.py" line="+104" />
      <source>College</source>
      <translation>สถานศึกษา</translation>
    </message>
    <message>
      <location line="+1" />
      <source>College code (10 digits)</source>
      <translation>รหัสสถานศึกษา (10 หลัก)</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/dual/enterprises_page.py" line="+35" />
      <source>Name (Thai)</source>
      <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Name (English)</source>
      <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/community/point_dialog.py" line="+50" />
      <location filename="../../ui/pages/community/points_page.py" line="+64" />
      <location filename="../../ui/pages/dual/enterprises_page.py" line="+0" />
      <location line="+41" />
      <location filename="../../ui/pages/training/trainees_page.py" line="+69" />
      <location filename="../../ui/pages/training/walkin_form.py" line="+84" />
      <location filename="../../ui/widgets/idcard_diff.py" line="+21" />
      <source>Province</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <location line="+3" />
      <source>e.g. 1310100001</source>
      <translation>เช่น 1310100001</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Only an administrator may change the college profile.</source>
      <translation>เฉพาะ​ผู้ดูแล​ระบบ​เท่านั้น​ที่​แก้ไข​ข้อมูล​สถานศึกษา​ได้</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Database (this PC)</source>
      <translation>ฐานข้อมูล (เครื่องนี้)</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Read-only here. One PC keeps its data in this SQLite file. For several PCs sharing one database, install PostgreSQL on a server and start VocDesk with --db postgresql://user@server/vocdesk (or put that address in the database_url of vocdesk.json in the configuration folder).</source>
      <translation>แก้ไข​ที่นี่​ไม่​ได้ เครื่อง​เดียว​เก็บ​ข้อมูล​ใน​ไฟล์ SQLite นี้ หาก​หลาย​เครื่อง​ต้อง​ใช้​ฐานข้อมูล​ร่วมกัน ให้​ติดตั้ง PostgreSQL บน​เครื่อง​แม่​ข่าย แล้ว​เปิด VocDesk ด้วย​ตัวเลือก --db postgresql://user@server/vocdesk (หรือ​ใส่​ที่อยู่​นั้น​ใน database_url ของ​ไฟล์ vocdesk.json ใน​โฟลเดอร์​การ​ตั้งค่า)</translation>
    </message>
    <message>
      <location line="+3" />
      <location filename="../../ui/dialogs/users_forms.py" line="+36" />
      <location filename="../../ui/pages/dual/centres_page.py" line="+24" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+39" />
      <location filename="../../ui/pages/labour/occupation_map_page.py" line="+237" />
      <location filename="../../ui/pages/labour/outcome_dialog.py" line="+65" />
      <location filename="../../ui/pages/learners/form.py" line="+66" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+32" />
      <location filename="../../ui/pages/teachers/staffing_dialogs.py" line="+71" />
      <location filename="../../ui/widgets/service_dialog.py" line="+81" />
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_wizard.py" line="-7" />
      <location filename="../../ui/dialogs/import_wizard_pages.py" line="+76" />
      <source>Import from Excel</source>
      <translation>นำเข้าข้อมูลจาก Excel</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Next &gt;</source>
      <translation>ถัดไป &gt;</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&lt; Back</source>
      <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/dialogs/settings_dialog.py" line="+1" />
      <location filename="../../ui/pages/learners/form.py" line="+1" />
      <location filename="../../ui/progress.py" line="+29" />
      <location filename="../../ui/widgets/form_dialog.py" line="+52" />
      <location filename="../../ui/widgets/idcard_diff.py" line="+59" />
      <location filename="../../ui/widgets/service_dialog.py" line="+1" />
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/training/timetable_dialog.py" line="+57" />
      <source>Import</source>
      <translation>นำเข้า</translation>
    </message>
    <message>
      <location line="+48" />
      <source>Cancelled: nothing was saved.</source>
      <translation>ยกเลิก​แล้ว ไม่​มี​การ​บันทึก​ข้อมูล​ใด ๆ</translation>
    </message>
    <message>
      <location line="+37" />
      <source>Reading {name}…</source>
      <translation>กำลังอ่าน {name}…</translation>
    </message>
    <message>
      <location line="+20" />
      <location line="+19" />
      <source>Saving…</source>
      <translation>กำลังบันทึก…</translation>
    </message>
    <message>
      <location line="-15" />
      <source>Save error workbook</source>
      <translation>บันทึกไฟล์แถวที่มีปัญหา</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/widgets/export_action.py" line="+54" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
      <location line="+16" />
      <source>Saved {n} rows with problems to {path}</source>
      <translation>บันทึก​แถว​ที่​มีปัญหา {n} แถว​ไว้​ที่ {path}</translation>
    </message>
    <message>
      <location filename="../../ui/backup_watch.py" line="+43" />
      <source>The automatic backup works again.</source>
      <translation>การสำรอง​ข้อมูล​อัตโนมัติ​กลับมา​ทำงาน​แล้ว</translation>
    </message>
    <message>
      <location line="+9" />
      <source>The automatic backup failed: {reason}. Reconnect the backup drive or choose another backup folder in the settings; VocDesk tries again in 5 minutes.</source>
      <translation>สำรอง​ข้อมูล​อัตโนมัติ​ไม่​สำเร็จ: {reason} กรุณา​เสียบ​ไดรฟ์​สำรอง​ข้อมูล​กลับ​เข้าเครื่อง หรือ​เลือก​โฟลเดอร์​สำรอง​ใหม่​ใน​หน้า​ตั้งค่า VocDesk จะ​ลอง​ใหม่​ใน​อีก 5 นาที</translation>
    </message>
    <message>
      <location line="+11" />
      <location filename="../../ui/errors.py" line="+54" />
      <source>VocDesk</source>
      <translation>VocDesk</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="+12" />
      <source>(no log file)</source>
      <translation>(ไม่มีไฟล์บันทึก)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>VocDesk — unexpected error</source>
      <translation>VocDesk — เกิด​ข้อผิดพลาด​ที่​ไม่​คาดคิด</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Something went wrong that VocDesk did not expect. Your saved data is safe: the last action was not saved.

Please send this log file to your support person:
{path}</source>
      <translation>เกิด​ข้อผิดพลาด​ที่ VocDesk ไม่​ได้​คาด​ไว้ ข้อมูล​ที่​บันทึก​ไว้​แล้ว​ยัง​ปลอดภัย แต่​รายการ​ล่าสุด​ไม่​ได้​ถูก​บันทึก

กรุณา​ส่ง​ไฟล์​บันทึก​นี้​ให้​ผู้ดูแล​ระบบ:
{path}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="+171" />
      <source>Signed in: {name} ({role})</source>
      <translation>ผู้ใช้: {name} ({role})</translation>
    </message>
    <message>
      <location line="+170" />
      <source>Database: {backend}</source>
      <translation>ฐานข้อมูล: {backend}</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Audit chain: {hash}</source>
      <translation>ห่วงโซ่บันทึกการแก้ไข: {hash}</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Newest audit record hash: {hash}</source>
      <translation>ค่า​แฮ​ช​ของ​บันทึก​การ​แก้ไข​ล่าสุด: {hash}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>VocDesk — college administration</source>
      <translation>VocDesk — ระบบบริหารวิทยาลัย</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;File</source>
      <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Settings…</source>
      <translation>ตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Import from Excel…</source>
      <translation>นำเข้าข้อมูลจาก Excel… (&amp;I)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Print a report…</source>
      <translation>พิมพ์รายงาน… (&amp;P)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Academic &amp;calendar…</source>
      <translation>ปฏิทินการศึกษา (&amp;C)…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Quit</source>
      <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Sign &amp;out / switch user…</source>
      <translation>ออกจากระบบ / เปลี่ยนผู้ใช้…</translation>
    </message>
    <message>
      <location line="+3" />
      <source>&amp;View</source>
      <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Help</source>
      <translation>ความช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;About VocDesk</source>
      <translation>เกี่ยวกับ VocDesk (&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_wizard_pages.py" line="-41" />
      <location filename="../../ui/pages/core/home_page.py" line="+83" />
      <location filename="../../ui/pages/dual/risk_page.py" line="+84" />
      <location filename="../../ui/pages/learners/__init__.py" line="+9" />
      <source>Learners</source>
      <translation>นักเรียนนักศึกษา</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/core/home_page.py" line="+0" />
      <location filename="../../ui/pages/teachers/__init__.py" line="+9" />
      <source>Teachers and staff</source>
      <translation>ครูและบุคลากร</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/facilities_page.py" line="+129" />
      <location filename="../../ui/pages/training/finder_page.py" line="+46" />
      <source>Equipment</source>
      <translation>ครุภัณฑ์</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Purchases (procurement lines)</source>
      <translation>รายการจัดซื้อ (ตามใบสั่งซื้อ)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Labour demand (NSO tables, template)</source>
      <translation>ความต้องการ​แรงงาน (ตาราง สสช., แบบฟอร์ม)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Graduate outcomes (employment survey)</source>
      <translation>ภาวะ​การมีงานทำ​ของ​ผู้สำเร็จการศึกษา</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/training/__init__.py" line="+9" />
      <source>Facilities</source>
      <translation>สถานที่ฝึกอบรม</translation>
    </message>
    <message>
      <location line="+13" />
      <source>Choose the data and the file</source>
      <translation>เลือกชนิดข้อมูลและไฟล์</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Excel (.xlsx, .xlsm) or CSV file</source>
      <translation>ไฟล์ Excel (.xlsx, .xlsm) หรือ CSV</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Choose file…</source>
      <translation>เลือกไฟล์…</translation>
    </message>
    <message>
      <location line="+10" />
      <source>Data:</source>
      <translation>ข้อมูล:</translation>
    </message>
    <message>
      <location line="+1" />
      <source>File:</source>
      <translation>ไฟล์:</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Excel or CSV (*.xlsx *.xlsm *.csv)</source>
      <translation>Excel หรือ CSV (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
      <location line="+10" />
      <source>Columns found in the file</source>
      <translation>คอลัมน์ที่พบในไฟล์</translation>
    </message>
    <message>
      <location line="+3" />
      <location line="+40" />
      <location filename="../../ui/pages/training/timetable_dialog.py" line="+73" />
      <source>Column</source>
      <translation>คอลัมน์</translation>
    </message>
    <message>
      <location line="-40" />
      <source>Header in the file</source>
      <translation>หัวคอลัมน์ในไฟล์</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Imported as</source>
      <translation>นำเข้าเป็น</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Sheet “{sheet}”, headers in row {row}, {rows} data rows.</source>
      <translation>ชีต “{sheet}” หัว​ตาราง​อยู่​แถว​ที่ {row} มี​ข้อมูล {rows} แถว</translation>
    </message>
    <message>
      <location line="+8" />
      <source>not imported (unknown column)</source>
      <translation>ไม่​นำเข้า (ไม่​รู้จัก​คอลัมน์​นี้)</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Unknown columns (left out): {names}</source>
      <translation>คอลัมน์​ที่​ไม่​รู้จัก (ไม่​นำเข้า): {names}</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Every column was recognised.</source>
      <translation>รู้จักทุกคอลัมน์</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Check before saving</source>
      <translation>ตรวจสอบก่อนบันทึก</translation>
    </message>
    <message>
      <location line="+5" />
      <location line="+2" />
      <location filename="../../ui/pages/training/timetable_dialog.py" line="+0" />
      <source>Row</source>
      <translation>แถว</translation>
    </message>
    <message>
      <location line="-2" />
      <location filename="../../ui/pages/dual/dashboard_page.py" line="+67" />
      <location filename="../../ui/pages/dual/mous_page.py" line="+50" />
      <location filename="../../ui/pages/dual/plans_page.py" line="+79" />
      <location filename="../../ui/pages/dual/risk_page.py" line="-9" />
      <location filename="../../ui/pages/labour/occupation_map_page.py" line="-125" />
      <location filename="../../ui/pages/labour/outcomes_page.py" line="-2" />
      <location filename="../../ui/pages/labour/supply_page.py" line="+150" />
      <location filename="../../ui/pages/learners/detail.py" line="+132" />
      <location filename="../../ui/pages/teachers/staffing_dialogs.py" line="+160" />
      <location filename="../../ui/pages/training/timetable_dialog.py" line="+0" />
      <source>Level</source>
      <translation>ระดับ</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/timetable_dialog.py" line="+0" />
      <source>Problem</source>
      <translation>ปัญหา</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Key</source>
      <translation>รหัส</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/widgets/idcard_diff.py" line="-23" />
      <source>Field</source>
      <translation>ช่องข้อมูล</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Now</source>
      <translation>ปัจจุบัน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>After import</source>
      <translation>หลังนำเข้า</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Skip rows with errors and import the others</source>
      <translation>ข้าม​แถว​ที่​ผิดพลาด และ​นำ​เข้าแถว​อื่น</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Problems found:</source>
      <translation>ปัญหาที่พบ:</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Fields that would change:</source>
      <translation>ข้อมูลที่จะเปลี่ยน:</translation>
    </message>
    <message>
      <location line="+7" />
      <source>{rows} rows: {valid} valid, {new} new, {updated} to update, {unchanged} unchanged; {errors} errors, {warnings} warnings.</source>
      <translation>ทั้งหมด {rows} แถว: ถูกต้อง {valid} ใหม่ {new} แก้ไข {updated} ไม่​เปลี่ยน {unchanged} · ข้อผิดพลาด {errors} คำเตือน {warnings}</translation>
    </message>
    <message>
      <location line="+11" />
      <location filename="../../ui/pages/training/timetable_dialog.py" line="+1" />
      <source>Error</source>
      <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/timetable_dialog.py" line="+0" />
      <source>Warning</source>
      <translation>คำเตือน</translation>
    </message>
    <message>
      <location line="+14" />
      <source>{n} rows have errors. Fix them in the file, or tick “Skip rows with errors” to import only the valid rows.</source>
      <translation>มี {n} แถว​ที่​ผิดพลาด กรุณา​แก้​ใน​ไฟล์ หรือ​เลือก “ข้าม​แถว​ที่​ผิดพลาด” เพื่อ​นำเข้า​เฉพาะ​แถว​ที่​ถูกต้อง</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Nothing to save: every valid row is already in the database.</source>
      <translation>ไม่​มี​อะไร​ต้อง​บันทึก ทุก​แถว​ที่​ถูกต้อง​มี​อยู่​ใน​ฐานข้อมูล​แล้ว</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Press Import to save {n} rows in one step.</source>
      <translation>กด “นำเข้า” เพื่อ​บันทึก {n} แถว​ใน​ครั้ง​เดียว</translation>
    </message>
    <message>
      <location line="+14" />
      <source>Import finished</source>
      <translation>นำเข้าเสร็จแล้ว</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Save error workbook…</source>
      <translation>บันทึกไฟล์แถวที่มีปัญหา…</translation>
    </message>
    <message>
      <location line="+13" />
      <source>Saved: {new} new, {updated} updated, {unchanged} unchanged. {bad} rows with errors were not imported.</source>
      <translation>บันทึก​แล้ว: ใหม่ {new} แก้ไข {updated} ไม่​เปลี่ยน {unchanged} · แถว​ที่​ผิดพลาด {bad} แถว​ไม่​ได้​นำเข้า</translation>
    </message>
    <message>
      <location filename="../../ui/pages/core/home_page.py" line="+1" />
      <source>Learning groups</source>
      <translation>กลุ่มเรียน</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/labour/supply_page.py" line="+48" />
      <source>Programmes</source>
      <translation>สาขาวิชา</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Learners by level and status</source>
      <translation>นักเรียน​นักศึกษา​ตาม​ระดับชั้น​และ​สถานะ</translation>
    </message>
    <message>
      <location line="+4" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="+206" />
      <source>Loading…</source>
      <translation>กำลังโหลด…</translation>
    </message>
    <message>
      <location line="+4" />
      <source>(no Thai name)</source>
      <translation>(ยังไม่มีชื่อภาษาไทย)</translation>
    </message>
    <message>
      <location line="+5" />
      <source>College code {code} · {province}</source>
      <translation>รหัส​สถานศึกษา {code} · จังหวัด​{province}</translation>
    </message>
    <message>
      <location line="+1" />
      <source>province not set</source>
      <translation>ยังไม่ระบุจังหวัด</translation>
    </message>
    <message>
      <location line="+2" />
      <source>College profile not set</source>
      <translation>ยัง​ไม่​ได้​ตั้งค่า​ข้อมูล​สถานศึกษา</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Open File → Settings to enter the college code and name.</source>
      <translation>เปิด​เมนู แฟ้ม → ตั้งค่า เพื่อ​กรอก​รหัส​และ​ชื่อ​สถานศึกษา</translation>
    </message>
    <message>
      <location line="+14" />
      <location line="+1" />
      <location filename="../../ui/pages/equipment/grants_page.py" line="+224" />
      <source>Total</source>
      <translation>รวม</translation>
    </message>
    <message>
      <location filename="../../ui/pages/core/__init__.py" line="+9" />
      <source>Home</source>
      <translation>หน้าหลัก</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/register_page.py" line="+142" />
      <source>Search by student code or name (Thai or English)…</source>
      <translation>ค้นหา​ด้วย​รหัส​นักศึกษา​หรือ​ชื่อ (ไทย​หรือ​อังกฤษ)…</translation>
    </message>
    <message>
      <location line="+28" />
      <source>Searching…</source>
      <translation>กำลังค้นหา…</translation>
    </message>
    <message>
      <location line="+2" />
      <source>{n} found</source>
      <translation>พบ {n} คน</translation>
    </message>
    <message>
      <location line="+2" />
      <source>{n} learners</source>
      <translation>ทั้งหมด {n} คน</translation>
    </message>
    <message>
      <location filename="../../ui/progress.py" line="+39" />
      <source>Stopping…</source>
      <translation>กำลังหยุด…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/buddhist_date_edit.py" line="+158" />
      <source>Choose from the calendar (Buddhist Era years)</source>
      <translation>เลือกจากปฏิทิน (ปี พ.ศ.)</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+10" />
      <source>Date in the Buddhist Era, e.g. 31/01/2563</source>
      <translation>วันที่​แบบ พ.ศ. เช่น 31/01/2563</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Not a date: type day/month/Buddhist year, e.g. 31/01/2563</source>
      <translation>ไม่​ใช่​วันที่​ที่​ถูกต้อง: พิมพ์ วัน​/​เดือน​/​ปี พ.ศ. เช่น 31/01/2563</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/national_id_edit.py" line="+88" />
      <source>Use anyway…</source>
      <translation>ยืนยันใช้เลขนี้…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Keep this number although its check digit does not match, with a reason</source>
      <translation>ใช้​เลข​นี้​แม้​หลัก​ตรวจสอบ​ไม่​ถูกต้อง โดย​ระบุ​เหตุผล</translation>
    </message>
    <message>
      <location line="+25" />
      <source>{n}/13 digits</source>
      <translation>{n}/13 หลัก</translation>
    </message>
    <message>
      <location line="+1" />
      <source>✓ check digit correct</source>
      <translation>✓ หลักตรวจสอบถูกต้อง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>⚠ check digit does not match</source>
      <translation>⚠ หลักตรวจสอบไม่ถูกต้อง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>⚠ kept by override: {reason}</source>
      <translation>⚠ ยืนยันใช้เลขนี้: {reason}</translation>
    </message>
    <message>
      <location line="+14" />
      <source>Keep this number</source>
      <translation>ยืนยันใช้เลขนี้</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Why is this number right although its check digit fails?</source>
      <translation>เหตุใด​เลข​นี้​จึง​ถูกต้อง แม้​หลัก​ตรวจสอบ​ไม่​ผ่าน</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/login.py" line="+166" />
      <location filename="../../ui/main_window.py" line="-308" />
      <source>Opening the database…</source>
      <translation>กำลังเปิดฐานข้อมูล…</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="+223" />
      <source>VocDesk could not start. The details are in the log file.</source>
      <translation>VocDesk เริ่ม​ทำงาน​ไม่​ได้ รายละเอียด​อยู่​ใน​แฟ้ม​บันทึก (log)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/login.py" line="-131" />
      <location filename="../../ui/pages/training/common.py" line="+28" />
      <source>Administrator</source>
      <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Registrar</source>
      <translation>นายทะเบียน</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/training/common.py" line="+1" />
      <source>Equipment officer</source>
      <translation>เจ้าหน้าที่พัสดุ</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/common.py" line="-1" />
      <source>Training staff</source>
      <translation>เจ้าหน้าที่ศูนย์ฝึกอบรม</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/training/common.py" line="+1" />
      <source>Executive</source>
      <translation>ผู้บริหาร</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Auditor</source>
      <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
      <location line="+54" />
      <source>Try again in {minutes} min.</source>
      <translation>ลอง​ใหม่​ได้​ใน​อีก {minutes} นาที</translation>
    </message>
    <message>
      <location line="+16" />
      <source>Create the administrator</source>
      <translation>สร้างบัญชีผู้ดูแลระบบ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Sign in</source>
      <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
      <location line="+9" />
      <location filename="../../ui/dialogs/users_forms.py" line="+32" />
      <source>User name</source>
      <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/dialogs/users_forms.py" line="+1" />
      <location filename="../../ui/pages/labour/outcomes_page.py" line="+11" />
      <source>Full name</source>
      <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
      <location line="+5" />
      <location line="+77" />
      <source>Password</source>
      <translation>รหัสผ่าน</translation>
    </message>
    <message>
      <location line="-75" />
      <location filename="../../ui/dialogs/users_forms.py" line="-19" />
      <source>Password again</source>
      <translation>รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Sign in as another user</source>
      <translation>เข้าสู่ระบบเป็นผู้ใช้อื่น</translation>
    </message>
    <message>
      <location line="+69" />
      <source>Confirm with your password</source>
      <translation>ยืนยันด้วยรหัสผ่านของคุณ</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/report_dialog.py" line="-18" />
      <source>Print a report</source>
      <translation>พิมพ์รายงาน</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Thai digits for page numbers and dates</source>
      <translation>ใช้เลขไทยในเลขหน้าและวันที่</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Save as PDF…</source>
      <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>View</source>
      <translation>เปิดดู</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Reports:</source>
      <translation>รายงาน:</translation>
    </message>
    <message>
      <location line="+32" />
      <source>Save as PDF</source>
      <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
      <location line="+1" />
      <source>PDF file (*.pdf)</source>
      <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
      <location line="+40" />
      <source>Saved: {path}</source>
      <translation>บันทึกแล้ว: {path}</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Building the report…</source>
      <translation>กำลังสร้างรายงาน…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/export_action.py" line="+15" />
      <location line="+5" />
      <source>Export to Excel…</source>
      <translation>ส่งออก Excel…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/register_page.py" line="+86" />
      <source>Profile</source>
      <translation>ประวัติ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Contracts</source>
      <translation>สัญญาจ้าง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Development</source>
      <translation>การพัฒนา</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/training/course_dialogs.py" line="+89" />
      <source>English name</source>
      <translation>ชื่ออังกฤษ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/trainers_page.py" line="+41" />
      <source>No valid certificate</source>
      <comment>dual trainers</comment>
      <translation>ไม่มีใบรับรองที่ใช้ได้</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Lapsing soon</source>
      <comment>dual trainers</comment>
      <translation>ใกล้หมดอายุ</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Valid</source>
      <comment>dual trainers</comment>
      <translation>ใช้ได้</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/teachers/register_page.py" line="+0" />
      <location line="+145" />
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Certificate until</source>
      <translation>ใบรับรองถึง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Learners now</source>
      <translation>ผู้เรียนขณะนี้</translation>
    </message>
    <message>
      <location line="+5" />
      <source>{count:,} trainers</source>
      <comment>dual trainers</comment>
      <translation>ครูฝึก {count:,} คน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="+12" />
      <source>Trainers</source>
      <translation>ครูฝึก</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/enterprises_page.py" line="-47" />
      <source>Add an enterprise</source>
      <translation>เพิ่มสถานประกอบการ</translation>
    </message>
    <message>
      <location line="+6" />
      <location line="+41" />
      <source>Branch</source>
      <translation>สาขา</translation>
    </message>
    <message>
      <location line="-41" />
      <source>TSIC code</source>
      <translation>รหัส TSIC</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Industry</source>
      <translation>ประเภทกิจการ</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+41" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-143" />
      <source>Contact</source>
      <translation>ติดต่อ</translation>
    </message>
    <message>
      <location line="-38" />
      <location line="+38" />
      <source>Size</source>
      <translation>ขนาด</translation>
    </message>
    <message>
      <location line="-1" />
      <source>Name</source>
      <comment>dual enterprises</comment>
      <translation>ชื่อสถานประกอบการ</translation>
    </message>
    <message>
      <location line="+5" />
      <source>{count:,} enterprises</source>
      <comment>dual enterprises</comment>
      <translation>สถานประกอบการ {count:,} แห่ง</translation>
    </message>
    <message>
      <location line="+13" />
      <source>Merge enterprises</source>
      <translation>รวมสถานประกอบการ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Merge {name_th} into:</source>
      <comment>dual enterprises</comment>
      <translation>รวม {name_th} เข้ากับ:</translation>
    </message>
    <message>
      <location line="+16" />
      <source>New enterprise…</source>
      <translation>เพิ่มสถานประกอบการ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Merge into…</source>
      <translation>รวมเข้ากับ…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="-3" />
      <source>Enterprises</source>
      <translation>สถานประกอบการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/register_page.py" line="+1" />
      <source>Industry experience</source>
      <translation>ประสบการณ์ในสถานประกอบการ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Qualifications</source>
      <translation>คุณวุฒิ</translation>
    </message>
    <message>
      <location line="+22" />
      <source> level {level}</source>
      <translation> ระดับ {level}</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Funding</source>
      <translation>แหล่งงบ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Start</source>
      <comment>a contract column</comment>
      <translation>เริ่ม</translation>
    </message>
    <message>
      <location line="+0" />
      <source>End</source>
      <comment>a contract column</comment>
      <translation>สิ้นสุด</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Renewed</source>
      <translation>ต่อสัญญาแล้ว</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Current</source>
      <translation>ฉบับปัจจุบัน</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/training/approvals_page.py" line="+60" />
      <location filename="../../ui/pages/training/courses_page.py" line="+115" />
      <location filename="../../ui/pages/training/trainees_page.py" line="+16" />
      <source>Dates</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Hours</source>
      <comment>a development column</comment>
      <translation>ชั่วโมง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Certificate</source>
      <translation>เลขที่วุฒิบัตร</translation>
    </message>
    <message>
      <location line="+6" />
      <source>{hours} hours in all years</source>
      <translation>รวม {hours} ชั่วโมง (ทุกปี)</translation>
    </message>
    <message>
      <location line="+70" />
      <source>All positions</source>
      <translation>ทุกตำแหน่ง</translation>
    </message>
    <message>
      <location line="+26" />
      <location line="+136" />
      <source>All departments</source>
      <translation>ทุกแผนกวิชา</translation>
    </message>
    <message>
      <location line="-131" />
      <source>Name</source>
      <comment>first and last name</comment>
      <translation>ชื่อ - นามสกุล</translation>
    </message>
    <message>
      <location line="+6" />
      <source>{count} people</source>
      <translation>{count} คน</translation>
    </message>
    <message>
      <location line="+101" />
      <location filename="../../ui/widgets/export_action.py" line="+17" />
      <source>Export to Excel</source>
      <translation>ส่งออกเป็น Excel</translation>
    </message>
    <message>
      <location line="+13" />
      <source>Search by name or national ID…</source>
      <translation>ค้นหา​ชื่อ นามสกุล หรือ​เลขประจำตัว​ประชาชน…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Export to Excel</source>
      <comment>a short button</comment>
      <translation>ส่งออก Excel</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Add…</source>
      <translation>เพิ่มครู…</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Add contract…</source>
      <translation>เพิ่มสัญญา…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add development…</source>
      <translation>เพิ่มการพัฒนา…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add qualification…</source>
      <translation>เพิ่มคุณวุฒิ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add teaching…</source>
      <translation>เพิ่มรายวิชาที่สอน…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/export_action.py" line="+16" />
      <source>Exporting to Excel…</source>
      <translation>กำลังส่งออกเป็น Excel…</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Exported {n} rows to {path}</source>
      <translation>ส่งออก {n} แถวไปที่ {path}</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="+210" />
      <source>VocDesk is locked after a quiet spell. {name}, enter your password to go on.</source>
      <translation>VocDesk ล็อก​หน้าจอ​ไว้​เพราะ​ไม่​มี​การใช้งาน​ระยะ​หนึ่ง {name} กรุณา​ใส่​รหัสผ่าน​เพื่อ​ใช้งาน​ต่อ</translation>
    </message>
    <message>
      <location line="+13" />
      <source>The start-up check of the database found a problem ({verdict}). Keep working only if you must: ask the administrator to run “vocdesk check” and, if it confirms the damage, restore the newest good backup.</source>
      <translation>การ​ตรวจ​ฐานข้อมูล​ตอน​เริ่ม​โปรแกรม​พบ​ปัญหา ({verdict}) ควร​หยุด​บันทึก​ข้อมูล​ไว้​ก่อน ให้​ผู้ดูแล​ระบบ​สั่ง “vocdesk check” และ​ถ้า​ยืนยัน​ว่า​ข้อมูล​เสียหาย ให้​กู้​คืน​จาก​ไฟล์​สำรอง​ล่าสุด​ที่​ยัง​ดี​อยู่</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users_dialog.py" line="-46" />
      <source>Disabled (locked by an administrator)</source>
      <translation>ปิดใช้งาน (ล็อกโดยผู้ดูแล)</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Locked until {time}</source>
      <translation>ล็อกถึง {time}</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Active</source>
      <translation>ใช้งานได้</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Users</source>
      <translation>ผู้ใช้งาน</translation>
    </message>
    <message>
      <location line="+16" />
      <source>Add user…</source>
      <translation>เพิ่มผู้ใช้…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Change role…</source>
      <translation>เปลี่ยนบทบาท…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Reset password…</source>
      <translation>ตั้งรหัสผ่านใหม่…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Lock</source>
      <translation>ล็อกบัญชี</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Unlock</source>
      <translation>ปลดล็อก</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users_forms.py" line="+13" />
      <source>Add a user</source>
      <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Initial password</source>
      <translation>รหัสผ่านเริ่มต้น</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Reset the password</source>
      <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
      <location line="+2" />
      <location line="+15" />
      <source>User</source>
      <translation>ผู้ใช้</translation>
    </message>
    <message>
      <location line="-14" />
      <source>New password</source>
      <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Change the role</source>
      <translation>เปลี่ยนบทบาท</translation>
    </message>
    <message>
      <location line="+4" />
      <source>New role</source>
      <translation>บทบาทใหม่</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users_menu.py" line="+20" />
      <source>Users…</source>
      <translation>ผู้ใช้งาน…</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="+34" />
      <source>Cert.</source>
      <translation>ปวช.</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Higher Cert.</source>
      <translation>ปวส.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>B.Tech</source>
      <translation>ป.ตรี</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_detail.py" line="+67" />
      <source>Record</source>
      <translation>ทะเบียน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Check-out/in</source>
      <translation>ยืม–คืน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Maintenance</source>
      <translation>ซ่อมบำรุง</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Depreciation</source>
      <translation>ค่าเสื่อมราคา</translation>
    </message>
    <message>
      <location line="+17" />
      <source>not depreciated</source>
      <translation>ไม่คิดค่าเสื่อม</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-251" />
      <source>{years} years</source>
      <translation>{years} ปี</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Out</source>
      <translation>ยืมวันที่</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Due</source>
      <translation>กำหนดคืน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Returned</source>
      <translation>คืนวันที่</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Holder</source>
      <translation>ผู้ยืม</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/equipment/assets_dialogs.py" line="+64" />
      <source>Condition on return</source>
      <translation>สภาพเมื่อคืน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Still out</source>
      <translation>ยังไม่คืน</translation>
    </message>
    <message>
      <location line="+13" />
      <source>Book value today {value} baht (the table shows fiscal year ends)</source>
      <comment>equipment assets detail</comment>
      <translation>มูลค่า​สุทธิ ณ วันนี้ {value} บาท (ตาราง​แสดง​ยอด ณ สิ้น​ปีงบประมาณ)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/visit_form.py" line="+17" />
      <source>On site</source>
      <translation>ณ สถานประกอบการ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Online</source>
      <translation>ออนไลน์</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Foreign partner</source>
      <translation>ผู้ร่วมมือต่างประเทศ</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Normal</source>
      <translation>ปกติ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Needs follow-up</source>
      <translation>ต้องติดตาม</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Out of contact</source>
      <translation>ขาดการติดต่อ</translation>
    </message>
    <message>
      <location line="+40" />
      <source>Record a visit for the selected placement</source>
      <translation>บันทึก​การ​นิเทศ​ของ​ผู้เรียน​ที่​เลือก</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/equipment/assets_detail.py" line="-10" />
      <location filename="../../ui/pages/equipment/grant_money.py" line="+42" />
      <location filename="../../ui/pages/equipment/grants_page.py" line="-23" />
      <location filename="../../ui/pages/learners/detail.py" line="-1" />
      <location filename="../../ui/pages/learners/dialogs.py" line="+121" />
      <location filename="../../ui/pages/training/facilities_dialogs.py" line="+106" />
      <location line="+8" />
      <location filename="../../ui/pages/training/facilities_page.py" line="+28" />
      <location filename="../../ui/pages/training/finder_page.py" line="+153" />
      <location filename="../../ui/pages/training/run_actions.py" line="+181" />
      <location filename="../../ui/pages/training/run_view.py" line="+131" />
      <location line="+7" />
      <source>Date</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <location line="+0" />
      <source>How</source>
      <translation>รูปแบบ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Learner's state</source>
      <translation>สถานะผู้เรียน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Minutes spent</source>
      <translation>เวลาที่ใช้ (นาที)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Travel (baht)</source>
      <translation>ค่าพาหนะ (บาท)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>What was seen</source>
      <translation>สิ่งที่พบ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Follow-up</source>
      <translation>การติดตามต่อ</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Save visit</source>
      <translation>บันทึกการนิเทศ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_care.py" line="+26" />
      <source>Repair or service</source>
      <translation>ซ่อมหรือบำรุงรักษา</translation>
    </message>
    <message>
      <location line="+14" />
      <source>unchanged</source>
      <translation>ไม่เปลี่ยน</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Done on</source>
      <translation>วันที่ดำเนินการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/point_dialog.py" line="-25" />
      <source>Fix it Center (permanent)</source>
      <translation>ศูนย์​ซ่อม​สร้าง​เพื่อ​ชุมชน (ถาวร)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Flood relief point</source>
      <translation>จุดซ่อมช่วยผู้ประสบอุทกภัย</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Road-safety point (อาชีวะอาสา)</source>
      <translation>จุดบริการอาชีวะอาสา</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Community day</source>
      <translation>กิจกรรมบริการชุมชน</translation>
    </message>
    <message>
      <location line="+9" />
      <source>New service point</source>
      <translation>จุดบริการใหม่</translation>
    </message>
    <message>
      <location line="+14" />
      <source>Code (printed in job numbers)</source>
      <translation>รหัสจุด (พิมพ์ในเลขที่งาน)</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/community/points_page.py" line="+0" />
      <location filename="../../ui/pages/equipment/assets_care.py" line="+1" />
      <location filename="../../ui/pages/equipment/assets_detail.py" line="+0" />
      <location filename="../../ui/pages/equipment/grants_page.py" line="+22" />
      <location filename="../../ui/pages/learners/detail.py" line="-2" />
      <location line="+2" />
      <location filename="../../ui/pages/learners/dialogs.py" line="+43" />
      <location filename="../../ui/pages/teachers/teaching_dialogs.py" line="+59" />
      <location filename="../../ui/pages/training/course_dialogs.py" line="+0" />
      <location filename="../../ui/pages/training/facilities_dialogs.py" line="-60" />
      <location filename="../../ui/pages/training/facilities_page.py" line="-29" />
      <location filename="../../ui/pages/training/finder_page.py" line="-25" />
      <location line="+48" />
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/facilities_dialogs.py" line="-1" />
      <source>Place</source>
      <translation>สถานที่</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Opens on</source>
      <translation>เปิดวันที่</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Closes on (empty: permanent)</source>
      <translation>ปิดวันที่ (ว่าง = ถาวร)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Parts allowance per item</source>
      <translation>วงเงินอะไหล่ต่อชิ้น</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_care.py" line="+0" />
      <source>What was done</source>
      <translation>รายละเอียดงาน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Cost (baht)</source>
      <translation>ค่าใช้จ่าย (บาท)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Done by</source>
      <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Condition afterwards</source>
      <translation>สภาพหลังดำเนินการ</translation>
    </message>
    <message>
      <location line="+8" />
      <source>done on</source>
      <translation>วันที่ดำเนินการ</translation>
    </message>
    <message>
      <location line="+15" />
      <source>Dispose of an item</source>
      <translation>จำหน่ายพัสดุ</translation>
    </message>
    <message>
      <location line="+9" />
      <source>e.g. the director</source>
      <translation>เช่น ผู้อำนวยการ</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/equipment/grant_money.py" line="-8" />
      <source>e.g. order no. 123/2569</source>
      <translation>เช่น คำสั่งที่ 123/2569</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Disposed on</source>
      <translation>วันที่จำหน่าย</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Method</source>
      <translation>วิธีจำหน่าย</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Approved by</source>
      <translation>ผู้อนุมัติ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Approval reference</source>
      <translation>เลขที่หนังสืออนุมัติ</translation>
    </message>
    <message>
      <location line="+8" />
      <source>disposed on</source>
      <translation>วันที่จำหน่าย</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_detail.py" line="+0" />
      <source>Details</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Cost</source>
      <translation>ค่าใช้จ่าย</translation>
    </message>
    <message>
      <location line="+0" />
      <source>By</source>
      <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Condition after</source>
      <translation>สภาพหลังซ่อม</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Fiscal year</source>
      <translation>ปีงบประมาณ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Charge</source>
      <translation>ค่าเสื่อมราคาประจำปี</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Accumulated</source>
      <translation>ค่าเสื่อมราคาสะสม</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Book value</source>
      <translation>มูลค่าสุทธิ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_dialogs.py" line="-42" />
      <source>Check out</source>
      <translation>ให้ยืมครุภัณฑ์</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_care.py" line="-48" />
      <location line="+38" />
      <location filename="../../ui/pages/equipment/assets_dialogs.py" line="+8" />
      <location line="+32" />
      <source>Item</source>
      <translation>ครุภัณฑ์</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_dialogs.py" line="-31" />
      <source>Borrower</source>
      <translation>ผู้ยืม</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Out on</source>
      <translation>วันที่ยืม</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Due back</source>
      <translation>กำหนดคืน</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/learners/dialogs.py" line="-83" />
      <source>Note</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <location line="+7" />
      <source>borrower</source>
      <translation>ผู้ยืม</translation>
    </message>
    <message>
      <location line="+2" />
      <source>out on</source>
      <translation>วันที่ยืม</translation>
    </message>
    <message>
      <location line="+14" />
      <source>Check in</source>
      <translation>รับคืนครุภัณฑ์</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Returned on</source>
      <translation>วันที่คืน</translation>
    </message>
    <message>
      <location line="+8" />
      <source>returned on</source>
      <translation>วันที่คืน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_page.py" line="+171" />
      <source>All places</source>
      <translation>ทุกสถานที่</translation>
    </message>
    <message>
      <location line="+1" />
      <source>All categories</source>
      <translation>ทุกประเภท</translation>
    </message>
    <message>
      <location line="+1" />
      <source>All grants</source>
      <translation>ทุกแหล่งเงิน</translation>
    </message>
    <message>
      <location line="+14" />
      <source>Any condition</source>
      <translation>ทุกสภาพ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Including disposed</source>
      <translation>รวมที่จำหน่ายแล้ว</translation>
    </message>
    <message>
      <location line="+15" />
      <location line="+11" />
      <location line="+73" />
      <source>{count} items</source>
      <translation>{count} รายการ</translation>
    </message>
    <message>
      <location line="-11" />
      <source>Log repair…</source>
      <translation>บันทึกการซ่อม…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Dispose…</source>
      <translation>จำหน่าย…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Check out…</source>
      <translation>ให้ยืม…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Check in…</source>
      <translation>รับคืน…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Search by asset code, name or serial…</source>
      <translation>ค้นหา​รหัส​ครุภัณฑ์ ชื่อ หรือ​หมายเลข​เครื่อง…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/__init__.py" line="+10" />
      <location filename="../../ui/pages/equipment/grants_page.py" line="-25" />
      <source>Assets</source>
      <translation>ครุภัณฑ์</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+39" />
      <source>New grant</source>
      <translation>เพิ่มเงินอุดหนุน</translation>
    </message>
    <message>
      <location line="+7" />
      <source>OVEC</source>
      <translation>สอศ.</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Confirm an amount outside the policy band</source>
      <translation>ยืนยันวงเงินนอกกรอบนโยบาย</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/hours_page.py" line="+57" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+5" />
      <location filename="../../ui/pages/equipment/grants_page.py" line="-62" />
      <location filename="../../ui/pages/labour/occupation_map_page.py" line="+0" />
      <location filename="../../ui/pages/labour/outcomes_page.py" line="-11" />
      <location filename="../../ui/pages/labour/supply_page.py" line="-48" />
      <location filename="../../ui/pages/learners/ai_coverage_page.py" line="+111" />
      <location filename="../../ui/pages/learners/dashboard_page.py" line="+187" />
      <source>Programme</source>
      <translation>สาขาวิชา</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <source>Fiscal year (B.E.)</source>
      <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Source</source>
      <translation>แหล่งเงิน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Reference</source>
      <translation>เลขที่อ้างอิง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/grant_money.py" line="-9" />
      <source>Transfer between grants</source>
      <translation>โอนเงินระหว่างเงินอุดหนุน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Top up a grant</source>
      <translation>รับเงินอุดหนุนเพิ่ม</translation>
    </message>
    <message>
      <location line="+12" />
      <source>From grant</source>
      <translation>จากเงินอุดหนุน</translation>
    </message>
    <message>
      <location line="+3" />
      <source>To grant</source>
      <translation>ไปยังเงินอุดหนุน</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <source>Amount (baht)</source>
      <translation>วงเงิน (บาท)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Reference no.</source>
      <translation>เลขที่หนังสือ</translation>
    </message>
    <message>
      <location line="+10" />
      <source>to grant</source>
      <translation>เงินอุดหนุนปลายทาง</translation>
    </message>
    <message>
      <location line="+15" />
      <source>Delete a purchase</source>
      <translation>ลบการจัดซื้อ</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/hours_page.py" line="+0" />
      <source>Learners who served</source>
      <translation>ผู้เรียนที่ให้บริการ (คน)</translation>
    </message>
    <message>
      <location line="+16" />
      <location filename="../../ui/pages/community/shifts_page.py" line="+104" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <location filename="../../ui/pages/training/course_dialogs.py" line="+33" />
      <location filename="../../ui/pages/training/facilities_dialogs.py" line="+27" />
      <location filename="../../ui/pages/training/facilities_page.py" line="+20" />
      <location filename="../../ui/pages/training/finder_page.py" line="-1" />
      <source>From</source>
      <translation>เริ่ม</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/community/shifts_page.py" line="+0" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+0" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+64" />
      <location filename="../../ui/pages/training/course_dialogs.py" line="+0" />
      <location filename="../../ui/pages/training/facilities_dialogs.py" line="+0" />
      <location filename="../../ui/pages/training/facilities_page.py" line="+0" />
      <location filename="../../ui/pages/training/finder_page.py" line="+0" />
      <source>To</source>
      <translation>ถึง</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Event / service point</source>
      <translation>กิจกรรม / จุดบริการ</translation>
    </message>
    <message>
      <location line="+5" />
      <source>{code} {name}: {hours} hours of service</source>
      <translation>{code} {name}: บริการ​ชุมชน {hours} ชั่วโมง</translation>
    </message>
    <message>
      <location line="+24" />
      <source>Show</source>
      <translation>แสดง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Transcript…</source>
      <translation>พิมพ์บันทึกชั่วโมง…</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Type a student code and press Enter; below, the hours per programme</source>
      <translation>พิมพ์​รหัส​นักศึกษา​แล้ว​กด Enter (ด้านล่าง: ชั่วโมง​บริการ​ราย​สาขาวิชา)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/__init__.py" line="+14" />
      <location filename="../../ui/pages/learners/detail.py" line="-12" />
      <source>Service hours</source>
      <translation>ชั่วโมงบริการชุมชน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <location filename="../../ui/pages/training/approvals_page.py" line="+0" />
      <location filename="../../ui/pages/training/book_dialog.py" line="+40" />
      <source>Purpose</source>
      <translation>วัตถุประสงค์</translation>
    </message>
    <message>
      <location line="+15" />
      <location filename="../../ui/pages/training/facilities_dialogs.py" line="+8" />
      <location filename="../../ui/pages/training/finder_page.py" line="-95" />
      <source>dates</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <location line="+2" />
      <source>programme</source>
      <translation>สาขาวิชา</translation>
    </message>
    <message>
      <location line="+23" />
      <source>Record a purchase</source>
      <translation>บันทึกการจัดซื้อ</translation>
    </message>
    <message>
      <location line="+7" />
      <source>13 digits</source>
      <translation>13 หลัก</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Prices include VAT</source>
      <translation>ราคารวมภาษีแล้ว</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/grant_money.py" line="-42" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <source>Grant</source>
      <translation>เงินอุดหนุน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <location filename="../../ui/pages/equipment/grants_page.py" line="+65" />
      <source>Vendor</source>
      <translation>ผู้ขาย</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Date</source>
      <comment>of a purchase</comment>
      <translation>วันที่ซื้อ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/enterprises_page.py" line="-76" />
      <location line="+41" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+2" />
      <source>Tax ID</source>
      <translation>เลขประจำตัวผู้เสียภาษี</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <source>Order no.</source>
      <translation>เลขที่ใบสั่งซื้อ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Invoice no.</source>
      <translation>เลขที่ใบกำกับภาษี</translation>
    </message>
    <message>
      <location line="+1" />
      <source>VAT (%)</source>
      <translation>ภาษีมูลค่าเพิ่ม (%)</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Lines (rows without a description are skipped)</source>
      <translation>รายการ (แถว​ที่​ไม่​มีชื่อ​รายการ​จะ​ไม่​นับ)</translation>
    </message>
    <message>
      <location line="+30" />
      <source>date</source>
      <translation>วันที่ซื้อ</translation>
    </message>
    <message>
      <location line="+4" />
      <source>VAT</source>
      <translation>ภาษีมูลค่าเพิ่ม</translation>
    </message>
    <message>
      <location line="+8" />
      <source>row {row}</source>
      <translation>แถว {row}</translation>
    </message>
    <message>
      <location line="+4" />
      <source>quantity</source>
      <translation>จำนวน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>unit price</source>
      <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
      <location line="+4" />
      <source>lines</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <location line="+10" />
      <source>row {value} room {code} (no such room)</source>
      <comment>equipment grants dialogs</comment>
      <translation>แถว {value} สถาน​ที่ตั้ง {code} (ไม่​มี​ห้อง​นี้)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/grants_page.py" line="-156" />
      <location line="+91" />
      <source>FY</source>
      <translation>ปีงบ</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/run_view.py" line="+0" />
      <source>Amount</source>
      <translation>วงเงิน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Balance</source>
      <translation>คงเหลือ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Committed</source>
      <translation>ใช้ไปแล้ว</translation>
    </message>
    <message>
      <location line="+11" />
      <source>{count} grants</source>
      <translation>เงินอุดหนุน {count} รายการ</translation>
    </message>
    <message>
      <location line="+54" />
      <source>Total (baht)</source>
      <translation>รวม (บาท)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Order no.</source>
      <comment>a short column</comment>
      <translation>ใบสั่งซื้อ</translation>
    </message>
    <message>
      <location line="+21" />
      <source>Description</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Qty</source>
      <translation>จำนวน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Unit price</source>
      <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Category</source>
      <translation>ประเภทครุภัณฑ์</translation>
    </message>
    <message>
      <location line="+8" />
      <source>No grants yet</source>
      <translation>ยังไม่มีเงินอุดหนุน</translation>
    </message>
    <message>
      <location line="+93" />
      <source>New grant…</source>
      <translation>เพิ่มเงินอุดหนุน…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Record purchase…</source>
      <translation>บันทึกการจัดซื้อ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Top up…</source>
      <translation>รับเงินเพิ่ม…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Transfer…</source>
      <translation>โอนเงิน…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Delete purchase…</source>
      <translation>ลบการจัดซื้อ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Correct purchase…</source>
      <translation>แก้ไขการจัดซื้อ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Spending by category (baht)</source>
      <translation>การใช้จ่ายตามหมวด (บาท)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/__init__.py" line="-1" />
      <source>Grants</source>
      <translation>เงินอุดหนุน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/stocktake_feedback.py" line="+31" />
      <source>✔ {code} found in {place}, as the register says</source>
      <comment>equipment stocktake feedback</comment>
      <translation>✔ {code} พบ​ที่ {place} ตรง​ตาม​ทะเบียน</translation>
    </message>
    <message>
      <location line="+5" />
      <source>no place</source>
      <translation>ไม่ระบุสถานที่</translation>
    </message>
    <message>
      <location line="+1" />
      <source>⚠ {code} found in {place}, but the register puts it in {where}</source>
      <comment>equipment stocktake feedback</comment>
      <translation>⚠ {code} พบ​ที่ {place} แต่​ทะเบียน​ระบุ​ว่า​อยู่​ที่ {where}</translation>
    </message>
    <message>
      <location line="+5" />
      <source>✖ {code} is not a code in the asset register</source>
      <comment>equipment stocktake feedback</comment>
      <translation>✖ {code} ไม่​มี​รหัส​นี้​ใน​ทะเบียน​ครุภัณฑ์</translation>
    </message>
    <message>
      <location line="+3" />
      <source>{code}: repeated or empty</source>
      <translation>{code}: สแกนซ้ำหรือว่างเปล่า</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/stocktake_page.py" line="+109" />
      <source>Count FY {year}</source>
      <translation>ตรวจนับปีงบ {year}</translation>
    </message>
    <message>
      <location line="+1" />
      <source> (closed)</source>
      <translation> (ปิดแล้ว)</translation>
    </message>
    <message>
      <location line="+7" />
      <source>— pick the place being counted —</source>
      <translation>— เลือก​สถานที่​ที่​กำลัง​ตรวจ​นับ —</translation>
    </message>
    <message>
      <location line="+16" />
      <source>No stock-take yet</source>
      <translation>ยังไม่มีการตรวจนับ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Pick a place before scanning</source>
      <translation>เลือกสถานที่ก่อนสแกน</translation>
    </message>
    <message>
      <location line="+20" />
      <source>This place: {expected:,} expected · {seen:,} seen · {elsewhere:,} found elsewhere · {count:,} not yet seen</source>
      <comment>equipment stocktake</comment>
      <translation>ห้อง​นี้: ตาม​ทะเบียน {expected:,} รายการ · พบ​แล้ว {seen:,} · ไป​พบ​ที่อื่น {elsewhere:,} · ยัง​ไม่​พบ {count:,}</translation>
    </message>
    <message>
      <location line="+3" />
      <location line="+2" />
      <source>Asset code</source>
      <translation>รหัสครุภัณฑ์</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/point_dialog.py" line="-3" />
      <location filename="../../ui/pages/community/points_page.py" line="+0" />
      <location filename="../../ui/pages/equipment/stocktake_page.py" line="-2" />
      <location line="+2" />
      <source>Name</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/stocktake_page.py" line="+1" />
      <source>Register says</source>
      <translation>ตามทะเบียน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Found in</source>
      <translation>พบที่</translation>
    </message>
    <message>
      <location line="+1" />
      <source>missing</source>
      <translation>ไม่พบ</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Not yet seen ({count})</source>
      <translation>ยังไม่พบ ({count})</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Discrepancies ({count:,})</source>
      <comment>equipment stocktake</comment>
      <translation>รายงาน​ความคลาดเคลื่อน ({count:,})</translation>
    </message>
    <message>
      <location line="+64" />
      <source>Close the count…</source>
      <translation>ปิดการตรวจนับ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Scan a barcode or type an asset code, then press Enter</source>
      <translation>สแกน​บาร์​โค้ด​หรือ​พิมพ์​รหัส​ครุภัณฑ์ แล้ว​กด Enter</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Start this year's count</source>
      <translation>เริ่มตรวจนับปีนี้</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Scan log</source>
      <translation>ประวัติการสแกน</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Pick a place, then start scanning</source>
      <translation>เลือกสถานที่ แล้วเริ่มสแกน</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Not yet seen</source>
      <translation>ยังไม่พบ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Discrepancies</source>
      <translation>รายงานความคลาดเคลื่อน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/__init__.py" line="+2" />
      <source>Stock-take</source>
      <translation>ตรวจนับพัสดุ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/ai_coverage_page.py" line="-70" />
      <source>Shortage / new-technology field</source>
      <translation>สาขาขาดแคลน / เทคโนโลยีใหม่</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Source, e.g. OVEC notice FY2569</source>
      <translation>ที่มา เช่น ประกาศ สอ​ศ. ปีงบประมาณ 2569</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Source</source>
      <comment>where a shortage listing comes from</comment>
      <translation>ที่มา</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Digital and AI competences taught</source>
      <translation>สมรรถนะ​ดิจิทัล​และ AI ใน​หลักสูตร</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/points_page.py" line="+0" />
      <location filename="../../ui/pages/dual/centres_page.py" line="+7" />
      <location line="+42" />
      <location filename="../../ui/pages/labour/occupation_map_page.py" line="+0" />
      <location filename="../../ui/pages/learners/ai_coverage_page.py" line="+53" />
      <location filename="../../ui/pages/learners/dialogs.py" line="-1" />
      <location filename="../../ui/pages/training/course_dialogs.py" line="-34" />
      <location filename="../../ui/pages/training/courses_page.py" line="-25" />
      <location filename="../../ui/pages/training/facilities_page.py" line="-20" />
      <location filename="../../ui/pages/training/finder_page.py" line="+48" />
      <source>Code</source>
      <translation>รหัส</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Opens</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Closes</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Parts per item (฿)</source>
      <translation>อะไหล่ต่อชิ้น (บาท)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Jobs</source>
      <translation>งานซ่อม</translation>
    </message>
    <message>
      <location line="+10" />
      <source>{count} service points, {jobs} repair jobs</source>
      <translation>จุด​บริการ {count} จุด งาน​ซ่อม {jobs} งาน</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Daily report (Excel)</source>
      <translation>รายงานรายวัน (Excel)</translation>
    </message>
    <message>
      <location line="+18" />
      <source>Wrote {n} rows to {path}</source>
      <comment>daily report</comment>
      <translation>บันทึก {n} แถว​ลง​ใน {path} แล้ว</translation>
    </message>
    <message>
      <location line="+8" />
      <source>New service point…</source>
      <translation>เพิ่มจุดบริการ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Daily report (Excel)…</source>
      <translation>รายงานรายวัน (Excel)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/__init__.py" line="-5" />
      <source>Service points</source>
      <translation>จุดบริการ Fix it</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/occupation_map_page.py" line="+0" />
      <source>Occupations</source>
      <translation>อาชีพ</translation>
    </message>
    <message>
      <location line="+2" />
      <source>not mapped</source>
      <translation>ยังไม่จับคู่</translation>
    </message>
    <message>
      <location line="+16" />
      <source>No programmes yet</source>
      <translation>ยังไม่มีสาขาวิชา</translation>
    </message>
    <message>
      <location line="+7" />
      <source>starting map</source>
      <translation>ชุดเริ่มต้น</translation>
    </message>
    <message>
      <location line="+47" />
      <source>Weights add up to {total}</source>
      <translation>น้ำหนักรวม {total}</translation>
    </message>
    <message>
      <location line="+44" />
      <source>Give unmapped programmes the starting map</source>
      <translation>ใส่​ชุด​เริ่มต้น​ให้​สาขา​ที่​ยัง​ไม่​จับคู่</translation>
    </message>
    <message>
      <location line="+1" />
      <source>ISCO-08 code</source>
      <translation>รหัส ISCO-08</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Weight</source>
      <translation>น้ำหนัก</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Suggestions (starting map and titles close to the programme's name) — nothing is added until you accept it:</source>
      <translation>ข้อเสนอแนะ (ชุด​เริ่มต้น​และ​ชื่อ​อาชีพ​ที่​ใกล้เคียง​ชื่อ​สาขา) — จะ​เพิ่ม​เมื่อ​ท่าน​กด​รับ​เท่านั้น:</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Add the suggestion</source>
      <translation>รับข้อเสนอแนะ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Remove row</source>
      <translation>ลบแถว</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add row</source>
      <translation>เพิ่มแถว</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/__init__.py" line="+11" />
      <source>Occupation map</source>
      <translation>สาขาวิชา ↔ อาชีพ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/ai_coverage_page.py" line="-17" />
      <source>Name and code…</source>
      <translation>ชื่อและรหัสสาขา…</translation>
    </message>
    <message>
      <location line="+14" />
      <source>{count} programmes do not teach AI yet; {value:,} learners are in them</source>
      <comment>learners ai coverage</comment>
      <translation>ยัง​ไม่​สอน AI {count} สาขา มี​ผู้เรียน {value:,} คน</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Shortage</source>
      <translation>ขาดแคลน</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/learners/dashboard_page.py" line="+0" />
      <source>Teaches AI</source>
      <translation>สอน AI</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Competences</source>
      <translation>สมรรถนะในหลักสูตร</translation>
    </message>
    <message>
      <location line="+1" />
      <source>With an AI skill</source>
      <translation>มีทักษะ AI</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/learners/dashboard_page.py" line="+1" />
      <source>Learners</source>
      <comment>a column of counts</comment>
      <translation>ผู้เรียน</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/learners/dashboard_page.py" line="+2" />
      <source>yes</source>
      <translation>สอนแล้ว</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/learners/dashboard_page.py" line="+0" />
      <source>not yet</source>
      <translation>ยังไม่สอน</translation>
    </message>
    <message>
      <location line="+6" />
      <source>OVEC has not confirmed this programme's national code yet</source>
      <translation>สอ​ศ. ยัง​ไม่​ยืนยัน​รหัส​สาขาวิชา​นี้</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/__init__.py" line="+3" />
      <source>Programmes and AI</source>
      <translation>หลักสูตรและทักษะ AI</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/dashboard_page.py" line="-28" />
      <source>Enrolled learners (incl. on leave)</source>
      <translation>ผู้เรียน​ที่​กำลัง​ศึกษา (รวม​พัก​การเรียน)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Share in shortage fields</source>
      <translation>สัดส่วนในสาขาขาดแคลน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/risk_page.py" line="-52" />
      <source>Visits behind plan</source>
      <translation>นิเทศไม่ครบตามแผน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Logbook weeks missing</source>
      <translation>ขาดบันทึกการฝึก (สัปดาห์)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Days absent</source>
      <translation>ขาดฝึก (วัน)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Allowance stopped</source>
      <translation>เบี้ยเลี้ยงหยุดจ่าย</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Follow-up needed at the last visit</source>
      <translation>การนิเทศครั้งล่าสุดต้องติดตาม</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Minors' rule finding</source>
      <translation>ขัดกฎผู้เยาว์</translation>
    </message>
    <message>
      <location line="+1" />
      <source>GPAX</source>
      <translation>เกรดเฉลี่ยสะสม</translation>
    </message>
    <message>
      <location line="+48" />
      <location filename="../../ui/pages/learners/dashboard_page.py" line="+1" />
      <source>Watch</source>
      <translation>เฝ้าระวัง</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/learners/dashboard_page.py" line="+0" />
      <location filename="../../ui/pages/learners/panel.py" line="+94" />
      <source>High risk</source>
      <translation>เสี่ยงสูง</translation>
    </message>
    <message>
      <location line="+0" />
      <source>No risk found</source>
      <translation>ไม่พบความเสี่ยง</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/labour/supply_page.py" line="+1" />
      <source>Score</source>
      <translation>คะแนน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/placement_dialog.py" line="+44" />
      <source>New placement</source>
      <translation>เพิ่มการฝึกอาชีพ</translation>
    </message>
    <message>
      <location line="+23" />
      <source>Guardian consent recorded</source>
      <translation>มี​หนังสือ​ยินยอม​ของ​ผู้ปกครอง​แล้ว</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Trains on public holidays too</source>
      <translation>ฝึกในวันหยุดนักขัตฤกษ์ด้วย</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/hours_page.py" line="-5" />
      <location filename="../../ui/pages/community/job_work.py" line="+46" />
      <location filename="../../ui/pages/community/shifts_page.py" line="+50" />
      <location filename="../../ui/pages/dual/placement_dialog.py" line="+5" />
      <location filename="../../ui/pages/dual/placements_page.py" line="+91" />
      <location line="+60" />
      <location filename="../../ui/pages/dual/plans_page.py" line="+67" />
      <location filename="../../ui/pages/dual/risk_page.py" line="+0" />
      <location filename="../../ui/pages/dual/visits_page.py" line="+98" />
      <location filename="../../ui/pages/labour/outcomes_page.py" line="+11" />
      <source>Student code</source>
      <translation>รหัสนักศึกษา</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/placement_dialog.py" line="+1" />
      <source>MOU</source>
      <translation>บันทึกข้อตกลง</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/dual/placements_page.py" line="-59" />
      <source>First day</source>
      <translation>วันเริ่มฝึก</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/dual/placements_page.py" line="+0" />
      <source>Last day</source>
      <translation>วันสิ้นสุดการฝึก</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Semesters</source>
      <translation>จำนวนภาคเรียน</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Training days</source>
      <translation>วันฝึก</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Shift starts</source>
      <translation>เวลาเริ่ม</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Shift ends</source>
      <translation>เวลาเลิก</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Break (minutes)</source>
      <translation>พัก (นาที)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Allowance a day</source>
      <translation>เบี้ยเลี้ยงต่อวัน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Plan semesters</source>
      <translation>ภาคเรียนของแผนการฝึก</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Prohibited work (§49)</source>
      <translation>งานต้องห้าม (มาตรา 49)</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Check the rules</source>
      <translation>ตรวจเงื่อนไข</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/placements_page.py" line="-17" />
      <source>All enterprises</source>
      <translation>ทุกสถานประกอบการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/jobs_page.py" line="+80" />
      <source>Every service point</source>
      <translation>ทุกจุดบริการ</translation>
    </message>
    <message>
      <location line="+15" />
      <source>Received</source>
      <translation>วันที่รับ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Outcome (ORDS)</source>
      <translation>ผลการซ่อม (ORDS)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Parts (฿)</source>
      <translation>ค่าอะไหล่ (บาท)</translation>
    </message>
    <message>
      <location line="+46" />
      <location filename="../../ui/pages/dual/placements_page.py" line="+2" />
      <source>Every status</source>
      <translation>ทุกสถานะ</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Next step</source>
      <translation>ขั้นต่อไป</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Barrier</source>
      <translation>อุปสรรค</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Save step</source>
      <translation>บันทึกขั้นตอน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Claim slip…</source>
      <translation>ใบรับงาน…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/__init__.py" line="+4" />
      <source>Repair jobs</source>
      <translation>งานซ่อม</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/placements_page.py" line="+14" />
      <location filename="../../ui/pages/dual/risk_page.py" line="+0" />
      <location filename="../../ui/pages/dual/visits_page.py" line="+0" />
      <source>Learner</source>
      <translation>ผู้เรียน</translation>
    </message>
    <message>
      <location line="+5" />
      <source>{count:,} placements</source>
      <comment>dual placements</comment>
      <translation>การฝึกอาชีพ {count:,} รายการ</translation>
    </message>
    <message>
      <location line="+36" />
      <source>Accept the warnings</source>
      <translation>ยอมรับคำเตือน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Why are the warnings accepted?</source>
      <translation>เหตุผลที่ยอมรับคำเตือน</translation>
    </message>
    <message>
      <location line="+10" />
      <source>Folder for the documents</source>
      <translation>โฟลเดอร์สำหรับเก็บเอกสาร</translation>
    </message>
    <message>
      <location line="+10" />
      <source>New placement…</source>
      <translation>เพิ่มการฝึกอาชีพ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Activate…</source>
      <translation>เริ่มการฝึก…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Documents…</source>
      <translation>พิมพ์เอกสาร…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/risk_page.py" line="+0" />
      <source>Signals</source>
      <translation>สัญญาณ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>What the college has done</source>
      <translation>สิ่งที่วิทยาลัยดำเนินการแล้ว</translation>
    </message>
    <message>
      <location line="+6" />
      <source>{count} learner(s) with signals ({high} high risk)</source>
      <comment>dual risk</comment>
      <translation>ผู้เรียน​ที่​มี​สัญญาณ {count} คน (เสี่ยง​สูง {high} คน)</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/dual/signed_dialogs.py" line="+89" />
      <source>Centre</source>
      <translation>ศูนย์ฯ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Handed off on</source>
      <translation>วันที่ส่งต่อ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Still at risk</source>
      <translation>ยังมีสัญญาณ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Centre's response</source>
      <translation>ผลการดำเนินการของศูนย์ฯ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="+17" />
      <source>Dual learners at risk</source>
      <translation>ผู้เรียนทวิภาคีที่ต้องติดตาม</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/dashboard_page.py" line="+3" />
      <source>Risk thresholds…</source>
      <translation>เกณฑ์ความเสี่ยง…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Learners by programme and level</source>
      <translation>ผู้เรียนรายสาขาวิชาและระดับ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Orange = shortage field · blue = other</source>
      <translation>สีส้ม = สาขา​ขาดแคลน  ·  สีน้ำเงิน = สาขา​อื่น</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Higher-certificate programmes and AI (those not yet teaching AI first)</source>
      <translation>หลักสูตร ปวส. กับ​สมรรถนะ AI (สาขา​ที่​ยัง​ไม่​สอน AI อยู่​บนสุด)</translation>
    </message>
    <message>
      <location line="+12" />
      <source>{fields}: {supported:,} of {learners:,} supported, {baht:,} baht · {earning:,} earning, {income:,} baht/month</source>
      <comment>learners dashboard support line</comment>
      <translation>{fields}: ได้​รับทุน​หรือ​สิทธิ {supported:,} จาก {learners:,} คน รวม {baht:,} บาท · มี​รายได้​ระหว่าง​เรียน {earning:,} คน รวม {income:,} บาท/เดือน</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Shortage fields</source>
      <translation>สาขาขาดแคลน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Other fields</source>
      <translation>สาขาอื่น</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Digital competences</source>
      <translation>สมรรถนะดิจิทัลในหลักสูตร</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Learners with an AI skill</source>
      <translation>ผู้เรียนที่มีทักษะ AI</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/__init__.py" line="-2" />
      <source>Learner dashboard</source>
      <translation>ภาพรวมผู้เรียน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/detail.py" line="-30" />
      <source>No guardian consent on record</source>
      <translation>ยัง​ไม่​มี​บันทึก​ความยินยอม​ของ​ผู้ปกครอง</translation>
    </message>
    <message>
      <location line="+11" />
      <source>  · dual system</source>
      <translation>  · ทวิภาคี</translation>
    </message>
    <message>
      <location line="+20" />
      <source>Dropout risk</source>
      <translation>ความเสี่ยงออกกลางคัน</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Effective</source>
      <translation>วันที่มีผล</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/outcomes_page.py" line="-11" />
      <location filename="../../ui/pages/labour/supply_page.py" line="-1" />
      <source>Graduates</source>
      <translation>ผู้สำเร็จ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Answered</source>
      <translation>ตอบ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Response</source>
      <translation>อัตราตอบ</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/labour/supply_page.py" line="-102" />
      <source>Employment rate</source>
      <translation>อัตรามีงานทำ</translation>
    </message>
    <message>
      <location line="+0" />
      <location line="+10" />
      <source>In field</source>
      <translation>ตรงสาขา</translation>
    </message>
    <message>
      <location line="-9" />
      <source>All programmes</source>
      <translation>ทุกสาขา</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Employment rate = employed or self-employed ÷ (answered − ordained or in military service) × 100; in field = share of the employed working in their field.</source>
      <translation>อัตรา​มี​งาน​ทำ = ทำงาน​หรือ​ประกอบอาชีพ​อิสระ ÷ (ผู้ตอบ − อุปสมบท​หรือ​เกณฑ์ทหาร) × 100; ตรง​สาขา = สัดส่วน​ของ​ผู้​มี​งาน​ทำ​ที่ทำงาน​ตรง​สาขา</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/mous_page.py" line="+0" />
      <location filename="../../ui/pages/dual/placements_page.py" line="-62" />
      <location filename="../../ui/pages/dual/plan_progress.py" line="+32" />
      <location filename="../../ui/pages/dual/trainers_page.py" line="-6" />
      <location filename="../../ui/pages/labour/outcomes_page.py" line="+2" />
      <location filename="../../ui/pages/labour/supply_page.py" line="+103" />
      <location filename="../../ui/pages/learners/detail.py" line="+0" />
      <location filename="../../ui/pages/teachers/register_page.py" line="+11" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="+80" />
      <location filename="../../ui/pages/training/facilities_page.py" line="+29" />
      <location filename="../../ui/pages/training/run_view.py" line="-7" />
      <location line="+3" />
      <location line="+5" />
      <location filename="../../ui/pages/training/trainees_page.py" line="+0" />
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/outcomes_page.py" line="+1" />
      <source>Employer</source>
      <translation>สถานประกอบการ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Salary</source>
      <translation>เงินเดือน</translation>
    </message>
    <message>
      <location line="+2" />
      <source>not surveyed</source>
      <translation>ยังไม่สำรวจ</translation>
    </message>
    <message>
      <location line="+24" />
      <source>Graduated in:</source>
      <translation>ปีที่สำเร็จการศึกษา:</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Survey round:</source>
      <translation>รอบการสำรวจ:</translation>
    </message>
    <message>
      <location line="+3" />
      <source>12 months</source>
      <translation>12 เดือน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>6 months</source>
      <translation>6 เดือน</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Import answers…</source>
      <translation>นำเข้าคำตอบ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Enter answers…</source>
      <translation>บันทึกคำตอบ…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/__init__.py" line="+4" />
      <source>Graduate outcomes</source>
      <translation>ภาวะการมีงานทำ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_care.py" line="+1" />
      <location filename="../../ui/pages/equipment/grant_money.py" line="+4" />
      <location filename="../../ui/pages/learners/detail.py" line="+0" />
      <location filename="../../ui/pages/learners/dialogs.py" line="-30" />
      <location filename="../../ui/pages/packages/dialogs.py" line="+55" />
      <location filename="../../ui/pages/training/facilities_dialogs.py" line="-8" />
      <location filename="../../ui/pages/training/facilities_page.py" line="-9" />
      <location filename="../../ui/pages/training/run_actions.py" line="-43" />
      <location line="+45" />
      <location filename="../../ui/pages/training/run_view.py" line="-8" />
      <source>Reason</source>
      <translation>เหตุผล</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/detail.py" line="+5" />
      <source>Per month</source>
      <translation>รายได้ต่อเดือน</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Source</source>
      <comment>who gives a learner support</comment>
      <translation>แหล่ง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Baht</source>
      <translation>บาท</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/demand_page.py" line="+89" />
      <source>No demand facts yet. Import an NSO Labour Force Survey table (CSV) or the demand template filled from bulletins and surveys.</source>
      <translation>ยัง​ไม่​มี​ข้อมูล​ความต้องการ​แรงงาน นำเข้า​ตาราง​การสำรวจ​ภาวะ​การทำงาน​ของ​ประชากร​ของ สสช. (CSV) หรือ​แบบฟอร์ม​ที่​กรอก​จาก​รายงาน​และ​แบบ​สำรวจ</translation>
    </message>
    <message>
      <location line="+3" />
      <source>{facts} facts on file; this year and area: {here} (showing {shown}).</source>
      <translation>มี​ข้อมูล {facts} รายการ; ปี​และ​พื้นที่​นี้ {here} รายการ (แสดง {shown})</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/learners/detail.py" line="+0" />
      <source>Period</source>
      <translation>ช่วงเวลา</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/labour/occupation_map_page.py" line="-7" />
      <location filename="../../ui/pages/labour/outcomes_page.py" line="-34" />
      <source>Occupation</source>
      <translation>อาชีพ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Measure</source>
      <translation>ตัวชี้วัด</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Persons</source>
      <translation>จำนวน (คน)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Breakdown</source>
      <translation>จำแนก</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Data source</source>
      <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
      <location line="+15" />
      <source>Save the demand template</source>
      <translation>บันทึก​แบบฟอร์ม​ความต้องการ​แรงงาน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Year:</source>
      <translation>ปี:</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/labour/supply_page.py" line="+44" />
      <source>Area:</source>
      <translation>พื้นที่:</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Import demand…</source>
      <translation>นำเข้าข้อมูล…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Demand template…</source>
      <translation>แบบฟอร์ม…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/__init__.py" line="-6" />
      <source>Labour demand</source>
      <translation>ความต้องการแรงงาน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/detail.py" line="+0" />
      <source>Item</source>
      <comment>what a learner's support is</comment>
      <translation>รายการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/assessment_page.py" line="+112" />
      <source>Waiting for {count} competence(s)</source>
      <comment>dual assessment</comment>
      <translation>รอคะแนนอีก {count} สมรรถนะ</translation>
    </message>
    <message>
      <location line="+3" />
      <source>pass</source>
      <comment>a joint assessment result</comment>
      <translation>ผ่าน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>not passed</source>
      <comment>a joint assessment result</comment>
      <translation>ไม่ผ่าน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Joint result {percent:g}% ({passed})</source>
      <comment>dual assessment</comment>
      <translation>ผล​การประเมิน​ร่วม {percent:g}% ({passed})</translation>
    </message>
    <message>
      <location line="+22" />
      <location filename="../../ui/pages/dual/plan_dialogs.py" line="+31" />
      <location filename="../../ui/pages/dual/plans_page.py" line="-67" />
      <location line="+20" />
      <location filename="../../ui/pages/dual/visits_page.py" line="+40" />
      <location filename="../../ui/pages/teachers/teaching_dialogs.py" line="+26" />
      <location filename="../../ui/pages/teachers/workload_tab.py" line="+51" />
      <source>Semester</source>
      <translation>ภาคเรียน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Save scores</source>
      <translation>บันทึกคะแนน</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/learners/detail.py" line="+1" />
      <location filename="../../ui/pages/learners/dialogs.py" line="+115" />
      <source>Competence</source>
      <translation>สมรรถนะ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>College's score</source>
      <translation>คะแนนจากสถานศึกษา</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Enterprise's score</source>
      <translation>คะแนนจากสถานประกอบการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="-4" />
      <source>Joint assessment</source>
      <translation>การประเมินร่วม</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/detail.py" line="-44" />
      <source>Given ({value}) on {value2}</source>
      <comment>learners detail</comment>
      <translation>ให้​ความยินยอม​แล้ว ({value}) เมื่อ {value2}</translation>
    </message>
    <message>
      <location line="+45" />
      <location filename="../../ui/pages/teachers/teaching_dialogs.py" line="-26" />
      <source>Title</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Opened</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/learners/dialogs.py" line="-43" />
      <source>Responsible</source>
      <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/learners/dialogs.py" line="-3" />
      <source>Kind</source>
      <comment>what a follow-up case is about</comment>
      <translation>เรื่อง</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/learners/dialogs.py" line="+1" />
      <source>Screening</source>
      <translation>ผลคัดกรอง</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/learners/dialogs.py" line="+3" />
      <source>Notes</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <location line="+9" />
      <source>None yet</source>
      <comment>a learner's service hours</comment>
      <translation>ยังไม่มี</translation>
    </message>
    <message>
      <location line="+1" />
      <source>{hours} hours at {points} service points</source>
      <comment>a learner's service hours</comment>
      <translation>{hours} ชั่วโมง จาก {points} จุด​บริการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/jobs_page.py" line="-3" />
      <location filename="../../ui/pages/learners/detail.py" line="-10" />
      <source>Outcome</source>
      <translation>ผล</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/detail.py" line="+1" />
      <source>Closed</source>
      <translation>ปิดเมื่อ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/dialogs.py" line="-86" />
      <source>Change the learner's status</source>
      <translation>เปลี่ยนสถานะผู้เรียน</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Required for leave, withdrawal, dismissal or transfer</source>
      <translation>จำเป็น​เมื่อ​พัก​การเรียน ลาออก พ้น​สภาพ หรือ​ย้าย</translation>
    </message>
    <message>
      <location line="+3" />
      <source>New status</source>
      <translation>สถานะใหม่</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Effective date</source>
      <translation>วันที่มีผล</translation>
    </message>
    <message>
      <location line="+20" />
      <source>Year-end rollover {academic_year}</source>
      <comment>learners dialogs</comment>
      <translation>เลื่อนชั้น​สิ้น​ปีการศึกษา {academic_year}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>{count:,} groups move up · {counts}</source>
      <comment>learners dialogs</comment>
      <translation>กลุ่ม​เรียน​เลื่อนชั้น {count:,} กลุ่ม · {counts}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>The database is backed up before writing (PostgreSQL: the server's backups apply)</source>
      <translation>ระบบ​จะ​สำรอง​ฐานข้อมูล​ก่อน​บันทึก (PostgreSQL: ใช้​การสำรอง​ของ​เซิร์ฟเวอร์)</translation>
    </message>
    <message>
      <location line="+2" />
      <source>This year was already rolled over</source>
      <translation>ปีการศึกษา​นี้​เลื่อนชั้น​ไป​แล้ว บันทึก​ซ้ำ​ไม่​ได้</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Change</source>
      <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
      <location line="+0" />
      <location line="+86" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-33" />
      <source>Name</source>
      <comment>of a person or a scholarship</comment>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <location line="-85" />
      <source>Year</source>
      <translation>ชั้นปี</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/outcomes_page.py" line="-1" />
      <location filename="../../ui/pages/learners/dialogs.py" line="+0" />
      <source>Group</source>
      <translation>กลุ่ม</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/dialogs.py" line="+22" />
      <source>Record a follow-up</source>
      <translation>บันทึกการติดตามผู้เรียน</translation>
    </message>
    <message>
      <location line="+41" />
      <source>Add support, income or a skill</source>
      <translation>เพิ่มทุน รายได้ หรือทักษะ</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Name / payer / course title</source>
      <translation>ชื่อ​ทุน / ผู้​จ่าย / ชื่อ​หลักสูตร</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Baht (support: whole period; income: per month)</source>
      <translation>บาท (ทุน: ทั้ง​ช่วง; รายได้: ต่อ​เดือน)</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Source</source>
      <comment>who funds a scholarship</comment>
      <translation>แหล่งทุน</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Amount</source>
      <comment>money a learner receives</comment>
      <translation>จำนวนเงิน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>From / date</source>
      <translation>ตั้งแต่ / วันที่</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Until (optional)</source>
      <translation>ถึง (ว่างได้)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/form.py" line="-18" />
      <source>Edit learner</source>
      <translation>แก้ไขข้อมูลผู้เรียน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add a learner</source>
      <translation>เพิ่มผู้เรียน</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Personal</source>
      <translation>ข้อมูลส่วนตัว</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Study</source>
      <translation>การศึกษา</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Guardian</source>
      <translation>ผู้ปกครอง</translation>
    </message>
    <message>
      <location line="+107" />
      <source>Changed by someone else</source>
      <translation>มีผู้อื่นแก้ไขข้อมูลนี้แล้ว</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Load the current values instead of what you typed?</source>
      <translation>โหลด​ข้อมูล​ล่าสุด​มา​แสดง​แทน​สิ่ง​ที่​กรอก​ไว้​หรือไม่</translation>
    </message>
    <message>
      <location line="+16" />
      <source>The current values are loaded; edit and save again</source>
      <translation>โหลด​ข้อมูล​ล่าสุด​แล้ว แก้ไข​แล้ว​บันทึก​อีกครั้ง​ได้</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/form_buttons.py" line="+30" />
      <location filename="../../ui/pages/learners/panel.py" line="+78" />
      <source>Add learner…</source>
      <translation>เพิ่มผู้เรียน…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/plans_page.py" line="+43" />
      <location filename="../../ui/pages/learners/form_buttons.py" line="+1" />
      <location filename="../../ui/pages/learners/panel.py" line="+1" />
      <location filename="../../ui/pages/teachers/register_page.py" line="+269" />
      <source>Edit…</source>
      <translation>แก้ไข…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/form_fields.py" line="+58" />
      <source>— not given —</source>
      <translation>— ไม่ระบุ —</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/training/walkin_form.py" line="+6" />
      <location filename="../../ui/widgets/idcard_diff.py" line="-23" />
      <source>Male</source>
      <translation>ชาย</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/training/walkin_form.py" line="+0" />
      <location filename="../../ui/widgets/idcard_diff.py" line="+0" />
      <source>Female</source>
      <translation>หญิง</translation>
    </message>
    <message>
      <location line="+15" />
      <source>Dual-system learner</source>
      <translation>เรียนระบบทวิภาคี</translation>
    </message>
    <message>
      <location line="+43" />
      <source>— no group yet —</source>
      <translation>— ยังไม่จัดกลุ่ม —</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/panel.py" line="-83" />
      <source>All levels</source>
      <translation>ทุกระดับ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>All statuses</source>
      <translation>ทุกสถานะ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Dual or not</source>
      <translation>ทวิภาคี/ปกติ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/dashboard_page.py" line="-10" />
      <source>dual learners, {dual:,} of {learners:,} (OVEC aims at 50%)</source>
      <comment>dual dashboard</comment>
      <translation>ผู้เรียน​ทวิภาคี {dual:,} จาก {learners:,} คน (เป้าหมาย สอ​ศ. 50%)</translation>
    </message>
    <message>
      <location line="+3" />
      <source>places used this year of {value} offered</source>
      <comment>dual dashboard</comment>
      <translation>ที่​ฝึก​ที่​ใช้​ปี​นี้ จาก {value} ที่​ตาม MOU</translation>
    </message>
    <message>
      <location line="+2" />
      <source>MOUs to follow up</source>
      <comment>dual dashboard</comment>
      <translation>MOU ที่ต้องติดตาม</translation>
    </message>
    <message>
      <location line="+1" />
      <source>trainer certificates</source>
      <comment>dual dashboard</comment>
      <translation>ใบรับรองครูฝึกที่ต้องติดตาม</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Programme</source>
      <comment>dual dashboard</comment>
      <translation>สาขาวิชา</translation>
    </message>
    <message>
      <location line="+0" />
      <location line="+13" />
      <source>Learners</source>
      <comment>dual dashboard</comment>
      <translation>ผู้เรียน</translation>
    </message>
    <message>
      <location line="-12" />
      <source>Dual</source>
      <comment>dual dashboard</comment>
      <translation>ทวิภาคี</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Offered</source>
      <comment>dual dashboard</comment>
      <translation>รับ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Used</source>
      <comment>dual dashboard</comment>
      <translation>ใช้</translation>
    </message>
    <message>
      <location line="+5" />
      <location filename="../../ui/pages/dual/placement_dialog.py" line="-12" />
      <location filename="../../ui/pages/dual/placements_page.py" line="-1" />
      <location filename="../../ui/pages/dual/trainers_page.py" line="+0" />
      <source>Trainer</source>
      <translation>ครูฝึก</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Ratio</source>
      <comment>dual dashboard</comment>
      <translation>สัดส่วน</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Dual learners by level and programme</source>
      <comment>dual dashboard</comment>
      <translation>ผู้เรียน​ทวิภาคี​ต่อ​ผู้เรียน​ทั้งหมด ราย​ระดับ​และ​สาขาวิชา</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Places per MOU: offered against used</source>
      <comment>dual dashboard</comment>
      <translation>ที่​ฝึก​ตาม MOU: รับ​ต่อ​ปี​เทียบ​กับ​ที่​ใช้​ปีการศึกษา​นี้</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Trainer load today against the ratio</source>
      <comment>dual dashboard</comment>
      <translation>ภาระครูฝึกวันนี้เทียบสัดส่วน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="-7" />
      <location filename="../../ui/pages/learners/panel.py" line="+0" />
      <source>Dual system</source>
      <translation>ทวิภาคี</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/panel.py" line="+0" />
      <source>Not dual</source>
      <translation>ไม่ใช่ทวิภาคี</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Any support</source>
      <translation>ทุน: ทั้งหมด</translation>
    </message>
    <message>
      <location line="+0" />
      <source>With support</source>
      <translation>มีทุน/สิทธิ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Without support</source>
      <translation>ไม่มีทุน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Any risk</source>
      <translation>ความเสี่ยง: ทั้งหมด</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Watch or higher</source>
      <translation>เฝ้าระวังขึ้นไป</translation>
    </message>
    <message>
      <location line="+21" />
      <source>Searching without an index (no pg_trgm in the database): slower with many learners</source>
      <translation>ค้นหา​แบบ​ไม่​มี​ดัชนี (ฐานข้อมูล​ไม่​มี pg_trgm) อาจ​ช้า​เมื่อ​มี​ผู้เรียน​มาก</translation>
    </message>
    <message>
      <location line="+53" />
      <source>Change status…</source>
      <translation>เปลี่ยนสถานะ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Record follow-up…</source>
      <translation>บันทึกการติดตาม…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add support/income/skill…</source>
      <translation>เพิ่มทุน/รายได้/ทักษะ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Year-end rollover…</source>
      <translation>เลื่อนชั้นสิ้นปีการศึกษา…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/signed_dialogs.py" line="-31" />
      <location filename="../../ui/pages/packages/create.py" line="+40" />
      <source>Save the package</source>
      <translation>บันทึกแพ็กเกจ</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/packages/create.py" line="+2" />
      <source>VocDesk package (*.zip)</source>
      <translation>แพ็กเกจ VocDesk (*.zip)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/create.py" line="+12" />
      <source>Signing key passphrase</source>
      <translation>รหัสผ่านกุญแจลงนาม</translation>
    </message>
    <message>
      <location line="+30" />
      <source>Creating the package…</source>
      <translation>กำลังสร้างแพ็กเกจ…</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Created {file}</source>
      <translation>สร้างแพ็กเกจ {file} แล้ว</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/form_dialog.py" line="-1" />
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/dialogs.py" line="-6" />
      <source>Explain the warning</source>
      <translation>อธิบายคำเตือน</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Write at least 5 characters</source>
      <translation>เขียน​เหตุผล​อย่าง​น้อย 5 ตัวอักษร</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/signed_dialogs.py" line="-6" />
      <location filename="../../ui/pages/packages/dialogs.py" line="+12" />
      <source>Key passphrase</source>
      <translation>รหัสผ่านกุญแจ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/dialogs.py" line="+2" />
      <source>Again</source>
      <translation>อีกครั้ง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/signed_dialogs.py" line="+21" />
      <location filename="../../ui/pages/packages/dialogs.py" line="+12" />
      <source>Enter the key passphrase</source>
      <translation>ใส่รหัสผ่านกุญแจ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/dialogs.py" line="+2" />
      <source>The passphrase needs at least {count} characters</source>
      <comment>packages dialogs</comment>
      <translation>รหัสผ่าน​กุญแจ​ต้อง​ยาว​อย่าง​น้อย {count} ตัวอักษร</translation>
    </message>
    <message>
      <location line="+3" />
      <source>The two passphrases differ</source>
      <translation>รหัสผ่านกุญแจสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/packages_page.py" line="+166" />
      <source>Period {period}</source>
      <translation>ช่วงข้อมูล {period}</translation>
    </message>
    <message>
      <location line="+2" />
      <source>errors: {errors} · unexplained warnings: {warnings_open} · validated by {validated_by}</source>
      <comment>packages packages</comment>
      <translation>ข้อผิดพลาด {errors} · คำเตือน​ที่​ยัง​ไม่​อธิบาย {warnings_open} · ตรวจสอบ​โดย {validated_by}</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Not validated yet</source>
      <translation>ยังไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
      <location line="+2" />
      <source>locked by {user}</source>
      <translation>ล็อกโดย {user}</translation>
    </message>
    <message>
      <location line="+2" />
      <source>last package sequence {sequence}</source>
      <translation>แพ็กเกจ​ล่าสุด ลำดับ {sequence}</translation>
    </message>
    <message>
      <location line="+17" />
      <source>Validating the data…</source>
      <translation>กำลังตรวจสอบข้อมูล…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/findings.py" line="+33" />
      <source>Every rule passes</source>
      <translation>ผ่านทุกเงื่อนไข</translation>
    </message>
    <message>
      <location line="+2" />
      <source>{errors} errors · {warnings} warnings</source>
      <comment>dual findings</comment>
      <translation>ข้อผิดพลาด {errors} · คำเตือน {warnings}</translation>
    </message>
    <message>
      <location line="+2" />
      <source>errors block activation</source>
      <translation>ข้อผิดพลาดทำให้เริ่มฝึกไม่ได้</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/packages/packages_page.py" line="+10" />
      <source>Rule</source>
      <translation>กฎ</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/packages/packages_page.py" line="+0" />
      <source>Severity</source>
      <translation>ระดับ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>error</source>
      <comment>dual findings</comment>
      <translation>ผิด</translation>
    </message>
    <message>
      <location line="+0" />
      <source>warning</source>
      <comment>dual findings</comment>
      <translation>เตือน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/packages_page.py" line="+0" />
      <source>Record</source>
      <comment>a record a package check names</comment>
      <translation>ระเบียน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Message</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/findings.py" line="-1" />
      <location filename="../../ui/pages/packages/packages_page.py" line="+0" />
      <source>Explanation</source>
      <translation>คำอธิบาย</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/packages_page.py" line="+47" />
      <source>Create the college signing key</source>
      <translation>สร้างกุญแจลงนามของวิทยาลัย</translation>
    </message>
    <message>
      <location line="+17" />
      <source>Package created: {path}
Sequence {sequence} · SHA-256 {sha256}
Signature file: {signature}</source>
      <comment>packages packages</comment>
      <translation>สร้าง​แพ็กเกจ​แล้ว: {path}
ลำดับ {sequence} · SHA-256 {sha256}
ไฟล์​ลายเซ็น: {signature}</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Period (semester 1/2569 or FY2569)</source>
      <translation>ช่วง​ข้อมูล (ภาคเรียน 1/2569 หรือ FY2569)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Validate data</source>
      <translation>ตรวจสอบข้อมูล</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Lock data</source>
      <translation>ล็อกข้อมูล</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Create package…</source>
      <translation>สร้างแพ็กเกจ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Explain warning…</source>
      <translation>อธิบายคำเตือน…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/__init__.py" line="+9" />
      <source>OVEC packages</source>
      <translation>แพ็กเกจส่ง สอศ.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/sections.py" line="+62" />
      <source>Packages sent ({count})</source>
      <translation>แพ็กเกจที่ส่งแล้ว ({count})</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Sequence</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Created</source>
      <translation>สร้างเมื่อ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Period</source>
      <comment>the data a package covers</comment>
      <translation>ช่วงข้อมูล</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/training/timetable_dialog.py" line="-62" />
      <source>File</source>
      <translation>ไฟล์</translation>
    </message>
    <message>
      <location line="+0" />
      <source>By</source>
      <comment>who created a package</comment>
      <translation>โดย</translation>
    </message>
    <message>
      <location line="+37" />
      <source>College public key</source>
      <translation>กุญแจสาธารณะของวิทยาลัย</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Copy</source>
      <translation>คัดลอก</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Create key…</source>
      <translation>สร้างกุญแจ…</translation>
    </message>
    <message>
      <location line="+11" />
      <source>No signing key yet: create one before creating a package, then register its public key with OVEC</source>
      <translation>ยัง​ไม่​มี​กุญแจ​ลงนาม สร้าง​กุญแจ​ก่อน​สร้าง​แพ็กเกจ แล้ว​ส่ง​กุญแจ​สาธารณะ​ให้ สอ​ศ. ลงทะเบียน</translation>
    </message>
    <message>
      <location line="+1" />
      <source> (an administrator creates it)</source>
      <translation> (ผู้ดูแลระบบเป็นผู้สร้าง)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/dialogs.py" line="-35" />
      <source>Add a contract: {name}</source>
      <translation>เพิ่มสัญญาจ้าง: {name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/mous_page.py" line="-8" />
      <source>Ended</source>
      <comment>dual mous</comment>
      <translation>สิ้นสุดแล้ว</translation>
    </message>
    <message>
      <location line="+3" />
      <source>{left} days left</source>
      <comment>dual mous</comment>
      <translation>เหลือ {left} วัน</translation>
    </message>
    <message>
      <location line="+3" />
      <source>In force</source>
      <comment>dual mous</comment>
      <translation>มีผล</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+5" />
      <source>Start</source>
      <translation>เริ่มสัญญา</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <source>End</source>
      <translation>สิ้นสุดสัญญา</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Places a year</source>
      <translation>รับต่อปี</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Scan</source>
      <translation>ไฟล์สแกน</translation>
    </message>
    <message>
      <location line="+6" />
      <source>{count:,} MOUs</source>
      <comment>dual mous</comment>
      <translation>บันทึกข้อตกลง {count:,} ฉบับ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="-4" />
      <source>MOUs</source>
      <translation>บันทึกข้อตกลง (MOU)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <source>Funding source</source>
      <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
      <location line="+14" />
      <source>Add development: {name}</source>
      <translation>เพิ่มการพัฒนา: {name}</translation>
    </message>
    <message>
      <location line="+11" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-232" />
      <source>Topic</source>
      <translation>หัวข้อ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>From</source>
      <comment>the first day of a course</comment>
      <translation>ตั้งแต่</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/logbook_page.py" line="+44" />
      <location filename="../../ui/pages/training/attendance_grid.py" line="+38" />
      <source>Missing</source>
      <translation>ขาดบันทึก</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Not signed</source>
      <translation>ยังไม่ลงนาม</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Signed</source>
      <translation>ลงนามแล้ว</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Not over yet</source>
      <translation>ยังไม่ครบสัปดาห์</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/hours_page.py" line="-44" />
      <location line="+16" />
      <location filename="../../ui/pages/community/shifts_page.py" line="-50" />
      <location filename="../../ui/pages/dual/logbook_page.py" line="+92" />
      <location line="+89" />
      <location filename="../../ui/pages/dual/plan_dialogs.py" line="+1" />
      <location filename="../../ui/pages/dual/plans_page.py" line="-63" />
      <location line="+20" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <location filename="../../ui/pages/training/attendance_grid.py" line="+0" />
      <location filename="../../ui/pages/training/course_dialogs.py" line="+2" />
      <source>Hours</source>
      <translation>จำนวนชั่วโมง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/logbook_page.py" line="-89" />
      <source>Week from</source>
      <translation>สัปดาห์เริ่ม</translation>
    </message>
    <message>
      <location line="+0" />
      <location line="+89" />
      <source>Days</source>
      <translation>วันที่มาฝึก</translation>
    </message>
    <message>
      <location line="-89" />
      <location line="+89" />
      <location filename="../../ui/pages/dual/placement_dialog.py" line="+8" />
      <source>Tasks</source>
      <translation>งานที่ฝึก</translation>
    </message>
    <message>
      <location line="-88" />
      <location line="+88" />
      <source>Signed by</source>
      <translation>ครูฝึกผู้ลงนาม</translation>
    </message>
    <message>
      <location line="-88" />
      <location line="+89" />
      <source>Plan sub-tasks</source>
      <translation>งานตามแผน</translation>
    </message>
    <message>
      <location line="-76" />
      <source>{count} weeks · missing {missing} · not signed {unsigned}</source>
      <comment>dual logbook</comment>
      <translation>{count} สัปดาห์ · ขาด​บันทึก {missing} · ยัง​ไม่​ลงนาม {unsigned}</translation>
    </message>
    <message>
      <location line="+14" />
      <source>That code is not a weekly sheet of a placement here</source>
      <translation>รหัส​นี้​ไม่​ใช่​แบบ​บันทึก​รายสัปดาห์​ของ​การ​ฝึก​ใน​รายการ</translation>
    </message>
    <message>
      <location line="+29" />
      <source>Plan sub-tasks: cannot read "{value}"; type number=hours, e.g. #12=8; #14=4:30 (F4 chooses them)</source>
      <translation>งาน​ตาม​แผน: อ่าน "{value}" ไม่​ได้ ให้​พิมพ์​รหัส​งาน=ชั่วโมง เช่น #12=8; #14=4:30 (กด F4 เพื่อ​เลือก)</translation>
    </message>
    <message>
      <location line="+13" />
      <source>The placement trains no semester of its programme's plan yet</source>
      <translation>การ​ฝึก​นี้​ยัง​ไม่​ได้​ฝึก​ภาคเรียน​ใด​ของ​แผนการ​ฝึก​ของ​สาขา</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Week of {value} saved</source>
      <comment>dual logbook</comment>
      <translation>บันทึกสัปดาห์ {value} แล้ว</translation>
    </message>
    <message>
      <location line="+10" />
      <source>#12=8; #14=4:30 (task number = hours)</source>
      <translation>#12=8; #14=4:30 (รหัส​งาน = ชั่วโมง)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Choose sub-tasks… (F4)</source>
      <translation>เลือกงาน… (F4)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Save week</source>
      <translation>บันทึกสัปดาห์</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Scan the sheet's QR code</source>
      <translation>สแกนรหัส QR ของแบบบันทึก</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="+9" />
      <source>Training logbook</source>
      <translation>บันทึกการฝึกอาชีพ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/visits_page.py" line="-115" />
      <source>Overdue</source>
      <translation>เกินกำหนด</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Visit due</source>
      <translation>ถึงกำหนด</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/plan_progress.py" line="-17" />
      <location filename="../../ui/pages/dual/visits_page.py" line="+0" />
      <source>Done</source>
      <translation>ครบแล้ว</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/visits_page.py" line="+0" />
      <source>Not training</source>
      <translation>ไม่ได้ฝึกในภาคเรียนนี้</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/placements_page.py" line="-15" />
      <location filename="../../ui/pages/dual/visits_page.py" line="+64" />
      <source>All supervising teachers</source>
      <translation>ครูนิเทศก์ทุกคน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/visits_page.py" line="+11" />
      <source>Visits</source>
      <translation>นิเทศ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Next due</source>
      <translation>ครั้งต่อไปภายใน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/dashboard_page.py" line="-18" />
      <location line="+6" />
      <location filename="../../ui/pages/dual/mous_page.py" line="-7" />
      <location filename="../../ui/pages/dual/placement_dialog.py" line="-9" />
      <location filename="../../ui/pages/dual/placements_page.py" line="+15" />
      <location filename="../../ui/pages/dual/signed_dialogs.py" line="+53" />
      <location filename="../../ui/pages/dual/trainers_page.py" line="+0" />
      <location filename="../../ui/pages/dual/visits_page.py" line="+1" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <location filename="../../ui/pages/teachers/register_page.py" line="+1" />
      <source>Enterprise</source>
      <translation>สถานประกอบการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/placement_dialog.py" line="+2" />
      <location filename="../../ui/pages/dual/placements_page.py" line="+0" />
      <location filename="../../ui/pages/dual/visits_page.py" line="+0" />
      <location line="+9" />
      <source>Supervising teacher</source>
      <translation>ครูนิเทศก์</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="-7" />
      <location filename="../../ui/pages/dual/visits_page.py" line="+1" />
      <source>Placements</source>
      <translation>ผู้เรียน (คน)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/visits_page.py" line="-3" />
      <source>Overdue {overdue} · due {due} · done {done}</source>
      <comment>dual visits</comment>
      <translation>เกินกำหนด {overdue} · ถึงกำหนด {due} · ครบ​แล้ว {done}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Behind</source>
      <translation>ล่าช้า</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Pick a placement in the list first</source>
      <translation>เลือกผู้เรียนในรายการก่อน</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Type the date of the visit</source>
      <translation>ใส่วันที่นิเทศ</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Visit of {learner} saved</source>
      <comment>dual visits</comment>
      <translation>บันทึกการนิเทศ {learner} แล้ว</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Teacher</source>
      <translation>ครู</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="+5" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="-21" />
      <location filename="../../ui/pages/teachers/workload_tab.py" line="+1" />
      <source>Supervision visits</source>
      <translation>การนิเทศ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/dialogs.py" line="+2" />
      <source>Activity</source>
      <translation>ชื่อกิจกรรม</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Certificate no.</source>
      <translation>เลขที่วุฒิบัตร</translation>
    </message>
    <message>
      <location line="+24" />
      <source>Edit teacher</source>
      <translation>แก้ไขข้อมูลครู</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Add a teacher</source>
      <translation>เพิ่มครูและบุคลากร</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/jobs_page.py" line="-53" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+19" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-36" />
      <location filename="../../ui/pages/training/trainees_page.py" line="-16" />
      <location filename="../../ui/pages/training/walkin_form.py" line="-7" />
      <location filename="../../ui/widgets/idcard_diff.py" line="-16" />
      <source>National ID</source>
      <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <location filename="../../ui/pages/training/walkin_form.py" line="+0" />
      <location filename="../../ui/widgets/idcard_diff.py" line="+0" />
      <source>Prefix</source>
      <translation>คำนำหน้า</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/walkin_form.py" line="+0" />
      <source>First name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/training/walkin_form.py" line="+1" />
      <source>Last name</source>
      <translation>นามสกุล</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/widgets/idcard_diff.py" line="+1" />
      <source>First name (English)</source>
      <translation>ชื่อ (อังกฤษ)</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/widgets/idcard_diff.py" line="+1" />
      <source>Last name (English)</source>
      <translation>นามสกุล (อังกฤษ)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Position type</source>
      <translation>ประเภทตำแหน่ง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/visits_page.py" line="-31" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-1" />
      <location line="+145" />
      <location filename="../../ui/pages/teachers/staffing_dialogs.py" line="-24" />
      <location line="+24" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="-34" />
      <location line="+6" />
      <location line="+28" />
      <location line="+20" />
      <source>Department</source>
      <translation>แผนกวิชา</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-145" />
      <source>Academic standing</source>
      <translation>วิทยฐานะ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/intake_form.py" line="+69" />
      <location filename="../../ui/pages/dual/enterprises_page.py" line="-40" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <location filename="../../ui/pages/training/run_view.py" line="+3" />
      <location filename="../../ui/pages/training/trainees_page.py" line="+0" />
      <location filename="../../ui/pages/training/walkin_form.py" line="+0" />
      <source>Phone</source>
      <translation>โทรศัพท์</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Owner's name</source>
      <translation>ชื่อเจ้าของ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>National ID (optional)</source>
      <translation>เลขประจำตัว​ประชาชน (ไม่​บังคับ)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Address or village</source>
      <translation>ที่อยู่หรือหมู่บ้าน</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/community/intake_page.py" line="+87" />
      <location filename="../../ui/pages/community/jobs_page.py" line="+0" />
      <source>Item brought in</source>
      <translation>สิ่งของที่นำมาซ่อม</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Brand</source>
      <translation>ยี่ห้อ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Model</source>
      <translation>รุ่น</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Age (years)</source>
      <translation>อายุ (ปี)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Problem as the owner tells it</source>
      <translation>อาการเสียตามที่เจ้าของแจ้ง</translation>
    </message>
    <message>
      <location line="+3" />
      <source>The owner accepts the terms: repaired as is, at the owner's risk, parts at cost</source>
      <translation>เจ้าของ​ยอมรับ​เงื่อนไข: ซ่อม​ตาม​สภาพ ความเสี่ยง​เป็น​ของ​เจ้าของ ค่า​อะไหล่​ตาม​ราคาทุน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/dialogs.py" line="+0" />
      <source>E-mail</source>
      <translation>อีเมล</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Industry experience (years)</source>
      <translation>ประสบการณ์​ใน​สถานประกอบการ (ปี)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Industry work</source>
      <translation>งานในสถานประกอบการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/staffing_alerts.py" line="+73" />
      <source>Staffing alerts</source>
      <translation>แจ้งเตือนอัตรากำลังครู</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/staffing_chart.py" line="+87" />
      <source>Teachers needed</source>
      <translation>ครูที่ต้องการ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>In post, enough</source>
      <translation>มีพอ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>In post, short</source>
      <translation>มีไม่พอ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Technical</source>
      <translation>แผนกวิชาช่าง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/staffing_dialogs.py" line="-160" />
      <source>Staffing formula constants</source>
      <translation>ค่าคงที่ของสูตรอัตรากำลัง</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Class hours per group per week, {name}</source>
      <comment>teachers staffing dialogs</comment>
      <translation>ชั่วโมง​เรียนต่อ​กลุ่ม​ต่อ​สัปดาห์ {name}</translation>
    </message>
    <message>
      <location line="+2" />
      <source>  of which general education, {name}</source>
      <comment>teachers staffing dialogs</comment>
      <translation>  ใน​จำนวน​นี้​เป็น​วิชา​สามัญ {name}</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Teaching load per teacher per week (L)</source>
      <translation>ภาระ​งานสอน​ต่อ​ครู​ต่อ​สัปดาห์ (L)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Development hours per teacher per year</source>
      <translation>ชั่วโมงพัฒนาต่อครูต่อปี</translation>
    </message>
    <message>
      <location line="+29" />
      <source>Staffing plan</source>
      <translation>วางแผนจัดสรรอัตรากำลังครู</translation>
    </message>
    <message>
      <location line="+8" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="-42" />
      <source> (technical)</source>
      <translation> (ช่าง)</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Add move</source>
      <translation>เพิ่มการย้าย</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Add request</source>
      <translation>เพิ่มคำขออัตรา</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Plan title</source>
      <translation>ชื่อ​แผน เช่น แผน​อัตรา​กำลัง​ปีการศึกษา 2570</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Move the teachers now when saving</source>
      <translation>ย้ายครูตามแผนทันทีเมื่อบันทึก</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Move</source>
      <translation>ย้ายครู</translation>
    </message>
    <message>
      <location line="+2" />
      <source>to</source>
      <translation>ไปแผนก</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Request</source>
      <translation>ขออัตรา</translation>
    </message>
    <message>
      <location line="+29" />
      <source>Move {name} from {department_th} to {value}</source>
      <comment>teachers staffing dialogs</comment>
      <translation>ย้าย {name} จาก {department_th} ไป {value}</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Request {count} × {value} for {value2}</source>
      <comment>teachers staffing dialogs</comment>
      <translation>ขอ{value} {count} อัตรา ให้{value2}</translation>
    </message>
    <message>
      <location line="+27" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="-5" />
      <source>Needed</source>
      <translation>ต้องการ</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="+2" />
      <source>In post</source>
      <translation>มีอยู่</translation>
    </message>
    <message>
      <location line="+0" />
      <source>After</source>
      <translation>หลังตามแผน</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="+0" />
      <source>Balance</source>
      <comment>teachers short or over</comment>
      <translation>ขาด/เกิน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Balance after</source>
      <translation>ขาด/เกินหลังแผน</translation>
    </message>
    <message>
      <location line="+17" />
      <source>Learning groups used in the formula</source>
      <translation>จำนวนกลุ่มเรียนที่ใช้คำนวณ</translation>
    </message>
    <message>
      <location line="+2" />
      <source>An empty “typed” box uses the learner data (groups with learners studying)</source>
      <translation>ช่อง “กำหนด​เอง” ว่าง = ใช้​จำนวน​จาก​ข้อมูล​ผู้เรียน (กลุ่ม​ที่​มี​ผู้เรียน​กำลัง​ศึกษา)</translation>
    </message>
    <message>
      <location line="+4" />
      <source>From learners</source>
      <translation>จากข้อมูลผู้เรียน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Typed</source>
      <translation>กำหนดเอง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/staffing_page.py" line="-41" />
      <source>Formula constants…</source>
      <translation>ค่าคงที่ของสูตร…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Staffing plan…</source>
      <translation>วางแผนจัดสรรครู…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Learning groups…</source>
      <translation>จำนวนกลุ่มเรียน…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Within (days)</source>
      <translation>ภายใน (วัน)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Contracts to follow up</source>
      <translation>สัญญาจ้างที่ต้องติดตาม</translation>
    </message>
    <message>
      <location line="+28" />
      <source>Teachers</source>
      <translation>ครู</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Short</source>
      <translation>ยังไม่ครบ</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Groups</source>
      <translation>กลุ่มเรียน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Hours/week</source>
      <translation>ชม./สัปดาห์</translation>
    </message>
    <message>
      <location line="+22" />
      <source>Supervision visits {semester} (dual system): workload too; T counts teaching groups only</source>
      <translation>การ​นิเทศ​นักศึกษา​ทวิภาคี ภาคเรียน {semester} นับ​เป็น​ภาระ​งาน​ด้วย (T นับ​เฉพาะ​กลุ่ม​เรียน​ที่​สอน)</translation>
    </message>
    <message>
      <location line="+5" />
      <source>No department</source>
      <translation>ไม่ระบุแผนกวิชา</translation>
    </message>
    <message>
      <location line="+13" />
      <source>Department falls short</source>
      <translation>แผนกจะขาดครู</translation>
    </message>
    <message>
      <location line="+1" />
      <source>needs {need}, would have {after}</source>
      <translation>ต้องการ {need} จะ​เหลือ {after}</translation>
    </message>
    <message>
      <location line="+4" />
      <source>ends {date} (in {days} days)</source>
      <translation>สิ้นสุด {date} (อีก {days} วัน)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>ended {date}, not renewed</source>
      <translation>หมดสัญญา​แล้ว​เมื่อ {date} ยัง​ไม่​ต่อ</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Teacher / item</source>
      <translation>ครู / รายการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/__init__.py" line="+2" />
      <source>Teacher staffing</source>
      <translation>อัตรากำลังครู</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/form_card.py" line="+41" />
      <source>Read the guardian's ID card</source>
      <translation>อ่านบัตรผู้ปกครอง</translation>
    </message>
    <message>
      <location line="+33" />
      <source>This card belongs to a learner already registered: {code} {name}. Open that record instead of adding the person again.</source>
      <translation>บัตร​นี้​เป็น​ของ​ผู้เรียน​ที่​ลงทะเบียน​ไว้​แล้ว: {code} {name} ให้​เปิด​ระเบียน​เดิม​แทน​การ​เพิ่ม​ซ้ำ</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Filled {count} fields from the ID card.</source>
      <translation>กรอก​ข้อมูล​จาก​บัตรประชาชน​แล้ว {count} ช่อง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Nothing was changed: the form already matches the card or you kept its values.</source>
      <translation>ไม่​มี​การเปลี่ยนแปลง: ข้อมูล​ใน​แบบฟอร์ม​ตรง​กับ​บัตร​แล้ว หรือ​คุณ​เลือก​ใช้​ค่า​เดิม</translation>
    </message>
    <message>
      <location line="+36" />
      <source>The guardian's name was filled from the ID card.</source>
      <translation>กรอก​ชื่อ​ผู้ปกครอง​จาก​บัตรประชาชน​แล้ว</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/idcard_button.py" line="+44" />
      <source>Looking for a card reader…</source>
      <translation>กำลังตรวจหาเครื่องอ่านบัตร…</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Read ID card</source>
      <translation>อ่านบัตรประชาชน</translation>
    </message>
    <message>
      <location line="+19" />
      <source>Insert the Thai ID card, then click to fill the form from it</source>
      <translation>เสียบ​บัตรประชาชน​แล้ว​คลิก​เพื่อ​กรอก​ข้อมูล​จาก​บัตร</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/idcard_diff.py" line="-2" />
      <source>First name (Thai)</source>
      <translation>ชื่อ (ไทย)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Last name (Thai)</source>
      <translation>นามสกุล (ไทย)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Gender</source>
      <translation>เพศ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Date of birth</source>
      <translation>วันเกิด</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/enterprises_page.py" line="+0" />
      <location filename="../../ui/widgets/idcard_diff.py" line="+1" />
      <source>Address</source>
      <translation>ที่อยู่</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/idcard_diff.py" line="+22" />
      <source>Differences from the ID card</source>
      <translation>ข้อมูลที่ต่างจากบัตรประชาชน</translation>
    </message>
    <message>
      <location line="+8" />
      <source>The card differs from the register in these fields. Tick the ones to take from the card; the others keep the register's value.</source>
      <translation>ข้อมูล​ใน​บัตร​ต่าง​จาก​ทะเบียน​ใน​ช่อง​ต่อไปนี้ ทำเครื่องหมาย​ช่อง​ที่​ต้องการ​ใช้​ค่า​จาก​บัตร ช่อง​ที่​ไม่​ได้​ทำเครื่องหมาย​จะ​คง​ค่า​เดิม​ใน​ทะเบียน</translation>
    </message>
    <message>
      <location line="+6" />
      <source>In the register</source>
      <translation>ในทะเบียน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>On the card</source>
      <translation>ในบัตร</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Use card</source>
      <translation>ใช้ค่าจากบัตร</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Use the card's {field}</source>
      <translation>ใช้{field}จากบัตร</translation>
    </message>
    <message>
      <location line="+7" />
      <source>The card matches the register.</source>
      <translation>ข้อมูล​ใน​บัตร​ตรง​กับ​ทะเบียน​ทุก​ช่อง</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Use ticked fields</source>
      <translation>ใช้ค่าที่เลือก</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/form_photo.py" line="+25" />
      <source>Also read the photo (kept only with consent)</source>
      <translation>อ่าน​รูปถ่าย​ด้วย (เก็บ​เมื่อ​ได้รับ​ความยินยอม​เท่านั้น)</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Consent to keep the photo was given by</source>
      <translation>ได้รับ​ความยินยอม​ให้​เก็บ​รูปถ่าย​จาก</translation>
    </message>
    <message>
      <location line="+2" />
      <source>the learner, or a guardian for a minor</source>
      <translation>ผู้เรียน หรือ​ผู้ปกครอง​กรณี​ผู้เยาว์</translation>
    </message>
    <message>
      <location line="+35" />
      <source>(photo read)</source>
      <translation>(อ่านรูปถ่ายแล้ว)</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Without the tick the photo is not kept.</source>
      <translation>หาก​ไม่​ทำเครื่องหมาย ระบบ​จะ​ไม่​เก็บ​รูปถ่าย</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/allowances_page.py" line="+32" />
      <source>Late</source>
      <translation>ค้างจ่าย</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Paid short</source>
      <translation>จ่ายไม่ครบ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Paid</source>
      <translation>จ่ายแล้ว</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Not due yet</source>
      <translation>ยังไม่ถึงกำหนด</translation>
    </message>
    <message>
      <location line="+69" />
      <source>Month</source>
      <translation>เดือน</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/dual/logbook_page.py" line="-95" />
      <location filename="../../ui/pages/dual/visits_page.py" line="-10" />
      <source>State</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>As agreed (baht)</source>
      <translation>ตามสัญญา (บาท)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Paid (baht)</source>
      <translation>จ่ายจริง (บาท)</translation>
    </message>
    <message>
      <location line="+0" />
      <location line="+45" />
      <source>Paid on</source>
      <translation>วันที่จ่าย</translation>
    </message>
    <message>
      <location line="-44" />
      <location line="+44" />
      <source>Reported by</source>
      <translation>ผู้แจ้ง</translation>
    </message>
    <message>
      <location line="-32" />
      <source>{count} month(s) outstanding, {value} baht</source>
      <comment>dual allowances</comment>
      <translation>ค้าง​จ่าย {count} เดือน รวม {value} บาท</translation>
    </message>
    <message>
      <location line="+28" />
      <source>Allowance for {value} saved</source>
      <comment>dual allowances</comment>
      <translation>บันทึก​เบี้ยเลี้ยง​เดือน {value} แล้ว</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Amount paid (baht)</source>
      <translation>จำนวนเงินที่จ่าย (บาท)</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Save payment</source>
      <translation>บันทึกการจ่าย</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="+6" />
      <source>Allowances</source>
      <translation>เบี้ยเลี้ยง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/course_dialogs.py" line="-61" />
      <source>Upskill</source>
      <translation>ยกระดับทักษะ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Reskill</source>
      <translation>ปรับทักษะใหม่</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Short vocational course</source>
      <translation>หลักสูตรวิชาชีพระยะสั้น</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Fix it course</source>
      <translation>หลักสูตร Fix it</translation>
    </message>
    <message>
      <location line="+4" />
      <source>lesson</source>
      <translation>คาบเรียน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>booking</source>
      <translation>การจอง</translation>
    </message>
    <message>
      <location line="+0" />
      <source>outside bookable hours</source>
      <translation>นอกเวลาที่เปิดให้จอง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>too few seats</source>
      <translation>ที่นั่งไม่พอ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>equipment short</source>
      <translation>อุปกรณ์ไม่พอ</translation>
    </message>
    <message>
      <location line="+38" />
      <source>Add course</source>
      <translation>เพิ่มหลักสูตร</translation>
    </message>
    <message>
      <location line="+15" />
      <source>Thai name</source>
      <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/pages/training/courses_page.py" line="+25" />
      <location filename="../../ui/pages/training/facilities_dialogs.py" line="-26" />
      <location filename="../../ui/pages/training/facilities_page.py" line="-20" />
      <location filename="../../ui/pages/training/finder_page.py" line="+0" />
      <location line="+48" />
      <source>Seats</source>
      <translation>จำนวนที่นั่ง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Fee (baht, 0 = free)</source>
      <translation>ค่าธรรมเนียม (บาท, 0 = ไม่​เก็บ)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Funding source (free course)</source>
      <translation>แหล่งงบประมาณ (หลักสูตรฟรี)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Attendance for a certificate</source>
      <translation>เวลาเรียน​ขั้นต่ำ​เพื่อ​รับ​วุฒิบัตร</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Instructors</source>
      <translation>วิทยากร</translation>
    </message>
    <message>
      <location line="+9" />
      <source>The fee is a number of baht, e.g. 1500 or 1,500.50.</source>
      <translation>ค่าธรรมเนียม​ต้อง​เป็น​จำนวน​บาท เช่น 1500 หรือ 1,500.50</translation>
    </message>
    <message>
      <location line="+15" />
      <source>Schedule a run of {code}</source>
      <translation>จัดรุ่นใหม่ของหลักสูตร {code}</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Room code</source>
      <translation>รหัสห้อง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Days (e.g. sat,sun or mon-fri)</source>
      <translation>วัน (เช่น sat,sun หรือ mon-fri)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Time (HH:MM-HH:MM)</source>
      <translation>เวลา (ชช:นน-ชช:นน)</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Fill in the room, both dates, the days and the time.</source>
      <translation>กรุณา​กรอก​ห้อง วัน​เริ่ม วัน​สิ้นสุด วัน และ​เวลา​ให้​ครบ</translation>
    </message>
    <message>
      <location line="+13" />
      <source>Not scheduled: {count} clashes (nothing was written)</source>
      <translation>ยัง​ไม่​ได้​จัด​รุ่น: ชน​กับ​รายการ​อื่น {count} รายการ (ไม่​ได้​บันทึก)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/courses_page.py" line="-25" />
      <location filename="../../ui/pages/training/trainees_page.py" line="+16" />
      <source>Course</source>
      <translation>หลักสูตร</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Fee</source>
      <translation>ค่าธรรมเนียม</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Runs</source>
      <translation>รุ่น</translation>
    </message>
    <message>
      <location line="-1" />
      <source>Hours</source>
      <comment>a column of a course's hours, abbreviated</comment>
      <translation>ชม.</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Free</source>
      <translation>ฟรี</translation>
    </message>
    <message>
      <location line="+2" />
      <source>{count:,} courses</source>
      <comment>training courses</comment>
      <translation>{count:,} หลักสูตร</translation>
    </message>
    <message>
      <location line="+21" />
      <location filename="../../ui/pages/training/trainees_page.py" line="+0" />
      <location filename="../../ui/pages/training/walkin_form.py" line="-1" />
      <source>Run</source>
      <translation>รุ่น</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/run_view.py" line="-3" />
      <source>Room</source>
      <translation>ห้อง</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/run_view.py" line="-28" />
      <source>Sessions</source>
      <translation>ครั้งที่สอน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Waitlist</source>
      <translation>รอที่ว่าง</translation>
    </message>
    <message>
      <location line="+23" />
      <source>Search courses…</source>
      <translation>ค้นหาหลักสูตร…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add course…</source>
      <translation>เพิ่มหลักสูตร…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Schedule a run…</source>
      <translation>จัดรุ่นใหม่…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/__init__.py" line="+8" />
      <source>Short courses</source>
      <translation>หลักสูตรระยะสั้น</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/run_actions.py" line="-100" />
      <source>Save receipt</source>
      <translation>บันทึกใบเสร็จ</translation>
    </message>
    <message>
      <location line="+31" />
      <source>Save certificate</source>
      <translation>บันทึกวุฒิบัตร</translation>
    </message>
    <message>
      <location line="+24" />
      <source>Why?</source>
      <translation>เหตุผล</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/__init__.py" line="+1" />
      <location filename="../../ui/pages/training/run_view.py" line="+0" />
      <source>Trainees</source>
      <translation>ผู้เข้ารับการอบรม</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/run_view.py" line="+0" />
      <source>Attendance</source>
      <translation>ลงเวลาเข้าอบรม</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Payments</source>
      <translation>การชำระเงิน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Certificates</source>
      <translation>วุฒิบัตร</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Cancel the selected session…</source>
      <translation>ยกเลิกครั้งที่เลือก…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add a date…</source>
      <translation>เพิ่มวันอบรม…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Move the selected session…</source>
      <translation>ย้ายครั้งที่เลือก…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Withdraw the selected trainee</source>
      <translation>ถอนผู้เข้าอบรมที่เลือก</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Waive the selected trainee's fee…</source>
      <translation>ยกเว้น​ค่าธรรมเนียม​ของ​ผู้​ที่​เลือก…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Void the selected receipt…</source>
      <translation>ยกเลิกใบเสร็จที่เลือก…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Take the fee of the selected trainee</source>
      <translation>รับ​ชำระ​ค่าธรรมเนียม​ของ​ผู้​ที่​เลือก</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Print receipt…</source>
      <translation>พิมพ์ใบเสร็จ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Signer's name</source>
      <translation>ชื่อผู้ลงนาม</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Signer's title</source>
      <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Issue certificates</source>
      <translation>ออกวุฒิบัตร</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Print certificate…</source>
      <translation>พิมพ์วุฒิบัตร…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/approvals_page.py" line="+0" />
      <location filename="../../ui/pages/training/book_dialog.py" line="+1" />
      <location line="+7" />
      <source>Requested by</source>
      <translation>ผู้ขอใช้</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/book_dialog.py" line="-9" />
      <source>Facility</source>
      <translation>สถานที่</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Times</source>
      <translation>ครั้ง</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/training/finder_page.py" line="-23" />
      <location line="+22" />
      <location filename="../../ui/pages/training/run_view.py" line="+14" />
      <source>Time</source>
      <translation>เวลา</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/book_dialog.py" line="+1" />
      <source>People</source>
      <translation>จำนวนคน</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/training/facilities_page.py" line="+1" />
      <source>Approver</source>
      <translation>ผู้อนุมัติ</translation>
    </message>
    <message>
      <location line="+11" />
      <source>{count} requests awaiting a decision</source>
      <translation>คำขอรอพิจารณา {count} รายการ</translation>
    </message>
    <message>
      <location line="+32" />
      <source>Approved</source>
      <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Rejected</source>
      <translation>ไม่อนุมัติแล้ว</translation>
    </message>
    <message>
      <location line="+20" />
      <source>Approve</source>
      <translation>อนุมัติ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Reject</source>
      <translation>ไม่อนุมัติ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Reason for rejecting (told to the requester)</source>
      <translation>เหตุผล​ที่​ไม่​อนุมัติ (แจ้ง​ผู้​ขอ​ใช้)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/__init__.py" line="-3" />
      <source>Booking approvals</source>
      <translation>อนุมัติการจอง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/run_view.py" line="+3" />
      <location line="+4" />
      <location line="+4" />
      <source>Name</source>
      <comment>training run view</comment>
      <translation>ชื่อ - นามสกุล</translation>
    </message>
    <message>
      <location line="-4" />
      <source>Receipt</source>
      <translation>เลขที่ใบเสร็จ</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Waived</source>
      <translation>ยกเว้นค่าธรรมเนียม</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/dashboard_page.py" line="-6" />
      <location filename="../../ui/pages/dual/mous_page.py" line="+0" />
      <location filename="../../ui/pages/training/run_view.py" line="+2" />
      <source>Number</source>
      <translation>เลขที่</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/run_view.py" line="+0" />
      <source>Issued</source>
      <translation>วันที่ออก</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Prints</source>
      <translation>พิมพ์แล้ว (ครั้ง)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/trainees_page.py" line="-16" />
      <source>Name</source>
      <comment>training trainees</comment>
      <translation>ชื่อ - นามสกุล</translation>
    </message>
    <message>
      <location line="+4" />
      <source>{count:,} people</source>
      <comment>training trainees</comment>
      <translation>{count:,} คน</translation>
    </message>
    <message>
      <location line="+19" />
      <source>Search by name, phone or national ID…</source>
      <translation>ค้นหา​ด้วย​ชื่อ เบอร์​โทร หรือ​เลขประจำตัว​ประชาชน…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Walk-in enrolment</source>
      <translation>สมัครหน้างาน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Course history</source>
      <translation>ประวัติการอบรม</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/walkin_form.py" line="+0" />
      <source>Passport (foreigners)</source>
      <translation>หนังสือเดินทาง (ชาวต่างชาติ)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Birth date</source>
      <translation>วันเกิด</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Sex</source>
      <translation>เพศ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Education</source>
      <translation>วุฒิการศึกษา</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Employment</source>
      <translation>สถานะการทำงาน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>PDPA</source>
      <translation>ความยินยอม (PDPA)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/outcomes_page.py" line="-10" />
      <location filename="../../ui/pages/labour/supply_page.py" line="-44" />
      <location filename="../../ui/pages/training/walkin_form.py" line="+6" />
      <source>Employed</source>
      <translation>มีงานทำ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/walkin_form.py" line="+0" />
      <source>Unemployed</source>
      <translation>ว่างงาน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Self-employed</source>
      <translation>ประกอบอาชีพอิสระ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Student</source>
      <translation>นักเรียน/นักศึกษา</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Consents to the college keeping this data for training</source>
      <translation>ยิน​ยอมให้​วิทยาลัย​เก็บ​ข้อมูล​นี้​เพื่อ​การอบรม</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Register and enrol</source>
      <translation>บันทึกและลงทะเบียน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Clear</source>
      <translation>ล้างแบบฟอร์ม</translation>
    </message>
    <message>
      <location line="+7" />
      <source>{free} seats left</source>
      <translation>ว่าง {free} ที่</translation>
    </message>
    <message>
      <location line="+26" />
      <source>Already registered: {name} (#{id}). Saving enrols this record.</source>
      <translation>ลงทะเบียน​ไว้​แล้ว: {name} (รหัส {id}) การ​บันทึก​จะ​ลงทะเบียน​รายการ​เดิม​นี้</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Filled from the ID card: a new trainee.</source>
      <translation>กรอก​ข้อมูล​จาก​บัตรประชาชน​แล้ว: ผู้​เข้า​อบรม​ราย​ใหม่</translation>
    </message>
    <message>
      <location line="+33" />
      <source>Choose a run first.</source>
      <translation>กรุณาเลือกรุ่นก่อน</translation>
    </message>
    <message>
      <location line="+9" />
      <source>{name} enrolled in {run}, seat {n}.</source>
      <translation>{name} ลงทะเบียน​รุ่น {run} แล้ว ที่นั่ง​ที่ {n}</translation>
    </message>
    <message>
      <location line="+2" />
      <source>{name} is number {n} on the waitlist of {run}.</source>
      <translation>{name} อยู่​ใน​ลำดับ​รอ​ที่ว่าง​ที่ {n} ของ​รุ่น {run}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/outcome_dialog.py" line="-29" />
      <source>Survey answer</source>
      <translation>คำตอบแบบสำรวจ</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Works in the field studied</source>
      <translation>ทำงานตรงสาขาที่เรียน</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Status:</source>
      <translation>สถานะ:</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Employer:</source>
      <translation>สถานประกอบการ:</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Industry (TSIC):</source>
      <translation>อุตสาหกรรม (TSIC):</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Occupation (ISCO-08):</source>
      <translation>อาชีพ (ISCO-08):</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Job title:</source>
      <translation>ตำแหน่งงาน:</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Monthly salary (baht):</source>
      <translation>เงินเดือน (บาท):</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Province of work:</source>
      <translation>จังหวัดที่ทำงาน:</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Evidence:</source>
      <translation>หลักฐาน:</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Verified by:</source>
      <translation>ผู้ตรวจสอบ:</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Surveyed on:</source>
      <translation>วันที่สำรวจ:</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Save and next</source>
      <translation>บันทึกแล้วไปคนถัดไป</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/supply_page.py" line="-104" />
      <source>Openings per graduate</source>
      <translation>ตำแหน่งต่อผู้จบ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Change on the year</source>
      <translation>เปลี่ยนจากปีก่อน</translation>
    </message>
    <message>
      <location line="+97" />
      <source>No demand facts yet: import them on the Labour demand page, and map the programmes to occupations.</source>
      <translation>ยัง​ไม่​มี​ข้อมูล​ความต้องการ​แรงงาน: นำ​เข้าที่​หน้า​ความต้องการ​แรงงาน แล้ว​จับคู่​สาขาวิชา​กับ​อาชีพ</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Demand year {year}, {area}: {count} mapped programmes. Graduates are those of the same calendar year in the register.</source>
      <translation>ความต้องการ​ปี {year} {area}: {count} สาขา​ที่​จับคู่​แล้ว ผู้สำเร็จการศึกษา​นับ​จาก​ทะเบียน​ใน​ปี​เดียวกัน</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Final year</source>
      <translation>ปีสุดท้าย</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Openings</source>
      <translation>ตำแหน่งงาน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Per graduate</source>
      <translation>ต่อผู้จบ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Gap</source>
      <translation>ส่วนต่าง</translation>
    </message>
    <message>
      <location line="+33" />
      <source>{indicator}: {value} → score {score}</source>
      <translation>{indicator}: {value} → คะแนน {score}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Occupations used:</source>
      <translation>อาชีพที่ใช้คำนวณ:</translation>
    </message>
    <message>
      <location line="+3" />
      <source>No indicator could be computed (no demand figures or graduates).</source>
      <translation>คำนวณ​ตัว​ชี้​วัด​ไม่​ได้ (ไม่​มี​ตัวเลข​ความต้องการ​หรือ​ผู้สำเร็จการศึกษา)</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Demand year:</source>
      <translation>ปีของข้อมูล:</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Openings a year for this programme's occupations</source>
      <translation>ตำแหน่งงาน​ต่อ​ปี​ของ​อาชีพ​ที่​สาขา​นี้​จับคู่</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Gap or surplus (%)</source>
      <translation>ขาดหรือเกิน (%)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Indicator scores (0–3)</source>
      <translation>คะแนนตัวชี้วัด (0–3)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/labour/__init__.py" line="+4" />
      <source>Supply and demand</source>
      <translation>อุปสงค์–อุปทานแรงงาน</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/calendar_dialog.py" line="+95" />
      <source>Summer {year}</source>
      <translation>ภาคฤดูร้อน {year}</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Semester {key}</source>
      <translation>ภาคเรียนที่ {key}</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Academic calendar</source>
      <translation>ปฏิทินการศึกษา</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Academic year (B.E.)</source>
      <translation>ปีการศึกษา (พ.ศ.)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>First and last teaching day of each term. Unticked terms are left as they are; a term not set yet shows the usual vocational calendar.</source>
      <translation>วัน​เปิด​และ​วัน​ปิด​ภาคเรียน​ของ​แต่ละ​ภาค ภาค​ที่​ไม่​ได้​เลือก​จะ​ไม่​ถูก​เปลี่ยน ภาค​ที่​ยัง​ไม่​ได้​กำหนด​จะ​แสดง​วัน​ตาม​ปฏิทิน​อาชีวศึกษา​ทั่วไป</translation>
    </message>
    <message>
      <location filename="../../ui/models/damaged.py" line="+50" />
      <source>This record holds a value that cannot be read (a disk fault or an edit outside VocDesk). Run “vocdesk check” and restore a backup if needed.</source>
      <translation>ระเบียน​นี้​มี​ค่าที่​อ่าน​ไม่​ได้ (ดิสก์​เสียหาย​หรือ​ถูก​แก้ไข​นอก VocDesk) ให้​รัน “vocdesk check” และ​กู้​คืน​จาก​ข้อมูล​สำรอง​ถ้า​จำเป็น</translation>
    </message>
    <message>
      <location line="+2" />
      <source>⚠ damaged record</source>
      <translation>⚠ ข้อมูลเสียหาย</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/purchase_edit.py" line="+22" />
      <source>Correct a purchase</source>
      <translation>แก้ไขการจัดซื้อ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/stocktake_close.py" line="+22" />
      <source>Close the stock-take</source>
      <translation>ปิดการตรวจนับพัสดุ</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Move items found elsewhere to where they were found on the register</source>
      <translation>ย้าย​สถานที่​ใน​ทะเบียน​ของ​รายการ​ที่​พบ​ต่าง​สถานที่​ไป​ยัง​ที่​ที่​พบ</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Closed on</source>
      <translation>วันที่ปิด</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Close the count</source>
      <translation>ปิดการตรวจนับ</translation>
    </message>
    <message>
      <location line="+5" />
      <source>closed on</source>
      <translation>วันที่ปิด</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/programme_names.py" line="+39" />
      <source>{level} · curriculum of {year}</source>
      <translation>{level} · หลักสูตรปี {year}</translation>
    </message>
    <message>
      <location line="+17" />
      <source>Programme name and code</source>
      <translation>ชื่อและรหัสสาขาวิชา</translation>
    </message>
    <message>
      <location line="+1" />
      <source>empty until OVEC confirms it</source>
      <translation>เว้นว่างจนกว่า สอศ. จะยืนยัน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>OVEC code (5 digits)</source>
      <translation>รหัส สอศ. (5 หลัก)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Major (Thai)</source>
      <translation>สาขาวิชา (ไทย)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Major (English)</source>
      <translation>สาขาวิชา (อังกฤษ)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Minor (Thai)</source>
      <translation>สาขางาน (ไทย)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/risk_settings.py" line="+62" />
      <source>Dropout-risk thresholds</source>
      <translation>เกณฑ์ความเสี่ยงการออกกลางคัน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>A learner is flagged when a rule below fires (missing data never fires a rule). The defaults are starting points for the college to review.</source>
      <translation>ผู้เรียน​จะ​ถูก​ทำเครื่องหมาย​เมื่อ​เข้าเกณฑ์​ข้อ​ใด​ข้อ​หนึ่ง​ด้านล่าง (ข้อมูล​ที่​ไม่​ได้​บันทึก​จะ​ไม่​ทำให้​เข้าเกณฑ์) ค่า​เริ่มต้น​เป็น​เพียง​จุดเริ่มต้น​ให้​วิทยาลัย​ทบทวน</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Attendance below</source>
      <translation>เวลาเรียนต่ำกว่า</translation>
    </message>
    <message>
      <location line="+0" />
      <source>GPAX below</source>
      <translation>เกรดเฉลี่ยสะสมต่ำกว่า</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Household income below (baht a month, no support)</source>
      <translation>รายได้​ครัวเรือน​ต่ำกว่า (บาท​ต่อ​เดือน ไม่​มี​ทุน)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Suspensions more than</source>
      <translation>ถูกพักการเรียนเกิน (ครั้ง)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>High risk from a score of</source>
      <translation>เสี่ยงสูงเมื่อคะแนนตั้งแต่</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/teaching_dialogs.py" line="-7" />
      <source>Qualification of {name}</source>
      <translation>คุณวุฒิของ {name}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Degree</source>
      <translation>วุฒิการศึกษา</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Occupational certificate (TPQI)</source>
      <translation>คุณวุฒิวิชาชีพ (สคช.)</translation>
    </message>
    <message>
      <location line="+2" />
      <source>e.g. ครุศาสตร์อุตสาหกรรมบัณฑิต (ไฟฟ้า)</source>
      <translation>เช่น ครุศาสตร์​อุตสาหกรรม​บัณฑิต (ไฟฟ้า)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>TPQI level</source>
      <translation>ระดับคุณวุฒิวิชาชีพ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Issued by</source>
      <translation>ออกโดย</translation>
    </message>
    <message>
      <location line="+34" />
      <source>Teaching of {name}</source>
      <translation>รายวิชาที่สอนของ {name}</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Semester (e.g. 1/2569)</source>
      <translation>ภาคเรียน (เช่น 1/2569)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Subject code</source>
      <translation>รหัสวิชา</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Subject name</source>
      <translation>ชื่อวิชา</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Hours a week</source>
      <translation>ชั่วโมงต่อสัปดาห์</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/plan_dialogs.py" line="-12" />
      <source>Add a plan task</source>
      <translation>เพิ่มงานในแผนการฝึก</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Edit a plan task</source>
      <translation>แก้ไขงานในแผนการฝึก</translation>
    </message>
    <message>
      <location line="+11" />
      <location filename="../../ui/pages/dual/plans_page.py" line="-20" />
      <location line="+20" />
      <source>Main task</source>
      <translation>งานหลัก</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/dual/plans_page.py" line="-20" />
      <location line="+20" />
      <source>Sub-task</source>
      <translation>งานย่อย</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Target level (1-5)</source>
      <translation>ระดับสมรรถนะเป้าหมาย (1-5)</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/dual/plans_page.py" line="-20" />
      <source>Course codes</source>
      <translation>รหัสวิชา</translation>
    </message>
    <message>
      <location line="+26" />
      <source>Remove a plan task</source>
      <translation>ลบงานออกจากแผนการฝึก</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Remove</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Remove “{main_task} – {sub_task}” (semester {semester}, {hours} hours) from the plan?</source>
      <comment>dual plans</comment>
      <translation>ลบ “{main_task} – {sub_task}” (ภาคเรียน​ที่ {semester}, {hours} ชั่วโมง) ออกจาก​แผนการ​ฝึก​หรือไม่</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/plans_page.py" line="+6" />
      <source>{count} sub-tasks, {value:,} hours</source>
      <comment>dual plans</comment>
      <translation>แผนการ​ฝึก {count} งาน​ย่อย รวม {value:,} ชั่วโมง</translation>
    </message>
    <message>
      <location line="+10" />
      <source>{covered_hours:,} of {planned_hours:,} planned hours covered · {count} sub-tasks not yet covered</source>
      <comment>dual plans</comment>
      <translation>ฝึก​แล้ว​ตาม​แผน {covered_hours:,} จาก {planned_hours:,} ชั่วโมง · ยัง​ไม่​ครอบคลุม {count} งาน​ย่อย</translation>
    </message>
    <message>
      <location line="+46" />
      <source>Add a task…</source>
      <translation>เพิ่มงาน…</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Remove…</source>
      <translation>ลบ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Move up</source>
      <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Move down</source>
      <translation>เลื่อนลง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="-7" />
      <source>Training plans</source>
      <translation>แผนการฝึกอาชีพ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/common.py" line="+25" />
      <source>open-ended</source>
      <comment>dual common</comment>
      <translation>ไม่มีกำหนด</translation>
    </message>
    <message>
      <location line="+46" />
      <source>and {count} more</source>
      <comment>dual common</comment>
      <translation>และอีก {count} รายการ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/intake_card.py" line="+48" />
      <source>The owner's name, national ID and address were filled from the ID card.</source>
      <translation>กรอก​ชื่อ เลขประจำตัว​ประชาชน และ​ที่อยู่​ของ​เจ้าของ​จาก​บัตรประชาชน​แล้ว</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/intake_page.py" line="+0" />
      <location filename="../../ui/pages/community/jobs_page.py" line="+0" />
      <source>Job number</source>
      <translation>เลขที่งาน</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/community/jobs_page.py" line="+0" />
      <source>Owner</source>
      <translation>เจ้าของ</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/community/jobs_page.py" line="+1" />
      <source>Problem told</source>
      <translation>อาการเสีย</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/community/jobs_page.py" line="+0" />
      <source>Repair step</source>
      <translation>ขั้นตอน</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Pick the service point and the day first.</source>
      <translation>เลือกจุดบริการและวันที่ก่อน</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Saved as {label}. Print the claim slip from the job list.</source>
      <translation>บันทึก​แล้ว เลขที่​งาน {label} พิมพ์​ใบ​รับงาน​ได้​จาก​หน้า​งาน​ซ่อม</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Not saved: {reason}</source>
      <translation>ยังไม่ได้บันทึก: {reason}</translation>
    </message>
    <message>
      <location line="+15" />
      <source>Service point</source>
      <translation>จุดบริการ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Received on</source>
      <translation>วันที่รับ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/__init__.py" line="-2" />
      <source>Repair intake</source>
      <translation>รับงานซ่อม</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/job_lookup.py" line="+33" />
      <source>Scan the claim slip or type a job number, then Enter</source>
      <translation>สแกน​ใบ​รับงาน​หรือ​พิมพ์​เลขที่​งาน</translation>
    </message>
    <message>
      <location line="+14" />
      <source>, returned {day}</source>
      <translation> ส่งคืนเมื่อ {day}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/job_work.py" line="-3" />
      <source>Part used</source>
      <translation>อะไหล่ที่ใช้</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Cost (฿)</source>
      <translation>ราคา (บาท)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add part</source>
      <translation>เพิ่มอะไหล่</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Minutes</source>
      <translation>นาที</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add minutes</source>
      <translation>บันทึกเวลา</translation>
    </message>
    <message>
      <location line="+19" />
      <source>{label}: parts ฿{spent} of ฿{allowance}</source>
      <translation>{label}: ค่า​อะไหล่ {spent} บาท จาก​วงเงิน {allowance} บาท</translation>
    </message>
    <message>
      <location line="+14" />
      <source>{label}: {minutes} minutes for {code}</source>
      <translation>{label}: บันทึก​เวลา {minutes} นาที​ให้ {code}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/shifts_page.py" line="-67" />
      <source>{time} (next day)</source>
      <comment>a shift's end</comment>
      <translation>{time} (วันถัดไป)</translation>
    </message>
    <message>
      <location line="+67" />
      <source>Day</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <location line="+0" />
      <source>On duty now</source>
      <translation>กำลังปฏิบัติงาน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Served</source>
      <translation>ปฏิบัติงานแล้ว (คน)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Services given</source>
      <translation>บริการที่ให้ (ครั้ง)</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Give the day and the times as HH:MM.</source>
      <translation>ระบุวันที่และเวลาแบบ ชช:นน</translation>
    </message>
    <message>
      <location line="+10" />
      <source>Pick a shift, type a student code and the time as HH:MM.</source>
      <translation>เลือก​ผลัด พิมพ์​รหัส​นักศึกษา และ​เวลา​แบบ ชช:นน</translation>
    </message>
    <message>
      <location line="+9" />
      <source>{code} recorded at {at}</source>
      <translation>บันทึก {code} เวลา {at} แล้ว</translation>
    </message>
    <message>
      <location line="+15" />
      <source>From HH:MM</source>
      <translation>เริ่ม ชช:นน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>To HH:MM</source>
      <translation>ถึง ชช:นน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add shift</source>
      <translation>เพิ่มผลัด</translation>
    </message>
    <message>
      <location line="+2" />
      <source>HH:MM</source>
      <translation>ชช:นน</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Check in to the shift</source>
      <translation>ลงชื่อเข้าผลัด</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Check out of the shift</source>
      <translation>ลงชื่อออกจากผลัด</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/__init__.py" line="+5" />
      <source>Volunteer shifts</source>
      <translation>ผลัดอาชีวะอาสา</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/book_dialog.py" line="-15" />
      <source>Book {room}</source>
      <translation>จอง {room}</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Request from an outside body (needs approval)</source>
      <translation>คำขอ​จาก​หน่วยงาน​ภายนอก (ต้อง​รอ​อนุมัติ)</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Skip the clashing dates and book the rest</source>
      <translation>ข้ามวันที่ชนและจองวันที่เหลือ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>When</source>
      <translation>เมื่อ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/common.py" line="-13" />
      <source>Classroom</source>
      <translation>ห้องเรียน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Workshop</source>
      <translation>โรงฝึกงาน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Laboratory</source>
      <translation>ห้องปฏิบัติการ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Hall</source>
      <translation>ห้องประชุม</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Outdoor area</source>
      <translation>ลานกลางแจ้ง</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Store</source>
      <translation>ห้องพัสดุ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Office</source>
      <translation>สำนักงาน</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Timetable lesson</source>
      <translation>คาบเรียนตามตาราง</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Booking</source>
      <translation>การจอง</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Outside bookable hours</source>
      <translation>นอกเวลาที่จองได้</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Too few seats</source>
      <translation>ที่นั่งไม่พอ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Equipment missing</source>
      <translation>อุปกรณ์ไม่พอ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/facilities_dialogs.py" line="-29" />
      <source>Facility {code}</source>
      <translation>สถานที่ {code}</translation>
    </message>
    <message>
      <location line="+14" />
      <source>min</source>
      <translation>นาที</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Open for booking</source>
      <translation>เปิดให้จอง</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Empty hours = bookable at any time. Days: mon tue wed thu fri sat sun.</source>
      <translation>เว้น​ว่าง = จอง​ได้​ทุกเวลา ชื่อ​วัน: mon tue wed thu fri sat sun (จันทร์–อาทิตย์)</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Set-up before</source>
      <translation>เวลาเตรียมก่อนใช้</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Cleaning after</source>
      <translation>เวลาเก็บกวาดหลังใช้</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/training/facilities_page.py" line="+0" />
      <source>Bookable hours</source>
      <translation>เวลาที่จองได้</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Approves outside requests</source>
      <translation>ผู้อนุมัติคำขอจากภายนอก</translation>
    </message>
    <message>
      <location line="+17" />
      <source>Add closure</source>
      <translation>เพิ่มวันปิดทำการ</translation>
    </message>
    <message>
      <location line="+28" />
      <source>Add a day off</source>
      <translation>เพิ่มวันหยุดของวิทยาลัย</translation>
    </message>
    <message>
      <location line="+5" />
      <location line="+9" />
      <location filename="../../ui/pages/training/facilities_page.py" line="+28" />
      <source>Holiday</source>
      <translation>วันหยุด</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/facilities_page.py" line="-29" />
      <location filename="../../ui/pages/training/finder_page.py" line="-47" />
      <source>Place name</source>
      <translation>ชื่อสถานที่</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Bookable</source>
      <translation>จองได้</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Buffer (min)</source>
      <translation>กันเวลา (นาที)</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Yes</source>
      <translation>ได้</translation>
    </message>
    <message>
      <location line="+0" />
      <source>No</source>
      <translation>ไม่ได้</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Any time</source>
      <translation>ทุกเวลา</translation>
    </message>
    <message>
      <location line="+13" />
      <source>{count} places, {bookable} open for booking</source>
      <translation>สถานที่ {count} แห่ง เปิด​ให้​จอง {bookable} แห่ง</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Public holiday</source>
      <translation>วันหยุดราชการ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>College day off</source>
      <translation>วันหยุดของวิทยาลัย</translation>
    </message>
    <message>
      <location line="+1" />
      <source>College works this day</source>
      <translation>วิทยาลัยเปิดทำการ</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/training/finder_page.py" line="+25" />
      <source>Day</source>
      <comment>of the week</comment>
      <translation>วัน</translation>
    </message>
    <message>
      <location line="+20" />
      <source>Work on this day</source>
      <translation>เปิดทำการวันนี้</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Undo the college's change</source>
      <translation>กลับไปใช้ปฏิทินราชการ</translation>
    </message>
    <message>
      <location line="+47" />
      <source>Edit facility…</source>
      <translation>แก้ไขสถานที่…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>College closures</source>
      <translation>วันปิดทำการของวิทยาลัย</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add closure…</source>
      <translation>เพิ่มวันปิดทำการ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Remove closure</source>
      <translation>ลบวันปิดทำการ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Holidays</source>
      <translation>วันหยุด</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Year (B.E.)</source>
      <translation>ปี พ.ศ.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Add a day off…</source>
      <translation>เพิ่มวันหยุด…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/finder_page.py" line="-70" />
      <location line="+92" />
      <source>Weekdays</source>
      <translation>วัน</translation>
    </message>
    <message>
      <location line="-88" />
      <location line="+88" />
      <source>Until</source>
      <translation>ถึงเวลา</translation>
    </message>
    <message>
      <location line="-55" />
      <source>{occurrences} occurrences · {free} of {rooms} facilities free on every one</source>
      <translation>{occurrences} ครั้ง · ว่าง​ทุกครั้ง {free} จาก {rooms} แห่ง</translation>
    </message>
    <message>
      <location line="+4" />
      <source>left out (holidays, closures)</source>
      <translation>ไม่นับ (วันหยุด วันปิดทำการ)</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Answer</source>
      <translation>ผล</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Available</source>
      <translation>ว่าง</translation>
    </message>
    <message>
      <location line="+0" />
      <source>{count} clashes</source>
      <translation>ชน {count} รายการ</translation>
    </message>
    <message>
      <location line="+23" />
      <source>Clash</source>
      <translation>ชนกับ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>What</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <location line="+27" />
      <source>Any kind</source>
      <translation>ทุกประเภท</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Equipment needed: asset category code = items, separated by commas</source>
      <translation>ครุภัณฑ์​ที่​ต้อง​ใช้: รหัส​ประเภท​ครุภัณฑ์ = จำนวน คั่น​ด้วย​จุลภาค</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Find free facilities</source>
      <translation>ค้นหาสถานที่ว่าง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Book…</source>
      <translation>จอง…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/__init__.py" line="-2" />
      <source>Spare-room finder</source>
      <translation>ค้นหาห้องว่าง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/timetable_dialog.py" line="-28" />
      <source>Import timetable</source>
      <translation>นำเข้าตารางเรียน</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Browse…</source>
      <translation>เลือกแฟ้ม…</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Create rooms the file names but the college does not have yet</source>
      <translation>สร้าง​ห้อง​ที่​มี​ใน​แฟ้ม​แต่​ยัง​ไม่​มี​ใน​วิทยาลัย</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Check file</source>
      <translation>ตรวจแฟ้ม</translation>
    </message>
    <message>
      <location line="+16" />
      <source>Term</source>
      <translation>ภาคเรียน</translation>
    </message>
    <message>
      <location line="+10" />
      <source>Set the term first: vocdesk term set 2/2569 --from … --to …</source>
      <translation>ต้อง​ตั้ง​ภาคเรียน​ก่อน: vocdesk term set 2/2569 --from … --to …</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Timetable file</source>
      <translation>แฟ้มตารางเรียน</translation>
    </message>
    <message>
      <location line="+32" />
      <source>Imported: the term's timetable now has {lessons} lessons.</source>
      <translation>นำเข้า​แล้ว: ตารางเรียน​ของ​ภาคเรียน​นี้​มี {lessons} คาบ</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Nothing imported: {errors} errors to fix in the file.</source>
      <translation>ไม่​ได้​นำเข้า: ต้อง​แก้ไข​แฟ้ม {errors} ข้อผิดพลาด</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Ready to import: {lessons} lessons.</source>
      <translation>พร้อมนำเข้า: {lessons} คาบ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>{rows} rows · {added} lessons added, {removed} removed, {unchanged} unchanged</source>
      <translation>{rows} แถว · เพิ่ม {added} คาบ ลบ {removed} คาบ คงเดิม {unchanged} คาบ</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Rooms not in the college</source>
      <translation>ห้องที่ยังไม่มีในวิทยาลัย</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/week_page.py" line="+144" />
      <source>Export calendar</source>
      <translation>ส่งออกปฏิทิน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>iCalendar file (*.ics)</source>
      <translation>แฟ้มปฏิทิน iCalendar (*.ics)</translation>
    </message>
    <message>
      <location line="+17" />
      <source>{count} bookings written to the calendar file</source>
      <translation>เขียน​การ​จอง {count} รายการ​ลง​แฟ้ม​ปฏิทิน​แล้ว</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Export calendar…</source>
      <translation>ส่งออกปฏิทิน…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Import timetable…</source>
      <translation>นำเข้าตารางเรียน…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>◀ Previous week</source>
      <translation>◀ สัปดาห์ก่อน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>This week</source>
      <translation>สัปดาห์นี้</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Next week ▶</source>
      <translation>สัปดาห์ถัดไป ▶</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Timetable</source>
      <translation>ตารางเรียน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Booked</source>
      <translation>จองแล้ว</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Awaiting approval</source>
      <translation>รออนุมัติ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Grey days are holidays or closures; point at a block for its group and teacher.</source>
      <translation>วัน​สีเทา​คือ​วันหยุด​หรือ​วัน​ปิด​ทำการ ชี้​ที่​ช่อง​เพื่อ​ดู​กลุ่ม​เรียน​และ​ครูผู้สอน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/training/__init__.py" line="-2" />
      <source>Facility week</source>
      <translation>ตารางใช้สถานที่</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_wizard_pages.py" line="-173" />
      <source>Regional dual centres' responses</source>
      <translation>ผล​การ​ติดตาม​จาก​ศูนย์​อาชีวศึกษา​ทวิภาคี</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/register_page.py" line="-3" />
      <source>Workload</source>
      <translation>ภาระงาน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/enterprises_page.py" line="+76" />
      <source>Tax evidence pack…</source>
      <translation>ชุดหลักฐานภาษี…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/risk_page.py" line="+6" />
      <source>Hand-offs to the regional dual centres (made and answered on the regional centres screen)</source>
      <translation>การ​ส่งต่อ​ศูนย์​อาชีวศึกษา​ทวิภาคี​เขต​พื้นที่ (ส่งต่อ​และ​บันทึก​ผล​ที่​หน้า​ศูนย์​ทวิภาคี​เขต​พื้นที่)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/signed_dialogs.py" line="-92" />
      <source>Make and sign</source>
      <translation>สร้างและลงลายมือชื่อ</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Choose…</source>
      <translation>เลือก…</translation>
    </message>
    <message>
      <location line="+14" />
      <source>Save as</source>
      <translation>บันทึกเป็น</translation>
    </message>
    <message>
      <location line="+20" />
      <source>Choose where to save the package</source>
      <translation>เลือกที่บันทึกแฟ้ม</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Hand off to a regional dual centre</source>
      <translation>ส่งต่อ​ศูนย์​อาชีวศึกษา​ทวิภาคี​เขต​พื้นที่</translation>
    </message>
    <message>
      <location line="+13" />
      <source>Add a regional centre first</source>
      <translation>เพิ่ม​ศูนย์​ทวิภาคี​เขต​พื้นที่​ก่อน</translation>
    </message>
    <message>
      <location line="+23" />
      <source>Tax evidence pack</source>
      <translation>ชุด​หลักฐาน​ประกอบ​การลดหย่อน​ภาษี</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Tax year (B.E.)</source>
      <translation>ปีภาษี (พ.ศ.)</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Add an enterprise first</source>
      <translation>เพิ่มสถานประกอบการก่อน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/plan_progress.py" line="+0" />
      <source>Not started</source>
      <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
      <location line="+0" />
      <source>In progress</source>
      <translation>กำลังฝึก</translation>
    </message>
    <message>
      <location line="+16" />
      <source>Plan semester</source>
      <translation>ภาคเรียนตามแผน</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/dual/plan_task_picker.py" line="+39" />
      <source>Task</source>
      <translation>งาน</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/dual/plan_task_picker.py" line="+0" />
      <source>Planned hours</source>
      <translation>ชั่วโมงตามแผน</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/dual/plan_task_picker.py" line="+0" />
      <source>Logged hours</source>
      <translation>ชั่วโมงที่บันทึก</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Weeks</source>
      <translation>สัปดาห์</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Training plan: {done} of {count} sub-tasks done; type a week's as #number=hours in Plan sub-tasks</source>
      <translation>แผนการ​ฝึก: ฝึก​ครบ {done} จาก {count} งาน ใส่​งาน​ของ​สัปดาห์​เป็น #รหัส=ชั่วโมง ใน​ช่อง​งาน​ตาม​แผน</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Training plan: the placement trains no semester of its programme's plan yet</source>
      <translation>แผนการ​ฝึก: การ​ฝึก​นี้​ยัง​ไม่​ได้​กำหนด​ภาคเรียน​ของ​แผนการ​ฝึก​ของ​สาขาวิชา</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/centres_page.py" line="-50" />
      <source>Change a regional centre</source>
      <translation>แก้ไขศูนย์ทวิภาคีเขตพื้นที่</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Add a regional centre</source>
      <translation>เพิ่มศูนย์ทวิภาคีเขตพื้นที่</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Province names, separated by commas</source>
      <translation>ชื่อจังหวัด คั่นด้วยจุลภาค</translation>
    </message>
    <message>
      <location line="+2" />
      <source>The centre's public key (package ovec-keygen); empty keeps it</source>
      <translation>กุญแจ​สาธารณะ​ของ​ศูนย์ (package ovec-keygen) เว้น​ว่าง​ไว้​เพื่อ​ใช้​กุญแจ​เดิม</translation>
    </message>
    <message>
      <location line="+2" />
      <location line="+42" />
      <source>Name</source>
      <comment>dual centres</comment>
      <translation>ชื่อศูนย์</translation>
    </message>
    <message>
      <location line="-41" />
      <location line="+41" />
      <source>Host college</source>
      <translation>สถานศึกษาที่ตั้งศูนย์</translation>
    </message>
    <message>
      <location line="-41" />
      <location line="+41" />
      <source>Provinces</source>
      <translation>จังหวัด</translation>
    </message>
    <message>
      <location line="-40" />
      <source>Public key</source>
      <translation>กุญแจสาธารณะ</translation>
    </message>
    <message>
      <location line="+42" />
      <source>{count} regional centre(s)</source>
      <comment>dual centres</comment>
      <translation>{count} ศูนย์</translation>
    </message>
    <message>
      <location line="+31" />
      <source>New centre…</source>
      <translation>เพิ่มศูนย์…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Change centre…</source>
      <translation>แก้ไขศูนย์…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Hand off at-risk learners…</source>
      <translation>ส่งต่อผู้เรียนที่ต้องติดตาม…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Import the centre's responses…</source>
      <translation>นำเข้าผลการติดตามจากศูนย์…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/__init__.py" line="+11" />
      <source>Regional dual centres</source>
      <translation>ศูนย์ทวิภาคีเขตพื้นที่</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/staffing_page.py" line="-206" />
      <location filename="../../ui/pages/teachers/workload_tab.py" line="-7" />
      <source>not shown</source>
      <translation>ไม่แสดง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/workload_tab.py" line="+6" />
      <source>Teaching hours a week</source>
      <translation>ชั่วโมงสอนต่อสัปดาห์</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Subjects</source>
      <translation>รายวิชา</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/staffing_page.py" line="+186" />
      <location filename="../../ui/pages/teachers/workload_tab.py" line="+1" />
      <source>Visit hours</source>
      <translation>ชั่วโมงนิเทศ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/workload_tab.py" line="+3" />
      <source>Supervision visits of the dual system count as workload: {hours} hours in all semesters</source>
      <translation>การ​นิเทศ​นักศึกษา​ระบบ​ทวิภาคี​นับ​เป็น​ภาระ​งาน: รวม {hours} ชั่วโมง​ทุก​ภาคเรียน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/staffing_page.py" line="-5" />
      <location filename="../../ui/pages/teachers/workload_tab.py" line="+2" />
      <source>Supervision visits are not shown to this role</source>
      <translation>บทบาทนี้ไม่แสดงการนิเทศ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dual/plan_task_picker.py" line="-4" />
      <source>Plan sub-tasks done this week</source>
      <translation>งานตามแผนที่ฝึกในสัปดาห์นี้</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Hours this week</source>
      <translation>ชั่วโมงสัปดาห์นี้</translation>
    </message>
    <message>
      <location line="+40" />
      <source>{hours} of the week's {week} hours given to plan sub-tasks</source>
      <translation>ลง​งาน​ตาม​แผน​แล้ว {hours} จาก {week} ชั่วโมง​ของ​สัปดาห์</translation>
    </message>
  </context>
</TS>
