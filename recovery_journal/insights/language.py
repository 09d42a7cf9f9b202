"""The person's language for the sentences, legends and tables built outside the UI, without Qt.

Insights, charts and the report's charts are worded through a `Language` passed in with the
chart options (`ChartOptions.language`), English unless the caller gives another: the window
passes one backed by Qt's translator and QLocale (`ui/language.py`), so a summary comes out in
the language chosen in Settings while insights stays Qt-free and testable.

A text is written as one whole sentence with a literal context at the call site, its values in
numbered places a translation may move, and a count as `%n` with Qt's plural forms:

    lang.translate("ChartSummary", "Your mood averaged %1 %2.", lang.number(mood), when)
    lang.translate("ChartSummary", "%n day(s)", n=days)

`scripts/translations.py` finds every such call (the first two arguments literal) and files it
in the `.ts` files under its context, like `QCoreApplication.translate`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from typing import Protocol

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_PLACE = re.compile(r"%(\d)")
# English plural spellings a text may use: "day(s)", "match(es)", "entry(ies)".
_PLURAL = re.compile(r"y\(ies\)|\((e?s)\)")


def fill(text: str, *args: object) -> str:
    """`text` with `%1`…`%9` replaced by `args`, in one pass (a value holding "%2" stays)."""
    def place(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACE.sub(place, text) if args else text


def english_plural(text: str, n: int) -> str:
    """"%n day(s)" for `n`: "1 day", "3 days"; "entry(ies)" → "entries"; `%n` is the count."""
    def form(match: re.Match[str]) -> str:
        if match.group(0) == "y(ies)":
            return "y" if n == 1 else "ies"
        return "" if n == 1 else match.group(1)

    return _PLURAL.sub(form, text).replace("%n", str(n))


class Language(Protocol):
    """Words, numbers and dates in one language."""

    @property
    def code(self) -> str:
        """The language's code: "en", "cy", "es"."""
        ...

    def translate(self, context: str, source: str, *args: object, n: int | None = None) -> str:
        """`source` translated in `context`, its `%1`… filled with `args` and `%n` with `n`
        (which also picks the plural form)."""
        ...

    def number(self, value: float, decimals: int = 1) -> str:
        """"6.1" ("6,1" in Spanish); an em dash when there is no value (NaN)."""
        ...

    def whole(self, value: int) -> str:
        """A count as digits with the language's grouping: "1,234", "1.234"."""
        ...

    def day(self, value: date, *, year: bool = True) -> str:
        """"3 March 2025" (or "3 March") in the language's order and month names."""
        ...

    def short_day(self, value: date, *, year: bool = True) -> str:
        """"3 Mar 2025", for axes and notes where space is short."""
        ...

    def month(self, month: int, *, short: bool = False) -> str:
        """The name of month 1–12, "March" (or "Mar")."""
        ...

    def and_list(self, items: Sequence[str]) -> str:
        """"a", "a and b", "a, b and c"."""
        ...


class English:
    """British English spelled by hand: the default, and what tests and the command line use."""

    code = "en"

    def translate(self, context: str, source: str, *args: object, n: int | None = None) -> str:
        """`source` itself, filled in; see `Language.translate`."""
        text = english_plural(source, n) if n is not None else source
        return fill(text, *args)

    def number(self, value: float, decimals: int = 1) -> str:
        """See `Language.number`."""
        return "—" if math.isnan(value) else f"{value:.{decimals}f}"

    def whole(self, value: int) -> str:
        """See `Language.whole`."""
        return f"{value:,}"

    def day(self, value: date, *, year: bool = True) -> str:
        """See `Language.day`."""
        text = f"{value.day} {MONTHS[value.month - 1]}"
        return f"{text} {value.year}" if year else text

    def short_day(self, value: date, *, year: bool = True) -> str:
        """See `Language.short_day`."""
        text = f"{value.day} {MONTHS[value.month - 1][:3]}"
        return f"{text} {value.year}" if year else text

    def month(self, month: int, *, short: bool = False) -> str:
        """See `Language.month`."""
        name = MONTHS[month - 1]
        return name[:3] if short else name

    def and_list(self, items: Sequence[str]) -> str:
        """See `Language.and_list`."""
        return join_with_and(self, items)


def join_with_and(lang: Language, items: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c" in `lang`'s words (every `Language.and_list` is this)."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    separator = lang.translate("Lists", ", ")
    return lang.translate("Lists", "%1 and %2", separator.join(items[:-1]), items[-1])


ENGLISH: Language = English()


class _Mark:
    """Marks a text for scripts/translations.py without translating it, like Qt's
    QT_TRANSLATE_NOOP: a constant kept in English, translated where shown."""

    @staticmethod
    def translate(context: str, source: str) -> str:
        return source


MARK = _Mark()
