"""Spreadsheet-safe CSV cells: text a spreadsheet could run as a formula gets a leading '.

LibreOffice with "Trim spaces" and Excel's own cleaning skip spaces, line breaks and invisible
characters before they look for a formula, and some treat full-width look-alikes of = + - @ as
the real ones. So the test is on the first character that is visible and not a space.
"""

from __future__ import annotations

import unicodedata

# What a spreadsheet may read as the start of a formula (or of DDE: "=cmd|...", "@SUM(...)").
_FORMULA_STARTS = frozenset("=+-@")
# NFKC folds full-width (＝ ＋ － ＠), small (﹦ ﹢ ﹣ ﹫) and raised forms to the ASCII
# sign, but not the minus sign (− U+2212), which some spreadsheets read as a minus too.
_LOOK_ALIKES = frozenset("\u2212")
# A cell that starts with either is re-read as another cell or another row by some readers.
_CONTROL_STARTS = ("\t", "\r")


def _is_skipped(char: str) -> bool:
    """Spaces of any kind (NBSP, line breaks) and invisible format characters (BOM, ZWSP)."""
    return char.isspace() or unicodedata.category(char) in ("Cf", "Cc")


def _first_visible(text: str) -> str:
    for char in text:
        if not _is_skipped(char):
            return char
    return ""


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could evaluate `text` as a formula."""
    if text.startswith(_CONTROL_STARTS):
        return True
    first = _first_visible(text)
    if not first:
        return False
    folded = unicodedata.normalize("NFKC", first)[:1]
    return folded in _FORMULA_STARTS or folded in _LOOK_ALIKES


def neutralise(text: str) -> str:
    """`text` with a leading ' when a spreadsheet could run it; otherwise `text` unchanged.

    Nothing is removed: the cell is always `text` or "'" + `text`.
    """
    return "'" + text if is_formula_like(text) else text
