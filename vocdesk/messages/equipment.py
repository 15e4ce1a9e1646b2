"""Thai and English texts for grants, purchases and the asset register."""

# code -> (Thai, English); placeholders name the error's parameters.
MESSAGES: dict[str, tuple[str, str]] = {
    "money_format": ("จำนวนเงินไม่ถูกต้อง: {field} ('{value}')", "Not an amount of baht: {field} ('{value}')"),
    "money_negative": ("จำนวนเงินต้องไม่ติดลบ: {field}", "{field} may not be negative"),
    "money_positive": ("จำนวนเงินต้องมากกว่า 0: {field}", "{field} must be more than 0"),
    "quantity_format": ("จำนวนไม่ถูกต้อง: {field} ('{value}')", "Not a valid quantity: {field} ('{value}')"),
    "vat_rate": ("อัตราภาษีมูลค่าเพิ่มไม่ถูกต้อง ('{value}')", "VAT rate out of range ('{value}')"),
    "date_order": ("วันที่ {field} ต้องไม่ก่อนวันที่เริ่มต้น", "{field} may not be before the start date"),
    "duplicate": ("มีข้อมูล {field} = {value} อยู่แล้ว", "{field} {value} already exists"),
    "too_many": ("รายการมากเกินไป ({field} ได้ไม่เกิน {limit})", "Too many items in {field} (at most {limit})"),
    "confirm_required": (
        "จำนวนเงิน {amount} บาท อยู่นอกกรอบนโยบาย {low}–{high} บาท กรุณายืนยันก่อนบันทึก",
        "The amount {amount} baht lies outside the policy band {low}–{high} baht; confirm to save it",
    ),
    "grant_outside_fiscal_year": (
        "ช่วงวันที่ของเงินอุดหนุนไม่อยู่ในปีงบประมาณ {fiscal_year}",
        "The grant's dates do not fall in fiscal year {fiscal_year}",
    ),
    "grant_overspent": (
        "งบประมาณไม่พอ: คงเหลือ {balance} บาท ต้องการ {needed} บาท ขาดอีก {shortfall} บาท "
        "(ผู้มีสิทธิ์สามารถบันทึกเงินเพิ่มหรือโอนงบก่อน)",
        "Not enough money left: balance {balance} baht, needed {needed} baht, short by {shortfall} baht "
        "(an authorised user may record a top-up or transfer first)",
    ),
    "grant_below_committed": (
        "ลดวงเงินไม่ได้: จัดซื้อไปแล้ว {committed} บาท วงเงินใหม่ขาดอีก {shortfall} บาท",
        "Cannot lower the grant: {committed} baht is already committed; the new amount is short by {shortfall}",
    ),
    "grant_in_use": ("ลบเงินอุดหนุนไม่ได้ เพราะมีรายการ {what} อ้างถึง", "The grant cannot be deleted: {what} refers to it"),
    "transfer_same_grant": ("โอนงบไปยังรายการเดิมไม่ได้", "A transfer needs two different grants"),
    "tax_id_invalid": (
        "เลขประจำตัวผู้เสียภาษีของผู้ขายไม่ถูกต้อง ('{value}') ต้องเป็นตัวเลข 13 หลักที่ผ่านการตรวจสอบ",
        "The vendor's tax ID '{value}' is not a valid 13-digit number",
    ),
    "purchase_no_lines": ("ใบจัดซื้อต้องมีอย่างน้อยหนึ่งรายการ", "A purchase needs at least one line"),
    "purchase_outside_grant_period": (
        "วันที่จัดซื้ออยู่นอกช่วงของเงินอุดหนุน ({start} ถึง {end})",
        "The purchase date lies outside the grant's period ({start} to {end})",
    ),
    "asset_quantity_whole": (
        "รายการที่ {row}: ครุภัณฑ์ต้องมีจำนวนเป็นจำนวนเต็ม ('{value}')",
        "Line {row}: assets are counted in whole units ('{value}')",
    ),
    "asset_has_history": (
        "แก้ไขหรือลบไม่ได้ เพราะครุภัณฑ์ {value} มีประวัติแล้ว (ยืม ซ่อม ตรวจนับ หรือใช้งาน)",
        "Cannot change or delete: asset {value} already has a history (loans, repairs, counts or use)",
    ),
    "asset_code_pattern": ("รูปแบบรหัสครุภัณฑ์ไม่ถูกต้อง: '{value}'", "Invalid asset-code pattern: '{value}'"),
    "asset_code_taken": ("รหัสครุภัณฑ์ {value} ถูกใช้แล้ว", "Asset code {value} is already in use"),
    "useful_life": ("อายุการใช้งานไม่ถูกต้อง ('{value}')", "Invalid useful life ('{value}')"),
    "asset_disposed": ("ครุภัณฑ์ {value} จำหน่ายออกแล้ว", "Asset {value} has been disposed of"),
    "asset_already_out": ("ครุภัณฑ์ {value} ถูกยืมอยู่", "Asset {value} is already checked out"),
    "asset_not_out": ("ครุภัณฑ์ {value} ไม่ได้ถูกยืม", "Asset {value} is not checked out"),
    "usage_hours": ("จำนวนชั่วโมงไม่ถูกต้อง ('{value}')", "Invalid number of hours ('{value}')"),
    "stocktake_closed": (
        "การตรวจนับปีงบประมาณ {fiscal_year} ปิดแล้ว",
        "The stock-take of fiscal year {fiscal_year} is closed",
    ),
    "programme_ambiguous": (
        "รหัสสาขาวิชา {value} มีหลายหลักสูตร กรุณาระบุเลขที่ ({ids})",
        "Major code {value} matches several curricula; give one of the ids ({ids})",
    ),
}
