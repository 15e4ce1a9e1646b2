"""ISCO-08 unit groups the college's programmes lead to, with their English titles and common Thai job titles.

The English titles are ISCO-08's (ILO). No official Thai titles for ISCO-08 unit groups were found (DOMAIN.md): the
Thai words are job titles as colleges and employers write them, used only to suggest a code, never as a translation.
"""

from __future__ import annotations

UNITS: dict[str, tuple[str, tuple[str, ...]]] = {
    "2166": ("Graphic and multimedia designers", ("นักออกแบบกราฟิก", "กราฟิกดีไซเนอร์")),
    "2512": ("Software developers", ("นักพัฒนาซอฟต์แวร์", "โปรแกรมเมอร์")),
    "2519": ("Software and applications developers and analysts not elsewhere classified", ("นักวิเคราะห์ระบบ",)),
    "3112": ("Civil engineering technicians", ("ช่างเทคนิคโยธา", "ช่างสำรวจ")),
    "3113": ("Electrical engineering technicians", ("ช่างเทคนิคไฟฟ้า",)),
    "3114": ("Electronics engineering technicians", ("ช่างเทคนิคอิเล็กทรอนิกส์",)),
    "3115": ("Mechanical engineering technicians", ("ช่างเทคนิคเครื่องกล",)),
    "3118": ("Draughtspersons", ("ช่างเขียนแบบ",)),
    "3122": ("Manufacturing supervisors", ("หัวหน้างานการผลิต", "โฟร์แมนโรงงาน")),
    "3123": ("Construction supervisors", ("โฟร์แมนก่อสร้าง", "หัวหน้าคนงานก่อสร้าง")),
    "3139": ("Process control technicians not elsewhere classified", ("ช่างเทคนิคระบบอัตโนมัติ", "ช่างควบคุมหุ่นยนต์")),
    "3142": ("Agricultural technicians", ("เจ้าหน้าที่เทคนิคการเกษตร",)),
    "3313": ("Accounting associate professionals", ("ผู้ช่วยนักบัญชี",)),
    "3322": ("Commercial sales representatives", ("พนักงานขาย", "ตัวแทนขาย", "เซลส์")),
    "3343": ("Administrative and executive secretaries", ("เลขานุการ",)),
    "3434": ("Chefs", ("เชฟ", "หัวหน้าพ่อครัว")),
    "3512": ("Information and communications technology user support technicians", ("ช่างคอมพิวเตอร์", "ไอทีซัพพอร์ต")),
    "3513": ("Computer network and systems technicians", ("ช่างเทคนิคเครือข่าย",)),
    "3514": ("Web technicians", ("ผู้ดูแลเว็บไซต์",)),
    "4110": ("General office clerks", ("พนักงานธุรการ", "เจ้าหน้าที่ธุรการ")),
    "4132": ("Data entry clerks", ("พนักงานคีย์ข้อมูล",)),
    "4221": ("Travel consultants and clerks", ("พนักงานบริษัทนำเที่ยว",)),
    "4224": ("Hotel receptionists", ("พนักงานต้อนรับโรงแรม",)),
    "4311": ("Accounting and bookkeeping clerks", ("พนักงานบัญชี", "เจ้าหน้าที่บัญชี")),
    "4321": ("Stock clerks", ("พนักงานคลังสินค้า", "สโตร์")),
    "5113": ("Travel guides", ("มัคคุเทศก์", "ไกด์")),
    "5120": ("Cooks", ("พ่อครัว", "แม่ครัว", "กุ๊ก")),
    "5131": ("Waiters", ("พนักงานเสิร์ฟ",)),
    "5142": ("Beauticians and related workers", ("ช่างเสริมสวย",)),
    "5151": ("Cleaning and housekeeping supervisors in offices, hotels and other establishments",
             ("หัวหน้าแม่บ้านโรงแรม",)),
    "5223": ("Shop sales assistants", ("พนักงานขายหน้าร้าน",)),
    "6111": ("Field crop and vegetable growers", ("เกษตรกรปลูกพืช",)),
    "6121": ("Livestock and dairy producers", ("เกษตรกรเลี้ยงสัตว์",)),
    "7111": ("House builders", ("ช่างก่อสร้าง",)),
    "7112": ("Bricklayers and related workers", ("ช่างก่ออิฐ", "ช่างปูน")),
    "7115": ("Carpenters and joiners", ("ช่างไม้",)),
    "7126": ("Plumbers and pipe fitters", ("ช่างประปา",)),
    "7127": ("Air conditioning and refrigeration mechanics", ("ช่างแอร์", "ช่างเครื่องทำความเย็น")),
    "7212": ("Welders and flamecutters", ("ช่างเชื่อม",)),
    "7213": ("Sheet-metal workers", ("ช่างโลหะแผ่น",)),
    "7214": ("Structural-metal preparers and erectors", ("ช่างโครงสร้างเหล็ก",)),
    "7223": ("Metal working machine tool setters and operators", ("ช่างกลึง", "ช่างกลโรงงาน", "ช่างซีเอ็นซี")),
    "7231": ("Motor vehicle mechanics and repairers", ("ช่างยนต์", "ช่างซ่อมรถยนต์", "ช่างซ่อมรถจักรยานยนต์")),
    "7233": ("Agricultural and industrial machinery mechanics and repairers",
             ("ช่างซ่อมเครื่องจักร", "ช่างซ่อมบำรุง")),
    "7411": ("Building and related electricians", ("ช่างไฟฟ้า", "ช่างไฟฟ้าอาคาร")),
    "7412": ("Electrical mechanics and fitters", ("ช่างซ่อมเครื่องใช้ไฟฟ้า", "ช่างไฟฟ้ากำลัง")),
    "7421": ("Electronics mechanics and servicers", ("ช่างอิเล็กทรอนิกส์",)),
    "7512": ("Bakers, pastry-cooks and confectionery makers", ("ช่างทำขนม", "เบเกอรี่")),
    "7531": ("Tailors, dressmakers, furriers and hatters", ("ช่างตัดเสื้อ",)),
    "7543": ("Product graders and testers (excluding foods and beverages)", ("พนักงานตรวจสอบคุณภาพ", "QC")),
    "8212": ("Electrical and electronic equipment assemblers", ("พนักงานประกอบชิ้นส่วนอิเล็กทรอนิกส์",)),
    "8322": ("Car, taxi and van drivers", ("พนักงานขับรถ",)),
    "9329": ("Manufacturing labourers not elsewhere classified", ("พนักงานฝ่ายผลิต", "คนงานโรงงาน")),
}


def unit_title(code: str) -> str:
    """The English title of a unit group in this list, or "" for codes it does not hold."""
    found = UNITS.get(code)
    return found[0] if found else ""
