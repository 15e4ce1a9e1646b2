"""Interface language: Thai by default, English on request; switching installs a translator live."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("th", "en")
TRANSLATION_STEM = "vocdesk"
"""Source strings are English; resources/i18n/vocdesk_th.ts holds the Thai text (compiled to .qm)."""
QT_STEM = "qtbase"
"""Qt's own texts (standard buttons: OK, Cancel, Yes, No...): Qt ships no Thai, so resources/i18n/qtbase_th.ts."""

_state: dict[str, object] = {"language": "th", "translators": []}


def current_language() -> str:
    return str(_state["language"])


def qm_path(i18n_dir: Path, language: str, stem: str = TRANSLATION_STEM) -> Path:
    return i18n_dir / f"{stem}_{language}.qm"


def set_language(language: str, i18n_dir: Path) -> None:
    """Install the translator for `language`; every widget receives a LanguageChange event."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    app = QCoreApplication.instance()
    old = _state["translators"]
    assert isinstance(old, list)
    if app is not None:
        for translator in old:
            QCoreApplication.removeTranslator(translator)
    installed: list[QTranslator] = []
    _state["translators"] = installed
    _state["language"] = language
    if language != "en" and app is not None:
        for stem in (QT_STEM, TRANSLATION_STEM):
            translator = QTranslator(app)
            path = qm_path(i18n_dir, language, stem)
            if not translator.load(str(path)):
                raise FileNotFoundError(f"translation missing: {path}")
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
    locale = QLocale(QLocale.Language.Thai, QLocale.Country.Thailand) if language == "th" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    if app is not None and language == "en":
        # Removing the only translator sends LanguageChange too; make sure widgets hear it either way.
        from PySide6.QtCore import QEvent

        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))


def pick(thai: str, english: str) -> str:
    """Choose between a Thai and an English text (for data-driven labels such as column headers)."""
    return thai if current_language() == "th" else english


def tr(text: str, disambiguation: str | None = None) -> str:
    """Translate an interface text (English source). pyside6-lupdate collects every `tr("...")` call; where one
    English text needs two Thai words, `disambiguation` (lupdate's comment) tells them apart: `tr("Name", "of a
    person")` is ชื่อ where a plain `tr("Name")` is รายการ."""
    return QCoreApplication.translate("", text, disambiguation)


ZWSP = "\u200b"


def is_thai(char: str) -> bool:
    return bool(char) and "\u0e01" <= char <= "\u0e5b"


def with_word_breaks(text: str, min_length: int = 0) -> str:
    """Thai text with a zero-width space at each boundary between two Thai words (newmm segmenter).

    Qt on Windows has no libthai: without these hints a wrapping label breaks Thai mid-word or not at all.
    Texts that already carry hints, are shorter than `min_length` or hold no Thai come back unchanged.
    """
    if ZWSP in text or len(text) < min_length or not any(is_thai(ch) for ch in text):
        return text
    from vocdesk.io.pdf.linebreak import split_words  # loads the segmenter (about a second) on first use

    lines = []
    for line in text.split("\n"):
        words = split_words(line)
        joined = words[:1]
        for word in words[1:]:
            thai_boundary = is_thai(joined[-1][-1:]) and is_thai(word[:1])  # never inside {placeholders}
            joined.append((ZWSP if thai_boundary else "") + word)
        lines.append("".join(joined))
    return "\n".join(lines)


def wrappable(text: str) -> str:
    """Text for a word-wrapping label: word-break hints where Qt cannot find Thai words itself (Windows)."""
    return with_word_breaks(text) if sys.platform == "win32" else text
