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
      <location line="+25" />
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
      <location filename="../../ui/pages/community/points_page.py" line="+50" />
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
      <location filename="../../ui/dialogs/users_forms.py" line="+58" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+51" />
      <location filename="../../ui/pages/learners/form.py" line="+64" />
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_wizard.py" line="-7" />
      <location filename="../../ui/dialogs/import_wizard_pages.py" line="+99" />
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
      <location filename="../../ui/dialogs/users_forms.py" line="+1" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <location filename="../../ui/pages/learners/form.py" line="+1" />
      <location filename="../../ui/pages/packages/dialogs.py" line="+41" />
      <location filename="../../ui/progress.py" line="+29" />
      <location filename="../../ui/widgets/idcard_diff.py" line="+59" />
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <location line="+2" />
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
      <location filename="../../ui/widgets/export_action.py" line="+75" />
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
      <location filename="../../ui/main_window.py" line="+169" />
      <source>Signed in: {name} ({role})</source>
      <translation>ผู้ใช้: {name} ({role})</translation>
    </message>
    <message>
      <location line="+145" />
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
      <location filename="../../ui/dialogs/import_wizard_pages.py" line="-60" />
      <location filename="../../ui/pages/core/home_page.py" line="+83" />
      <location filename="../../ui/pages/learners/register_page.py" line="+177" />
      <source>Learners</source>
      <translation>นักเรียนนักศึกษา</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/core/home_page.py" line="+0" />
      <location filename="../../ui/pages/teachers/register_page.py" line="+353" />
      <source>Teachers and staff</source>
      <translation>ครูและบุคลากร</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Equipment</source>
      <translation>ครุภัณฑ์</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Purchases (procurement lines)</source>
      <translation>รายการจัดซื้อ (ตามใบสั่งซื้อ)</translation>
    </message>
    <message>
      <location line="+34" />
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
      <location line="+39" />
      <source>Column</source>
      <translation>คอลัมน์</translation>
    </message>
    <message>
      <location line="-39" />
      <source>Header in the file</source>
      <translation>หัวคอลัมน์ในไฟล์</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Imported as</source>
      <translation>นำเข้าเป็น</translation>
    </message>
    <message>
      <location line="+11" />
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
      <location line="+1" />
      <source>Row</source>
      <translation>แถว</translation>
    </message>
    <message>
      <location line="-1" />
      <location filename="../../ui/pages/learners/detail.py" line="+143" />
      <location filename="../../ui/pages/teachers/staffing_dialogs.py" line="+239" />
      <source>Level</source>
      <translation>ระดับ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Problem</source>
      <translation>ปัญหา</translation>
    </message>
    <message>
      <location line="+1" />
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
      <location line="+1" />
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
      <source>Error</source>
      <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
      <location line="+0" />
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
      <location filename="../../ui/pages/teachers/staffing_page.py" line="+188" />
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
      <location filename="../../ui/pages/equipment/grants_page.py" line="+211" />
      <source>Total</source>
      <translation>รวม</translation>
    </message>
    <message>
      <location line="+19" />
      <source>Home</source>
      <translation>หน้าหลัก</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/register_page.py" line="-35" />
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
      <location filename="../../ui/widgets/national_id_edit.py" line="+86" />
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
      <location filename="../../ui/main_window.py" line="-280" />
      <source>Opening the database…</source>
      <translation>กำลังเปิดฐานข้อมูล…</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="+297" />
      <source>VocDesk could not start. The details are in the log file.</source>
      <translation>VocDesk เริ่ม​ทำงาน​ไม่​ได้ รายละเอียด​อยู่​ใน​แฟ้ม​บันทึก (log)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/login.py" line="+32" />
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
      <source>Equipment officer</source>
      <translation>เจ้าหน้าที่พัสดุ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Training staff</source>
      <translation>เจ้าหน้าที่ศูนย์ฝึกอบรม</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Executive</source>
      <translation>ผู้บริหาร</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Auditor</source>
      <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
      <location line="+48" />
      <source>Try again in {minutes} min.</source>
      <translation>ลอง​ใหม่​ได้​ใน​อีก {minutes} นาที</translation>
    </message>
    <message>
      <location line="+10" />
      <source>Create the administrator</source>
      <translation>สร้างบัญชีผู้ดูแลระบบ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Sign in</source>
      <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
      <location line="+7" />
      <location filename="../../ui/dialogs/users_forms.py" line="+60" />
      <source>User name</source>
      <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
      <location line="+2" />
      <location filename="../../ui/dialogs/users_forms.py" line="+1" />
      <source>Full name</source>
      <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
      <location line="+5" />
      <location line="+50" />
      <source>Password</source>
      <translation>รหัสผ่าน</translation>
    </message>
    <message>
      <location line="-48" />
      <location filename="../../ui/dialogs/users_forms.py" line="+3" />
      <location line="+22" />
      <source>Password again</source>
      <translation>รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Sign in as another user</source>
      <translation>เข้าสู่ระบบเป็นผู้ใช้อื่น</translation>
    </message>
    <message>
      <location line="+42" />
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
      <location filename="../../ui/widgets/export_action.py" line="-19" />
      <source>Export to Excel…</source>
      <translation>ส่งออก Excel…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/register_page.py" line="-246" />
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
      <source>English name</source>
      <translation>ชื่ออังกฤษ</translation>
    </message>
    <message>
      <location line="+0" />
      <location line="+134" />
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <location line="-132" />
      <source>Contact</source>
      <translation>ติดต่อ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Industry experience</source>
      <translation>ประสบการณ์ในสถานประกอบการ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Qualifications</source>
      <translation>คุณวุฒิ</translation>
    </message>
    <message>
      <location line="+28" />
      <source>Funding</source>
      <translation>แหล่งงบ</translation>
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
      <source>Dates</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Certificate</source>
      <translation>เลขที่วุฒิบัตร</translation>
    </message>
    <message>
      <location line="+68" />
      <source>All positions</source>
      <translation>ทุกตำแหน่ง</translation>
    </message>
    <message>
      <location line="+24" />
      <location line="+108" />
      <source>All departments</source>
      <translation>ทุกแผนกวิชา</translation>
    </message>
    <message>
      <location line="-22" />
      <location filename="../../ui/widgets/export_action.py" line="+18" />
      <source>Export to Excel</source>
      <translation>ส่งออกเป็น Excel</translation>
    </message>
    <message>
      <location line="+13" />
      <source>Search by name or national ID…</source>
      <translation>ค้นหา​ชื่อ นามสกุล หรือ​เลขประจำตัว​ประชาชน…</translation>
    </message>
    <message>
      <location line="+3" />
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
      <location filename="../../ui/widgets/export_action.py" line="+21" />
      <source>Exporting to Excel…</source>
      <translation>กำลังส่งออกเป็น Excel…</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Exported {n} rows to {path}</source>
      <translation>ส่งออก {n} แถวไปที่ {path}</translation>
    </message>
    <message>
      <location filename="../../ui/session.py" line="+186" />
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
      <location filename="../../ui/dialogs/users_forms.py" line="-33" />
      <source>Add a user</source>
      <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
      <location line="+9" />
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Initial password</source>
      <translation>รหัสผ่านเริ่มต้น</translation>
    </message>
    <message>
      <location line="+17" />
      <source>Reset the password</source>
      <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
      <location line="+4" />
      <location line="+20" />
      <source>User</source>
      <translation>ผู้ใช้</translation>
    </message>
    <message>
      <location line="-19" />
      <source>New password</source>
      <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
      <location line="+16" />
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
      <location filename="../../ui/pages/equipment/assets_detail.py" line="+76" />
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
      <location line="+3" />
      <location filename="../../ui/pages/equipment/grants_page.py" line="-22" />
      <location filename="../../ui/pages/learners/detail.py" line="-1" />
      <location filename="../../ui/pages/learners/dialogs.py" line="+120" />
      <source>Date</source>
      <translation>วันที่</translation>
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
      <location filename="../../ui/pages/equipment/assets_detail.py" line="+0" />
      <location filename="../../ui/pages/equipment/grants_page.py" line="+21" />
      <location filename="../../ui/pages/learners/detail.py" line="-2" />
      <location line="+2" />
      <location filename="../../ui/pages/learners/dialogs.py" line="+41" />
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <location line="+0" />
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
      <location filename="../../ui/pages/community/shifts_page.py" line="+95" />
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
      <location line="+1" />
      <source>Check in to the shift</source>
      <translation>ลงชื่อเข้าผลัด</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Check out of the shift</source>
      <translation>ลงชื่อออกจากผลัด</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_dialogs.py" line="-42" />
      <source>Check out</source>
      <translation>ให้ยืมครุภัณฑ์</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/shifts_page.py" line="+5" />
      <source>Volunteer shifts</source>
      <translation>ผลัดอาชีวะอาสา</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/assets_dialogs.py" line="+8" />
      <location line="+32" />
      <source>Item</source>
      <translation>ครุภัณฑ์</translation>
    </message>
    <message>
      <location line="-31" />
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
      <location filename="../../ui/pages/learners/dialogs.py" line="-81" />
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
      <location filename="../../ui/pages/equipment/assets_page.py" line="+163" />
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
      <location line="+70" />
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
      <location line="+10" />
      <location filename="../../ui/pages/equipment/grants_page.py" line="-24" />
      <source>Assets</source>
      <translation>ครุภัณฑ์</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+48" />
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
      <location filename="../../ui/pages/equipment/grants_page.py" line="-63" />
      <location filename="../../ui/pages/learners/ai_coverage_page.py" line="+100" />
      <location filename="../../ui/pages/learners/dashboard_page.py" line="+167" />
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
      <location line="+1" />
      <source>Amount (baht)</source>
      <translation>วงเงิน (บาท)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/hours_page.py" line="+0" />
      <source>Learners who served</source>
      <translation>ผู้เรียนที่ให้บริการ (คน)</translation>
    </message>
    <message>
      <location line="+16" />
      <location filename="../../ui/pages/community/shifts_page.py" line="-58" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <source>From</source>
      <translation>เริ่ม</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/community/shifts_page.py" line="+0" />
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+0" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+110" />
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
      <location line="+23" />
      <location filename="../../ui/pages/community/job_work.py" line="+46" />
      <location filename="../../ui/pages/community/shifts_page.py" line="+50" />
      <source>Student code</source>
      <translation>รหัสนักศึกษา</translation>
    </message>
    <message>
      <location line="+1" />
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
      <location line="+7" />
      <source>Service hours</source>
      <translation>ชั่วโมงบริการชุมชน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/grants_dialogs.py" line="+1" />
      <source>Purpose</source>
      <translation>วัตถุประสงค์</translation>
    </message>
    <message>
      <location line="+15" />
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
      <location line="+1" />
      <source>Grant</source>
      <translation>เงินอุดหนุน</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/equipment/grants_page.py" line="+66" />
      <source>Vendor</source>
      <translation>ผู้ขาย</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+2" />
      <source>Tax ID</source>
      <translation>เลขประจำตัวผู้เสียภาษี</translation>
    </message>
    <message>
      <location line="+1" />
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
      <location line="+12" />
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
      <location filename="../../ui/pages/equipment/grants_page.py" line="-143" />
      <location line="+77" />
      <source>FY</source>
      <translation>ปีงบ</translation>
    </message>
    <message>
      <location line="+0" />
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
      <location line="+66" />
      <source>Total (baht)</source>
      <translation>รวม (บาท)</translation>
    </message>
    <message>
      <location line="+20" />
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
      <location line="+9" />
      <source>No grants yet</source>
      <translation>ยังไม่มีเงินอุดหนุน</translation>
    </message>
    <message>
      <location line="+40" />
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
      <source>Spending by category (baht)</source>
      <translation>การใช้จ่ายตามหมวด (บาท)</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Grants</source>
      <translation>เงินอุดหนุน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/stocktake_feedback.py" line="+35" />
      <source>no place</source>
      <translation>ไม่ระบุสถานที่</translation>
    </message>
    <message>
      <location filename="../../ui/pages/equipment/stocktake_page.py" line="+103" />
      <source> (closed)</source>
      <translation> (ปิดแล้ว)</translation>
    </message>
    <message>
      <location line="+7" />
      <source>— pick the place being counted —</source>
      <translation>— เลือก​สถานที่​ที่​กำลัง​ตรวจ​นับ —</translation>
    </message>
    <message>
      <location line="+15" />
      <source>No stock-take yet</source>
      <translation>ยังไม่มีการตรวจนับ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Pick a place before scanning</source>
      <translation>เลือกสถานที่ก่อนสแกน</translation>
    </message>
    <message>
      <location line="+25" />
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
      <location line="+49" />
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
      <location line="+3" />
      <source>Stock-take</source>
      <translation>ตรวจนับพัสดุ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/ai_coverage_page.py" line="-61" />
      <source>Shortage / new-technology field</source>
      <translation>สาขาขาดแคลน / เทคโนโลยีใหม่</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Source, e.g. OVEC notice FY2569</source>
      <translation>ที่มา เช่น ประกาศ สอ​ศ. ปีงบประมาณ 2569</translation>
    </message>
    <message>
      <location line="+14" />
      <source>Digital and AI competences taught</source>
      <translation>สมรรถนะ​ดิจิทัล​และ AI ใน​หลักสูตร</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/points_page.py" line="+0" />
      <location filename="../../ui/pages/learners/ai_coverage_page.py" line="+44" />
      <location filename="../../ui/pages/learners/dialogs.py" line="-1" />
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
      <source>New service point…</source>
      <translation>เพิ่มจุดบริการ…</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Service points</source>
      <translation>จุดบริการ Fix it</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/ai_coverage_page.py" line="+0" />
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
      <location line="+2" />
      <location filename="../../ui/pages/learners/dashboard_page.py" line="+3" />
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
      <location line="+21" />
      <source>Programmes and AI</source>
      <translation>หลักสูตรและทักษะ AI</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/dashboard_page.py" line="-27" />
      <source>Enrolled learners (incl. on leave)</source>
      <translation>ผู้เรียน​ที่​กำลัง​ศึกษา (รวม​พัก​การเรียน)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Share in shortage fields</source>
      <translation>สัดส่วนในสาขาขาดแคลน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Watch</source>
      <translation>เฝ้าระวัง</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/learners/panel.py" line="+86" />
      <source>High risk</source>
      <translation>เสี่ยงสูง</translation>
    </message>
    <message>
      <location line="+3" />
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
      <location line="+18" />
      <source>Digital competences</source>
      <translation>สมรรถนะดิจิทัลในหลักสูตร</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Learners with an AI skill</source>
      <translation>ผู้เรียนที่มีทักษะ AI</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Learner dashboard</source>
      <translation>ภาพรวมผู้เรียน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/detail.py" line="-38" />
      <source>No guardian consent on record</source>
      <translation>ยัง​ไม่​มี​บันทึก​ความยินยอม​ของ​ผู้ปกครอง</translation>
    </message>
    <message>
      <location line="+11" />
      <source>  · dual system</source>
      <translation>  · ทวิภาคี</translation>
    </message>
    <message>
      <location line="+16" />
      <source>Dropout risk</source>
      <translation>ความเสี่ยงออกกลางคัน</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Effective</source>
      <translation>วันที่มีผล</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-202" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="+66" />
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../../ui/pages/learners/dialogs.py" line="-30" />
      <location filename="../../ui/pages/packages/dialogs.py" line="+40" />
      <source>Reason</source>
      <translation>เหตุผล</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Per month</source>
      <translation>รายได้ต่อเดือน</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Baht</source>
      <translation>บาท</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Period</source>
      <translation>ช่วงเวลา</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/learners/dialogs.py" line="+113" />
      <source>Competence</source>
      <translation>สมรรถนะ</translation>
    </message>
    <message>
      <location line="+1" />
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
      <location filename="../../ui/pages/learners/dialogs.py" line="-41" />
      <source>Responsible</source>
      <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/learners/dialogs.py" line="-2" />
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
      <source>Every status</source>
      <translation>ทุกสถานะ</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Next step</source>
      <translation>ขั้นต่อไป</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/learners/detail.py" line="+0" />
      <source>Outcome</source>
      <translation>ผล</translation>
    </message>
    <message>
      <location line="+1" />
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
      <location line="+7" />
      <source>Repair jobs</source>
      <translation>งานซ่อม</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/detail.py" line="+1" />
      <source>Closed</source>
      <translation>ปิดเมื่อ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/dialogs.py" line="-85" />
      <source>Change the learner's status</source>
      <translation>เปลี่ยนสถานะผู้เรียน</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Required for leave, withdrawal, dismissal or transfer</source>
      <translation>จำเป็น​เมื่อ​พัก​การเรียน ลาออก พ้น​สภาพ หรือ​ย้าย</translation>
    </message>
    <message>
      <location line="+2" />
      <source>New status</source>
      <translation>สถานะใหม่</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Effective date</source>
      <translation>วันที่มีผล</translation>
    </message>
    <message>
      <location line="+26" />
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
      <location line="+1" />
      <source>Year</source>
      <translation>ชั้นปี</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Group</source>
      <translation>กลุ่ม</translation>
    </message>
    <message>
      <location line="+22" />
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
      <location line="+8" />
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
      <location line="+105" />
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
      <location filename="../../ui/pages/learners/form_buttons.py" line="+27" />
      <source>Add learner…</source>
      <translation>เพิ่มผู้เรียน…</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/teachers/register_page.py" line="+200" />
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
      <location filename="../../ui/widgets/idcard_diff.py" line="-23" />
      <source>Male</source>
      <translation>ชาย</translation>
    </message>
    <message>
      <location line="+1" />
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
      <location filename="../../ui/pages/learners/panel.py" line="-11" />
      <source>All levels</source>
      <translation>ทุกระดับ</translation>
    </message>
    <message>
      <location line="+2" />
      <source>All statuses</source>
      <translation>ทุกสถานะ</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Dual or not</source>
      <translation>ทวิภาคี/ปกติ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Dual system</source>
      <translation>ทวิภาคี</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Not dual</source>
      <translation>ไม่ใช่ทวิภาคี</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Any support</source>
      <translation>ทุน: ทั้งหมด</translation>
    </message>
    <message>
      <location line="+1" />
      <source>With support</source>
      <translation>มีทุน/สิทธิ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Without support</source>
      <translation>ไม่มีทุน</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Any risk</source>
      <translation>ความเสี่ยง: ทั้งหมด</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Watch or higher</source>
      <translation>เฝ้าระวังขึ้นไป</translation>
    </message>
    <message>
      <location line="+25" />
      <source>Searching without an index (no pg_trgm in the database): slower with many learners</source>
      <translation>ค้นหา​แบบ​ไม่​มี​ดัชนี (ฐานข้อมูล​ไม่​มี pg_trgm) อาจ​ช้า​เมื่อ​มี​ผู้เรียน​มาก</translation>
    </message>
    <message>
      <location line="+23" />
      <source>Change status…</source>
      <translation>เปลี่ยนสถานะ…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Record follow-up…</source>
      <translation>บันทึกการติดตาม…</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Add support/income/skill…</source>
      <translation>เพิ่มทุน/รายได้/ทักษะ…</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Year-end rollover…</source>
      <translation>เลื่อนชั้นสิ้นปีการศึกษา…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/create.py" line="+40" />
      <source>Save the package</source>
      <translation>บันทึกแพ็กเกจ</translation>
    </message>
    <message>
      <location line="+2" />
      <source>VocDesk package (*.zip)</source>
      <translation>แพ็กเกจ VocDesk (*.zip)</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Signing key passphrase</source>
      <translation>รหัสผ่านกุญแจลงนาม</translation>
    </message>
    <message>
      <location line="+30" />
      <source>Creating the package…</source>
      <translation>กำลังสร้างแพ็กเกจ…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/dialogs.py" line="-41" />
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <location line="+35" />
      <source>Explain the warning</source>
      <translation>อธิบายคำเตือน</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Write at least 5 characters</source>
      <translation>เขียน​เหตุผล​อย่าง​น้อย 5 ตัวอักษร</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Key passphrase</source>
      <translation>รหัสผ่านกุญแจ</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Again</source>
      <translation>อีกครั้ง</translation>
    </message>
    <message>
      <location line="+12" />
      <source>Enter the key passphrase</source>
      <translation>ใส่รหัสผ่านกุญแจ</translation>
    </message>
    <message>
      <location line="+5" />
      <source>The two passphrases differ</source>
      <translation>รหัสผ่านกุญแจสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/packages_page.py" line="+173" />
      <source>Not validated yet</source>
      <translation>ยังไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
      <location line="+22" />
      <source>Validating the data…</source>
      <translation>กำลังตรวจสอบข้อมูล…</translation>
    </message>
    <message>
      <location line="+10" />
      <source>Rule</source>
      <translation>กฎ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Severity</source>
      <translation>ระดับ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Message</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Explanation</source>
      <translation>คำอธิบาย</translation>
    </message>
    <message>
      <location line="+47" />
      <source>Create the college signing key</source>
      <translation>สร้างกุญแจลงนามของวิทยาลัย</translation>
    </message>
    <message>
      <location line="+29" />
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
      <location line="+10" />
      <source>OVEC packages</source>
      <translation>แพ็กเกจส่ง สอศ.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/packages/sections.py" line="+63" />
      <source>Sequence</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Created</source>
      <translation>สร้างเมื่อ</translation>
    </message>
    <message>
      <location line="+1" />
      <source>File</source>
      <translation>ไฟล์</translation>
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
      <location filename="../../ui/pages/teachers/dialogs.py" line="-30" />
      <source>Start</source>
      <translation>เริ่มสัญญา</translation>
    </message>
    <message>
      <location line="+1" />
      <source>End</source>
      <translation>สิ้นสุดสัญญา</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Funding source</source>
      <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
      <location line="+25" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-196" />
      <source>Topic</source>
      <translation>หัวข้อ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/hours_page.py" line="-56" />
      <location line="+16" />
      <location filename="../../ui/pages/community/shifts_page.py" line="-50" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <source>Hours</source>
      <translation>จำนวนชั่วโมง</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <location filename="../../ui/pages/teachers/register_page.py" line="+1" />
      <source>Enterprise</source>
      <translation>สถานประกอบการ</translation>
    </message>
    <message>
      <location line="+2" />
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
      <location filename="../../ui/pages/community/jobs_page.py" line="-63" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+19" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-35" />
      <location filename="../../ui/widgets/idcard_diff.py" line="-16" />
      <source>National ID</source>
      <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
      <location filename="../../ui/widgets/idcard_diff.py" line="+0" />
      <source>Prefix</source>
      <translation>คำนำหน้า</translation>
    </message>
    <message>
      <location line="+0" />
      <source>First name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <location line="+1" />
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
      <location line="+1" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-1" />
      <location line="+134" />
      <location filename="../../ui/pages/teachers/staffing_dialogs.py" line="-24" />
      <location line="+24" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="-42" />
      <location line="+6" />
      <location line="+35" />
      <source>Department</source>
      <translation>แผนกวิชา</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../../ui/pages/teachers/register_page.py" line="-134" />
      <source>Academic standing</source>
      <translation>วิทยฐานะ</translation>
    </message>
    <message>
      <location filename="../../ui/pages/community/intake_form.py" line="+69" />
      <location filename="../../ui/pages/teachers/dialogs.py" line="+1" />
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
      <location filename="../../ui/pages/community/intake_page.py" line="+84" />
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
      <location filename="../../ui/pages/teachers/staffing_dialogs.py" line="-165" />
      <source>Staffing formula constants</source>
      <translation>ค่าคงที่ของสูตรอัตรากำลัง</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Teaching load per teacher per week (L)</source>
      <translation>ภาระ​งานสอน​ต่อ​ครู​ต่อ​สัปดาห์ (L)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Development hours per teacher per year</source>
      <translation>ชั่วโมงพัฒนาต่อครูต่อปี</translation>
    </message>
    <message>
      <location line="+35" />
      <source>Staffing plan</source>
      <translation>วางแผนจัดสรรอัตรากำลังครู</translation>
    </message>
    <message>
      <location line="+8" />
      <location filename="../../ui/pages/teachers/staffing_page.py" line="-29" />
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
      <location line="+65" />
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
      <location filename="../../ui/pages/teachers/staffing_page.py" line="-40" />
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
      <location line="+27" />
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
      <location line="+25" />
      <source>Department falls short</source>
      <translation>แผนกจะขาดครู</translation>
    </message>
    <message>
      <location line="+10" />
      <source>Teacher / item</source>
      <translation>ครู / รายการ</translation>
    </message>
    <message>
      <location line="+13" />
      <source>Teacher staffing</source>
      <translation>อัตรากำลังครู</translation>
    </message>
    <message>
      <location filename="../../ui/pages/learners/form_card.py" line="+40" />
      <source>Read the guardian's ID card</source>
      <translation>อ่านบัตรผู้ปกครอง</translation>
    </message>
    <message>
      <location line="+26" />
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
      <location line="+1" />
      <source>Address</source>
      <translation>ที่อยู่</translation>
    </message>
    <message>
      <location line="+22" />
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
      <location line="+7" />
      <source>Repair intake</source>
      <translation>รับงานซ่อม</translation>
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
      <location filename="../../ui/pages/community/job_lookup.py" line="+33" />
      <source>Scan the claim slip or type a job number, then Enter</source>
      <translation>สแกน​ใบ​รับงาน​หรือ​พิมพ์​เลขที่​งาน</translation>
    </message>
    <message>
      <location line="+13" />
      <source>, returned {day}</source>
      <translation> ส่งคืนเมื่อ {day}</translation>
    </message>
  </context>
</TS>
