"""The import dialog's words: counts of each kind of record, the preview, the outcome."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from recovery_journal.ui.language import QtLanguage
from recovery_journal.ui.widgets.dates import friendly_day

if TYPE_CHECKING:
    from recovery_journal.portability.importing import ImportPreview

# Enough to see which rows they are; the rest are counted.
SKIPPED_ROWS_SHOWN = 5

# Each kind of record in words, counted: "1 helpline", "3 helplines" (the English plural forms
# come from resources/i18n; each text is a literal here so pyside6-lupdate finds it).
KIND_WORDS: dict[str, Callable[[int], str]] = {
    "checkins": lambda n: QCoreApplication.translate("ImportDialog", "%n check-in(s)", "", n),
    "journal_entries": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n journal entries", "", n),
    "measures": lambda n: QCoreApplication.translate("ImportDialog", "%n measure(s)", "", n),
    "life_domains": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n life area(s)", "", n),
    "tags": lambda n: QCoreApplication.translate("ImportDialog", "%n tag(s)", "", n),
    "strengths": lambda n: QCoreApplication.translate("ImportDialog", "%n strength(s)", "", n),
    "strength_uses": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n strength use(s)", "", n),
    "goals": lambda n: QCoreApplication.translate("ImportDialog", "%n goal(s)", "", n),
    "plan_sections": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n plan section(s)", "", n),
    "supporters": lambda n: QCoreApplication.translate("ImportDialog", "%n people", "", n),
    "helplines": lambda n: QCoreApplication.translate("ImportDialog", "%n helpline(s)", "", n),
    "warning_rules": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n early-warning rule(s)", "", n),
    "questionnaire_responses": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n questionnaire answer(s)", "", n),
    "life_checks": lambda n: QCoreApplication.translate("ImportDialog", "%n life check(s)", "", n),
    "supports": lambda n: QCoreApplication.translate(
        "ImportDialog", "%n treatment(s) or support(s)", "", n),
    "feelings": lambda n: QCoreApplication.translate("ImportDialog", "%n feeling word(s)", "", n),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _counts_words(counts: dict[str, int]) -> str:
    parts = []
    for kind, n in counts.items():
        if n:
            words = KIND_WORDS.get(kind)
            parts.append(words(n) if words is not None else f"{n} {kind}")
    return ", ".join(parts) if parts else _tr("nothing")


def _day(day: date | None) -> str:
    return friendly_day(day) if day is not None else ""


def imported_words(added: dict[str, int], file_name: str) -> str:
    """The status after an import, saying plainly when nothing new was added."""
    if not any(added.values()):
        return QCoreApplication.translate(
            "ImportDialog", "Nothing new — everything in that file is already in your journal")
    return _tr("Added from %1: %2.").replace("%1", file_name).replace(
        "%2", _counts_words(added))


def preview_text(shown: ImportPreview) -> str:
    """The preview in plain sentences: what the file holds, its days, and what becomes of each
    record (new, already in the journal, or skipped as the same as an earlier row): these add
    up to what the file holds."""
    lines = [_tr("This file holds: %1.").replace("%1", _counts_words(shown.counts))]
    if shown.first_day is not None and shown.last_day is not None:
        lines.append(_tr("From %1 to %2.").replace("%1", _day(shown.first_day))
                     .replace("%2", _day(shown.last_day)))
    new = shown.new if shown.new else {
        kind: n - shown.already_there.get(kind, 0) for kind, n in shown.counts.items()}
    if any(shown.already_there.values()) or any(shown.skipped.values()):
        lines.append(_tr("New, to be added: %1.").replace("%1", _counts_words(new)))
    if any(shown.already_there.values()):
        lines.append(_tr("Already in your journal, so not added again: %1.")
                     .replace("%1", _counts_words(shown.already_there)))
    if any(shown.skipped.values()):
        lines.append(_tr("Skipped, as the same as an earlier row of the file: %1.")
                     .replace("%1", _counts_words(shown.skipped)))
        lang = QtLanguage()
        described = [row.describe(lang) + "." for row in shown.skipped_rows[:SKIPPED_ROWS_SHOWN]]
        rest = len(shown.skipped_rows) - len(described)
        if rest > 0:
            described.append(QCoreApplication.translate(
                "ImportDialog", "And %n more skipped row(s).", "", rest))
        lines += described
    if shown.needs_scales_consent:
        lines.append(_tr("The file also holds Daylio scales (%1). They are left out unless you "
                         "choose to add them as measures.").replace("%1", ", ".join(shown.scales)))
    if shown.new_feelings:
        # Words a file names are never dropped: the person sees which join their list.
        lines.append(_tr("New feeling words for your list: %1.").replace(
            "%1", ", ".join(shown.new_feelings)))
    lines.append(_tr("Nothing is written until you choose Import."))
    return "\n".join(lines)
