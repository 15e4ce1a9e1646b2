"""The dual system's share of an OVEC package: partner enterprises and placements, learners pseudonymised."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.domain.programme_codes import national_code
from vocdesk.io.package.dual_tables import DUAL_ENTERPRISE, DUAL_PLACEMENT
from vocdesk.persistence.models import DualMou, DualPlacement, Enterprise, Learner, Programme
from vocdesk.services.kinds.package_tables import PackageTable, Row, cell_text, counter, has_tables


def _key(tax_id: str | None, enterprise_id: int) -> str:
    return tax_id or f"local-{enterprise_id}"


def _partners(session: Session) -> list[int]:
    """Enterprises with an MOU or a placement: the dual partners (teachers' other enterprises stay home)."""
    with_mou = select(DualMou.enterprise_id)
    placed = select(DualPlacement.enterprise_id)
    return list(session.scalars(select(Enterprise.id).where(Enterprise.id.in_(with_mou) | Enterprise.id.in_(placed))))


def _enterprise_rows(session: Session, period: str) -> Iterator[Row]:
    last_end = (select(DualMou.enterprise_id, func.max(DualMou.end_date).label("end"),
                       func.count(DualMou.id).label("n"), func.count(DualMou.end_date).label("dated"))
                .group_by(DualMou.enterprise_id).subquery())
    query = (select(Enterprise, last_end.c.end, last_end.c.n, last_end.c.dated)
             .outerjoin(last_end, last_end.c.enterprise_id == Enterprise.id)
             .where(Enterprise.id.in_(_partners(session))).order_by(Enterprise.tax_id, Enterprise.id))
    for e, end, count, dated in session.execute(query):
        open_ended = count is not None and dated is not None and dated < count
        yield (_key(e.tax_id, e.id), e.name_th, e.branch, e.tsic_code, e.province, e.size_band,
               "" if open_ended else cell_text(end))


def _placement_rows(session: Session, period: str) -> Iterator[Row]:
    query = (select(DualPlacement, Learner.national_id, Learner.level, Programme.major_code, Enterprise.tax_id)
             .join(Learner, Learner.id == DualPlacement.learner_id)
             .join(Programme, Programme.id == Learner.programme_id)
             .join(Enterprise, Enterprise.id == DualPlacement.enterprise_id).order_by(DualPlacement.id))
    for p, national_id, level, major, tax_id in session.execute(query):
        yield (str(p.id), national_id, level, national_code(major), _key(tax_id, p.enterprise_id),
               p.start_date.isoformat(), p.end_date.isoformat(), str(p.semesters), p.status, f"{p.allowance:.2f}",
               p.allowance_per)


def _count_partners(session: Session, _period: str) -> int:
    return len(_partners(session))


def package_tables() -> tuple[PackageTable, ...]:
    available = has_tables("dual_placement", "dual_mou")
    return (
        PackageTable("dual_enterprises", DUAL_ENTERPRISE, _enterprise_rows, _count_partners, (), available, order=40),
        PackageTable("dual_placements", DUAL_PLACEMENT, _placement_rows, counter(DualPlacement), ("idcard",),
                     available, order=41),
    )
