"""One demand row to one fact: area, totals, occupation code in its scheme, measure and unit multiplier."""

from __future__ import annotations

import re
from typing import Any

from vocdesk.domain.labour.facts import TOTAL, FactKey, is_total
from vocdesk.domain.labour.occupations import code_of_label, schemes_of_label, valid_code
from vocdesk.io.imports import ParsedFile, ParsedRow
from vocdesk.io.imports.findings import Finding, error, warning
from vocdesk.io.imports.labour import DEMAND

DEFAULT_SCHEME = "isco08"
DEFAULT_MEASURE = "employed"
COUNTRY = "ทั่วราชอาณาจักร"
UNCLASSIFIED = "X"
_UNCLASSIFIED_WORDS = ("ไม่ทราบ", "มิได้จำแนก", "ไม่สามารถจำแนก", "unknown", "not classifiable", "not classified")
_CODE_FIRST = re.compile(r"([0-9]{1,4})(?:(?:\s*[-–:.]\s*|\s+)(\D.*))?")
"""A code alone ("7231") or before its title ("7231 - Motor vehicle mechanics", "7 ช่างฝีมือ")."""
_DIMENSIONS = (("sex", "sex"), ("ageGroup", "age_group"), ("industry", "industry"), ("education", "education"))


def _occupation_text(row: ParsedRow) -> str:
    return str(row.values.get("occupation", "")).strip()


def _is_label(text: str) -> bool:
    return bool(text) and not is_total(text) and _CODE_FIRST.fullmatch(text) is None and not _unclassified(text)


def _unclassified(text: str) -> bool:
    return any(word in text.casefold() for word in _UNCLASSIFIED_WORDS)


def file_scheme(parsed: ParsedFile) -> tuple[str, list[Finding]]:
    """The scheme rows without their own use: as the person declared it (`--scheme`), else recognised from the
    labels, else ISCO-08 with a warning."""
    declared = parsed.options.get("scheme")
    if declared:
        return declared, []
    if "occupation" not in parsed.present:
        return DEFAULT_SCHEME, []
    labels = {_occupation_text(row) for row in parsed.rows if "scheme" not in row.values}
    labels = {text for text in labels if _is_label(text)}
    possible = {"isco08", "isco88"}
    for text in labels:
        possible &= set(schemes_of_label(text)) or possible
    unsure = not labels or len(possible) != 1
    needs_scheme = any("scheme" not in row.values and _occupation_text(row) for row in parsed.rows)
    scheme = next(iter(possible)) if len(possible) == 1 else DEFAULT_SCHEME
    if unsure and needs_scheme:
        return scheme, [warning(0, "scheme", "labour_scheme_assumed", scheme="ISCO-08")]
    return scheme, []


def _occupation(row: ParsedRow, scheme: str) -> tuple[str, str, Finding | None]:
    text = _occupation_text(row)
    if not text or is_total(text):
        return TOTAL, "", None
    if _unclassified(text):
        return UNCLASSIFIED, text, None
    match = _CODE_FIRST.fullmatch(text)
    if match is not None:
        code = match.group(1)
        if not valid_code(scheme, code):
            return "", text, error(row.row, "occupation", "labour_occupation_not_in_scheme", value=text,
                                   scheme=scheme.upper())
        return code, match.group(2) or "", None
    code_found = code_of_label(scheme, text)
    if code_found is None:
        return "", text, error(row.row, "occupation", "labour_occupation_not_in_scheme", value=text,
                               scheme=scheme.upper())
    return code_found, text, None


def _dimension(values: dict[str, Any], name: str) -> str:
    text = str(values.get(name, "")).strip()
    return TOTAL if not text or is_total(text) else text


def fact_of_row(row: ParsedRow, default_scheme: str, file_name: str) -> tuple[dict[str, Any] | None, list[Finding]]:
    """The fact a valid row states, or None with the findings that keep it out."""
    values = row.values
    findings = [error(row.row, name, "import_required", column=DEMAND.column(name).header_th)
                for name in ("year", "unit", "source") if name not in values]
    scheme = values.get("scheme", default_scheme)
    occupation, occupation_label, problem = _occupation(row, scheme)
    if problem is not None:
        findings.append(problem)
    if findings:
        return None, findings
    province, region = _dimension(values, "province"), _dimension(values, "region")
    area_kind, area = ("province", province) if province != TOTAL else ("region", region) if region != TOTAL \
        else ("country", COUNTRY)
    dims = {column: _dimension(values, name) for name, column in _DIMENSIONS}
    key = FactKey(source=values["source"], measure=values.get("measure", DEFAULT_MEASURE), year=values["year"],
                  quarter=values.get("quarter", 0), month=values.get("month", 0), area=area, sex=dims["sex"],
                  age_group=dims["age_group"], scheme=scheme, occupation=occupation, industry=dims["industry"],
                  education=dims["education"])
    unit_text, multiplier = values["unit"]
    return {"fact_key": key.digest(), "label": key.label(), "source": key.source, "measure": key.measure,
            "year": key.year, "quarter": key.quarter, "month": key.month, "area_kind": area_kind, "area": area,
            **dims, "scheme": scheme, "occupation": occupation, "occupation_label": occupation_label[:300],
            "value": values["value"], "multiplier": multiplier, "unit": unit_text, "file_name": file_name[:255],
            "file_row": row.row}, []
