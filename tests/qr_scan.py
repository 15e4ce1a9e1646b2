"""The QR code of a rendered PDF read back as a phone or scanner would: first page to PNG, then zbarimg."""

from __future__ import annotations

import subprocess
from pathlib import Path

QR_ONLY = ("--quiet", "--raw", "-Sdisable", "-Sqrcode.enable")
"""Only QR symbols, printed raw: with every symbology on, zbar now and then also "finds" a short linear barcode in
the page's text or rules (a certificate read back as its QR payload plus `575910` on a line of its own)."""


def qr_on_first_page(pdf: Path, folder: Path, dpi: int = 150) -> str:
    """The text of the QR codes on `pdf`'s first page ('' when zbar finds none); needs pdftoppm and zbarimg."""
    image = folder / f"{pdf.stem}-qr"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(image)], check=True)
    read = subprocess.run(["zbarimg", *QR_ONLY, f"{image}.png"], capture_output=True, text=True, check=False)
    return read.stdout.strip()
