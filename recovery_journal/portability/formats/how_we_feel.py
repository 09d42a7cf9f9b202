"""How We Feel's CSV export: its feelings by quadrant, read through the "howwefeel" preset.

The export (see tests/fixtures/imports/README.md for where the layout was seen) has a `Mood`
column holding one or more feelings split by ";". Each feeling becomes a feeling on the
check-in, placed in the quadrant How We Feel gives it (pleasant or unpleasant, more or less
energy); a word not listed here is kept too, in "other". The same words also give the mood a
starting number on 0-10, which the person sees and can change before importing.
"""

from __future__ import annotations

from recovery_journal.model import FeelingGroup

# The quadrants' words as How We Feel shows them, with the mood number each quadrant suggests.
_QUADRANTS: tuple[tuple[FeelingGroup, float, tuple[str, ...]], ...] = (
    (FeelingGroup.PLEASANT_HIGH, 8.0, (
        "excited", "joyful", "happy", "inspired", "proud", "optimistic", "energized", "hopeful",
        "motivated", "cheerful", "confident", "enthusiastic", "playful", "thrilled", "elated")),
    (FeelingGroup.PLEASANT_LOW, 7.0, (
        "calm", "content", "grateful", "mellow", "relaxed", "peaceful", "thoughtful",
        "balanced", "at ease", "chill", "comfortable", "loved", "serene", "good", "fine",
        "okay")),
    (FeelingGroup.UNPLEASANT_HIGH, 3.0, (
        "anxious", "stressed", "angry", "frustrated", "irritated", "nervous", "worried",
        "overwhelmed", "tense", "annoyed", "peeved", "uneasy", "concerned", "panicked",
        "restless")),
    (FeelingGroup.UNPLEASANT_LOW, 2.0, (
        "sad", "tired", "lonely", "down", "bored", "disappointed", "exhausted", "hopeless",
        "depressed", "drained", "meh", "apathetic", "guilty", "ashamed", "miserable",
        "fatigued", "trapped")),
)

MOOD_NUMBERS: dict[str, float] = {w: n for _, n, words in _QUADRANTS for w in words}
GROUPS: dict[str, str] = {w: g.value for g, _, words in _QUADRANTS for w in words}
FEELINGS_COLUMN = "Mood"
TAG_COLUMNS = ("Tags (People)", "Tags (Places)", "Tags (Events)")
