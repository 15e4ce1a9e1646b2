"""Thai line breaking: words from the newmm segmenter, lines filled by measured width."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Sequence
from functools import cache

Measure = Callable[[str], float]

# A character cluster never split across lines: an optional leading vowel, a base, then its marks and
# following vowels (SARA A, AA, AM, LAKKHANGYAO).
_CLUSTER = re.compile("[\u0e40-\u0e44]?.[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]*", re.DOTALL)
# Thai letters, marks and signs (not Thai digits, which join runs of numbers like Latin digits do).
_THAI = re.compile("[\u0e01-\u0e4f\u0e5a\u0e5b]")
# Tokens that must not start a line (repetition and abbreviation signs, closing punctuation).
_NO_BREAK_BEFORE = re.compile("^[\u0e46\u0e2f)\\]}.,:;!?%\"'”’]")
# Tokens after which there is no break (opening brackets and quotes).
_NO_BREAK_AFTER = re.compile("[(\\[{\"'“‘]$")


# Royal names in the Thai public-holiday calendar that newmm's word list lacks. Without them a holiday's name is
# broken inside the King's name ("ปร|เมน|ทร|รามาธิบดี|ศรี|สิ|นท|รม…") on a PDF line or a wrapped label.
ROYAL_NAMES = (
    "ปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ", "วชิรเกล้าเจ้าอยู่หัว", "บรมชนกาธิเบศร", "ภูมิพลอดุลยเดช",
    "บรมนาถบพิตร", "นวมินทรมหาราช", "พุทธยอดฟ้าจุฬาโลก", "พันปีหลวง",
)


@cache
def _segmenter() -> Callable[[str], list[str]]:
    """The newmm word segmenter, imported on first use (the import takes about a second), with `ROYAL_NAMES` added
    to its word list: through the list's own `add`, since building a second list of 62,000 words takes as long."""
    from newmm_tokenizer.newmm import DEFAULT_WORD_DICT_TRIE
    from newmm_tokenizer.tokenizer import word_tokenize

    for name in ROYAL_NAMES:
        DEFAULT_WORD_DICT_TRIE.add(name)
    return word_tokenize  # type: ignore[no-any-return]


def split_words(text: str) -> list[str]:
    """Break opportunities of one line of text: words and runs of spaces, in order, joining to `text`."""
    if not text:
        return []
    tokens = re.findall(r"\s+|\S+", text) if text.isascii() else _segmenter()(text)
    glued: list[str] = []
    for token in tokens:
        if glued and _joins(glued[-1], token):
            glued[-1] += token
        else:
            glued.append(token)
    return glued


def _joins(before: str, token: str) -> bool:
    """True where no line may break between two tokens: inside numbers, codes, before ๆ, after '('."""
    if token.isspace() or before.isspace():
        return False
    return bool(
        _NO_BREAK_BEFORE.match(token)
        or _NO_BREAK_AFTER.search(before)
        or not (_THAI.match(token[0]) or _THAI.match(before[-1]))
    )


def clusters(word: str) -> list[str]:
    """The character clusters of `word`: the smallest pieces a too-long word may be cut into."""
    return _CLUSTER.findall(word)


def fill_lines(text: str, width: float, measure: Measure, first_width: float | None = None) -> list[str]:
    """Lines of `text` no wider than `width` (the first no wider than `first_width`), broken between words.

    A newline forces a break; spaces at a break are dropped. A word wider than a whole line is cut between
    character clusters; a single cluster wider than the line is placed alone (nothing narrower exists).
    """
    lines: list[str] = []
    for part in text.split("\n"):
        limit = first_width if first_width is not None and not lines else width
        if measure(part) <= limit:
            lines.append(part.strip(" "))
            continue
        lines.extend(_fill(split_words(part), width, limit, measure))
    return lines


def _fill(tokens: Sequence[str], width: float, first_limit: float, measure: Measure) -> list[str]:
    lines: list[str] = []
    queue = deque(tokens)
    line: list[str] = []  # words and the spaces between them
    used = 0.0
    limit = first_limit
    while queue:
        token = queue.popleft()
        if token.isspace():
            if line:
                line.append(token)
                used += measure(token)
            continue
        size = measure(token)
        if not line or used + size <= limit:
            if not line and size > limit:
                pieces = _cut(token, limit, measure)
                queue.extendleft(reversed(pieces[1:]))
                token, size = pieces[0], measure(pieces[0])
            line.append(token)
            used += size
            continue
        queue.appendleft(token)
        lines.append(_close(line, limit, measure, queue))
        line, used, limit = [], 0.0, width
    if line:
        lines.append(_close(line, limit, measure, queue))
        if queue:  # the last line overflowed and gave words back
            lines.extend(_fill(list(queue), width, width, measure))
    return lines


def _close(line: list[str], limit: float, measure: Measure, queue: deque[str]) -> str:
    """The text of a finished line; words are handed back to `queue` if the whole line measures too wide.

    Summed word widths and the width of the shaped line can differ by kerning at word joins.
    """
    while line and line[-1].isspace():
        line.pop()
    text = "".join(line)
    while len(line) > 1 and measure(text) > limit:
        queue.appendleft(line.pop())
        while line and line[-1].isspace():
            line.pop()
        text = "".join(line)
    return text


def _cut(word: str, limit: float, measure: Measure) -> list[str]:
    """Cut a word wider than `limit` into pieces between character clusters, each fitting if possible."""
    pieces: list[str] = []
    current = ""
    for cluster in clusters(word):
        if current and measure(current + cluster) > limit:
            pieces.append(current)
            current = cluster
        else:
            current += cluster
    pieces.append(current)
    return pieces
