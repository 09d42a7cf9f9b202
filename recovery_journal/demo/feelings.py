"""The demo's feelings: a word or two on most check-ins, fitting the day's mood and what happened.

Chosen from the day and the check-in's place alone (no random draw), so adding them changes
nothing else the demo makes.
"""

from __future__ import annotations

from recovery_journal.demo.days import DemoDay

# From the lowest mood band to the highest; each band's words cycle through the year.
_BANDS: tuple[tuple[float, tuple[tuple[str, ...], ...]], ...] = (
    (3.5, (("low", "tired"), ("anxious",), ("lonely", "drained"), ("overwhelmed",))),
    (5.5, (("tired",), ("restless",), ("content",), ("worried", "hopeful"), ())),
    (7.5, (("calm",), ("content", "grateful"), ("hopeful",), ("relaxed",), ())),
    (11.0, (("hopeful", "proud"), ("joyful",), ("calm", "grateful"), ("connected",))),
)
_WITH_TAGS = {"friends": "connected", "walk": "calm", "work": "motivated"}


def feelings_for(day: DemoDay, place: int, mood: float | None) -> tuple[str, ...]:
    """A check-in's feelings: none on some, one or two words on most."""
    level = day.mood if mood is None else mood
    words: list[str] = []
    for top, choices in _BANDS:
        if level < top:
            words = list(choices[(day.index + place) % len(choices)])
            break
    extra = next((_WITH_TAGS[t] for t in day.tags if t in _WITH_TAGS), None)
    if extra is not None and words and extra not in words and level >= 5 and len(words) < 2:
        words.append(extra)
    return tuple(words)
