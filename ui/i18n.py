"""Interface language: Thai by default, English on request; switching installs a translator live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("th", "en")
TRANSLATION_STEM = "vocdesk"
"""Source strings are English; resources/i18n/vocdesk_th.ts holds the Thai text (compiled to .qm)."""

_state: dict[str, object] = {"language": "th", "translator": None}


def current_language() -> str:
    return str(_state["language"])


def qm_path(i18n_dir: Path, language: str) -> Path:
    return i18n_dir / f"{TRANSLATION_STEM}_{language}.qm"


def set_language(language: str, i18n_dir: Path) -> None:
    """Install the translator for `language`; every widget receives a LanguageChange event."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    app = QCoreApplication.instance()
    old = _state["translator"]
    if app is not None and isinstance(old, QTranslator):
        QCoreApplication.removeTranslator(old)
    _state["translator"] = None
    _state["language"] = language
    if language != "en" and app is not None:
        translator = QTranslator(app)
        path = qm_path(i18n_dir, language)
        if not translator.load(str(path)):
            raise FileNotFoundError(f"translation missing: {path}")
        QCoreApplication.installTranslator(translator)
        _state["translator"] = translator
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


def tr(text: str) -> str:
    """Translate an interface text (English source). pyside6-lupdate collects every `tr("...")` call."""
    return QCoreApplication.translate("", text)
