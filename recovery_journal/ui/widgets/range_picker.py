"""The date range of the Insights page: a few plain choices, or two dates of one's own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

# (key, days counted back from today, today included); None means "all" or "custom".
PRESETS: tuple[tuple[str, int | None], ...] = (
    ("30d", 30), ("3m", 91), ("1y", 365), ("all", None), ("custom", None),
)
DEFAULT_PRESET = "30d"
# Typing a date changes it digit by digit; wait for a pause before redrawing.
TYPING_PAUSE_MS = 400


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DateEdit(QDateEdit):
    """A date field that is one Tab stop; arrow keys move between its parts."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt override)
        return QWidget.focusNextPrevChild(self, next)


class RangePicker(QWidget):
    """Last 30 days, 3 months, a year, all time, or custom dates; emits `changed` when it moves."""

    changed = Signal()

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._earliest: date | None = None
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Date range"))
        labels = {
            "30d": self.tr("Last 30 days"), "3m": self.tr("Last 3 months"),
            "1y": self.tr("Last year"), "all": self.tr("All time"),
            "custom": self.tr("Choose dates…"),
        }
        for key, _days in PRESETS:
            self.preset.addItem(labels[key], key)
        label = QLabel(self.tr("&Show"), self)
        label.setBuddy(self.preset)
        self.start_edit = self._date_edit(self.tr("From date"))
        self.end_edit = self._date_edit(self.tr("To date"))
        self.from_label = QLabel(self.tr("&From"), self)
        self.from_label.setBuddy(self.start_edit)
        self.to_label = QLabel(self.tr("&to"), self)
        self.to_label.setBuddy(self.end_edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.preset, self.from_label, self.start_edit, self.to_label,
                       self.end_edit):
            row.addWidget(widget)
        row.addStretch(1)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        today_ = today()
        self.start_edit.setDate(_qdate(today_ - timedelta(days=29)))
        self.end_edit.setDate(_qdate(today_))
        self._show_custom(False)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.start_edit.dateChanged.connect(self._typing.start)
        self.end_edit.dateChanged.connect(self._typing.start)

    def _date_edit(self, name: str) -> DateEdit:
        edit = DateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        return edit

    def _show_custom(self, shown: bool) -> None:
        for widget in (self.from_label, self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(shown)

    def _preset_changed(self, _row: int) -> None:
        custom = self.preset_key() == "custom"
        if custom:
            # Start from whatever was shown, so choosing dates means adjusting, not retyping.
            start, end = self._preset_range(self._last_preset)
            self._set_dates(start, end)
        else:
            self._last_preset = self.preset_key()
        self._show_custom(custom)
        self._typing.stop()
        self.changed.emit()

    _last_preset = DEFAULT_PRESET

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def preset_key(self) -> str:
        return str(self.preset.currentData())

    def set_preset(self, key: str) -> None:
        """Choose a preset by key ("30d", "3m", "1y", "all", "custom")."""
        self.preset.setCurrentIndex(self.preset.findData(key))

    def set_custom(self, start: date, end: date) -> None:
        """Show the custom dates `start`..`end`."""
        self.set_preset("custom")
        self._set_dates(start, end)
        self._typing.stop()
        self.changed.emit()

    def set_earliest(self, day: date | None) -> None:
        """The first day with a check-in: where "All time" starts."""
        self._earliest = day

    def current_range(self) -> tuple[date, date]:
        """The first and last day shown (both included; start never after end)."""
        key = self.preset_key()
        if key == "custom":
            start, end = _pydate(self.start_edit.date()), _pydate(self.end_edit.date())
            return (start, end) if start <= end else (end, start)
        return self._preset_range(key)

    def _preset_range(self, key: str) -> tuple[date, date]:
        end = self._today()
        days = dict(PRESETS).get(key)
        if days is not None:
            return end - timedelta(days=days - 1), end
        earliest = self._earliest if self._earliest is not None else end
        return min(earliest, end), end

    def focus_chain(self) -> list[QWidget]:
        return [self.preset, self.start_edit, self.end_edit]
