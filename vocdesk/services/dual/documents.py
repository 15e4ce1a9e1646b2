"""The dual document set printed from one placement (six PDFs, two .docx) or one MOU (its PDF and .docx)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vocdesk.errors import ValidationFailed
from vocdesk.io.atomic import write_set_atomic
from vocdesk.io.forms.docx import form_docx_bytes
from vocdesk.io.forms.model import FormDocument
from vocdesk.io.forms.pdf import form_pdf_bytes
from vocdesk.io.pdf.kit import Kit
from vocdesk.io.pdf.letter import official_letter_bytes
from vocdesk.io.pdf.model import OfficialLetter
from vocdesk.services.core.context import AppContext
from vocdesk.services.core.permissions import require
from vocdesk.services.dual.document_data import PlacementData, mou_data, placement_data
from vocdesk.services.dual.document_forms import (
    certificate_form,
    consent_form,
    contract_form,
    mou_form,
    plan_form,
    weekdays_text,
)
from vocdesk.services.dual.documents_letter import referral_letter

_TARGET = re.compile(r"^(?:(p|placement|m|mou)[:#-]?)([0-9]+)$", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentFile:
    kind: str
    file: str
    format: str


def parse_target(text: str) -> tuple[str, int]:
    """`P12`/`placement:12` is placement 12, `M3`/`mou:3` MOU 3; a bare number is a placement."""
    stripped = text.strip()
    if stripped.isascii() and stripped.isdigit():
        return "placement", int(stripped)
    match = _TARGET.match(stripped)
    if not match:
        raise ValidationFailed("dual.document_target", field="target", value=text)
    return ("mou" if match[1].lower().startswith("m") else "placement"), int(match[2])


def render_set(forms: Sequence[tuple[str, FormDocument | OfficialLetter, bool]], out: Path, resources_dir: Path,
               thai_digits: bool = True, docx: bool = True) -> dict[Path, tuple[DocumentFile, bytes]]:
    """Each form's PDF (and .docx where asked) in memory, by path in `out`: one Kit for the set (one shaping cache:
    the forms share many words), nothing written yet."""
    kit = Kit.create(resources_dir)
    files: dict[Path, tuple[DocumentFile, bytes]] = {}
    for kind, form, editable in forms:
        if isinstance(form, OfficialLetter):
            pdf = official_letter_bytes(form, kit, thai_digits)
        else:
            pdf = form_pdf_bytes(form, kit, thai_digits)
        files[out / f"{kind}.pdf"] = (DocumentFile(kind, f"{kind}.pdf", "pdf"), pdf)
        if docx and editable and isinstance(form, FormDocument):
            editable_copy = form_docx_bytes(form, thai_digits)
            files[out / f"{kind}.docx"] = (DocumentFile(kind, f"{kind}.docx", "docx"), editable_copy)
    return files


def write_set(forms: Sequence[tuple[str, FormDocument | OfficialLetter, bool]], out: Path, resources_dir: Path,
              thai_digits: bool = True, docx: bool = True) -> list[DocumentFile]:
    """Render the set, then write it all or nothing: every file fsync'd, renamed, the folder fsync'd once."""
    files = render_set(forms, out, resources_dir, thai_digits, docx)
    write_set_atomic({path: data for path, (_, data) in files.items()})
    return [entry for entry, _ in files.values()]


def placement_forms(d: PlacementData) -> list[tuple[str, FormDocument | OfficialLetter, bool]]:
    """(file kind, what to print, also as .docx) in the order a coordinator hands them out."""
    forms: list[tuple[str, FormDocument | OfficialLetter, bool]] = []
    if d.base is not None:
        forms.append(("mou", mou_form(d.base), True))
    forms += [("contract", contract_form(d), True), ("guardian_consent", consent_form(d), False),
              ("training_plan", plan_form(d), False), ("referral_letter", referral_letter(d), False),
              ("certificate_form", certificate_form(d), False)]
    return forms


def write_documents(ctx: AppContext, target: str, out: Path, thai_digits: bool = True) -> list[DocumentFile]:
    """Write the set for `target` into the folder `out` (created); the printing is audited."""
    require(ctx.actor, "dual.view")
    kind, key = parse_target(target)
    out.mkdir(parents=True, exist_ok=True)
    resources = ctx.paths.resources_dir
    with ctx.db.read() as session:
        if kind == "mou":
            forms: list[tuple[str, FormDocument | OfficialLetter, bool]] = [("mou", mou_form(mou_data(session, key)),
                                                                             True)]
        else:
            data = placement_data(session, key, ctx.today())
            forms = placement_forms(data)
            if not data.shifts:
                raise ValidationFailed("dual.weekdays_invalid", field="weekdays", value=weekdays_text(data))
    files = write_set(forms, out, resources, thai_digits)
    ctx.run(lambda uow: uow.audit("dual.documents", "dual_mou" if kind == "mou" else "dual_placement", key,
                                  {"files": [None, [f.file for f in files]]}))
    return files
