"""One survey row to one answer: find the graduate in the register (code, ID, then name), read the occupation."""

from __future__ import annotations

from typing import Any

from vocdesk.domain.labour.matching import match_name, suggest_occupations
from vocdesk.domain.labour.occupations import valid_code
from vocdesk.io.imports import ParsedRow
from vocdesk.io.imports.findings import Finding, error, warning
from vocdesk.services.labour.graduates import Graduate

ROW_FIELDS = {"status": "status", "inField": "in_field", "employer": "employer", "industry": "industry",
              "salaryBand": "salary_band", "province": "province", "evidence": "evidence",
              "verifiedBy": "verified_by", "surveyedOn": "surveyed_on"}
"""Import column → stored field (the occupation column fills `occupation` and `occupation_title`)."""


class Cohort:
    """The graduates of one cohort, looked up by student code, national ID and name."""

    def __init__(self, graduates: list[Graduate]) -> None:
        self.by_code = {g.student_code: g for g in graduates}
        self.by_id = {g.national_id: g for g in graduates if g.national_id}
        self.names = {g.learner_id: g.name for g in graduates}
        self.by_learner = {g.learner_id: g for g in graduates}


def find_graduate(row: ParsedRow, cohort: Cohort) -> tuple[Graduate | None, str, list[Finding]]:
    """(graduate, how found, findings): the code or ID decides; a name alone is matched fuzzily and said so."""
    values, shown_year = row.values, int(row.values["cohortYear"]) + 543
    if "studentCode" in values:
        found = cohort.by_code.get(values["studentCode"])
        if found is None:
            return None, "", [error(row.row, "studentCode", "labour_outcome_no_graduate",
                                    value=values["studentCode"], year=shown_year)]
        return found, "student_code", []
    if "idcard" in values:
        found = cohort.by_id.get(values["idcard"])
        if found is None:
            return None, "", [error(row.row, "idcard", "labour_outcome_no_graduate", value=values["idcard"],
                                    year=shown_year)]
        return found, "national_id", []
    name = str(values.get("fullName", ""))
    if not name:
        return None, "", [error(row.row, "studentCode", "labour_outcome_who")]
    learner_id, score, tied = match_name(name, cohort.names)
    if tied:
        return None, "", [error(row.row, "fullName", "labour_outcome_name_ambiguous", value=name,
                                count=len(tied), year=shown_year)]
    if learner_id is None:
        return None, "", [error(row.row, "fullName", "labour_outcome_no_graduate", value=name, year=shown_year)]
    found = cohort.by_learner[learner_id]
    if score < 100:
        return found, "name", [warning(row.row, "fullName", "labour_outcome_name_similar", value=name,
                                       matched=found.name, code=found.student_code, score=score)]
    return found, "name", []


def occupation_of(row: ParsedRow) -> tuple[dict[str, str], list[Finding]]:
    """{occupation, occupation_title} from a code ("7231"), a title, or "7231 ช่างยนต์"; titles get a suggestion."""
    text = str(row.values.get("occupation", "")).strip()
    if not text:
        return {"occupation": "", "occupation_title": ""}, []
    head, _sep, rest = text.partition(" ")
    if head.isascii() and head.isdigit():
        if not valid_code("isco08", head):
            return {}, [error(row.row, "occupation", "labour_occupation_not_in_scheme", value=text, scheme="ISCO-08")]
        return {"occupation": head, "occupation_title": rest.strip()}, []
    suggestions = suggest_occupations(text, limit=1)
    if not suggestions:
        return {"occupation": "", "occupation_title": text}, [
            warning(row.row, "occupation", "labour_occupation_no_code", value=text)]
    best = suggestions[0]
    return {"occupation": best.code, "occupation_title": text}, [
        warning(row.row, "occupation", "labour_occupation_suggested", value=text, code=best.code, title=best.title,
                score=best.score)]


def answer_values(row: ParsedRow, present: frozenset[str], old: dict[str, Any] | None
                  ) -> tuple[dict[str, Any], list[Finding]]:
    """The stored fields this row states; a column the file lacks keeps the old value (or the default)."""
    values: dict[str, Any] = dict(old) if old else {
        "status": "", "in_field": False, "employer": "", "industry": "", "occupation": "", "occupation_title": "",
        "salary_band": "", "province": "", "evidence": "", "verified_by": "", "surveyed_on": None}
    for column, name in ROW_FIELDS.items():
        if column in present:
            values[name] = row.values.get(column, False if name == "in_field" else None if name == "surveyed_on"
                                          else "")
    findings: list[Finding] = []
    if "occupation" in present:
        occupation, findings = occupation_of(row)
        values.update(occupation)
    return values, findings
