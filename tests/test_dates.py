"""One friendly date style for everything a person reads (report, crisis card, dialogs)."""

from __future__ import annotations

from datetime import date, datetime

from recovery_journal.report.dates import (
    friendly_day,
    friendly_moment,
    friendly_month,
    friendly_period,
)
from recovery_journal.ui.widgets import dates as widget_dates

DAY = date(2026, 12, 1)


def test_one_style_for_days_moments_months_and_periods() -> None:
    assert friendly_day(DAY) == "Tue 1 Dec 2026"
    assert friendly_day(DAY, today=date(2026, 12, 3)) == "Tue 1 Dec"
    assert friendly_day(DAY, today=date(2027, 1, 3)) == "Tue 1 Dec 2026"
    assert friendly_moment(datetime(2026, 12, 1, 9, 5)) == "Tue 1 Dec 2026, 09:05"
    assert friendly_month(DAY) == "December 2026"
    assert friendly_period(date(2026, 11, 1), DAY) == "Sun 1 Nov 2026 to Tue 1 Dec 2026"
    assert friendly_period(DAY, DAY) == "Tue 1 Dec 2026"


def test_widgets_use_the_same_helper() -> None:
    assert widget_dates.friendly_day is friendly_day


def test_a_friendly_day_reads_back() -> None:
    from recovery_journal.report.dates import parse_friendly_day

    assert parse_friendly_day(friendly_day(DAY)) == DAY
    assert parse_friendly_day("not a day") is None
