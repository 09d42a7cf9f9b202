"""How the supports log words kinds and changes; one place, so the log and its dialogs agree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_journal.model import Support, SupportEvent, SupportEventKind, SupportKind
from recovery_journal.ui.widgets.dates import friendly_day


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupportWords", text)


def kind_title(kind: SupportKind) -> str:
    """The heading of a kind's group in the log."""
    return {
        SupportKind.MEDICINE: _tr("Medicines"),
        SupportKind.THERAPY: _tr("Talking therapies"),
        SupportKind.GROUP: _tr("Peer and self-help groups"),
        SupportKind.OTHER: _tr("Other supports"),
    }[kind]


def kind_choice(kind: SupportKind) -> str:
    """The kind as offered in the add/edit dialog."""
    return {
        SupportKind.MEDICINE: _tr("A medicine"),
        SupportKind.THERAPY: _tr("A talking therapy"),
        SupportKind.GROUP: _tr("A peer or self-help group"),
        SupportKind.OTHER: _tr("Something else (name it)"),
    }[kind]


def event_word(kind: SupportEventKind) -> str:
    """A change in a few calm words ("Let go", never "failed")."""
    return {
        SupportEventKind.STARTED: _tr("Started"),
        SupportEventKind.CHANGED: _tr("Changed"),
        SupportEventKind.PAUSED: _tr("Paused"),
        SupportEventKind.RESTARTED: _tr("Started again"),
        SupportEventKind.STOPPED: _tr("Let go"),
        SupportEventKind.NOTE: _tr("Note on effects"),
    }[kind]


def amount(dose: str | None, how_often: str | None) -> str:
    """Dose and how often as the person wrote them, joined ("50 mg, each morning")."""
    return ", ".join(part for part in (dose, how_often) if part)


def support_line(support: Support) -> str:
    """One line of the log: name, current dose and how often, since when or paused/let go."""
    parts = [support.name]
    if support.kind is SupportKind.OTHER and support.kind_name:
        parts[0] = _tr("%1 (%2)").replace("%1", support.name).replace("%2", support.kind_name)
    now = amount(support.current_dose, support.current_how_often)
    if now:
        parts.append(now)
    status = support.status
    day = support.since
    if status is SupportEventKind.PAUSED:
        parts.append(_tr("paused"))
    elif status is SupportEventKind.STOPPED:
        parts.append(_tr("let go"))
    elif day is not None:
        parts.append(_tr("since %1").replace("%1", friendly_day(day)))
    return " — ".join(parts)


def event_line(event: SupportEvent) -> str:
    """One line of a support's timeline: day, change, new amount, note."""
    parts = [friendly_day(event.day), event_word(event.kind)]
    new = amount(event.dose, event.how_often)
    if new:
        parts.append(new)
    if event.note:
        parts.append(event.note)
    return " — ".join(parts)


def event_sentence(support: Support, event: SupportEvent) -> str:
    """A change as a short sentence for charts and the report ("Started Sertraline 50 mg on
    Tue 3 Mar 2026")."""
    what = " ".join(p for p in (support.name, amount(event.dose, event.how_often)) if p)
    return _tr("%1 %2 on %3").replace("%1", event_word(event.kind)).replace(
        "%2", what).replace("%3", friendly_day(event.day))
