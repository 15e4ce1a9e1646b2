"""Thai and English texts for the ID-card reader's error codes (merged into the message catalogue)."""

from __future__ import annotations

# code -> (Thai, English); placeholders name the error's parameters.
MESSAGES: dict[str, tuple[str, str]] = {
    "idcard_error": ("อ่านบัตรประชาชนไม่สำเร็จ", "The ID card could not be read"),
    "idcard_no_service": (
        "ไม่พบบริการเครื่องอ่านบัตร (PC/SC) ในเครื่องนี้ ใน Windows ให้เปิดบริการ Smart Card "
        "ใน Linux ให้ติดตั้งและเปิด pcscd ({detail})",
        "No smart-card (PC/SC) service on this computer: on Windows start the Smart Card service, "
        "on Linux install and start pcscd ({detail})",
    ),
    "idcard_no_reader": (
        "ไม่พบเครื่องอ่านบัตร กรุณาเสียบเครื่องอ่านบัตรที่ช่อง USB แล้วลองอีกครั้ง",
        "No card reader found: plug the reader into a USB port and try again",
    ),
    "idcard_unknown_reader": ("ไม่พบเครื่องอ่านบัตรชื่อ {reader}", "There is no card reader named {reader}"),
    "idcard_reader_busy": (
        "เครื่องอ่านบัตร {reader} ถูกโปรแกรมอื่นใช้อยู่ กรุณาปิดโปรแกรมนั้นแล้วลองอีกครั้ง",
        "The reader {reader} is in use by another program: close it and try again",
    ),
    "idcard_no_card": (
        "ไม่มีบัตรในเครื่องอ่าน กรุณาเสียบบัตรประชาชนให้สุดแล้วลองอีกครั้ง",
        "There is no card in the reader: insert the ID card fully and try again",
    ),
    "idcard_not_thai": (
        "บัตรนี้ไม่ใช่บัตรประจำตัวประชาชนไทย (รหัสตอบกลับ {status})",
        "This card is not a Thai national ID card (status {status})",
    ),
    "idcard_removed": (
        "บัตรถูกดึงออกหรือขยับระหว่างอ่าน ไม่มีการกรอกข้อมูลใด ๆ กรุณาเสียบบัตรใหม่แล้วอ่านอีกครั้ง",
        "The card was removed or moved while being read; nothing was filled in. Insert it again and retry",
    ),
    "idcard_bad_checksum": (
        "เลขประจำตัวประชาชนในบัตร ({national_id}) มีเลขตรวจสอบไม่ถูกต้อง จึงไม่นำข้อมูลไปใช้",
        "The national ID on the card ({national_id}) fails its check digit; nothing was used",
    ),
    "idcard_unreadable": (
        "อ่านข้อมูล {field} จากบัตรไม่ได้ ({detail}) กรุณาเสียบบัตรใหม่แล้วลองอีกครั้ง",
        "Could not read {field} from the card ({detail}); insert it again and retry",
    ),
}
