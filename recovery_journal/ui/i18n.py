"""The app's own translations, loaded once at start: for now the English plural forms.

Counts are written as `self.tr("%n helpline(s)", "", n)`; the English `.qm` turns them into
"1 helpline" and "2 helplines", the way any other language's file would. Built by
`scripts/translations.py` from `resources/i18n/recovery_journal_en.ts`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from recovery_journal.resources import resource_path

ENGLISH = "recovery_journal_en"


def install_translations(app: QCoreApplication) -> QTranslator:
    """Load the English plural forms into `app` (once; a second call returns the first)."""
    found = app.findChild(QTranslator, ENGLISH)
    if isinstance(found, QTranslator):
        return found
    translator = QTranslator(app)
    translator.setObjectName(ENGLISH)
    # A missing file would leave "1 helpline(s)": readable, so it is not worth a crash.
    if translator.load(str(resource_path("i18n", f"{ENGLISH}.qm"))):
        app.installTranslator(translator)
    return translator
