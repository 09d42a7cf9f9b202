"""The words of the charts and the report the command line makes, in its language, without Qt.

The window words them through Qt's translator and QLocale (ui/language.py); the command line must
not load Qt, so `scripts/translations.py` writes what both hold for Welsh and Spanish to
`resources/i18n/words_{cy,es}.json`, and `TableLanguage` answers from it the same way.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from recovery_journal.insights.language import (
    ENGLISH,
    Language,
    english_plural,
    fill,
    join_with_and,
)
from recovery_journal.resources import resource


def _welsh_form(n: int) -> int:
    # Qt's welshRules (qttools src/linguist/shared/numerus.cpp), the order of the forms lupdate
    # writes for Welsh ("Nullar", "Singular", "Dual", "Sexal", "Plural"): 0, 1, 2–5, 6, other.
    # The .qm holds these rules and qtranslator.cpp's numerusHelper takes the first that fits.
    if n == 0:
        return 0
    if n == 1:
        return 1
    if 2 <= n <= 5:
        return 2
    return 3 if n == 6 else 4


def _spanish_form(n: int) -> int:
    # Spanish is among numerus.cpp's englishStyleLanguages ({Q_EQ, 1}): "Singular", "Plural".
    return 0 if n == 1 else 1


PLURAL_FORM: dict[str, Callable[[int], int]] = {"cy": _welsh_form, "es": _spanish_form}
_EXACT = Context(prec=400)  # enough digits for any float's exact value
# A date pattern's fields as QLocale::toString(QDate, …) reads them; '…' is literal text.
_FIELD = re.compile(r"'(?:[^']|'')*'|d{1,4}|M{1,4}|y{4}|y{2}")


class TableLanguage:
    """Welsh or Spanish from the tables scripts/translations.py wrote; see `Language`."""

    def __init__(self, code: str, table: Mapping[str, Any]) -> None:
        self._code = code
        self._texts: dict[str, dict[str, str | list[str]]] = table["texts"]
        locale: dict[str, Any] = table["locale"]
        self._decimal, self._group, self._minus = (
            str(locale["decimal"]), str(locale["group"]), str(locale["minus"]))
        self._group_least = int(locale["group_least"])
        self._names: dict[str, list[str]] = {
            key: [str(name) for name in locale[key]] for key in (
                "months", "short_months", "standalone_months", "standalone_short_months",
                "days", "short_days")}
        self._form = PLURAL_FORM[code]

    @property
    def code(self) -> str:
        """The language's code: "cy" or "es"."""
        return self._code

    def translate(self, context: str, source: str, *args: object, n: int | None = None) -> str:
        """See `insights.language.Language.translate`; an untranslated text stays English."""
        found = self._texts.get(context, {}).get(source)
        if found is None:
            return ENGLISH.translate(context, source, *args, n=n)
        if isinstance(found, list):
            text = found[min(self._form(n), len(found) - 1)] if n is not None else found[0]
        else:
            text = found
        if n is not None:
            text = text.replace("%n", str(n))
            if "(" in text:  # as QtLanguage does: an English "(s)" left in a translation
                text = english_plural(text, n)
        return fill(text, *args)

    def number(self, value: float, decimals: int = 1) -> str:
        """See `insights.language.Language.number`."""
        if value != value:  # NaN: no value
            return "—"
        # QLocale rounds an exact half away from zero ("1.25" → "1.3"); Python's format to even.
        step = Decimal(1).scaleb(-decimals)
        digits = (f"{Decimal(abs(value)).quantize(step, ROUND_HALF_UP, _EXACT):f}"
                  if math.isfinite(value) else f"{abs(value):.{decimals}f}")
        whole, _, fraction = digits.partition(".")
        text = self._grouped(whole) + (self._decimal + fraction if fraction else "")
        # As QLocale: "-0.0" for a small value below zero, but "0.0" for zero with its sign.
        return self._minus + text if value < 0 else text

    def whole(self, value: int) -> str:
        """See `insights.language.Language.whole`."""
        text = self._grouped(str(abs(int(value))))
        return self._minus + text if value < 0 else text

    def _grouped(self, digits: str) -> str:
        # CLDR's minimum grouping digits, as QLocale keeps them: Spanish "1234" but "12.345".
        if len(digits) < 3 + self._group_least:
            return digits
        head = len(digits) % 3 or 3
        parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
        return self._group.join(parts)

    def day(self, value: date, *, year: bool = True) -> str:
        """See `insights.language.Language.day`; the order is the translated "Dates" pattern."""
        pattern = self.translate("Dates", "d MMMM yyyy" if year else "d MMMM")
        return self.format_date(value, pattern)

    def short_day(self, value: date, *, year: bool = True) -> str:
        """See `insights.language.Language.short_day`."""
        return self.format_date(value, self.translate("Dates", "d MMM yyyy" if year else "d MMM"))

    def format_date(self, value: date, pattern: str) -> str:
        """`value` by a QLocale date pattern: d, dd, ddd, dddd, M…MMMM, yy, yyyy, 'literal'."""
        names = self._names
        fields: dict[str, Callable[[], str]] = {
            "d": lambda: str(value.day), "dd": lambda: f"{value.day:02d}",
            "ddd": lambda: names["short_days"][value.weekday()],
            "dddd": lambda: names["days"][value.weekday()],
            "M": lambda: str(value.month), "MM": lambda: f"{value.month:02d}",
            "MMM": lambda: names["short_months"][value.month - 1],
            "MMMM": lambda: names["months"][value.month - 1],
            "yy": lambda: f"{value.year % 100:02d}", "yyyy": lambda: f"{value.year:04d}",
        }

        def field(match: re.Match[str]) -> str:
            token = match.group(0)
            if token.startswith("'"):
                return token[1:-1].replace("''", "'") if token != "''" else "'"
            return fields[token]()

        return _FIELD.sub(field, pattern)

    def month(self, month: int, *, short: bool = False) -> str:
        """See `insights.language.Language.month`: the name standing alone."""
        return self._names["standalone_short_months" if short else "standalone_months"][month - 1]

    def and_list(self, items: Sequence[str]) -> str:
        """See `insights.language.Language.and_list`."""
        return join_with_and(self, items)


def chart_language(code: str) -> Language:
    """The `Language` for `code` ("en", "cy", "es"): English when it is English, unknown, or its
    table is missing (a broken install still makes a readable chart)."""
    if code not in PLURAL_FORM:
        return ENGLISH
    try:
        table = json.loads(resource("i18n", f"words_{code}.json").read_text("utf-8"))
        return TableLanguage(code, table)
    except (OSError, ValueError, KeyError, TypeError):
        return ENGLISH
