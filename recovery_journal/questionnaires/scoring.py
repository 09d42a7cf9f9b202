"""Scores as each instrument's rules allow: a total only when every item is answered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from recovery_journal.questionnaires.instruments import Band, Instrument


@dataclass(frozen=True, slots=True)
class ItemScore:
    """One answered item on an instrument scored item by item (ONS4), with its band."""

    index: int
    value: int
    band: str


@dataclass(frozen=True, slots=True)
class Result:
    """What the answers add up to. `total` is None when the rules withhold it."""

    answered: int
    skipped: int
    total: int | None
    total_max: int
    band: str
    items: tuple[ItemScore, ...]
    # An answer above 0 on a safety item (PHQ-9 item 9).
    needs_care: bool


def band_of(bands: Sequence[Band], value: int) -> str:
    """The published label of the band holding `value`, or "" when none does."""
    return next((b.label for b in bands if b.low <= value <= b.high), "")


def check_answers(instrument: Instrument, answers: Sequence[int | None]) -> None:
    """ValueError unless there is one answer (or None) per item, each within the scale."""
    if len(answers) != len(instrument.items):
        raise ValueError(f"{instrument.name} has {len(instrument.items)} items")
    for value in answers:
        if value is not None and not 0 <= value <= instrument.scale_max:
            raise ValueError(f"{instrument.name} answers run from 0 to {instrument.scale_max}")


def score(instrument: Instrument, answers: Sequence[int | None]) -> Result:
    """Score answers (None for a skipped item). PHQ-9, GAD-7 and QPR-15 give a total only
    with every item answered; ONS4 never adds its questions up, each has its own band."""
    check_answers(instrument, answers)
    given = [v for v in answers if v is not None]
    complete = len(given) == len(answers)
    total = sum(given) if instrument.has_total and complete else None
    items = tuple(
        ItemScore(i, v, band_of(item.bands, v))
        for i, (item, v) in enumerate(zip(instrument.items, answers, strict=True))
        if v is not None and item.bands
    )
    return Result(
        answered=len(given),
        skipped=len(answers) - len(given),
        total=total,
        total_max=instrument.total_max,
        band="" if total is None else band_of(instrument.bands, total),
        items=items,
        needs_care=any((answers[i] or 0) > 0 for i in instrument.safety_items),
    )
