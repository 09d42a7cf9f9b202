"""Strengths used: how often each strength was noted, and per life area, in a period."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from recovery_journal.insights.language import ENGLISH, MARK, Language
from recovery_journal.model import Strength, StrengthUse

NO_AREA = MARK.translate("ChartTable", "No life area")


@dataclass(frozen=True, slots=True)
class StrengthCounts:
    """Uses per strength and per life area, most used first (ties by name)."""

    by_strength: tuple[tuple[str, int], ...]
    by_area: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.by_strength)


def _ranked(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))


def no_area(lang: Language = ENGLISH) -> str:
    """`NO_AREA` in the person's language."""
    return lang.translate("ChartTable", NO_AREA)


def strength_counts(
    uses: Iterable[StrengthUse], strengths: Iterable[Strength], area_names: Mapping[int, str],
    lang: Language = ENGLISH,
) -> StrengthCounts:
    """Count `uses` per strength and per the strength's life area (`NO_AREA` when it has none).

    Uses of a strength not in `strengths` (one set aside) are left out, as storage hides them.
    """
    known = {s.id: s for s in strengths}
    by_strength: Counter[str] = Counter()
    by_area: Counter[str] = Counter()
    for use in uses:
        strength = known.get(use.strength_id)
        if strength is None:
            continue
        by_strength[strength.name] += 1
        area = area_names.get(strength.life_domain_id) if strength.life_domain_id else None
        by_area[area or no_area(lang)] += 1
    return StrengthCounts(by_strength=_ranked(by_strength), by_area=_ranked(by_area))
