"""A life area's name as the app shows it: a built-in's stored English name in the app's
language, a name the person typed or renamed as typed (insights/life_areas.py)."""

from __future__ import annotations

from recovery_journal.insights.life_areas import life_area_name
from recovery_journal.ui.language import QtLanguage


def area_name(name: str) -> str:
    """`name` as shown: translated while it is still a built-in life area's English name."""
    return life_area_name(name, QtLanguage())
