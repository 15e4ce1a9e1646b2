"""The shared enterprise register's field rules: juristic tax ID (python-stdnum checksum), branch, TSIC, size band."""

from __future__ import annotations

import re

from stdnum.th import tin

from vocdesk.domain.thai_ids import normalize_tax_id
from vocdesk.errors import ValidationFailed

SIZE_BANDS = ("", "micro", "small", "medium", "large")


def clean_tax_id(value: str) -> str:
    """13 digits with a valid check digit (Thai digits and dashes allowed in the input); raises otherwise."""
    digits = normalize_tax_id(value)
    if digits is None or not tin.is_valid(digits):
        raise ValidationFailed("dual.tax_id_invalid", field="tax_id", value=value)
    return digits


def clean_branch(value: str) -> str:
    """`00000` for the head office; a number up to five digits is padded."""
    text = value.strip() or "0"
    if not re.fullmatch(r"[0-9]{1,5}", text):
        raise ValidationFailed("dual.branch_invalid", field="branch", value=value)
    return text.zfill(5)


def clean_tsic(value: str) -> str:
    """A TSIC 2552 code: a section letter, or 2 to 5 digits; empty when unknown."""
    text = value.strip().upper()
    if text and not re.fullmatch(r"[A-U]|[0-9]{2,5}", text):
        raise ValidationFailed("dual.tsic_invalid", field="tsic_code", value=value)
    return text


def clean_size_band(value: str) -> str:
    text = value.strip().lower()
    if text not in SIZE_BANDS:
        raise ValidationFailed("dual.size_band_invalid", field="size_band", value=value)
    return text
