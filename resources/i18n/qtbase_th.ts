<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>ไม่ (&amp;N)</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>ไม่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>ยกเลิกการทำงาน</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>ลองใหม่</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>ข้าม</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>ไม่บันทึก</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>วิธีใช้</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>นำไปใช้</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>คืนค่าเริ่มต้น</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;OK</source>
      <translation>ตกลง (&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>ยกเลิก (&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>ปิดโดยไม่บันทึก</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>ซ่อนรายละเอียด...</translation>
    </message>
  </context>
</TS>
