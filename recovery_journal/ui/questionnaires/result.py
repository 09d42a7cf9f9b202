"""A result in plain words: the total when the rules allow it, the published band said plainly,
and always that this is not a diagnosis."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_journal.questionnaires import Instrument, Result


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuestionnaireResult", text)


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def bands_text(instrument: Instrument) -> str:
    """The published bands in one line: "0–4 Minimal, 5–9 Mild, …"."""
    return ", ".join(f"{b.low}\u2013{b.high} {b.label}" for b in instrument.bands)


def result_lines(instrument: Instrument, result: Result) -> list[str]:
    """What the answers add up to, one short paragraph per line."""
    lines: list[str] = []
    if result.total is not None:
        lines.append(_fill(_tr("Your total is %1 of %2."), result.total, result.total_max))
        if result.band:
            lines.append(_fill(
                _tr("%1 publishes these ranges: %2. Yours is in the range it calls “%3”."),
                instrument.name, bands_text(instrument), result.band,
            ))
    elif instrument.has_total:
        lines.append(_fill(
            _tr("You left %1 blank, so there is no total this time: %2 is only added up when "
                "every question is answered. Your answers are kept as you gave them."),
            _questions(result.skipped), instrument.name,
        ))
    for score in result.items:
        item = instrument.items[score.index]
        lines.append(_fill(_tr("%1 — you chose %2 (ONS calls this “%3”)."),
                           item.text, score.value, score.band))
    if not instrument.has_total and result.skipped:
        lines.append(_fill(_tr("You left %1 blank."), _questions(result.skipped)))
    lines.append(_tr(
        "This is not a diagnosis. It is a way for you to notice change over time, and "
        "something you may choose to talk over with someone you trust."
    ))
    return lines


def _questions(count: int) -> str:
    return _tr("1 question") if count == 1 else _fill(_tr("%1 questions"), count)
