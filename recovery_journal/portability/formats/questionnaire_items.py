"""Questionnaire responses in our own JSON export: read and checked before anything is written.

Kept apart from ours.py so that file stays about the rest of the document.
"""

from __future__ import annotations

from recovery_journal.portability.formats.fields import Item
from recovery_journal.portability.records import QuestionnaireRecord
from recovery_journal.questionnaires import instrument as instrument_named
from recovery_journal.questionnaires.scoring import check_answers


def _answer(value: object) -> int | None:
    if value is None or (type(value) is int):
        return value
    raise ValueError


def questionnaire_record(item: Item) -> QuestionnaireRecord:
    """A response whose questionnaire, item count and answers this app knows."""
    key = item.text("instrument", None)
    try:
        instrument = instrument_named(key)
    except KeyError:
        raise item.problem("instrument", "This isn't a questionnaire this app knows.") from None
    raw = item.raw("answers")
    try:
        if not isinstance(raw, list):
            raise ValueError
        answers = tuple(_answer(v) for v in raw)
        check_answers(instrument, answers)
    except ValueError:
        raise item.problem(
            "answers", "This must be %1 answers from 0 to %2, with null for a question left "
            "blank.", len(instrument.items), instrument.scale_max) from None
    extra = item.raw("extra")
    top = len(instrument.extra_options) - 1
    if extra is not None and (type(extra) is not int or not 0 <= extra <= top):
        raise item.problem("extra", "This isn't one of the question's answers.")
    return QuestionnaireRecord(item.row, key, item.moment("taken_at"), answers,
                               extra if isinstance(extra, int) else None)
