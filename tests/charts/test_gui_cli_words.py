"""The command line's charts and report in Welsh and Spanish (issue 18): its Qt-free
`TableLanguage` (cli/language.py) words everything exactly as the window's `QtLanguage` does
with the app's translator loaded, so the tables are complete and the formatter right."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from recovery_journal.charts import CHART_NAMES, ChartData, heading_for, load_chart_data
from recovery_journal.cli import main
from recovery_journal.cli.i18n import use_language
from recovery_journal.cli.language import PLURAL_FORM, TableLanguage, chart_language
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.report.content import SECTION_ORDER, ReportChoice, ReportContent, gather
from recovery_journal.resources import resource
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.language import QtLanguage
from tests.charts.conftest import END, fill_day, setup_records
from tests.charts.test_chart_language import MONTH, YEAR, _options, every_chart
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.pdf_boxes import pdf_pages

COUNTS = [*range(31), 100, 1000]



def _table(code: str) -> TableLanguage:
    found = chart_language(code)
    assert isinstance(found, TableLanguage), code  # not English for want of its file
    return found


def test_the_plural_rules_are_qts() -> None:
    # Qt's numerus.cpp: Welsh 0 | 1 | 2–5 | 6 | other; Spanish 1 | other.
    assert [PLURAL_FORM["cy"](n) for n in (0, 1, 2, 5, 6, 7, 11, 100)] == [0, 1, 2, 2, 3, 4, 4, 4]
    assert [PLURAL_FORM["es"](n) for n in (0, 1, 2, 1000)] == [1, 0, 1, 1]


@pytest.mark.parametrize(("code", "count"), [("cy", 5), ("es", 2)])
def test_each_plural_form_is_the_one_qt_picks(
    qapp: QApplication, tmp_path: Path, code: str, count: int,
) -> None:
    """Every form different (the shipped Welsh texts use one form for every count, so they
    alone could not tell a wrong rule): lrelease writes Qt's rules for the language."""
    forms = [f"form{i} %n" for i in range(count)]
    ts = tmp_path / "probe.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{code}">'
        '<context><name>Probe</name><message numerus="yes"><source>%n thing(s)</source>'
        f'<translation>{"".join(f"<numerusform>{f}</numerusform>" for f in forms)}'
        "</translation></message></context></TS>", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "probe.qm")],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "probe.qm"))
    qapp.installTranslator(translator)
    try:
        locale = json.loads(resource("i18n", f"words_{code}.json").read_text("utf-8"))["locale"]
        table = TableLanguage(code, {"locale": locale,
                                     "texts": {"Probe": {"%n thing(s)": forms}}})
        for n in COUNTS:
            assert table.translate("Probe", "%n thing(s)", n=n) == QCoreApplication.translate(
                "Probe", "%n thing(s)", None, n), n
    finally:
        qapp.removeTranslator(translator)


def test_every_text_and_plural_form_reads_as_through_qt(language: str) -> None:
    words = json.loads(resource("i18n", f"words_{language}.json").read_text("utf-8"))
    table, qt = _table(language), QtLanguage()
    plurals = 0
    for context, texts in words["texts"].items():
        for source in texts:
            for n in COUNTS if "%n" in source else [None]:
                args = ("A", "B", "C", "D", "E")
                assert table.translate(context, source, *args, n=n) == qt.translate(
                    context, source, *args, n=n), (context, source, n)
            plurals += "%n" in source
    assert plurals > 20 and {"ChartSummary", "ChartTable", "Report", "Dates"} <= set(words["texts"])
    # A text no table holds stays English, with its English plural.
    assert table.translate("Nowhere", "%n day(s) from %1", "x", n=2) == "2 days from x"


