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
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/demo_offer.py" line="+22" />
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
      <location line="+1" />
      <location filename="../../ui/progress.py" line="+25" />
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" line="+54" />
      <source>VocDesk</source>
      <translation>VocDesk</translation>
    </message>
    <message>
      <location line="+12" />
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
      <location filename="../../ui/main_window.py" line="+138" />
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
      <source>&amp;Quit</source>
      <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
      <location line="+1" />
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
      <location filename="../../ui/pages/home_page.py" line="+97" />
      <location filename="../../ui/pages/learners_page.py" line="+133" />
      <source>Learners</source>
      <translation>นักเรียนนักศึกษา</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Teachers and staff</source>
      <translation>ครูและบุคลากร</translation>
    </message>
    <message>
      <location line="+1" />
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
      <location line="+3" />
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
      <location filename="../../ui/pages/learners_page.py" line="-35" />
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
      <location filename="../../ui/progress.py" line="+29" />
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
      <source>Opening the database…</source>
      <translation>กำลังเปิดฐานข้อมูล…</translation>
    </message>
    <message>
      <source>VocDesk could not start. The details are in the log file.</source>
      <translation>VocDesk เริ่ม​ทำงาน​ไม่​ได้ รายละเอียด​อยู่​ใน​แฟ้ม​บันทึก (log)</translation>
    </message>
  </context>
</TS>
