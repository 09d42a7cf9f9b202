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
# A quantity is counted, not felt: its value carries a unit and never a word. Known by a unit
# word in the measure's own name or end labels ("Sleep hours", "16 hours").
_UNITS = (
    (("hours", "hour", "hrs"), QT_TRANSLATE_NOOP("Words", "h")),
    (("minutes", "mins"), QT_TRANSLATE_NOOP("Words", "min")),
)


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


def measure_unit(measure: Measure) -> str:
    """The unit of a quantity ("h" for sleep hours), or "" for a scale."""
    words = " ".join((measure.name, measure.low_label, measure.high_label)).casefold().split()
    for names, unit in _UNITS:
        if any(name in words for name in names):
            return _tr(str(unit))
    return ""


def has_words(measure: Measure) -> bool:
    """Mood, hope and scales with their own end labels are described in words; quantities and
    bare numbers are not."""
    if measure_unit(measure):
        return False
    return measure.key in _FEELING_KEYS or bool(measure.low_label and measure.high_label)


def number_with_unit(measure: Measure, value: float) -> str:
    """The value with its unit where it has one ("7.5 h", "6"), never a word."""
    unit = measure_unit(measure)
    return f"{format_number(value)} {unit}" if unit else format_number(value)


def short_value(measure: Measure, value: float) -> str:
    """The value as a few characters: "7.5 h", "6", or "6 okay" where words apply."""
    number = format_number(value)
    unit = measure_unit(measure)
    if unit:
        return f"{number} {unit}"
    return f"{number} {scale_word(measure, value)}" if has_words(measure) else number


def describe_value(measure: Measure, value: float | None) -> str:
    """Number and word together ("6 — okay"), with its unit ("7.5 h"), or "Not set"."""
    if value is None:
        return QCoreApplication.translate("Words", "Not set")
    number = format_number(value)
    unit = measure_unit(measure)
    if unit:
        return f"{number} {unit}"
    return f"{number} — {scale_word(measure, value)}" if has_words(measure) else number


# Migration 0001 stores the built-in measures' words in English; they are shown translated
# while they are still exactly those words. A name or label the person changed is theirs.
_BUILT_IN_WORDS: dict[str, tuple[object, object, object]] = {
    "mood": (QT_TRANSLATE_NOOP("Measures", "Mood"), QT_TRANSLATE_NOOP("Measures", "Very low"),
             QT_TRANSLATE_NOOP("Measures", "Very good")),
    "hope": (QT_TRANSLATE_NOOP("Measures", "Hope"),
             QT_TRANSLATE_NOOP("Measures", "No hope right now"),
             QT_TRANSLATE_NOOP("Measures", "Very hopeful")),
}


def _shown(measure: Measure, index: int, stored: str) -> str:
    built_in = _BUILT_IN_WORDS.get(measure.key) if measure.built_in else None
    if built_in is not None and stored == str(built_in[index]):
        return QCoreApplication.translate("Measures", stored)
    return stored


def measure_name(measure: Measure) -> str:
    """The measure's name as shown: a built-in's English name translated, else as typed."""
    return _shown(measure, 0, measure.name)


def low_label(measure: Measure) -> str:
    """The low end's label as shown (translated only while it is the built-in English)."""
    return _shown(measure, 1, measure.low_label)


def high_label(measure: Measure) -> str:
    """The high end's label as shown (translated only while it is the built-in English)."""
    return _shown(measure, 2, measure.high_label)
