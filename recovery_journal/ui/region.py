"""Regions for Get help now: the default from the system's locale, and every region's name.

Names and codes come from Qt's own table of territories (ISO 3166 alpha-2), so the choice
covers every region whether or not helplines are bundled for it.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QLocale

from recovery_journal.helplines import FALLBACK_REGION, HelplineCatalogue, load_catalogue
from recovery_journal.model import BundledHelplines


def _code(territory: QLocale.Country) -> str:
    code = QLocale.territoryToCode(territory)
    # Qt also knows groups like "Latin America" (419) and "World" (001): not a place to live.
    return code if len(code) == 2 and code.isalpha() else ""


def default_region(locale: QLocale | None = None) -> str:
    """The region of `locale` (the system's by default); the fallback when it names none."""
    locale = locale if locale is not None else QLocale.system()
    return _code(locale.territory()) or FALLBACK_REGION


@functools.cache
def _all_regions() -> dict[str, str]:
    names: dict[str, str] = {}
    for territory in QLocale.Country:
        code = _code(territory)
        if code and code not in names:
            names[code] = QLocale.territoryToString(territory)
    return names


def region_names() -> list[tuple[str, str]]:
    """Every region as (code, name), in the order of their names."""
    return sorted(_all_regions().items(), key=lambda item: item[1].casefold())


def region_name(code: str) -> str:
    """The name of region `code`, or the code itself when Qt doesn't know it."""
    return _all_regions().get(code.upper(), code.upper())


def help_for(code: str, catalogue: HelplineCatalogue | None = None) -> BundledHelplines | None:
    """The bundled help for region `code` (from `catalogue`, else the shipped file); None only
    when the file can't be read."""
    catalogue = catalogue if catalogue is not None else load_catalogue()
    return None if catalogue is None else catalogue.for_region(code, region_name(code))
