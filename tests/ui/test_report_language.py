"""The report and the crisis card in Welsh and Spanish: every word the report itself writes is
translated (what the person wrote stays as written), the HTML copy's lang follows, and English
reads exactly as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from recovery_journal.insights.safety_plan import SafetyPlan, format_plan
from recovery_journal.model import PlanSectionKey, StrengthKind, SupportKind
from recovery_journal.report.accessible_html import card_document, report_document
from recovery_journal.report.content import (
    LIST_CHARTS,
    PLAN_SECTIONS,
    ReportChoice,
    ReportContent,
    condense_table,
    gather,
)
from recovery_journal.report.crisis_card import CardContent, card_html
from recovery_journal.report.html import report_html
from recovery_journal.report.words import PLAN_TITLES
from recovery_journal.storage.hope_box import HopeKind
from recovery_journal.storage.plan import PLAN_SECTION_TITLES
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.i18n import install_translations
from recovery_journal.ui.language import QtLanguage

DAY = date(2025, 3, 10)
SECTIONS = ("checkins", *LIST_CHARTS, *PLAN_SECTIONS, "hope_box", "people", "journal",
            "supports")
# Sentences and headings the report writes in English: none may be left in Welsh or Spanish.
ENGLISH_WORDS = (
    "My recovery report", "I chose what is in this report", "Check-ins in this period",
    "Notes written with check-ins", "check-ins on", "Measure", "Average", "Lowest", "Scale",
    "My strengths inventory", "used 0 times", "Personal", "Each goal", "Active", "Learning",
    "Steps:", "Last review", "Hoping for", "My wellness plan", "My wellness toolbox",
    "(Nothing written here yet.)", "My safety plan", "What I live for", "Signs that things",
    "I chose to list", "Helps with", "Involved at", "In my crisis plan", "Phone numbers",
    "Journal entries", "in this period.", "Only dates, titles", "Treatments and supports",
    "kept in my log", "Medicine", "Now:", "My hope box", "Words that help", "Pictures are not",
    "Shared by me",
)
# The person's own words, which stay as written in every language.
THEIRS = ("Sam Marker", "a walk and a talk", "A quiet Sunday", "Biscuit the cat",
          "Back to the library course", "Sertraline", "Sleeping better")


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    repos = Repositories.from_vault(vault)
    for n in range(3):
        repos.checkins.add(recorded_at=datetime(2025, 3, 5 + n, 9, tzinfo=UTC),
                           values={"mood": 4 + n, "hope": 6})
    repos.journal.add(written_at=datetime(2025, 3, 8, 21, tzinfo=UTC), title="A quiet Sunday",
                      body="", tags=["walk"])
    repos.supporters.add("Sam Marker", "Friend", "07700 111222", "", "a walk and a talk",
                         [PlanSectionKey.CRISIS], in_crisis_plan=True)
    plan = SafetyPlan().with_step(0, ("Biscuit the cat",)).with_step(1, ("Not sleeping",))
    repos.plan.save(PlanSectionKey.CRISIS, format_plan(plan))
    learning = next(d for d in repos.life_domains.list() if d.name == "Learning")
    goal = repos.goals.add("Back to the library course", "Sleeping better",
                           life_domain_id=learning.id, target_date=date(2025, 6, 1))
    repos.goals.add_step(goal.id, "Ring the library")
    repos.goals.add_review(goal.id, DAY, 40)
    repos.strengths.add("Patience", kind=StrengthKind.QUALITY)
    repos.hope_box.add(HopeKind.WORDS, "It passed before.", who_said="Sam Marker")
    repos.supports.add(SupportKind.MEDICINE, "Sertraline", dose="50 mg", started=DAY)
    repos.questionnaires.add("gad7", [1, 1, 0, 2, 1, 0, 1], taken_at=datetime(2025, 3, 6, 9,
                                                                              tzinfo=UTC))
    return repos



def _choice(lang: QtLanguage | None = None) -> ReportChoice:
    extra = {} if lang is None else {"language": lang}
    return ReportChoice(start=date(2025, 3, 1), end=DAY, sections=SECTIONS, made_on=DAY,
                        footer=True, **extra)  # type: ignore[arg-type]


def _own_words(content: ReportContent) -> str:
    """Everything the report writes, left out the charts' own summaries and tables (those are
    worded in insights/ and charts/)."""
    parts = [content.footer_text]
    for section in content.sections:
        parts += [section.title, section.entries_title]
        if section.chart is None:
            parts += [section.summary, section.body, *section.headers]
        for entry in section.entries:
            parts += [entry.heading, *entry.lines, entry.body]
    return "\n".join(parts)


def test_the_report_speaks_the_persons_language(
    language: str, repos: Repositories,
) -> None:
    content = gather(repos, _choice(QtLanguage()))
    words = _own_words(content)
    pdf_html = report_html(content, 600)
    copy = report_document(content, {})
    for english in ENGLISH_WORDS:
        assert english not in words, english
        assert english not in pdf_html, english
        assert english not in copy, english
    for theirs in THEIRS:
        assert theirs in words
    assert f'<html lang="{language}">' in copy
    if language == "es":
        for spanish in ("Mi informe de recuperación", "3 registros en 3 de 10 días.",
                        "Activa · Aprendizaje", "Pasos: 0 de 1 hechos", "Aquello por lo que vivo",
                        "1 persona que elegí incluir.", "1 entrada en este periodo.",
                        "Medicamento", "Palabras que ayudan", "Compartido por mí el"):
            assert spanish in words + pdf_html, spanish
    else:
        for welsh in ("Fy adroddiad adferiad", "3 cofnod ar 3 o 10 diwrnod.",
                      "Gweithredol · Dysgu", "Beth rydw i’n byw ar ei gyfer",
                      "Fy nghynllun lles", "Meddyginiaeth", "Rhannwyd gennyf ar"):
            assert welsh in words + pdf_html, welsh
    # A table of days in the report's language is still shortened for paper, by the week.
    rows = tuple((date(2025, 1, 1 + n).isoformat(), "6,5" if n % 2 else "7") for n in range(31))
    rows += (("2025-02-01", "5"),)
    headers, condensed = condense_table((QtLanguage().translate("Report", "Day"), "M"), rows,
                                        QtLanguage())
    assert len(condensed) < len(rows) and "M" in headers[-1] and headers[-1] != "M (average)"
    assert condensed[0][-1] in ("6,8", "6.8")  # 7, 6.5, 7, 6.5, 7 → 6.8 with its own mark
    # The questionnaires' licensed wording stays English, and the report says so.
    asked = gather(repos, replace(_choice(QtLanguage()), sections=("questionnaires",)))
    assert asked.sections[0].rows and (
        "inglés" if language == "es" else "Saesneg") in asked.sections[0].table_note
    english = gather(repos, replace(_choice(), sections=("questionnaires",)))
    assert english.sections[0].table_note == ""


def test_the_crisis_card_speaks_the_persons_language(language: str, repos: Repositories) -> None:
    plan = repos.plan.get(PlanSectionKey.CRISIS).body
    content = CardContent(plan, tuple(repos.supporters.crisis_contacts()), (), None, DAY,
                          hope=("It passed before.",))
    for text in (card_html(content), card_document(content, language)):
        for english in ("My crisis card", "My safety plan", "What I live for",
                        "Signs that things", "What keeps me going", "People I'd like",
                        "Helplines", "In an emergency", "Made on"):
            assert english not in text, english
        assert "Biscuit the cat" in text and "Sam Marker" in text
        assert ("Mi tarjeta de crisis" if language == "es" else "Fy ngherdyn argyfwng") in text


def test_english_reads_as_before(qapp: QApplication, repos: Repositories) -> None:
    content = gather(repos, _choice())
    by_key = {section.key: section for section in content.sections}
    assert by_key["checkins"].summary == (
        "3 check-ins on 3 of 10 days. Notes written with check-ins are not included.")
    assert by_key["checkins"].headers == ("Measure", "Values", "Average", "Lowest", "Highest",
                                          "Scale")
    assert by_key["checkins"].rows[0] == ("Mood", "3", "5.0", "4.0", "6.0", "0–10")
    assert by_key["people"].summary == (
        "1 person I chose to list. Phone numbers and email addresses are not included.")
    assert by_key["journal"].entries[0].lines == ("Sat 8 Mar 2025 · walk",)
    goal = by_key["goals"].entries[0]
    assert goal.lines == ("Active · Learning", "Steps: 0 of 1 done",
                          "Last review: 40% on Mon 10 Mar 2025", "Hoping for: Sun 1 Jun 2025")
    assert by_key["strengths"].entries[0].lines == ("Quality · used 0 times in this period",)
    assert [e.heading for e in by_key["plan:crisis"].entries] == [
        "What I live for", "1. Signs that things are getting hard"]
    assert by_key["supports"].summary.startswith("1 kept in my log. Changes in this period")
    assert by_key["supports"].entries[0].lines[:2] == ("Medicine", "Now: 50 mg")
    assert by_key["hope_box"].entries[0].heading == "Words that help"
    assert content.footer_text == "Shared by me on Mon 10 Mar 2025"
    assert '<html lang="en">' in report_document(content, {})
    # The plan's titles marked for translation are storage's own.
    assert tuple(PLAN_SECTION_TITLES.values()) == PLAN_TITLES


def test_built_in_life_areas_are_shown_translated_and_a_renamed_one_as_typed(
    qapp: QApplication, qtbot: QtBot, repos: Repositories,
) -> None:
    from recovery_journal.ui.life_check.form import LifeCheckForm
    from recovery_journal.ui.settings.tags import DomainsEditor

    community = next(d for d in repos.life_domains.list() if d.name == "Community")
    repos.life_domains.rename(community.id, "My street")
    install_translations(qapp, "cy")
    try:
        editor = DomainsEditor(repos.life_domains)
        qtbot.addWidget(editor)
        shown = [editor.model.data(editor.model.index(row, 0))
                 for row in range(editor.model.rowCount())]
        assert "Dysgu" in shown and "My street" in shown and "Learning" not in shown
        # Selecting a built-in and leaving its (translated) name as it is renames nothing.
        row = shown.index("Dysgu")
        editor.view.setCurrentIndex(editor.model.index(row, 0))
        assert editor.name_edit.text() == "Dysgu"
        editor.commit_pending()
        assert "Learning" in [d.name for d in repos.life_domains.list()]
        form = LifeCheckForm(repos.life_domains.list())
        qtbot.addWidget(form)
        labels = " ".join(label.text() for label in form.findChildren(QLabel))
        assert "Iechyd corfforol" in labels and "My street" in labels
        assert "Physical health" not in labels
        # The share dialog hands the report the app's language.
        from recovery_journal.ui.share.dialog import ShareReportDialog

        dialog = ShareReportDialog(repos, DAY)
        qtbot.addWidget(dialog)
        assert dialog.choice().language.code == "cy"
    finally:
        install_translations(qapp, "en")
    assert [d.name for d in repos.life_domains.list()][:2] == [
        "Work & meaningful activity", "Learning"]  # nothing stored changed
