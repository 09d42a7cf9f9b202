"""Changes in the person's supports as marks on time charts: plain
words only ("Started Sertraline 50 mg on 3 Mar 2026"), never a judgement."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from recovery_journal.insights import words
from recovery_journal.model import Support, SupportEvent, SupportEventKind

_VERBS = {
    SupportEventKind.STARTED: "Started",
    SupportEventKind.CHANGED: "Changed",
    SupportEventKind.PAUSED: "Paused",
    SupportEventKind.RESTARTED: "Started again",
    SupportEventKind.STOPPED: "Let go of",
    SupportEventKind.NOTE: "Noted effects of",
}


@dataclass(frozen=True, slots=True)
class SupportMark:
    """One change on a chart: its day, its number on the chart (1, 2, ...) and its words."""

    day: date
    number: int
    text: str
    event_id: int


def event_words(support: Support, event: SupportEvent) -> str:
    """"Started Sertraline 50 mg": the change, the support's name and any new dose."""
    amount = ", ".join(p for p in (event.dose, event.how_often) if p)
    return " ".join(p for p in (_VERBS[event.kind], support.name, amount) if p)


def marks_between(supports: Iterable[Support], start: date, end: date) -> tuple[SupportMark, ...]:
    """The changes from `start` to `end`, oldest first and numbered from 1 (notes on effects
    are left off the charts: they are no change)."""
    found = sorted(
        ((e, s) for s in supports for e in s.events
         if start <= e.day <= end and e.kind is not SupportEventKind.NOTE),
        key=lambda pair: (pair[0].day, pair[0].id),
    )
    return tuple(
        SupportMark(e.day, n, f"{event_words(s, e)} on {words.short_day(e.day)}", e.id)
        for n, (e, s) in enumerate(found, start=1)
    )


def marks_sentence(marks: Iterable[SupportMark]) -> str:
    """"Changes in your supports: 1. Started … on 3 Mar 2026; 2. …" ("" for none)."""
    listed = [f"{m.number}. {m.text}" for m in marks]
    return f"Changes in your supports: {'; '.join(listed)}." if listed else ""


def event_named(supports: Iterable[Support], event_id: int) -> tuple[Support, SupportEvent] | None:
    """The support and event with `event_id`, or None when it is no longer there."""
    for support in supports:
        for event in support.events:
            if event.id == event_id:
                return support, event
    return None


def with_marks(summary: str, marks: Iterable[SupportMark]) -> str:
    """A chart's summary with its marked changes listed after it."""
    listed = marks_sentence(marks)
    return f"{summary} {listed}" if listed else summary
