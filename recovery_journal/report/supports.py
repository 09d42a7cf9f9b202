"""The report's "Treatments and supports" section: only ever read when the person chose it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.support_marks import event_words
from recovery_journal.model import SupportKind
from recovery_journal.report.dates import friendly_day
from recovery_journal.storage.repositories import Repositories

# (name, detail lines, note) per support: report/content.py makes its Entry of each.
SupportItem = tuple[str, tuple[str, ...], str]

_KINDS = {SupportKind.MEDICINE: str(QT_TRANSLATE_NOOP("Report", "Medicine")),
          SupportKind.THERAPY: str(QT_TRANSLATE_NOOP("Report", "Talking therapy")),
          SupportKind.GROUP: str(QT_TRANSLATE_NOOP("Report", "Peer or self-help group")),
          SupportKind.OTHER: str(QT_TRANSLATE_NOOP("Report", "Other"))}


def supports_items(repos: Repositories, start: date, end: date,
                   lang: Language = ENGLISH) -> tuple[str, list[SupportItem]]:
    """The section's summary, and each support with what it is now and its changes in the
    period, in the person's words."""
    entries: list[SupportItem] = []
    for support in repos.supports.list():
        kind = support.kind_name if support.kind is SupportKind.OTHER and support.kind_name \
            else lang.translate("Report", _KINDS[support.kind])
        lines = [kind]
        now = ", ".join(p for p in (support.current_dose, support.current_how_often) if p)
        if now:
            lines.append(lang.translate("Report", "Now: %1", now))
        for event in support.events:
            if start <= event.day <= end:
                change = lang.translate("Report", "%1: %2", friendly_day(event.day),
                                        event_words(support, event, lang))
                lines.append(lang.translate("Report", "%1 — %2", change, event.note)
                             if event.note else change)
        entries.append((support.name, tuple(lines), support.note))
    summary = (lang.translate("Report", "%n kept in my log. Changes in this period are listed "
                              "under each; they are also marked on the charts over time.",
                              n=len(entries)) if entries
               else lang.translate("Report", "Nothing in my log of treatments and supports yet."))
    return summary, entries
