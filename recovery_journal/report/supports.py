"""The report's "Treatments and supports" section: only ever read when the person chose it."""

from __future__ import annotations

from datetime import date

from recovery_journal.insights.support_marks import event_words
from recovery_journal.model import SupportKind
from recovery_journal.report.dates import friendly_day
from recovery_journal.storage.repositories import Repositories

# (name, detail lines, note) per support: report/content.py makes its Entry of each.
SupportItem = tuple[str, tuple[str, ...], str]

_KINDS = {SupportKind.MEDICINE: "Medicine", SupportKind.THERAPY: "Talking therapy",
          SupportKind.GROUP: "Peer or self-help group", SupportKind.OTHER: "Other"}


def supports_items(repos: Repositories, start: date, end: date) -> tuple[str, list[SupportItem]]:
    """The section's summary, and each support with what it is now and its changes in the
    period, in the person's words."""
    entries: list[SupportItem] = []
    for support in repos.supports.list():
        kind = support.kind_name if support.kind is SupportKind.OTHER and support.kind_name \
            else _KINDS[support.kind]
        lines = [kind]
        now = ", ".join(p for p in (support.current_dose, support.current_how_often) if p)
        if now:
            lines.append(f"Now: {now}")
        for event in support.events:
            if start <= event.day <= end:
                note = f" — {event.note}" if event.note else ""
                lines.append(f"{friendly_day(event.day)}: {event_words(support, event)}{note}")
        entries.append((support.name, tuple(lines), support.note))
    summary = (f"{len(entries)} kept in my log. Changes in this period are listed under each; "
               "they are also marked on the charts over time." if entries
               else "Nothing in my log of treatments and supports yet.")
    return summary, entries
