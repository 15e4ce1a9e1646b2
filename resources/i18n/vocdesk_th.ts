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
      <location filename="../../ui/dialogs/report_dialog.py" line="+83" />
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
      <source>User name</source>
      <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
      <location line="+2" />
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
      <location line="+18" />
      <source>Export to Excel</source>
      <translation>ส่งออกเป็น Excel</translation>
    </message>
    <message>
      <location line="+21" />
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
      <location filename="../../ui/widgets/idcard_diff.py" line="-39" />
      <source>National ID</source>
      <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Prefix</source>
      <translation>คำนำหน้า</translation>
    </message>
    <message>
      <location line="+0" />
      <source>First name (Thai)</source>
      <translation>ชื่อ (ไทย)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Last name (Thai)</source>
      <translation>นามสกุล (ไทย)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>First name (English)</source>
      <translation>ชื่อ (อังกฤษ)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Last name (English)</source>
      <translation>นามสกุล (อังกฤษ)</translation>
    </message>
    <message>
      <location line="+0" />
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
      <location line="+13" />
      <source>Male</source>
      <translation>ชาย</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Female</source>
      <translation>หญิง</translation>
    </message>
    <message>
      <location line="+9" />
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
  </context>
</TS>
