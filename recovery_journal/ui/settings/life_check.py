"""Settings → Life check: how often Today offers one, if at all (never, until the person asks).

The choice is personal, so it lives in the vault.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from recovery_journal.storage.settings import Settings
from recovery_journal.ui.settings.minutes import MinutesBox
from recovery_journal.ui.widgets.card import Card

MOST_WEEKS = 52


class WeeksBox(MinutesBox):
    """Whole weeks: "1 week", "6 weeks" (Qt's plural forms); typing just the number works."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt override)
        return self.tr("%n week(s)", "", value)


class LifeCheckCard(Card):
    """One number: every how many weeks Today offers a life check; 0 is never."""

    saved = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Life check"), parent)
        self._settings = settings
        self.weeks = WeeksBox(self)
        self.weeks.setRange(0, MOST_WEEKS)
        self.weeks.setSpecialValueText(self.tr("Never"))
        self.weeks.setAccessibleName(self.tr("Offer a life check every so many weeks"))
        self.weeks.setValue(settings.get("life_check_every_weeks"))
        form = QFormLayout()
        self.add_layout(form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # A label that wraps: on one line it held the page wider than the screen at 200 %.
        label = QLabel(self.tr("Offer a life check on Today &every"), self)
        label.setWordWrap(True)
        label.setBuddy(self.weeks)
        form.addRow(label, self.weeks)
        about = QLabel(self.tr(
            "A life check asks how satisfied you are with each part of your life, from 1 to 7, "
            "and what is going well. Today offers one only if you choose a number here, and it "
            "can always be put aside. You can take one at any time from Insights."
        ), self)
        about.setWordWrap(True)
        form.addRow(about)
        self.weeks.valueChanged.connect(self._save)

    def _save(self, weeks: int) -> None:
        self._settings.set("life_check_every_weeks", int(weeks))
        self.saved.emit(self.tr("Saved"))
