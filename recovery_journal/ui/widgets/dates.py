"""Friendly dates for widgets ("Tue 1 Dec 2026"): the one style every screen and paper uses.

The spelling lives in report/dates.py (QtCore only, so the PDF report and the crisis card share
it); widgets import it from here.
"""

from __future__ import annotations

from recovery_journal.report.dates import (
    DAY,
    friendly_day,
    friendly_moment,
    friendly_month,
    friendly_period,
)

__all__ = ["DAY", "friendly_day", "friendly_moment", "friendly_month", "friendly_period"]
