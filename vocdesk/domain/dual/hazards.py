"""Work prohibited for employees under 18 (Labour Protection Act B.E. 2541 §49), kept as a reference table by code."""

from __future__ import annotations

from vocdesk.errors import ValidationFailed

# code -> (Thai, English); the Act's list, grouped as DOMAIN.md records it.
HAZARDS: dict[str, tuple[str, str]] = {
    "metal_casting": ("งานหลอม เป่า หล่อ หรือรีดโลหะ", "metal melting, blowing, casting or rolling"),
    "metal_pressing": ("งานปั๊มโลหะ", "metal pressing"),
    "heat_noise": ("งานที่มีความร้อน ความเย็น ความสั่นสะเทือน เสียง หรือแสงเกินระดับ",
                   "work with heat, cold, vibration, noise or light beyond limits"),
    "chemicals": ("งานเกี่ยวกับสารเคมีที่เป็นอันตราย", "hazardous chemicals"),
    "microbes": ("งานเกี่ยวกับจุลชีวันเป็นพิษ", "toxic micro-organisms"),
    "explosives": ("งานเกี่ยวกับวัตถุมีพิษ วัตถุระเบิด หรือวัตถุไวไฟ", "toxic, explosive or flammable substances"),
    "forklift": ("งานขับหรือบังคับรถยก", "driving or operating a forklift"),
    "crane": ("งานขับหรือบังคับปั้นจั่นหรือเครน", "operating a crane"),
    "power_saw": ("งานใช้เลื่อยเดินด้วยพลังไฟฟ้าหรือเครื่องยนต์", "power saws"),
    "underground": ("งานที่ต้องทำใต้ดิน ใต้น้ำ ในถ้ำ อุโมงค์ หรือปล่องในภูเขา", "underground, underwater or tunnel work"),
    "radiation": ("งานเกี่ยวกับกัมมันตภาพรังสี", "radiation"),
    "running_machines": ("งานทำความสะอาดเครื่องจักรหรือเครื่องยนต์ขณะทำงาน", "cleaning machines while they run"),
    "scaffold": ("งานที่ต้องทำบนนั่งร้านสูงกว่าพื้นดินตั้งแต่ 10 เมตรขึ้นไป", "work on scaffolds 10 m or higher"),
}


def clean_hazards(codes: tuple[str, ...]) -> tuple[str, ...]:
    """Codes of the §49 list, in list order; an unknown code is refused."""
    for code in codes:
        if code not in HAZARDS:
            raise ValidationFailed("dual.hazard_unknown", field="hazard_tasks", value=code,
                                   known=", ".join(HAZARDS))
    return tuple(code for code in HAZARDS if code in codes)


def hazard_names(codes: tuple[str, ...], language: str = "th") -> str:
    return ", ".join(HAZARDS[c][0 if language == "th" else 1] if c in HAZARDS else c for c in codes)
