"""Ready-made mappings for other apps' CSV exports, chosen in the dialog or with --preset.

Each names where its layout was seen (docs/export-format.md says more). Words a preset maps to
numbers are a starting point: the person sees and can change each one before importing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from recovery_journal.portability.formats import how_we_feel
from recovery_journal.portability.formats.common import read_text
from recovery_journal.portability.formats.mapped_csv import CsvMapping, NewMeasure, columns_of


@dataclass(frozen=True)
class Preset:
    """A named mapping; `title` is what the person reads."""

    key: str
    title: str
    mapping: CsvMapping


# How We Feel's feelings by quadrant (pleasant or unpleasant, more or less energy), on 0-10.
_HWF_WORDS: dict[str, float] = how_we_feel.MOOD_NUMBERS

PRESETS: dict[str, Preset] = {
    preset.key: preset for preset in (
        Preset("howwefeel", "How We Feel", CsvMapping(
            date="Date", measures={"Mood": "mood"}, labels={"Mood": _HWF_WORDS},
            tags=how_we_feel.TAG_COLUMNS, tag_separators=";", note="Notes",
            notes=("Reflections", "Takeaways"),
            # Its feelings become feelings (in their quadrant), no longer tags.
            feelings=(how_we_feel.FEELINGS_COLUMN,), feeling_groups=how_we_feel.GROUPS,
        )),
        Preset("imoodjournal", "iMoodJournal", CsvMapping(
            date="Date", hour="Hour", minute="Minute", measures={"Level": "mood"},
            note="Comment", hashtags=("Comment",),
        )),
        Preset("emoods", "eMoods", CsvMapping(
            date="Date", measures={"Depressed": "depressed", "Elevated": "elevated",
                                   "Irritability": "irritability", "Anxiety": "anxiety",
                                   "Sleep": "sleep"},
            note="Notes",
            new_measures=(
                NewMeasure("depressed", "Depressed", 0, 3, 1, "None", "Severe"),
                NewMeasure("elevated", "Elevated", 0, 3, 1, "None", "Severe"),
                NewMeasure("irritability", "Irritability", 0, 3, 1, "None", "Severe"),
                NewMeasure("anxiety", "Anxiety", 0, 3, 1, "None", "Severe"),
                NewMeasure("sleep", "Sleep", 0, 24, 0.1),
            ),
        )),
    )
}


def preset(key: str) -> Preset:
    """The preset named `key`; KeyError names the ones there are."""
    try:
        return PRESETS[key]
    except KeyError:
        raise KeyError(", ".join(PRESETS)) from None


def present_columns(mapping: CsvMapping, header: list[str]) -> CsvMapping:
    """`mapping` without the optional columns this file lacks (date and measures stay)."""
    have = {name.strip().lower() for name in header}

    def keep(name: str | None) -> str | None:
        return name if name is not None and name.strip().lower() in have else None

    def some(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(n for n in names if keep(n))

    return replace(
        mapping, time=keep(mapping.time), tags=some(mapping.tags), note=keep(mapping.note),
        hour=keep(mapping.hour), minute=keep(mapping.minute), notes=some(mapping.notes),
        hashtags=some(mapping.hashtags), feelings=some(mapping.feelings),
        measures={c: k for c, k in mapping.measures.items() if keep(c)},
        labels={c: w for c, w in mapping.labels.items() if keep(c)},
    )


def mapping_for_file(key: str, path: Path, words: dict[str, float] | None = None) -> CsvMapping:
    """Preset `key` fitted to the file at `path`; `words` gives numbers to mood words."""
    mapping = present_columns(preset(key).mapping, columns_of(read_text(path)))
    extra = {word.strip().casefold(): float(v) for word, v in (words or {}).items()}
    return replace(mapping, labels={column: {**{w.casefold(): v for w, v in scale.items()},
                                             **extra}
                                    for column, scale in mapping.labels.items()})
