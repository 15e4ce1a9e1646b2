"""zbarimg's options for reading back the QR code of a rendered page, and nothing else."""

QR_ONLY = ("--quiet", "--raw", "-Sdisable", "-Sqrcode.enable")
"""Only QR symbols, printed raw: with every symbology on, zbar now and then also "finds" a short linear barcode in
the page's text or rules (a certificate read back as its QR payload plus `575910` on a line of its own)."""
