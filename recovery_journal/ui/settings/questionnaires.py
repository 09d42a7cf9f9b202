"""Settings → Questionnaires: switch each one on (none is on at first), choose how often it is
offered, or answer one now. Saved in the vault as soon as it changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from recovery_journal.model import BundledHelplines
from recovery_journal.questionnaires import INSTRUMENTS, Instrument
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import tokens
from recovery_journal.ui.questionnaires.dialog import QuestionnaireDialog
from recovery_journal.ui.widgets.card import Card
from recovery_journal.ui.widgets.wrap_check import WrapCheckBox

# How often each is offered when first switched on, in days: PHQ-9 and GAD-7 ask about the
# last 2 weeks, QPR-15 about the last 7 days and is slow to change, ONS4 about yesterday.
_FIRST_DAYS = {"ons4": 7, "phq9": 14, "gad7": 14, "qpr15": 28}
_DAYS, _WEEKS = 0, 1


class QuestionnaireRow:
    """The controls of one questionnaire on the card."""

    def __init__(self, card: QuestionnairesCard, instrument: Instrument) -> None:
        self.instrument = instrument
        self.on = WrapCheckBox(card.tr("Offer %1").replace("%1", instrument.title), card)
        self.on.setAccessibleName(self.on.text())
        self.every = QSpinBox(card)
        self.every.setRange(1, 52)
        self.every.setPrefix(card.tr("every "))
        self.every.setAccessibleName(
            card.tr("How often to offer %1").replace("%1", instrument.name))
        self._card = card
        self.unit = QComboBox(card)
        self.unit.addItem("", _DAYS)
        self.unit.addItem("", _WEEKS)
        self.name_units()
        self.every.valueChanged.connect(lambda _v: self.name_units())
        self.unit.setAccessibleName(card.tr("Days or weeks for %1").replace("%1", instrument.name))
        self.answer = QPushButton(card.tr("Answer now"), card)
        self.answer.setAccessibleName(card.tr("Answer %1 now").replace("%1", instrument.name))
        self.answer.setAutoDefault(False)

    def name_units(self) -> None:
        """"every 1 week", "every 2 weeks": the unit agrees with the number."""
        one = self.every.value() == 1
        tr = self._card.tr
        self.unit.setItemText(_DAYS, tr("day") if one else tr("days"))
        self.unit.setItemText(_WEEKS, tr("week") if one else tr("weeks"))

    def show_days(self, days: int) -> None:
        """Show a stored interval as weeks when it is whole weeks, else as days."""
        shown = days or _FIRST_DAYS[self.instrument.key]
        weeks = shown % 7 == 0
        self.unit.setCurrentIndex(_WEEKS if weeks else _DAYS)
        self.every.setMaximum(52 if weeks else 366)
        self.every.setValue(shown // 7 if weeks else shown)
        self.on.setChecked(days > 0)
        self.every.setEnabled(days > 0)
        self.unit.setEnabled(days > 0)

    def days(self) -> int:
        """The interval chosen now, in days (0 when switched off)."""
        if not self.on.isChecked():
            return 0
        factor = 7 if self.unit.currentData() == _WEEKS else 1
        return min(366, self.every.value() * factor)


class QuestionnairesCard(Card):
    """One row per questionnaire; each change is saved at once and said in `saved`."""

    saved = Signal(str)

    def __init__(
        self, repos: Repositories, parent: QWidget | None = None, *,
        region_help: Callable[[], BundledHelplines | None] = lambda: None,
    ) -> None:
        super().__init__(self.tr("Questionnaires"), parent)
        self._repos = repos
        self._region_help = region_help
        self.dialog: QuestionnaireDialog | None = None
        about = QLabel(self.tr(
            "Well-known questionnaires you may answer now and then, for yourself, to notice "
            "change over time. None is on unless you switch it on; when one is due, Today "
            "offers it once, and \u201cNot now\u201d is always fine. Your answers stay in "
            "your journal."), self)
        about.setWordWrap(True)
        self.add(about)
        grid = QGridLayout()
        grid.setHorizontalSpacing(tokens.SPACE_S)
        grid.setVerticalSpacing(tokens.SPACE_S)
        self.add_layout(grid)
        self.rows: dict[str, QuestionnaireRow] = {}
        for number, each in enumerate(INSTRUMENTS):
            row = QuestionnaireRow(self, each)
            self.rows[each.key] = row
            # The name on its own line, its choices under it: long names wrap at 200 % text.
            # "Answer now" under how often: beside it the row held Settings wider than the
            # screen at 200 % in a longer language.
            grid.addWidget(row.on, 3 * number, 0, 1, 4)
            grid.addWidget(row.every, 3 * number + 1, 0)
            grid.addWidget(row.unit, 3 * number + 1, 1)
            grid.addWidget(row.answer, 3 * number + 2, 0, 1, 2,
                           Qt.AlignmentFlag.AlignLeft)
            row.show_days(int(repos.settings.get(f"questionnaire_{each.key}_days")))
            row.on.toggled.connect(lambda _on, r=row: self._save(r))
            row.every.valueChanged.connect(lambda _v, r=row: self._save(r))
            row.unit.currentIndexChanged.connect(lambda _i, r=row: self._unit_changed(r))
            row.answer.clicked.connect(lambda _c=False, i=each: self.answer(i))
        grid.setColumnStretch(3, 1)

    def _unit_changed(self, row: QuestionnaireRow) -> None:
        row.every.setMaximum(52 if row.unit.currentData() == _WEEKS else 366)
        self._save(row)

    def _save(self, row: QuestionnaireRow) -> None:
        days = row.days()
        row.every.setEnabled(days > 0)
        row.unit.setEnabled(days > 0)
        self._repos.settings.set(f"questionnaire_{row.instrument.key}_days", days)
        self.saved.emit(self.tr("Saved"))

    def answer(self, instrument: Instrument) -> None:
        """Open a questionnaire now, whether or not it is switched on."""
        dialog = QuestionnaireDialog(instrument, self._repos, self,
                                     region_help=self._region_help)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
