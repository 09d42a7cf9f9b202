"""Regions for Get help now: the default from the system's locale, and every region's name.

Codes come from Qt's own table of territories (ISO 3166 alpha-2), so the choice covers every
region whether or not helplines are bundled for it; names come from Babel (CLDR) in the app's
language ("Y Deyrnas Unedig", "Reino Unido"), since Qt names territories only in English.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import babel
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


def _language() -> str:
    # ui.i18n sets QLocale's default to the person's language (the system's for English).
    return QLocale.languageToCode(QLocale().language()) or "en"


@functools.cache
def _all_regions(language: str) -> dict[str, str]:
    local: Mapping[str, str]
    try:
        local = babel.Locale.parse(language).territories
    except (ValueError, babel.UnknownLocaleError):
        local = {}
    names: dict[str, str] = {}
    for territory in QLocale.Country:
        code = _code(territory)
        if code and code not in names:
            names[code] = local.get(code) or QLocale.territoryToString(territory)
    return names


def region_names() -> list[tuple[str, str]]:
    """Every region as (code, name in the app's language), in the order of their names."""
    return sorted(_all_regions(_language()).items(), key=lambda item: item[1].casefold())


def region_name(code: str) -> str:
    """The name of region `code` in the app's language, or the code when no one knows it."""
    return _all_regions(_language()).get(code.upper(), code.upper())


def help_for(code: str, catalogue: HelplineCatalogue | None = None) -> BundledHelplines | None:
    """The bundled help for region `code` (from `catalogue`, else the shipped file); None only
    when the file can't be read."""
    catalogue = catalogue if catalogue is not None else load_catalogue()
    return None if catalogue is None else catalogue.for_region(code, region_name(code))
