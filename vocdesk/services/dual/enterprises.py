"""The one enterprise register shared with teachers' development records: add, edit, list, merge duplicates."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select, update

from vocdesk.domain.dual.enterprise import clean_branch, clean_size_band, clean_tax_id, clean_tsic
from vocdesk.errors import NotFound, ValidationFailed
from vocdesk.persistence.models import DualMou, DualPlacement, DualTrainer, Enterprise, TeacherDevelopment
from vocdesk.services.core.context import UnitOfWork
from vocdesk.services.core.edits import apply_create, apply_edit
from vocdesk.services.core.permissions import require
from vocdesk.services.dual import ENTERPRISES, MOUS, PLACEMENTS, TRAINERS


@dataclass(frozen=True)
class EnterpriseInput:
    """What the form, the CLI and the import give for one enterprise."""

    tax_id: str
    name_th: str
    branch: str = "00000"
    tsic_code: str = ""
    tsic_name: str = ""
    province: str = ""
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    size_band: str = ""


@dataclass(frozen=True)
class EnterpriseRow(EnterpriseInput):
    id: int = 0
    version: int = 0


def _cleaned(data: EnterpriseInput) -> dict[str, str]:
    if not data.name_th.strip():
        raise ValidationFailed("required", field="name_th")
    values = {k: str(v).strip() for k, v in asdict(data).items()}
    values.update(tax_id=clean_tax_id(data.tax_id), branch=clean_branch(data.branch),
                  tsic_code=clean_tsic(data.tsic_code), size_band=clean_size_band(data.size_band))
    return values


def add_enterprise(uow: UnitOfWork, data: EnterpriseInput) -> int:
    """A new enterprise; a tax ID already in the register is refused (merge instead)."""
    require(uow.actor, "dual.edit")
    values = _cleaned(data)
    existing = uow.session.scalars(select(Enterprise.id).where(Enterprise.tax_id == values["tax_id"])).first()
    if existing is not None:
        raise ValidationFailed("dual.tax_id_duplicate", field="tax_id", value=values["tax_id"], existing=existing)
    enterprise = Enterprise(**values)
    apply_create(uow, enterprise, values, action="enterprise.create", entity="enterprise", changes=(ENTERPRISES,))
    return enterprise.id


def edit_enterprise(uow: UnitOfWork, enterprise_id: int, version: int, data: EnterpriseInput) -> int:
    """Change an enterprise read at `version`; someone else's save in between is a conflict."""
    require(uow.actor, "dual.edit")
    found = uow.session.get(Enterprise, enterprise_id)
    if found is None:
        raise NotFound(what=f"enterprise #{enterprise_id}")
    values = _cleaned(data)
    clash = uow.session.scalars(select(Enterprise.id).where(Enterprise.tax_id == values["tax_id"],
                                                            Enterprise.id != enterprise_id)).first()
    if clash is not None:
        raise ValidationFailed("dual.tax_id_duplicate", field="tax_id", value=values["tax_id"], existing=clash)
    if found.version != version:
        from vocdesk.errors import Conflict

        raise Conflict(detail=f"enterprise #{enterprise_id} is at version {found.version}, not {version}")
    apply_edit(uow, found, values, action="enterprise.edit", entity="enterprise", entity_id=enterprise_id,
               changes=(ENTERPRISES,))
    return found.version


def list_enterprises(uow: UnitOfWork) -> list[EnterpriseRow]:
    require(uow.actor, "dual.view")
    rows = uow.session.scalars(select(Enterprise).order_by(Enterprise.name_th, Enterprise.id))
    fields = [f for f in EnterpriseInput.__dataclass_fields__]
    return [EnterpriseRow(**{f: getattr(e, f) or "" for f in fields}, id=e.id, version=e.version) for e in rows]


def merge_enterprises(uow: UnitOfWork, keep_id: int, drop_id: int) -> int:
    """Move every MOU, trainer, placement and teacher development record of `drop_id` to `keep_id`, then delete it."""
    require(uow.actor, "dual.merge")
    if keep_id == drop_id:
        raise ValidationFailed("dual.merge_same", field="enterprise")
    keep, drop = uow.session.get(Enterprise, keep_id), uow.session.get(Enterprise, drop_id)
    if keep is None or drop is None:
        raise NotFound(what=f"enterprise #{drop_id if keep else keep_id}")
    moved = 0
    for model in (DualMou, DualTrainer, DualPlacement, TeacherDevelopment):
        result = uow.session.execute(update(model).where(model.enterprise_id == drop_id).values(enterprise_id=keep_id))
        moved += int(getattr(result, "rowcount", 0) or 0)
    uow.session.delete(drop)
    uow.session.flush()
    uow.audit("enterprise.merge", "enterprise", keep_id, {"merged": [drop_id, None], "tax_id": [drop.tax_id, None],
                                                          "moved_records": [None, moved]})
    uow.changed(ENTERPRISES, MOUS, TRAINERS, PLACEMENTS)
    return moved
