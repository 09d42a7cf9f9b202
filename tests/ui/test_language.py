"""The words insights and charts are built with: English by hand, or through Qt."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from recovery_journal.insights.language import ENGLISH, english_plural, fill
from recovery_journal.ui.i18n import install_translations
from recovery_journal.ui.language import QtLanguage


def test_english_fills_places_counts_and_dates() -> None:
    assert ENGLISH.translate("ChartSummary", "%1 of %2 days", "3", "7") == "3 of 7 days"
    assert fill("%2 before %1", "a", "%2") == "%2 before a"  # one pass: a value is not refilled
    assert [english_plural("%n day(s)", n) for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
    assert english_plural("%n entry(ies), %n match(es)", 1) == "1 entry, 1 match"
    assert english_plural("%n entry(ies), %n match(es)", 4) == "4 entries, 4 matches"
    assert ENGLISH.translate("C", "%n check-in(s) on %1", "Monday", n=1) == "1 check-in on Monday"
    assert ENGLISH.number(float("nan")) == "—" and ENGLISH.number(6.06) == "6.1"
    assert ENGLISH.whole(12345) == "12,345"
    assert ENGLISH.day(date(2025, 3, 3)) == "3 March 2025"
    assert ENGLISH.short_day(date(2025, 3, 3), year=False) == "3 Mar"
    assert ENGLISH.month(9, short=True) == "Sep"
    assert [ENGLISH.and_list(x) for x in ([], ["a"], ["a", "b"], ["a", "b", "c"])] == [
        "", "a", "a and b", "a, b and c"]


def test_spanish_and_welsh_through_qt(qapp: QApplication) -> None:
    try:
        install_translations(qapp, "es")
        spanish = QtLanguage()
        assert spanish.code == "es"
        assert spanish.number(6.06) == "6,1"
        assert spanish.day(date(2025, 3, 3)) == "3 de marzo de 2025"
        assert spanish.and_list(["a", "b", "c"]) == "a, b y c"
        # A text no .qm knows yet keeps its English plural forms, never "(s)".
        assert spanish.translate("Nowhere", "%n day(s) from %1", "x", n=2) == "2 days from x"
        install_translations(qapp, "cy")
        welsh = QtLanguage()
        assert welsh.code == "cy"
        assert welsh.day(date(2025, 3, 3)).startswith("3 ")
        assert welsh.and_list(["a", "b"]) == "a a b"
    finally:
        install_translations(qapp, "en")
    assert QtLanguage(QLocale("en_GB")).day(date(2025, 3, 3)) == "3 March 2025"
