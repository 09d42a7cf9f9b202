"""One friendly style for every date a person reads: "Tue 1 Dec 2026", "Tue 1 Dec 2026, 14:05".

Spelled through QLocale (QtCore only, no application needed), so the PDF report, the crisis
card and the widgets all say a day the same way. Widgets import it from ui/widgets/dates.py.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

DAY = "ddd d MMM yyyy"
DAY_THIS_YEAR = "ddd d MMM"
MONTH = "MMMM yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def friendly_day(day: date, *, today: date | None = None) -> str:
    """"Tue 1 Dec 2026"; with `today` given, the year is left out when it is this year's."""
    pattern = DAY_THIS_YEAR if today is not None and today.year == day.year else DAY
    return QLocale().toString(_qdate(day), pattern)


def friendly_moment(moment: datetime, *, today: date | None = None) -> str:
    """"Tue 1 Dec 2026, 14:05" (local clock time as stored)."""
    clock = QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")
    return f"{friendly_day(moment.date(), today=today)}, {clock}"


def friendly_month(day: date) -> str:
    """"December 2026"."""
    return QLocale().toString(_qdate(day), MONTH)


def friendly_period(start: date, end: date) -> str:
    """"Sun 1 Nov 2026 to Tue 1 Dec 2026", or the one day when they are the same."""
    if start == end:
        return friendly_day(start)
    # One translated sentence with its two days: "1 Nov to 1 Dec", "1 Tach i 1 Rhag".
    template = QCoreApplication.translate("Dates", "%1 to %2")
    return template.replace("%2", friendly_day(end)).replace("%1", friendly_day(start))


def parse_friendly_day(text: str) -> date | None:
    """The day a `friendly_day` text names ("Tue 1 Dec 2026"), or None."""
    day = QLocale().toDate(text.strip(), DAY)
    return date(day.year(), day.month(), day.day()) if day.isValid() else None
