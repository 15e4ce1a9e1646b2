"""Safety limits applied to every imported file before and while it is read (a setting with safe defaults)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportLimits:
    """Limits against oversized files, zip bombs and runaway sheets; the defaults suit a college's largest lists."""

    max_file_bytes: int = 100 * 1024 * 1024
    """The file on disk (xlsx, xlsm or csv)."""
    max_uncompressed_bytes: int = 512 * 1024 * 1024
    """Sum of the uncompressed sizes of all archive members."""
    max_members: int = 5000
    """Archive members; a real workbook has a few dozen."""
    max_compression_ratio: float = 250.0
    """Uncompressed ÷ compressed size of one member; only checked for members larger than `ratio_floor_bytes`."""
    ratio_floor_bytes: int = 4 * 1024 * 1024
    max_data_rows: int = 200_000
    """Non-blank data rows in the chosen table."""
    header_scan_rows: int = 40
    """How many rows from the top of a sheet may hold titles before the header row."""
    prolog_scan_bytes: int = 256 * 1024
    """How much of each XML part is parsed with defusedxml before its root element must have started."""
