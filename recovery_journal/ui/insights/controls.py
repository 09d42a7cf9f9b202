"""The choices a few charts take: which measures, which measure for the calendar, the
day (or tag) that "Before and after" compares around, and a questionnaire's questions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from recovery_journal.charts.registry import (
    BEFORE_AFTER,
    CALENDAR,
    MEASURES,
    MOOD_HOPE,
    QUESTIONNAIRES,
)
from recovery_journal.model import Measure, Support, SupportEventKind, Tag
from recovery_journal.questionnaires import INSTRUMENTS
from recovery_journal.ui.widgets.measure_words import measure_name
from recovery_journal.ui.widgets.range_picker import DateEdit
from recovery_journal.ui.widgets.wrap_check import WrapCheckBox

MEASURES_PER_ROW = 4
PIVOT_DAYS_DEFAULT = 30


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _fill_measures(combo: QComboBox, measures: list[Measure]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for measure in measures:
        combo.addItem(measure_name(measure), measure.key)
    found = combo.findData(chosen if chosen is not None else "mood")
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


class ChartControls(QObject):
    """Builds each chart's controls into its card's grid and reads them back as options.

    `changed(name)` says which chart's choices moved.
    """

    changed = Signal(str)

    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._measure_boxes: dict[str, QCheckBox] = {}
        self._measures_grid: QGridLayout | None = None
        self._measures_parent: QWidget | None = None
        self._support_toggles: dict[str, QCheckBox] = {}

    # -- building ---------------------------------------------------------------------------

    def build_measures(self, grid: QGridLayout, parent: QWidget) -> None:
        """A checkbox per measure for the small multiples."""
        self._measures_grid = grid
        self._measures_parent = parent
        grid.addWidget(QLabel(self.tr("Measures shown:"), parent), 0, 0)

    def build_calendar(self, grid: QGridLayout, parent: QWidget) -> None:
        """Which measure the year in pixels colours."""
        self.calendar_measure = QComboBox(parent)
        self.calendar_measure.setAccessibleName(self.tr("Measure shown in the calendar"))
        grid.addWidget(_label(self.tr("&Measure"), self.calendar_measure, parent), 0, 0)
        grid.addWidget(self.calendar_measure, 0, 1)
        grid.setColumnStretch(2, 1)
        self.calendar_measure.currentIndexChanged.connect(
            lambda _i: self.changed.emit(CALENDAR.name))

    def build_questionnaires(self, grid: QGridLayout, parent: QWidget) -> None:
        """Totals only, or one questionnaire's questions one by one beside its total."""
        self.questionnaire_items = QComboBox(parent)
        self.questionnaire_items.setAccessibleName(self.tr("Questions shown one by one"))
        self.questionnaire_items.addItem(self.tr("Totals only"), "")
        for instrument in INSTRUMENTS:
            if instrument.has_total:
                self.questionnaire_items.addItem(
                    self.tr("%1, question by question").replace("%1", instrument.name),
                    instrument.key)
        grid.addWidget(_label(self.tr("&Show"), self.questionnaire_items, parent), 0, 0)
        grid.addWidget(self.questionnaire_items, 0, 1)
        grid.setColumnStretch(2, 1)
        self.questionnaire_items.currentIndexChanged.connect(
            lambda _i: self.changed.emit(QUESTIONNAIRES.name))

    def build_support_toggle(self, name: str, grid: QGridLayout, parent: QWidget) -> None:
        """"Show changes in my supports" (on at first) for the time chart `name`."""
        box = WrapCheckBox(self.tr("Show changes in my supports"), parent)
        box.setAccessibleName(box.text())
        box.setChecked(True)
        box.toggled.connect(lambda _on: self.changed.emit(name))
        # Below any other controls of the card (the measures take as many rows as they need).
        grid.addWidget(box, 20, 0, 1, MEASURES_PER_ROW + 1)
        self._support_toggles[name] = box

    def build_mood_hope(self, grid: QGridLayout, parent: QWidget) -> None:
        self.build_support_toggle(MOOD_HOPE.name, grid, parent)

    def build_pivot(self, grid: QGridLayout, parent: QWidget) -> None:
        """Compare around a date or the first day with a tag; which measure; how many days."""
        self.pivot_kind = QComboBox(parent)
        self.pivot_kind.setAccessibleName(self.tr("Compare around"))
        self.pivot_kind.addItem(self.tr("a date"), "date")
        self.pivot_kind.addItem(self.tr("the first day with a tag"), "tag")
        self.pivot_kind.addItem(self.tr("a change in my supports"), "support")
        self.pivot_date = DateEdit(parent)
        self.pivot_date.setCalendarPopup(True)
        self.pivot_date.setDisplayFormat("d MMM yyyy")
        self.pivot_date.setAccessibleName(self.tr("The date to compare around"))
        start = self._today - timedelta(days=PIVOT_DAYS_DEFAULT)
        self.pivot_date.setDate(QDate(start.year, start.month, start.day))
        self.pivot_tag = QComboBox(parent)
        self.pivot_tag.setAccessibleName(self.tr("The tag to compare around"))
        self.pivot_support = QComboBox(parent)
        self.pivot_support.setAccessibleName(self.tr("The change in my supports to compare around"))
        self.pivot_measure = QComboBox(parent)
        self.pivot_measure.setAccessibleName(self.tr("Measure compared"))
        self.pivot_days = QSpinBox(parent)
        self.pivot_days.setRange(7, 365)
        self.pivot_days.setValue(PIVOT_DAYS_DEFAULT)
        self.pivot_days.setAccessibleName(self.tr("Days before and after"))
        # Two columns, one control a row (the date, tag or change under "Compare around"): four
        # side by side held the card wider than the screen at 200 % in a longer language.
        grid.addWidget(_label(self.tr("Compare &around"), self.pivot_kind, parent), 0, 0)
        grid.addWidget(self.pivot_kind, 0, 1)
        grid.addWidget(self.pivot_date, 1, 1)  # only one of these three shows (a hidden row
        grid.addWidget(self.pivot_tag, 2, 1)  # takes no room)
        grid.addWidget(self.pivot_support, 3, 1)
        grid.addWidget(_label(self.tr("M&easure"), self.pivot_measure, parent), 4, 0)
        grid.addWidget(self.pivot_measure, 4, 1)
        grid.addWidget(_label(self.tr("&Days each side"), self.pivot_days, parent), 5, 0)
        grid.addWidget(self.pivot_days, 5, 1)
        grid.setColumnStretch(2, 1)
        self.pivot_tag.hide()
        self.pivot_support.hide()
        emit = lambda *_args: self.changed.emit(BEFORE_AFTER.name)  # noqa: E731
        self.pivot_kind.currentIndexChanged.connect(self._pivot_kind_changed)
        self.pivot_date.dateChanged.connect(emit)
        self.pivot_tag.currentIndexChanged.connect(emit)
        self.pivot_support.currentIndexChanged.connect(emit)
        self.pivot_measure.currentIndexChanged.connect(emit)
        self.pivot_days.valueChanged.connect(emit)

    def _pivot_kind_changed(self, _row: int) -> None:
        kind = self.pivot_kind.currentData()
        self.pivot_tag.setVisible(kind == "tag")
        self.pivot_support.setVisible(kind == "support")
        self.pivot_date.setVisible(kind == "date")
        self.changed.emit(BEFORE_AFTER.name)

    # -- filling from the vault -------------------------------------------------------------

    def set_measures(self, measures: list[Measure]) -> None:
        """Offer the person's active measures (keeping what was chosen where it still exists)."""
        _fill_measures(self.calendar_measure, measures)
        _fill_measures(self.pivot_measure, measures)
        if self._measures_grid is None or self._measures_parent is None:
            return
        if [m.key for m in measures] == list(self._measure_boxes):
            return
        unticked = {key for key, box in self._measure_boxes.items() if not box.isChecked()}
        for box in self._measure_boxes.values():
            self._measures_grid.removeWidget(box)
            box.deleteLater()
        self._measure_boxes = {}
        for position, measure in enumerate(measures):
            # Wraps rather than holding the card wider than the screen (a longer language).
            box = WrapCheckBox(measure_name(measure), self._measures_parent)
            box.setAccessibleName(self.tr("Show %1").replace("%1", measure_name(measure)))
            box.setChecked(measure.key not in unticked)
            box.toggled.connect(lambda _on: self.changed.emit(MEASURES.name))
            row, column = divmod(position, MEASURES_PER_ROW)
            self._measures_grid.addWidget(box, row, column + 1)
            box.show()
            self._measure_boxes[measure.key] = box
        self._measures_grid.setColumnStretch(MEASURES_PER_ROW + 1, 1)

    def set_tags(self, tags: list[Tag]) -> None:
        """Offer the tags for "the first day with a tag"."""
        chosen = self.pivot_tag.currentData()
        self.pivot_tag.blockSignals(True)
        self.pivot_tag.clear()
        for tag in sorted(tags, key=lambda t: t.name.casefold()):
            self.pivot_tag.addItem(tag.name, tag.name)
        if not tags:
            self.pivot_tag.addItem(self.tr("No tags yet"), None)
        self.pivot_tag.setCurrentIndex(max(self.pivot_tag.findData(chosen), 0))
        self.pivot_tag.blockSignals(False)

    def set_supports(self, supports: list[Support]) -> None:
        """Offer each change in the person's supports (newest first) as a day to compare around."""
        from recovery_journal.ui.supports.words import event_sentence

        chosen = self.pivot_support.currentData()
        self.pivot_support.blockSignals(True)
        self.pivot_support.clear()
        changes = sorted(((e, s) for s in supports for e in s.events
                          if e.kind is not SupportEventKind.NOTE),
                         key=lambda pair: (pair[0].day, pair[0].id), reverse=True)
        for event, support in changes:
            self.pivot_support.addItem(event_sentence(support, event), event.id)
        if not changes:
            self.pivot_support.addItem(self.tr("No changes recorded yet"), None)
        self.pivot_support.setCurrentIndex(max(self.pivot_support.findData(chosen), 0))
        self.pivot_support.blockSignals(False)

    # -- reading back -----------------------------------------------------------------------

    def options(self, name: str) -> dict[str, object]:
        """The ChartOptions fields (beyond the dates) chart `name` takes."""
        toggle = self._support_toggles.get(name)
        shown: dict[str, object] = {} if toggle is None else {"show_supports": toggle.isChecked()}
        if name == MEASURES.name:
            keys = tuple(k for k, box in self._measure_boxes.items() if box.isChecked())
            # Nothing ticked is read as "all": an empty chart would say nothing.
            return {"measure_keys": keys if len(keys) < len(self._measure_boxes) else (),
                    **shown}
        if name == CALENDAR.name:
            return {"calendar_measure": str(self.calendar_measure.currentData() or "mood")}
        if name == QUESTIONNAIRES.name:
            return {"questionnaire_items": str(self.questionnaire_items.currentData() or ""),
                    **shown}
        if name == BEFORE_AFTER.name:
            by_tag = self.pivot_kind.currentData() == "tag"
            event = self.pivot_support.currentData()
            by_support = self.pivot_kind.currentData() == "support"
            picked = self.pivot_date.date()
            tag = self.pivot_tag.currentData()
            return {
                "pivot_date": None if by_tag or by_support else date(
                    picked.year(), picked.month(), picked.day()),
                # A change no longer there (or none yet) compares around nothing, said calmly.
                "pivot_support_event": (int(event) if event is not None else -1)
                if by_support else None,
                "pivot_tag": str(tag) if by_tag and tag else None,
                "pivot_measure": str(self.pivot_measure.currentData() or "mood"),
                "pivot_days": self.pivot_days.value(),
            }
        return shown

    def measure_box(self, key: str) -> QCheckBox:
        return self._measure_boxes[key]
