"""Thai/English labels for stored codes (levels, learner statuses) shown in lists and counts."""

from __future__ import annotations

from ui.i18n import pick
from vocdesk.domain.academic import Level

STATUS_LABELS: dict[str, tuple[str, str]] = {
    "studying": ("กำลังศึกษา", "Studying"),
    "active": ("กำลังศึกษา", "Studying"),
    "graduated": ("สำเร็จการศึกษา", "Graduated"),
    "suspended": ("พักการเรียน", "Suspended"),
    "on_leave": ("พักการเรียน", "On leave"),
    "dismissed": ("พ้นสภาพ", "Dismissed"),
    "dropped": ("พ้นสภาพ", "Dropped out"),
    "dropped_out": ("พ้นสภาพ", "Dropped out"),
    "withdrawn": ("ลาออก", "Withdrawn"),
    "resigned": ("ลาออก", "Withdrawn"),
    "transferred": ("ย้ายสถานศึกษา", "Transferred"),
    "transferred_out": ("ย้ายสถานศึกษา", "Transferred"),
    "deceased": ("ถึงแก่กรรม", "Deceased"),
}


STATUS_ORDER = ("studying", "active", "suspended", "on_leave", "withdrawn", "resigned", "dismissed", "dropped",
                "dropped_out", "transferred", "transferred_out", "graduated", "deceased")


def status_sort_key(code: str) -> tuple[int, str]:
    """Studying first, then the ways of leaving; unknown codes last, alphabetically."""
    return (STATUS_ORDER.index(code) if code in STATUS_ORDER else len(STATUS_ORDER), code)


def status_label(code: str) -> str:
    """The status in the current language; a code we do not know is shown as stored."""
    pair = STATUS_LABELS.get(code)
    return pick(*pair) if pair else code


def level_label(code: str) -> str:
    try:
        level = Level(code)
    except ValueError:
        return code
    return pick(level.label_th, {"pvc": "Cert.", "pvs": "Higher Cert.", "btech": "B.Tech"}[level.value])
