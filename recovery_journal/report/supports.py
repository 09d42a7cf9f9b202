"""The report's "Treatments and supports" section: only ever read when the person chose it."""

from __future__ import annotations

from recovery_journal.insights.supports import event_words
from recovery_journal.model import SupportKind
from recovery_journal.report.content import Entry, ReportChoice, Section
from recovery_journal.report.dates import friendly_day
from recovery_journal.storage.repositories import Repositories

TITLE = "Treatments and supports"
_KINDS = {SupportKind.MEDICINE: "Medicine", SupportKind.THERAPY: "Talking therapy",
          SupportKind.GROUP: "Peer or self-help group", SupportKind.OTHER: "Other"}


def supports_section(repos: Repositories, choice: ReportChoice) -> Section:
    """Each support with what it is now and its changes in the period, in the person's words."""
    entries: list[Entry] = []
    for support in repos.supports.list():
        kind = support.kind_name if support.kind is SupportKind.OTHER and support.kind_name \
            else _KINDS[support.kind]
        lines = [kind]
        now = ", ".join(p for p in (support.current_dose, support.current_how_often) if p)
        if now:
            lines.append(f"Now: {now}")
        for event in support.events:
            if choice.start <= event.day <= choice.end:
                note = f" — {event.note}" if event.note else ""
                lines.append(f"{friendly_day(event.day)}: {event_words(support, event)}{note}")
        entries.append(Entry(support.name, tuple(lines), support.note))
    summary = (f"{len(entries)} kept in my log. Changes in this period are listed under each; "
               "they are also marked on the charts over time." if entries
               else "Nothing in my log of treatments and supports yet.")
    return Section("supports", TITLE, summary, entries=tuple(entries))
