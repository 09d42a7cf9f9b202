"""Words several charts draw, in the chart's `Language`: tick labels, weekdays, measures.

Contexts: "ChartLegend" for legends, axis labels, ticks and headings; "ChartNotes" for notes
and the calm sentence drawn instead of an empty chart. English reads exactly as it always has.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from recovery_journal.insights.language import Language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    """Mark `text` for translation in `context`; translated when drawn. (Not spec's own: spec
    reaches style, which reads this module.)"""
    return text


# The built-in measures' stored English names (migration 0001), shown translated while unchanged.
_BUILT_IN_MEASURES = {"mood": QT_TRANSLATE_NOOP("Measures", "Mood"),
                      "hope": QT_TRANSLATE_NOOP("Measures", "Hope")}
# Monday first, as the calendar's rows run.
WEEKDAYS = (QT_TRANSLATE_NOOP("ChartLegend", "Mon"), QT_TRANSLATE_NOOP("ChartLegend", "Tue"),
            QT_TRANSLATE_NOOP("ChartLegend", "Wed"), QT_TRANSLATE_NOOP("ChartLegend", "Thu"),
            QT_TRANSLATE_NOOP("ChartLegend", "Fri"), QT_TRANSLATE_NOOP("ChartLegend", "Sat"),
            QT_TRANSLATE_NOOP("ChartLegend", "Sun"))
NO_CHECK_INS = QT_TRANSLATE_NOOP("ChartNotes", "No check-ins in this period yet.")


def measure_name(lang: Language, key: str, name: str) -> str:
    """A built-in measure's English name translated; a name the person typed as typed."""
    if _BUILT_IN_MEASURES.get(key) == name:
        return lang.translate("Measures", name)
    return name


def weekday(lang: Language, index: int) -> str:
    """Monday (0) to Sunday (6), short: "Mon"."""
    return lang.translate("ChartLegend", WEEKDAYS[index])


def day_labels(days: Sequence[date], lang: Language, *, years: int | None = None) -> list[str]:
    """Plain tick labels: "8 Nov" for days, "Nov" for months, "2025" for years.

    When the axis crosses years (`years` shown, default: those of the ticks) the year is added
    on the first tick and where it changes, so no label reads like a time ("08") or leaves its
    year to be guessed.
    """
    if not days:
        return []
    if len(days) > 1 and all((d.month, d.day) == (1, 1) for d in days):
        return [str(d.year) for d in days]
    several_years = (years or len({d.year for d in days})) > 1
    monthly = len(days) > 1 and all(d.day == 1 for d in days)
    labels = []
    for i, d in enumerate(days):
        with_year = several_years and (i == 0 or d.year != days[i - 1].year)
        if monthly:
            name = lang.month(d.month, short=True)
            labels.append(f"{name} {d.year}" if with_year else name)
        else:
            labels.append(lang.short_day(d, year=with_year))
    return labels


def decimal_mark(lang: Language) -> str:
    """"." or ",": what the language writes between whole and part."""
    return lang.number(0.5)[1]
