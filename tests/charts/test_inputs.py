"""What charts read: days whose values no chart can draw are left out, the rest kept as read."""

from __future__ import annotations

import math
from datetime import date

import pytest

from recovery_journal.charts.inputs import _drawable_days
from recovery_journal.model import MeasureDays

DAYS = (date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 3))


def test_days_within_the_limits_come_back_as_they_were() -> None:
    days = MeasureDays("mood", DAYS, (1, 2, 1), (4.0, 5.5, 1e6), (4.0, 5.0, -1e6), (4.0, 6.0, 1e6))
    assert _drawable_days(days) is days
    assert _drawable_days(MeasureDays("mood")) == MeasureDays("mood")


@pytest.mark.parametrize(("low", "high"), [(-1e6 - 1, 5.0), (5.0, 1e6 + 1), (-math.inf, 5.0),
                                           (5.0, math.inf), (-1e300, 1e300)])
def test_a_day_beyond_the_limits_is_left_out(low: float, high: float) -> None:
    days = MeasureDays("mood", DAYS, (1, 2, 1), (4.0, 5.0, 6.0), (4.0, low, 6.0),
                       (4.0, high, 6.0))
    assert _drawable_days(days) == MeasureDays("mood", (DAYS[0], DAYS[2]), (1, 1), (4.0, 6.0),
                                               (4.0, 6.0), (4.0, 6.0))
