"""The app's translations, loaded once at start: the person's language, over the English forms.

Three languages: English (the source; its `.qm` holds only the plural forms, "1 helpline" /
"2 helplines"), Welsh and Spanish. The chosen language's `.qm` is installed over the English one,
so a text not yet translated falls back to English with its plural forms intact; Qt's own texts
(the buttons of a message box, a spin box's menu) come from PySide6's `qtbase_xx.qm` when present.
`QLocale.setDefault` follows the choice, so dates and numbers read the same way. Built by
`scripts/translations.py` from `resources/i18n/recovery_journal_{en,cy,es}.ts`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recovery_journal.insights.language import fill  # noqa: F401 (the UI fills its texts with it)
from recovery_journal.resources import resource_path

ENGLISH = "recovery_journal_en"
# Each language named in itself: a person finds their own language by its own name.
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg", "es": "Español"}
DEFAULT_LANGUAGE = "en"
_OWN = "recovery_journal_language"
_QT = "qtbase_language"


def system_language(locale: QLocale | None = None) -> str:
    """The system's language when the app speaks it, else English."""
    locale = locale if locale is not None else QLocale.system()
    code = QLocale.languageToCode(locale.language())
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def translation_file(language: str) -> Path:
    """The compiled translations of `language` (one of `LANGUAGES`)."""
    return Path(str(resource_path("i18n", f"recovery_journal_{language}.qm")))


ANY_CONTEXT = "@any"  # scripts/translations.py files every translation here too, by source


class Translator(QTranslator):
    """A language's translations, found by their text when the context is not the one
    lupdate saw (`parent.tr("…")` runs under the parent's class name)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        found = super().translate(context, source, disambiguation, n)
        # None (a null QString) means "not here": Qt then asks the English translator below.
        return found or super().translate(  # type: ignore[return-value]
            ANY_CONTEXT, source, disambiguation, n) or None


def _install(app: QCoreApplication, name: str, path: Path) -> QTranslator | None:
    translator = Translator(app) if name == _OWN else QTranslator(app)
    translator.setObjectName(name)
    # A missing file leaves English: readable, so it is not worth a crash.
    if translator.load(str(path)):
        app.installTranslator(translator)
        return translator
    translator.deleteLater()
    return None


def install_translations(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> QTranslator:
    """Load the English forms into `app` (once), then `language` over them; returns the English.

    A second call with another language replaces the first language's files (tests switch).
    """
    found = app.findChild(QTranslator, ENGLISH)
    english = found if isinstance(found, QTranslator) else None
    if english is None:
        english = QTranslator(app)
        english.setObjectName(ENGLISH)
        if english.load(str(translation_file("en"))):
            app.installTranslator(english)
    for name in (_OWN, _QT):
        old = app.findChild(QTranslator, name)
        if isinstance(old, QTranslator):
            app.removeTranslator(old)
            old.setObjectName("")
            old.deleteLater()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language) if language != DEFAULT_LANGUAGE else QLocale.system())
    if language != DEFAULT_LANGUAGE:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _install(app, _QT, qt_folder / f"qtbase_{language}.qm")
        _install(app, _OWN, translation_file(language))
    return english


def current_language(app: QCoreApplication) -> str:
    """The language whose translations are installed in `app` (English when none)."""
    found = app.findChild(QTranslator, _OWN)
    if isinstance(found, QTranslator):
        code = found.language().split("_")[0]
        return code if code in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """`language`'s translations and QLocale in the running application for a while (the
    command line's report, drawn by Qt); English again after. English or no app: nothing."""
    app = QCoreApplication.instance()
    if language == DEFAULT_LANGUAGE or language not in LANGUAGES or app is None:
        yield
        return
    install_translations(app, language)
    try:
        yield
    finally:
        install_translations(app, DEFAULT_LANGUAGE)
