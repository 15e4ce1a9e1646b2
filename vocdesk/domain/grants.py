"""Pure grant and purchase rules: money in integer satang, VAT per line, the policy band, balances."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from vocdesk.domain.thai_ids import to_ascii_digits
from vocdesk.errors import ValidationFailed

SATANG_PER_BAHT = 100
DEFAULT_VAT_PERCENT = Decimal("7")
DEFAULT_BAND_MIN_BAHT = 1_000_000
DEFAULT_BAND_MAX_BAHT = 3_000_000
QUANTITY_PLACES = Decimal("0.001")

WARN_BELOW_BAND = "grant_below_band"
WARN_ABOVE_BAND = "grant_above_band"


class LineKind(enum.Enum):
    """What a purchase line buys: assets become register entries; the others only draw the grant down."""

    ASSET = "asset"
    CONSUMABLE = "consumable"
    SERVICE = "service"


def parse_baht(value: object, field: str = "amount") -> int:
    """Baht as typed ('1,250.50', '๑๒๕๐', Decimal, int) → integer satang; floats and fractions of satang refused."""
    if isinstance(value, bool | float):
        raise ValidationFailed("money_format", field=field, value=str(value))
    text = to_ascii_digits(str(value)).replace(",", "").replace("฿", "").replace("บาท", "").strip()
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationFailed("money_format", field=field, value=str(value)) from None
    if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
        raise ValidationFailed("money_format", field=field, value=str(value))
    return int(amount * SATANG_PER_BAHT)


def format_baht(satang: int) -> str:
    """1234550 → '12,345.50' (negative amounts keep their sign)."""
    sign = "-" if satang < 0 else ""
    whole, part = divmod(abs(satang), SATANG_PER_BAHT)
    return f"{sign}{whole:,}.{part:02d}"


def parse_quantity(value: object, field: str = "quantity") -> Decimal:
    """A positive quantity with at most three decimals (2.5 kg of welding rods is normal)."""
    try:
        quantity = Decimal(to_ascii_digits(str(value)).replace(",", "").strip())
    except InvalidOperation:
        raise ValidationFailed("quantity_format", field=field, value=str(value)) from None
    if not quantity.is_finite() or quantity <= 0 or quantity != quantity.quantize(QUANTITY_PLACES):
        raise ValidationFailed("quantity_format", field=field, value=str(value))
    return quantity


def _round_satang(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class LineAmounts:
    """Net, VAT and total of one purchase line, in satang; total = net + vat exactly."""

    net: int
    vat: int
    total: int


def line_amounts(quantity: Decimal, unit_price: int, vat_percent: Decimal, price_includes_vat: bool) -> LineAmounts:
    """Quantity × unit price, VAT rounded half-up to the satang on the line (as a tax invoice does)."""
    if vat_percent < 0 or vat_percent >= 100:
        raise ValidationFailed("vat_rate", field="vat_percent", value=str(vat_percent))
    if unit_price < 0:
        raise ValidationFailed("money_negative", field="unit_price")
    gross = _round_satang(quantity * unit_price)
    if price_includes_vat:
        net = _round_satang(Decimal(gross) * 100 / (100 + vat_percent))
        return LineAmounts(net=net, vat=gross - net, total=gross)
    vat = _round_satang(Decimal(gross) * vat_percent / 100)
    return LineAmounts(net=gross, vat=vat, total=gross + vat)


def split_cost(total: int, count: int) -> list[int]:
    """Share a line total among `count` assets; the first ones take the odd satang so the parts add up."""
    if count <= 0:
        raise ValueError("count must be positive")
    base, extra = divmod(total, count)
    return [base + (1 if index < extra else 0) for index in range(count)]


@dataclass(frozen=True)
class PolicyBand:
    """The policy's expected grant size per curriculum (a setting; default 1–3 million baht)."""

    minimum: int = DEFAULT_BAND_MIN_BAHT * SATANG_PER_BAHT
    maximum: int = DEFAULT_BAND_MAX_BAHT * SATANG_PER_BAHT

    def warning_for(self, amount: int) -> str | None:
        """A warning code to confirm when `amount` lies outside the band; None inside it."""
        if amount < self.minimum:
            return WARN_BELOW_BAND
        if amount > self.maximum:
            return WARN_ABOVE_BAND
        return None


def grant_balance(amount: int, adjustments: int, committed: int) -> int:
    """What is left to spend: the grant plus top-ups/transfers in, minus transfers out and all purchases."""
    return amount + adjustments - committed


def shortfall(balance: int, needed: int) -> int:
    """How much is missing to pay `needed` from `balance` (0 when it fits)."""
    return max(0, needed - balance)
