"""Feelings in a period: how often each came up, and mood and hope in the check-ins naming it."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from recovery_journal.insights import words
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.model import CheckIn, FeelingTallies, FeelingTally

# Fewer check-ins than this say little about a feeling on their own; the words say so.
FEW = 3


@dataclass(frozen=True, slots=True)
class FeelingCount:
    """One feeling: the check-ins naming it, and mood and hope there (NaN when none held them)."""

    name: str
    checkins: int
    mood: float
    hope: float


@dataclass(frozen=True, slots=True)
class FeelingCounts:
    """Every feeling named in a period, most named first, and the period's own averages."""

    feelings: tuple[FeelingCount, ...]
    checkins: int  # check-ins in the period
    named: int  # of those, the ones naming any feeling
    mood: float
    hope: float


def _tally(name: str, checkins: list[CheckIn]) -> FeelingTally:
    moods = [c.values["mood"] for c in checkins if "mood" in c.values]
    hopes = [c.values["hope"] for c in checkins if "hope" in c.values]
    return FeelingTally(name, len(checkins), sum(moods), len(moods), sum(hopes), len(hopes))


def feeling_counts(checkins: Iterable[CheckIn]) -> FeelingCounts:
    """Count each feeling over `checkins` with mood and hope averaged where it came up: the
    sums storage makes in SQL (`counted_feelings`), made here from the records."""
    every = list(checkins)
    naming: dict[str, list[CheckIn]] = {}
    for checkin in every:
        for name in dict.fromkeys(checkin.feelings):
            naming.setdefault(name, []).append(checkin)
    return counted_feelings(FeelingTallies(
        feelings=tuple(_tally(name, named) for name, named in naming.items()),
        period=_tally("", every), named=sum(1 for c in every if c.feelings)))


def _ratio(total: float, count: int) -> float:
    return total / count if count else math.nan


def counted_feelings(tallies: FeelingTallies) -> FeelingCounts:
    """Feelings from what storage added up: most named first, averages where held."""
    ranked = sorted(tallies.feelings, key=lambda t: (-t.checkins, t.name.casefold()))
    period = tallies.period
    return FeelingCounts(
        feelings=tuple(FeelingCount(t.name, t.checkins, _ratio(t.mood_total, t.mood_count),
                                    _ratio(t.hope_total, t.hope_count)) for t in ranked),
        checkins=period.checkins, named=tallies.named,
        mood=_ratio(period.mood_total, period.mood_count),
        hope=_ratio(period.hope_total, period.hope_count),
    )


def summary(counts: FeelingCounts, start: date, end: date, lang: Language = ENGLISH) -> str:
    """A sentence or two in plain words, honest about small numbers."""
    when = words.period(start, end, lang)
    if not counts.feelings:
        return lang.translate("ChartNotes", "No feelings named in a check-in %1 yet.", when)
    top = counts.feelings[:3]
    listed = lang.translate("Lists", ", ").join(
        lang.translate("Lists", "%1 (%2)", f.name, str(f.checkins)) for f in top)
    sentences = [lang.translate("ChartSummary", "%n check-in(s) %1 named a feeling. Most often: "
                                "%2.", when, listed, n=counts.named)]
    first = top[0]
    if first.checkins < FEW:
        sentences.append(lang.translate("ChartSummary", "That is too few times to say how "
                                        "feelings sit with mood and hope."))
    elif not math.isnan(first.mood) and not math.isnan(counts.mood):
        if math.isnan(first.hope):
            sentences.append(lang.translate(
                "ChartSummary", "In check-ins naming %1, mood averaged %2, against %3 over the "
                "whole period.", first.name, lang.number(first.mood), lang.number(counts.mood)))
        else:
            sentences.append(lang.translate(
                "ChartSummary", "In check-ins naming %1, mood averaged %2, against %3 over the "
                "whole period, and hope %4.", first.name, lang.number(first.mood),
                lang.number(counts.mood), lang.number(first.hope)))
        sentences.append(lang.translate("ChartNotes", "This shows what goes together, not what "
                                        "causes what."))
    return " ".join(sentences)


def table(counts: FeelingCounts,
          lang: Language = ENGLISH) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """One row per feeling: how often, and average mood and hope in those check-ins."""
    mark = lang.number(0.5)[1]

    def cell(value: float) -> str:
        return "" if math.isnan(value) else f"{value:.1f}".replace(".", mark)

    headers = (lang.translate("ChartTable", "Feeling"),
               lang.translate("ChartTable", "Check-ins naming it"),
               lang.translate("ChartTable", "Average mood"),
               lang.translate("ChartTable", "Average hope"))
    return headers, tuple((f.name, str(f.checkins), cell(f.mood), cell(f.hope))
                          for f in counts.feelings)
