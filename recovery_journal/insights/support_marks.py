"""Changes in the person's supports as marks on time charts: plain
words only ("Started Sertraline 50 mg on 3 Mar 2026"), never a judgement."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.model import Support, SupportEvent, SupportEventKind


@dataclass(frozen=True, slots=True)
class SupportMark:
    """One change on a chart: its day, its number on the chart (1, 2, ...) and its words."""

    day: date
    number: int
    text: str
    event_id: int


def event_words(support: Support, event: SupportEvent, lang: Language = ENGLISH) -> str:
    """"Started Sertraline 50 mg": the change, the support's name and any new dose."""
    amount = ", ".join(p for p in (event.dose, event.how_often) if p)
    what = " ".join(p for p in (support.name, amount) if p)
    kind = event.kind
    if kind is SupportEventKind.STARTED:
        text = lang.translate("ChartNotes", "Started %1", what)
    elif kind is SupportEventKind.CHANGED:
        text = lang.translate("ChartNotes", "Changed %1", what)
    elif kind is SupportEventKind.PAUSED:
        text = lang.translate("ChartNotes", "Paused %1", what)
    elif kind is SupportEventKind.RESTARTED:
        text = lang.translate("ChartNotes", "Started again %1", what)
    elif kind is SupportEventKind.STOPPED:
        text = lang.translate("ChartNotes", "Let go of %1", what)
    else:
        text = lang.translate("ChartNotes", "Noted effects of %1", what)
    return text.strip()


def marks_between(supports: Iterable[Support], start: date, end: date,
                  lang: Language = ENGLISH) -> tuple[SupportMark, ...]:
    """The changes from `start` to `end`, oldest first and numbered from 1 (notes on effects
    are left off the charts: they are no change)."""
    found = sorted(
        ((e, s) for s in supports for e in s.events
         if start <= e.day <= end and e.kind is not SupportEventKind.NOTE),
        key=lambda pair: (pair[0].day, pair[0].id),
    )
    return tuple(
        SupportMark(e.day, n, lang.translate("ChartNotes", "%1 on %2", event_words(s, e, lang),
                                             lang.short_day(e.day)), e.id)
        for n, (e, s) in enumerate(found, start=1)
    )


def marks_sentence(marks: Iterable[SupportMark], lang: Language = ENGLISH) -> str:
    """"Changes in your supports: 1. Started … on 3 Mar 2026; 2. …" ("" for none)."""
    listed = [lang.translate("ChartNotes", "%1. %2", str(m.number), m.text) for m in marks]
    return lang.translate("ChartNotes", "Changes in your supports: %1.",
                          "; ".join(listed)) if listed else ""


def event_named(supports: Iterable[Support], event_id: int) -> tuple[Support, SupportEvent] | None:
    """The support and event with `event_id`, or None when it is no longer there."""
    for support in supports:
        for event in support.events:
            if event.id == event_id:
                return support, event
    return None


def with_marks(summary: str, marks: Iterable[SupportMark], lang: Language = ENGLISH) -> str:
    """A chart's summary with its marked changes listed after it."""
    listed = marks_sentence(marks, lang)
    return f"{summary} {listed}" if listed else summary
