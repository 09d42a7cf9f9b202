"""Days without check-ins are gaps in the drawn lines, the rolling averages included."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.path import Path

from recovery_journal.charts.style import theme_named
from recovery_journal.charts.timeseries import mood_hope
from recovery_journal.insights.days import measure_days
from recovery_journal.insights.series import SeriesSet, measure_series
from tests.insights.records import checkin

START = date(2025, 1, 1)
END = START + timedelta(days=109)


def test_a_twenty_day_gap_breaks_both_average_lines() -> None:
    found = [checkin(START + timedelta(days=i), {"mood": 6, "hope": 5}) for i in range(110)
             if not 60 <= i < 80]
    series = tuple(measure_series(measure_days(found, key), key.title(), (0, 10), START, END)
                   for key in ("mood", "hope"))
    figure = mood_hope(SeriesSet(START, END, series), theme_named("light"), Figure())
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    for ax in figure.axes:
        averages = [line for line in ax.get_lines()
                    if str(line.get_label()).endswith("-day average")]
        assert len(averages) == 2
        for line in averages:
            y = np.asarray(line.get_ydata(), dtype=float)
            # NaN inside the gap: matplotlib leaves the line unjoined there.
            assert np.isnan(y[60:80]).any() and not np.isnan(y[59]) and not np.isnan(y[109])
            # What Agg draws: NaNs removed, each stretch starting with a fresh MOVETO.
            drawn = line.get_path().cleaned(remove_nans=True)
            assert np.count_nonzero(np.asarray(drawn.codes) == Path.MOVETO) >= 2
