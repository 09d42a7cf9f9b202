"""Words for numbers on a scale, so a value is never shown by position or colour alone."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from recovery_journal.model import Measure
from recovery_journal.storage.measures import plain_number

# Mood and hope: higher is better, so the words may say "good". Six bands over the range.
_FEELING_BANDS = (
    (0.15, QT_TRANSLATE_NOOP("Words", "very low")),
    (0.35, QT_TRANSLATE_NOOP("Words", "low")),
    (0.45, QT_TRANSLATE_NOOP("Words", "a bit low")),
    (0.65, QT_TRANSLATE_NOOP("Words", "okay")),
    (0.85, QT_TRANSLATE_NOOP("Words", "good")),
    (1.01, QT_TRANSLATE_NOOP("Words", "very good")),
)
# A measure the person added may run either way (anxiety, energy), so its words stay neutral.
_NEUTRAL_BANDS = (
    (0.15, QT_TRANSLATE_NOOP("Words", "low")),
    (0.4, QT_TRANSLATE_NOOP("Words", "fairly low")),
    (0.6, QT_TRANSLATE_NOOP("Words", "in the middle")),
    (0.85, QT_TRANSLATE_NOOP("Words", "fairly high")),
    (1.01, QT_TRANSLATE_NOOP("Words", "high")),
)
_FEELING_KEYS = frozenset({"mood", "hope"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Words", text)


def format_number(value: float) -> str:
    """A value as the person would write it, exactly: 6, not 6.0; 7.25; 1000000, not 1e+06."""
    return plain_number(value)


def scale_word(measure: Measure, value: float) -> str:
    """The word for `value` on `measure` ("okay", "fairly high")."""
    span = measure.max_value - measure.min_value
    share = (value - measure.min_value) / span if span > 0 else 0.0
    bands = _FEELING_BANDS if measure.key in _FEELING_KEYS else _NEUTRAL_BANDS
    for limit, word in bands:
        if share < limit:
            return _tr(str(word))
    return _tr(str(bands[-1][1]))


def describe_value(measure: Measure, value: float | None) -> str:
    """Number and word together ("6 — okay"), or "Not set"."""
    if value is None:
        return QCoreApplication.translate("Words", "Not set")
    return f"{format_number(value)} — {scale_word(measure, value)}"
