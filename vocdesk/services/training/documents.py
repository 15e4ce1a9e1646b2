"""The receipt (ใบเสร็จรับเงิน) and the certificate (วุฒิบัตร) as one-page PDFs, Thai shaped, dates in พ.ศ."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas

from vocdesk.domain.thai_dates import format_be_long
from vocdesk.domain.training_money import baht_text, baht_words
from vocdesk.io.pdf.job import atomic_output
from vocdesk.io.pdf.kit import Kit
from vocdesk.services.training.certificates import IssuedCertificate
from vocdesk.services.training.receipts import ReceiptRow

COPY = "สำเนา"


def _copy_mark(canv: Any, kit: Kit, x: float, y: float) -> None:
    canv.saveState()
    canv.setFillColorRGB(0.75, 0.1, 0.1)
    kit.shaper.draw(canv, x, y, COPY, kit.fonts.bold, 20, "right")
    canv.restoreState()


def receipt_pdf(receipt: ReceiptRow, college: str, out_path: Path, resources_dir: Path, copy: bool) -> Path:
    """An A5 landscape receipt: number, date, payer, course, amount in figures and in Thai words, receiver."""
    kit, (width, height) = Kit.create(resources_dir), landscape(A5)
    regular, bold, draw = kit.fonts.regular, kit.fonts.bold, kit.shaper.draw
    with atomic_output(out_path) as temporary:
        canv = Canvas(str(temporary), pagesize=(width, height))
        canv.setTitle(f"ใบเสร็จรับเงิน {receipt.number}")
        left, right, y = 1.5 * cm, width - 1.5 * cm, height - 1.6 * cm
        draw(canv, width / 2, y, college, bold, 16, "centre")
        draw(canv, width / 2, y - 26, "ใบเสร็จรับเงิน", bold, 20, "centre")
        draw(canv, width / 2, y - 44, f"ปีงบประมาณ {receipt.fiscal_year}", regular, 13, "centre")
        if copy:
            _copy_mark(canv, kit, right, y)
        y -= 66
        draw(canv, left, y, f"เลขที่ {receipt.number}", regular, 14)
        draw(canv, right, y, f"วันที่ {format_be_long(receipt.paid_on)}", regular, 14, "right")
        y -= 26
        draw(canv, left, y, f"ได้รับเงินจาก  {receipt.trainee_name}", regular, 14)
        y -= 22
        draw(canv, left, y, f"ค่าธรรมเนียมการอบรม  {receipt.course_name}  (รุ่น {receipt.run})", regular, 14)
        y -= 30
        canv.setLineWidth(0.6)
        canv.rect(left, y - 12, right - left, 34)
        draw(canv, left + 8, y, f"({baht_words(receipt.amount_satang)})", regular, 14)
        draw(canv, right - 8, y, f"{baht_text(receipt.amount_satang)} บาท", bold, 16, "right")
        if receipt.state == "void":
            draw(canv, width / 2, y - 34, f"ยกเลิกแล้ว: {receipt.void_reason}", bold, 16, "centre")
        y -= 80
        draw(canv, right - 4 * cm, y, "ลงชื่อ ..................................... ผู้รับเงิน", regular, 14,
             "centre")
        draw(canv, right - 4 * cm, y - 20, f"({receipt.received_by})", regular, 14, "centre")
        canv.showPage()
        canv.save()
    return out_path


def _qr(canv: Any, text: str, x: float, y: float, size: float) -> None:
    """The QR code of `text` as filled squares (quiet zone included), bottom-left corner at (x, y)."""
    import segno

    code = segno.make_qr(text, error="m")
    rows = list(code.matrix_iter(border=4))
    module = size / len(rows)
    canv.saveState()
    canv.setFillColorRGB(0, 0, 0)
    path = canv.beginPath()
    for r, row in enumerate(rows):
        for c, dark in enumerate(row):
            if dark:
                path.rect(x + c * module, y + size - (r + 1) * module, module, module)
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


def certificate_pdf(cert: IssuedCertificate, college: str, out_path: Path, resources_dir: Path, copy: bool) -> Path:
    """An A4 landscape certificate with the signed QR code at the lower right; a reprint says สำเนา."""
    kit, (width, height) = Kit.create(resources_dir), landscape(A4)
    regular, bold, draw = kit.fonts.regular, kit.fonts.bold, kit.shaper.draw
    with atomic_output(out_path) as temporary:
        canv = Canvas(str(temporary), pagesize=(width, height))
        canv.setTitle(f"วุฒิบัตร {cert.number}")
        canv.setStrokeColorRGB(0.55, 0.45, 0.15)
        canv.setLineWidth(3)
        canv.rect(1 * cm, 1 * cm, width - 2 * cm, height - 2 * cm)
        middle, y = width / 2, height - 3.2 * cm
        draw(canv, middle, y, college, bold, 26, "centre")
        draw(canv, middle, y - 50, "วุฒิบัตร", bold, 40, "centre")
        draw(canv, middle, y - 90, "ให้ไว้เพื่อแสดงว่า", regular, 20, "centre")
        draw(canv, middle, y - 135, cert.name, bold, 30, "centre")
        draw(canv, middle, y - 175, f"ได้ผ่านการอบรมหลักสูตร {cert.course}", regular, 20, "centre")
        draw(canv, middle, y - 205, f"จำนวน {cert.hours} ชั่วโมง  ระหว่างวันที่ {format_be_long(cert.first_day)}"
             f" ถึงวันที่ {format_be_long(cert.last_day)}", regular, 18, "centre")
        draw(canv, middle, y - 235, f"ให้ไว้ ณ วันที่ {format_be_long(cert.issued_on)}", regular, 18, "centre")
        draw(canv, middle, 3.6 * cm, "ลงชื่อ .............................................", regular, 16,
             "centre")
        draw(canv, middle, 2.9 * cm, f"({cert.signer_name})", regular, 16, "centre")
        draw(canv, middle, 2.2 * cm, cert.signer_title, regular, 16, "centre")
        qr_size = 4.2 * cm
        _qr(canv, cert.payload, width - 1.4 * cm - qr_size, 1.4 * cm, qr_size)
        draw(canv, 1.6 * cm, 1.5 * cm, f"เลขที่ {cert.number}  ตรวจสอบได้ด้วยคิวอาร์โค้ด", regular, 12)
        if copy:
            _copy_mark(canv, kit, width - 1.6 * cm, height - 2 * cm)
        canv.showPage()
        canv.save()
    return out_path
