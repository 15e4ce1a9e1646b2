"""The `trainees` import: rows matched to trainees by national ID or passport, inserts and field updates in bulk."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from vocdesk.domain.thai_ids import mask_national_id
from vocdesk.io.imports import CancelCheck, ImportCancelled, ParsedFile, ParsedRow
from vocdesk.io.imports.findings import error
from vocdesk.io.imports.training_trainees import TRAINEES
from vocdesk.persistence.models import Trainee
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.kinds.imports import ImportPlan, RowChange
from vocdesk.services.training import TRAINEES as TRAINEES_CHANGED

DIRECT = {"idcard": "national_id", "passportNo": "passport_no", "prefixName": "prefix", "firstName": "first_name",
          "lastName": "last_name", "birthDate": "birth_date", "gender": "sex", "tel": "phone", "province": "province",
          "education": "education", "employment": "employment", "pdpaConsent": "pdpa_consent"}
SHOWN_AS = {field: column for column, field in DIRECT.items()}
TABLE = cast(Table, Trainee.__table__)
DEFAULTS: dict[str, Any] = {"national_id": None, "national_id_override": "", "passport_no": None, "prefix": "",
                            "birth_date": None, "sex": "", "phone": "", "province": "", "education": "",
                            "employment": "", "pdpa_consent": False, "version": 1}


@dataclass
class RowPlan:
    trainee_id: int | None
    values: dict[str, Any]


def _values(row: ParsedRow) -> dict[str, Any]:
    new = {field: row.values[column] for column, field in DIRECT.items() if column in row.values}
    if "pdpa_consent" in new:
        new["pdpa_consent"] = new["pdpa_consent"] == "1"
    return new


def _holders(session: Session, column: Any, numbers: list[str]) -> dict[str, Trainee]:
    found: dict[str, Trainee] = {}
    for start in range(0, len(numbers), 2000):
        for trainee in session.scalars(select(Trainee).where(column.in_(numbers[start:start + 2000]))):
            found[str(getattr(trainee, column.key))] = trainee
    return found


def _shown(name: str, old: Any, new: Any) -> tuple[Any, Any]:
    """A changed field for the preview; a passport number masked like a national ID (PDPA)."""
    if name == "passport_no":
        return mask_national_id(old) if old else "", mask_national_id(new)
    return old, new


class TraineeImport:
    """The ImportKind for trainees (members of the public): one record per national ID, or per passport number for
    someone without one (a row with both is matched by the national ID)."""

    declaration = TRAINEES
    permission = "training.trainees"
    changes = (TRAINEES_CHANGED,)

    def plan(self, session: Session, parsed: ParsedFile, uow: UnitOfWork) -> ImportPlan:
        by_id = _holders(session, Trainee.national_id,
                         [r.values["idcard"] for r in parsed.rows if "idcard" in r.values])
        by_passport = _holders(session, Trainee.passport_no,
                               [r.values["passportNo"] for r in parsed.rows if "passportNo" in r.values])
        bad = {f.row for f in parsed.findings if f.is_error}
        plan = ImportPlan()
        for row in parsed.rows:
            key = row.values.get("idcard") or row.values.get("passportNo")
            if key is None:
                continue
            new = _values(row)
            old = by_id.get(key) if "idcard" in row.values else by_passport.get(key)
            holder = by_passport.get(row.values.get("passportNo", ""))
            if holder is not None and holder is not old and row.row not in bad:
                plan.findings.append(error(row.row, "passportNo", "import_passport_in_use",
                                           value=mask_national_id(holder.passport_no or ""),
                                           name=f"{holder.first_name} {holder.last_name}"))
                bad.add(row.row)
            if old is None:
                for name in ("firstName", "lastName"):
                    if name not in row.values and row.row not in bad:
                        plan.findings.append(error(row.row, name, "import_required",
                                                   column=TRAINEES.column(name).header_th))
                        bad.add(row.row)
            if row.row in bad:
                continue
            if old is None:
                plan.changes[row.row] = RowChange(row.row, mask_national_id(key), "insert")
                plan.payload[row.row] = RowPlan(None, new)
                continue
            diff = {name: value for name, value in new.items() if getattr(old, name) != value}
            if not diff:
                plan.unchanged.add(row.row)
                continue
            shown = {SHOWN_AS[name]: _shown(name, getattr(old, name), value) for name, value in diff.items()
                     if name != "national_id"}
            plan.changes[row.row] = RowChange(row.row, mask_national_id(key), "update", shown)
            plan.payload[row.row] = RowPlan(old.id, diff)
        return plan

    def write(self, uow: UnitOfWork, parsed: ParsedFile, plan: ImportPlan, rows: list[int],
              cancel: CancelCheck | None) -> tuple[int, int]:
        plans = [cast(RowPlan, plan.payload[row]) for row in rows]
        if cancel is not None and cancel():
            raise ImportCancelled()
        inserts = [{**DEFAULTS, **p.values} for p in plans if p.trainee_id is None]
        if inserts:
            uow.session.execute(insert(TABLE), inserts)
        updates = [p for p in plans if p.trainee_id is not None]
        by_fields: dict[tuple[str, ...], list[RowPlan]] = {}
        for p in updates:
            by_fields.setdefault(tuple(sorted(p.values)), []).append(p)
        for names, group in by_fields.items():
            statement = (update(TABLE).where(TABLE.c.id == bindparam("_id"))
                         .values({name: bindparam(f"_{name}") for name in names} | {"version": TABLE.c.version + 1}))
            uow.session.connection().execute(statement, [
                {"_id": p.trainee_id, **{f"_{name}": p.values[name] for name in names}} for p in group])
        uow.audit("training.trainees.import", "training_trainee", parsed.path.name,
                  {"inserted": [None, len(inserts)], "updated": [None, len(updates)]})
        uow.changed(TRAINEES_CHANGED)
        return len(inserts), len(updates)
