"""A reviewed starting map from common สาขาวิชา (by OVEC major-code prefix or Thai name) to ISCO-08 groups.

No official mapping exists (DOMAIN.md); these weights are a starting point the college reviews and edits. Each
entry: words found in the programme's Thai name → [(ISCO-08 code, weight)], weights summing to 1.
"""

from __future__ import annotations

STARTING_MAP: tuple[tuple[tuple[str, ...], tuple[tuple[str, float], ...]], ...] = (
    (("ช่างยนต์", "ยานยนต์", "เครื่องกล"), (("7231", 0.6), ("7233", 0.2), ("3115", 0.2))),
    (("ไฟฟ้า",), (("7411", 0.6), ("7412", 0.2), ("3113", 0.2))),
    (("อิเล็กทรอนิกส์",), (("7421", 0.6), ("3114", 0.4))),
    (("เชื่อม", "โลหะ"), (("7212", 0.7), ("7214", 0.3))),
    (("ก่อสร้าง", "โยธา"), (("7111", 0.4), ("7112", 0.2), ("3112", 0.4))),
    (("การบัญชี", "บัญชี"), (("4311", 0.6), ("3313", 0.4))),
    (("การตลาด",), (("5223", 0.5), ("3322", 0.5))),
    (("คอมพิวเตอร์ธุรกิจ", "เทคโนโลยีธุรกิจดิจิทัล"), (("4132", 0.3), ("3512", 0.4), ("3514", 0.3))),
    (("เทคโนโลยีสารสนเทศ", "คอมพิวเตอร์"), (("3512", 0.5), ("3513", 0.3), ("2519", 0.2))),
    (("การโรงแรม",), (("4224", 0.4), ("5131", 0.3), ("5151", 0.3))),
    (("การท่องเที่ยว",), (("4221", 0.5), ("5113", 0.5))),
    (("อาหารและโภชนาการ", "อาหาร"), (("5120", 0.6), ("7512", 0.4))),
    (("แมคคาทรอนิกส์", "เมคคาทรอนิกส์", "หุ่นยนต์"), (("3139", 0.5), ("7543", 0.2), ("3114", 0.3))),
    (("เกษตร", "พืชศาสตร์", "สัตวศาสตร์"), (("6111", 0.5), ("6121", 0.3), ("3142", 0.2))),
)


def suggested_for(programme_name_th: str) -> tuple[tuple[str, float], ...]:
    """The starting entry whose words appear first in the list for this programme name (none → empty)."""
    for words, occupations in STARTING_MAP:
        if any(word in programme_name_th for word in words):
            return occupations
    return ()
