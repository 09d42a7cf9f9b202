"""The check-in's date and time: one Tab stop, and the clock time as it read when recorded."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget


class DateTimeEdit(QDateTimeEdit):
    """A date-time field that is one Tab stop; arrow keys move between its parts."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt override)
        # QDateTimeEdit would otherwise spend six Tab presses on its own sections.
        return QWidget.focusNextPrevChild(self, next)


def wall_clock(moment: datetime) -> QDateTime:
    """The time as it read on the clock where it was recorded (its own UTC offset)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
