"""The demo year's treatments and supports: a medicine started then changed, a talking therapy,
a peer group and an allotment — invented, with no random numbers of their own."""

from __future__ import annotations

from datetime import date, timedelta

from recovery_journal.model import SupportEventKind, SupportKind
from recovery_journal.storage.repositories import Repositories


def add_supports(repos: Repositories, start: date, end: date) -> None:
    """A few supports with dated changes spread over the demo year."""

    def day(days: int) -> date:
        return min(start + timedelta(days=days), end)

    supports = repos.supports
    med = supports.add(SupportKind.MEDICINE, "Sertraline", dose="50 mg",
                       how_often="each morning", note="From Dr Okafor", started=day(40))
    supports.record(med.id, day(70), SupportEventKind.NOTE,
                    note="A bit queasy the first weeks; settling now")
    supports.record(med.id, day(120), SupportEventKind.CHANGED, dose="100 mg",
                    note="Agreed with Dr Okafor")
    talk = supports.add(SupportKind.THERAPY, "CBT with Jo", how_often="weekly, 12 sessions",
                        started=day(60))
    supports.record(talk.id, day(60 + 7 * 12), SupportEventKind.STOPPED,
                    note="Finished the 12 sessions; kept the notebook")
    group = supports.add(SupportKind.GROUP, "Hearing Voices group", how_often="Thursdays",
                         started=day(150))
    supports.record(group.id, day(240), SupportEventKind.PAUSED, note="Summer break")
    supports.record(group.id, day(270), SupportEventKind.RESTARTED)
    supports.add(SupportKind.OTHER, "The allotment", kind_name="Gardening",
                 how_often="Saturdays", started=day(200))