def test_numbers_days_and_months_read_as_qlocale(language: str) -> None:
    table, qt = _table(language), QtLanguage()
    for value in (0, 0.04, -0.04, -0.0, 1.25, 2.35, 7.05, 999.95, 1234.5, 12345.678, -1234.5,
                  1e6, float("nan")):
        for decimals in (0, 1, 2):
            assert table.number(value, decimals) == qt.number(value, decimals), (value, decimals)
    for count in (0, 7, 999, 1000, 1234, 12345, 1234567, -12345):
        assert table.whole(count) == qt.whole(count), count
    for day in (date(2024, 1, 1) + timedelta(days=n) for n in range(0, 366, 9)):
        for year in (True, False):
            assert table.day(day, year=year) == qt.day(day, year=year)
            assert table.short_day(day, year=year) == qt.short_day(day, year=year)
    for month in range(1, 13):
        assert table.month(month) == qt.month(month)
        assert table.month(month, short=True) == qt.month(month, short=True)
    for items in ([], ["a"], ["a", "b"], ["a", "b", "c"]):
        assert table.and_list(items) == qt.and_list(items)


def _words(data: ChartData) -> tuple[object, ...]:
    return (data.title, heading_for(data), heading_for(data, "T"), data.summary,
            data.table_headers, data.table_rows)


def test_every_chart_says_what_the_window_says(language: str, ten_years: Repositories) -> None:
    table: Language = _table(language)
    for name in CHART_NAMES:
        for span in (MONTH, YEAR):
            through_table = load_chart_data(ten_years, name, _options(span, table))
            through_qt = load_chart_data(ten_years, name, _options(span, QtLanguage()))
            assert _words(through_table) == _words(through_qt), (name, span)
            assert through_table.summary != load_chart_data(
                ten_years, name, _options(span, ENGLISH)).summary, (name, span)
    # And the words drawn on them: legends, axes, notes, month and weekday names.
    assert every_chart(ten_years, table) == every_chart(ten_years, QtLanguage())


def _report_words(content: ReportContent) -> list[object]:
    found: list[object] = [content.footer_text]
    for section in content.sections:
        chart = section.chart
        found += [section.key, section.title, section.summary, section.headers, section.rows,
                  section.table_note, section.entries, section.entries_title, section.body,
                  None if chart is None else (chart.summary, chart.table_headers,
                                              chart.table_rows)]
    return found


def test_the_report_says_what_the_window_says(language: str, ten_years: Repositories) -> None:
    choice = ReportChoice(start=END - timedelta(days=60), end=END, sections=SECTION_ORDER,
                          made_on=END, footer=True)
    through_table = gather(ten_years, replace(choice, language=_table(language)))
    through_qt = gather(ten_years, replace(choice, language=QtLanguage()))
    assert _report_words(through_table) == _report_words(through_qt)
    assert _report_words(through_table) != _report_words(gather(ten_years, choice))


@pytest.mark.parametrize(("code", "words"), [
    ("es", ("Tu ánimo", "Ánimo y esperanza a lo largo del tiempo", "lun 1 dic 2025",
            "Página 1 de")),
    ("cy", ("Roedd eich hwyliau", "Hwyliau a gobaith dros amser", "Llun 1 Rhag 2025",
            "Tudalen 1 o"))])
def test_a_report_made_on_the_command_line_is_in_the_language(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], code: str, words: tuple[str, str],
) -> None:
    path = tmp_path / "j.vault"
    with Vault.create(path, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        repos = Repositories.from_vault(vault)
        domains = setup_records(repos)
        rng = random.Random(3)
        for n in range(40):
            fill_day(repos, END - timedelta(days=n), rng, domains)
    out = tmp_path / "r.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    try:
        exit_code = main(["--kdf-iter", str(FAST_KDF), "--language", code, "report", str(path),
                     "--from", "2025-12-01", "--to", str(END), "--include",
                     "checkins,mood-hope", "--out", str(out)])
    finally:
        use_language("en")  # the messages' table is the process's; later tests read English
    assert exit_code == 0, capsys.readouterr().err
    text = " ".join(line for page in pdf_pages(out) for line in page.lines())
    for word in words:
        assert word in text, (word, text[:600])
    for english in ("Your mood averaged", "Mood and hope over time", "Mon 1 Dec", "Page 1"):
        assert english not in text, english
    assert QLocale().language() != QLocale(code).language()  # the test's app reads English again
