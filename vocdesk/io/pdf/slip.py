"""Small-paper slips (A6, A5) in Thai with a QR code: a claim slip for a counter or receipt-size office printer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SIZES_MM = {"a6": (105.0, 148.0), "a5": (148.0, 210.0)}


def qr_flowable(payload: str, size: float) -> Any:
    """A QR code of `payload` as a flowable `size` points square."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(payload, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    return drawing


def render_slip(out_path: Path, resources_dir: Path, title: str, story: Callable[[Any], Sequence[Any]],
                paper: str = "a6") -> Path:
    """Build a one-page slip (the story must fit); written to a temporary file renamed on success."""
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from vocdesk.io.pdf.kit import Kit

    width, height = SIZES_MM[paper]
    kit = Kit.create(resources_dir)
    partial = out_path.with_name(out_path.name + ".part")
    doc = SimpleDocTemplate(str(partial), pagesize=(width * mm, height * mm), leftMargin=7 * mm,
                            rightMargin=7 * mm, topMargin=6 * mm, bottomMargin=6 * mm, title=title)
    doc.build(list(story(kit)))
    partial.replace(out_path)
    return out_path
