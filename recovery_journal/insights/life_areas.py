"""The built-in life areas' names in the person's language, without Qt.

Migration 0001 stores the ten built-in life areas by their English names, and a name is all a
life area has. So a stored name that is still exactly one of those words is shown translated
(`lang.translate("LifeAreas", name)`), and any other name, one the person typed or renamed, is
shown as typed. Nothing stored changes; the UI, charts and the report all call `life_area_name`.
"""

from __future__ import annotations

from recovery_journal.insights.language import ENGLISH, Language


class _Mark:
    """Marks a text for scripts/translations.py (which finds `*.translate("Ctx", "…")`)
    without translating it, like Qt's QT_TRANSLATE_NOOP."""

    @staticmethod
    def translate(context: str, source: str) -> str:
        return source


_MARK = _Mark()
# Exactly as migration 0001 stores them (tests/insights/test_life_areas.py keeps them equal).
BUILT_IN_AREAS: frozenset[str] = frozenset((
    _MARK.translate("LifeAreas", "Work & meaningful activity"),
    _MARK.translate("LifeAreas", "Learning"),
    _MARK.translate("LifeAreas", "Relationships & family"),
    _MARK.translate("LifeAreas", "Friends & social life"),
    _MARK.translate("LifeAreas", "Community"),
    _MARK.translate("LifeAreas", "Spirituality & faith"),
    _MARK.translate("LifeAreas", "Culture & identity"),
    _MARK.translate("LifeAreas", "Physical health"),
    _MARK.translate("LifeAreas", "Emotional wellbeing"),
    _MARK.translate("LifeAreas", "Home & money"),
))


def life_area_name(name: str, lang: Language = ENGLISH) -> str:
    """A life area's name as shown: a built-in's stored English name translated, else as typed."""
    return lang.translate("LifeAreas", name) if name in BUILT_IN_AREAS else name
