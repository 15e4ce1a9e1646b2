"""A form as plain data: a title, the college's header and blocks of text, labelled fields, tables and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    """A paragraph; `indent` starts its first line in, as Thai official text does."""

    text: str
    indent: bool = True


@dataclass(frozen=True)
class Fields:
    """Label : value lines (an empty value prints a dotted blank to fill in by hand)."""

    pairs: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    columns: Sequence[str]
    rows: Sequence[Sequence[str]]
    weights: Sequence[float] = ()


@dataclass(frozen=True)
class Signature:
    """A signature place: `(name)` under a dotted line, then the role."""

    name: str
    role: str


@dataclass(frozen=True)
class Signatures:
    people: Sequence[Signature]


Block = Heading | Para | Fields | Table | Signatures
BLANK = "................................................"


@dataclass(frozen=True)
class FormDocument:
    """One printed form; `header` is the college's name and address lines at the top centre."""

    title: str
    header: Sequence[str]
    blocks: Sequence[Block]
    subtitle: str = ""
    reference: str = ""
    """The form's number as printed at the top right (MOU number, placement number)."""
    notes: Sequence[str] = field(default_factory=tuple)
