"""The bundled helplines of every region, read from resources/helplines.json.

Each region with bundled lines has a code (ISO 3166 alpha-2), a name, an emergency number and
its lines, each with the service's own page (`source`) and the day it was checked. For other
regions the file knows only the emergency number, where known. No Qt here: the crisis card and
the UI both read it.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recovery_journal.model import BundledHelplines, BundledLine
from recovery_journal.resources import resource_path

FALLBACK_REGION = "GB"
"""Where the app began; the region used when neither the person nor the system names one."""


@dataclass(frozen=True, slots=True)
class Emergency:
    """A region's emergency number: `number` to copy, `words` when one number isn't all."""

    number: str
    words: str = ""


@dataclass(frozen=True, slots=True)
class HelplineCatalogue:
    """Every region's bundled help, by ISO 3166 alpha-2 code."""

    regions: dict[str, BundledHelplines]
    emergency: dict[str, Emergency] = field(default_factory=dict)

    def has_lines(self, code: str) -> bool:
        """Whether helplines are bundled for `code`."""
        return code.upper() in self.regions

    def for_region(self, code: str, name: str = "") -> BundledHelplines:
        """The help for `code`: its bundled lines, or for any other region no lines and the
        emergency number where known. `name` names a region the file doesn't."""
        code = code.upper()
        if code in self.regions:
            return self.regions[code]
        known = self.emergency.get(code)
        return BundledHelplines(
            region=name or code, checked="", lines=(), code=code,
            emergency=known.number if known else "", emergency_words=known.words if known else "",
        )


def helplines_path() -> Path:
    """The bundled helplines file, shipped inside the package (recovery_journal/resources/)."""
    return resource_path("helplines.json")


def _line(data: dict[str, Any]) -> BundledLine:
    return BundledLine(
        str(data["name"]), str(data["contact"]), str(data["copy"]), str(data["details"]),
        str(data["source"]), str(data["checked"]),
    )


def _region(data: dict[str, Any]) -> BundledHelplines:
    lines = tuple(_line(d) for d in data["lines"])
    # The region counts as checked on the day of its least recently checked line.
    checked = min((line.checked for line in lines), default="")
    emergency = str(data["emergency"])
    return BundledHelplines(
        str(data["name"]), checked, lines, code=str(data["code"]).upper(),
        emergency=emergency.split(" ")[0], emergency_words=emergency,
    )


def parse_catalogue(text: str) -> HelplineCatalogue:
    """The catalogue in `text` (the JSON of helplines.json); ValueError if it isn't one."""
    try:
        data = json.loads(text)
        regions = {r.code: r for r in (_region(d) for d in data["regions"])}
        emergency = {
            str(d["code"]).upper(): Emergency(str(d["number"]), str(d.get("words", "")))
            for d in data.get("emergency", ())
        }
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError("not a helplines file") from error
    return HelplineCatalogue(regions, emergency)


def load_catalogue(path: Path | None = None) -> HelplineCatalogue | None:
    """Read the bundled helplines; None if the file is missing or unreadable."""
    if path is None:
        return _shipped_catalogue()
    try:
        return parse_catalogue(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@functools.cache
def _shipped_catalogue() -> HelplineCatalogue | None:
    # The shipped file never changes while the app runs: read it once.
    try:
        return parse_catalogue(helplines_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
