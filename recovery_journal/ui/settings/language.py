"""Settings: the language the app speaks (English, Cymraeg, Español).

Kept in AppSettings, outside the vault, so the unlock screen speaks it too. Applied when the
app next opens: every page is built in one language, and rebuilding them all live is not worth
the risk of a half-translated window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.i18n import LANGUAGES, current_language
from recovery_journal.ui.widgets.card import Card
from recovery_journal.ui.widgets.labels import paragraph


class LanguageCard(Card):
    """A choice of language and a word on when it takes effect."""

    saved = Signal(str)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language"), parent)
        self.setObjectName("card")
        self._settings = settings
        self.choice = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)  # each language named in itself: not translated
        self.choice.setCurrentIndex(max(0, self.choice.findData(settings.language())))
        self.choice.setAccessibleName(self.tr("Language"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Language"), self.choice)
        self.add_layout(form)
        self.note = paragraph("")
        self.add(self.note)
        self.choice.currentIndexChanged.connect(self._chosen)
        self._describe()

    def _chosen(self, _index: int) -> None:
        self._settings.set_language(str(self.choice.currentData()))
        self._describe()
        self.saved.emit(self.tr("Saved"))

    def _describe(self) -> None:
        app = QCoreApplication.instance()
        speaking = current_language(app) if app is not None else "en"
        later = self.choice.currentData() != speaking
        self.note.setText(self.tr("Takes effect when you next open the app.") if later else "")
        self.note.setVisible(later)
