"""The person's language for insights, charts and the report: Qt's translator and QLocale.

Passed to the Qt-free code as a `Language` (insights/language.py) inside the chart options, so a
chart summary, legend or table reads in the language chosen in Settings. Safe on the worker
that draws the charts: translating and QLocale formatting only read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from recovery_journal.insights.language import english_plural, fill, join_with_and


class QtLanguage:
    """The language the app runs in (`QLocale()`'s default, set at start by ui/i18n.py)."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self._locale = locale if locale is not None else QLocale()
        code = QLocale.languageToCode(self._locale.language())
        self._code = code if code in ("cy", "es") else "en"

    @property
    def code(self) -> str:
        """The language's code: "en", "cy", "es"."""
        return self._code

    def translate(self, context: str, source: str, *args: object, n: int | None = None) -> str:
        """See `insights.language.Language.translate`."""
        text = QCoreApplication.translate(context, source, None, -1 if n is None else n)
        if n is not None and "(" in text:
            text = english_plural(text, n)  # not in any .qm yet: the English forms
        return fill(text, *args)

    def number(self, value: float, decimals: int = 1) -> str:
        """See `insights.language.Language.number`."""
        if value != value:  # NaN: no value
            return "—"
        return self._locale.toString(float(value), "f", decimals)

    def whole(self, value: int) -> str:
        """See `insights.language.Language.whole`."""
        return self._locale.toString(int(value))

    def day(self, value: date, *, year: bool = True) -> str:
        """See `insights.language.Language.day`."""
        # The order and little words of a date are the translator's: "d 'de' MMMM 'de' yyyy".
        pattern = (QCoreApplication.translate("Dates", "d MMMM yyyy") if year
                   else QCoreApplication.translate("Dates", "d MMMM"))
        return self._locale.toString(QDate(value.year, value.month, value.day), pattern)

    def short_day(self, value: date, *, year: bool = True) -> str:
        """See `insights.language.Language.short_day`."""
        pattern = (QCoreApplication.translate("Dates", "d MMM yyyy") if year
                   else QCoreApplication.translate("Dates", "d MMM"))
        return self._locale.toString(QDate(value.year, value.month, value.day), pattern)

    def month(self, month: int, *, short: bool = False) -> str:
        """See `insights.language.Language.month`."""
        form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return self._locale.standaloneMonthName(month, form)

    def and_list(self, items: Sequence[str]) -> str:
        """See `insights.language.Language.and_list`."""
        return join_with_and(self, items)
