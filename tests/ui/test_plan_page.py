"""My plan: sections, Ctrl+S and versions, compare, restore, drafts, signs from check-ins."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextDocument, QTextFormat, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QSizePolicy
from pytestqt.qtbot import QtBot

from recovery_journal.insights.warnings import WarningMatch
from recovery_journal.model import PlanSectionKey, RuleKind, WarningRule
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.storage.warning_rules import WarningRules
from recovery_journal.ui.plan.page import RULES_ROW, PlanPage
from recovery_journal.ui.plan.revisions import (
    RevisionDialog,
    changed_words,
    diff_rows,
    readable_diff,
)
from recovery_journal.ui.plan.rule_words import default_threshold, describe, note
from recovery_journal.ui.plan.warning_note import PlanWarningNote
from recovery_journal.ui.widgets.dates import friendly_day
from tests.ui.audit import assert_accessible, assert_tab_cycles


def _page(qtbot: QtBot, repos: Repositories) -> PlanPage:
    page = PlanPage(repos, QUndoStack())
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_every_section_with_guidance(qtbot: QtBot, vault: Vault) -> None:
    page = _page(qtbot, Repositories.from_vault(vault))
    assert page.sections.count() == 10
    assert page.sections.item(0).text() == "What I'm like when I'm well"
    page.sections.setCurrentRow(6)
    assert page.editor.title.text() == "My safety plan"
    assert page.editor.safety_scroll.isVisible() and not page.editor.editor.isVisible()
    assert "Stanley & Brown, 2012" in page.editor.safety.citation.text()
    assert page.editor.card_button.isVisible()
    assert_accessible(page)
    assert_tab_cycles(page)


def test_save_keeps_versions_compare_and_restore(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    page = _page(qtbot, repos)
    page.open_section(PlanSectionKey.TOOLBOX)
    page.editor.editor.setPlainText("- Walk\n- Tea")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.editor.editor.setFocus()
    with qtbot.waitSignal(page.announce):
        QTest.keyClick(page.editor.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    page.editor.editor.setPlainText("- Walk by the river\n- Tea")
    page.save()
    assert repos.plan.get(PlanSectionKey.TOOLBOX).body == "- Walk by the river\n- Tea"
    assert len(repos.plan.revisions(PlanSectionKey.TOOLBOX)) == 2

    dialog = page.show_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.versions.count() == 2 and "(now)" in dialog.versions.item(0).text()
    dialog.versions.setCurrentRow(1)
    assert dialog.text.toPlainText() == "- Walk\n- Tea"
    dialog.compare_button.setChecked(True)
    diff = dialog.text.toPlainText()
    assert "− Removed: - Walk\n+ Added: - Walk by the river\n- Tea" in diff
    # Marked in words and with a calm tint behind each changed line, struck through if gone.
    tints: dict[str, str] = {}
    block = dialog.text.document().begin()
    while block.isValid():
        if block.blockFormat().hasProperty(QTextFormat.Property.BackgroundBrush):
            tints[block.text().split(":")[0]] = block.blockFormat().background().color().name()
        block = block.next()
    assert set(tints) == {"− Removed", "+ Added"} and len(set(tints.values())) == 2
    for tint in tints.values():
        color = QColor(tint)
        assert not (color.red() > 150 and color.green() < 110)  # never red
    struck = dialog.text.document().find("- Walk").charFormat()
    assert struck.fontStrikeOut()
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert repos.plan.get(PlanSectionKey.TOOLBOX).body == "- Walk\n- Tea"
    assert page.editor.text() == "- Walk\n- Tea"
    assert len(repos.plan.revisions(PlanSectionKey.TOOLBOX)) == 3  # nothing lost


def _bold_runs(document: QTextDocument) -> list[str]:
    runs: list[str] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
                runs.append(fragment.text())
            fragments += 1
        block = block.next()
    return runs


def test_compare_marks_the_words_that_changed_in_a_long_line(
        qtbot: QtBot, vault: Vault) -> None:
    """A paragraph with one word changed: the line is marked, and the word inside it too."""
    repos = Repositories.from_vault(vault)
    before = ("When I notice I'm sleeping badly, I go for a walk by the river in the morning "
              "and call Sam.\nMusic helps.")
    after = ("When I notice I'm sleeping badly, I go for a slow walk by the river in the "
             "morning and call Sam.\nMusic helps.\nBake bread.")
    repos.plan.save(PlanSectionKey.TOOLBOX, before)
    section = repos.plan.save(PlanSectionKey.TOOLBOX, after)
    dialog = RevisionDialog(repos.plan, section, "Wellness toolbox")
    qtbot.addWidget(dialog)
    dialog.versions.setCurrentRow(1)
    dialog.compare_button.setChecked(True)
    lines = dialog.text.toPlainText().splitlines()
    assert lines[1:] == [f"− Removed: {before.splitlines()[0]}",
                         f"+ Added: {after.splitlines()[0]}", "Music helps.",
                         "+ Added: Bake bread."]
    assert _bold_runs(dialog.text.document()) == [
        "− Removed:", "+ Added:", "slow ", "+ Added:"]
    rows = diff_rows(before, after)
    old_pieces, new_pieces = changed_words(rows[0][1], rows[1][1])
    assert [text for changed, text in old_pieces if changed] == []
    assert [text for changed, text in new_pieces if changed] == ["slow "]


def test_readable_diff_of_equal_texts_is_empty() -> None:
    assert readable_diff("a", "a", "then", "now") == ""
    assert readable_diff("a\nb", "a\nc", "then", "now").splitlines()[2:] == [
        "         a", "Removed: b", "Added:   c"]


def test_leaving_a_section_saves_it_and_lists_continue(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    page = _page(qtbot, repos)
    page.open_section(PlanSectionKey.DAILY)
    page.editor.editor.setFocus()
    QTest.keyClicks(page.editor.editor, "- Up by 8")
    QTest.keyClick(page.editor.editor, Qt.Key.Key_Return)
    QTest.keyClicks(page.editor.editor, "Breakfast")
    QTest.keyClick(page.editor.editor, Qt.Key.Key_Return)
    QTest.keyClick(page.editor.editor, Qt.Key.Key_Return)  # an empty item ends the list
    QTest.keyClicks(page.editor.editor, "Done.")
    page.sections.setCurrentRow(0)
    assert repos.plan.get(PlanSectionKey.DAILY).body == "- Up by 8\n- Breakfast\nDone."


def test_last_looked_at_is_shown_quietly(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    repos.plan.mark_viewed(PlanSectionKey.CRISIS)
    page = _page(qtbot, repos)
    page.open_section(PlanSectionKey.CRISIS)
    assert "Last looked at" in page.editor.dates.text()
    today = date.today()
    assert friendly_day(today) in page.editor.dates.text()  # the one date style
    assert not page.editor.dates.isEnabled()  # the palette's quiet colour


def test_unsaved_text_becomes_a_draft_and_comes_back(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    page = _page(qtbot, repos)
    page.open_section(PlanSectionKey.TRIGGERS)
    page.editor.editor.setPlainText("Letters I haven't opened")
    page.save_draft()
    assert repos.plan.get(PlanSectionKey.TRIGGERS).body == ""
    again = _page(qtbot, repos)
    assert again.editor.section is not None
    assert again.editor.section.key is PlanSectionKey.TRIGGERS
    assert again.editor.text() == "Letters I haven't opened"
    again.save()
    assert repos.drafts.get("plan.triggers") is None


def test_signs_are_added_paused_and_removed(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    page = _page(qtbot, repos)
    page.sections.setCurrentRow(RULES_ROW)
    rules = page.rules
    assert page.stack.currentWidget() is rules
    assert not repos.settings.get("early_warning_enabled")
    rules.kind.setCurrentIndex(rules.kind.findData(RuleKind.AT_MOST_OF))
    rules.threshold.setValue(3)
    rules.days.setValue(4)
    rules.window_days.setValue(7)
    rules.add_button.click()
    assert repos.settings.get("early_warning_enabled")  # the first sign switches notes on
    assert rules.list.item(0).text().startswith("Mood 3 or lower on 4 of the last 7 days")
    assert_accessible(page)
    rules.list.setCurrentRow(0)
    rules.pause_button.click()
    assert WarningRules(vault).list()[0].paused and "(paused)" in rules.list.item(0).text()
    rules.remove_button.click()
    assert WarningRules(vault).list() == []


def test_note_on_today_opens_the_matching_section(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    sleep = repos.measures.add("Sleep hours", 0, 12)
    WarningRules(vault).add(RuleKind.BELOW, measure_key=sleep.key, threshold=5, days=3,
                            section_key=PlanSectionKey.TRIGGERS)
    today = date.today()
    for back in range(3):
        day = today - timedelta(days=back)
        repos.checkins.add(recorded_at=datetime(day.year, day.month, day.day, 9).astimezone(),
                           values={sleep.key: 4})
    note = PlanWarningNote(repos)
    qtbot.addWidget(note)
    note.refresh()
    assert note.texts == []  # off until the person switches notes on
    repos.settings.set("early_warning_enabled", True)
    note.refresh()
    assert note.texts == [
        "Your check-ins show sleep hours below 5 for 3 days in a row. "
        "Your plan has your own ideas for times like this."]
    with qtbot.waitSignal(note.open_section) as opened:
        buttons = [b for b in note.findChildren(QPushButton) if b.text() == "Open my plan"]
        buttons[0].click()
    assert opened.args == ["triggers"]
    WarningRules(vault).set_paused(WarningRules(vault).list()[0].id, True)
    note.refresh()
    assert note.texts == []


def test_a_new_sign_starts_where_it_can_hold(qtbot: QtBot, vault: Vault) -> None:
    """Bug: a new sign started at "Mood below 0.0", which can never happen."""
    repos = Repositories.from_vault(vault)
    page = _page(qtbot, repos)
    page.sections.setCurrentRow(RULES_ROW)
    rules = page.rules
    rules.kind.setCurrentIndex(rules.kind.findData(RuleKind.BELOW))
    assert (rules.measure.currentText(), rules.threshold.value(), rules.days.value()) == (
        "Mood", 4.0, 3)
    rules.kind.setCurrentIndex(rules.kind.findData(RuleKind.ABOVE))
    assert rules.threshold.value() == 7.0
    rules.kind.setCurrentIndex(rules.kind.findData(RuleKind.BELOW))
    rules.add_button.click()
    assert rules.list.item(0).text().startswith("Mood below 4 for 3 days in a row")
    for spin in (rules.threshold, rules.days, rules.window_days):
        assert spin.sizePolicy().horizontalPolicy() is QSizePolicy.Policy.Fixed


def _rule(kind: RuleKind, days: int, *, threshold: float = 5.0, window: int = 7,
          tag: str = "") -> WarningRule:
    return WarningRule(1, kind, "" if tag else "mood", tag, threshold, days, window,
                       PlanSectionKey.EARLY_WARNING, False, datetime(2026, 12, 1, tzinfo=UTC))


def test_sign_words_read_naturally() -> None:
    """Bug: the note on Today read "For 1 day running: mood below 5."."""
    today = date.today()
    week = tuple(today - timedelta(days=back) for back in range(4, -1, -1))
    tail = " Your plan has your own ideas for times like this."
    cases = [
        (_rule(RuleKind.BELOW, 1), "Mood below 5 for 1 day",
         "Your latest check-in shows mood below 5."),
        (_rule(RuleKind.BELOW, 3, threshold=4), "Mood below 4 for 3 days in a row",
         "Your check-ins show mood below 4 for 3 days in a row."),
        (_rule(RuleKind.ABOVE, 2, threshold=7.5), "Mood above 7.5 for 2 days in a row",
         "Your check-ins show mood above 7.5 for 2 days in a row."),
        (_rule(RuleKind.AT_MOST_OF, 4, threshold=3), "Mood 3 or lower on 4 of the last 7 days",
         "Your check-ins show mood 3 or lower on 4 of the last 7 days."),
        (_rule(RuleKind.AT_MOST_OF, 1, threshold=3, window=1),
         "Mood 3 or lower on 1 of the last 1 day",
         "Your check-ins show mood 3 or lower on 1 of the last 1 day."),
        (_rule(RuleKind.TAG_RUNNING, 2, tag="not eating"),
         "The tag “not eating” for 2 days in a row",
         "Your check-ins show the tag “not eating” for 2 days in a row."),
        (_rule(RuleKind.TAG_RUNNING, 1, tag="not eating"), "The tag “not eating” for 1 day",
         "Your latest check-in shows the tag “not eating”."),
    ]
    for rule, listed, said in cases:
        assert describe(rule, "Mood") == listed
        assert note(WarningMatch(rule, week[-rule.days:]), "Mood") == said + tail
    # A measure named with "%2" in it stays as the person wrote it.
    assert describe(_rule(RuleKind.BELOW, 3), "Up %2") == "Up %2 below 5 for 3 days in a row"


def test_a_new_sign_starts_from_mood_wherever_it_is(qtbot: QtBot, vault: Vault) -> None:
    """Mood first even when the person moved another measure above it; else the first one."""
    repos = Repositories.from_vault(vault)
    sleep = repos.measures.add("Sleep hours", 0, 16)
    repos.measures.move(sleep.id, 0)
    assert repos.measures.list()[0].key == sleep.key
    page = _page(qtbot, repos)
    page.sections.setCurrentRow(RULES_ROW)
    assert (page.rules.measure.currentData(), page.rules.threshold.value()) == ("mood", 4.0)
    mood = next(m for m in repos.measures.list() if m.key == "mood")
    repos.measures.set_archived(mood.id, True)
    page.rules.measure.clear()  # as a new editor would find it
    page.rules.reload()
    assert page.rules.measure.currentData() == sleep.key


def test_each_kind_of_sign_shows_its_own_fields(qtbot: QtBot, vault: Vault) -> None:
    """Bug: Qt handed the kind back as a string, so the tag and "of the last" rows never
    showed and a tag sign could not be written."""
    page = _page(qtbot, Repositories.from_vault(vault))
    page.sections.setCurrentRow(RULES_ROW)
    rules = page.rules
    rules.kind.setCurrentIndex(rules.kind.findData(RuleKind.TAG_RUNNING))
    assert rules.form.isRowVisible(rules.tag) and not rules.form.isRowVisible(rules.measure)
    rules.kind.setCurrentIndex(rules.kind.findData(RuleKind.AT_MOST_OF))
    assert rules.form.isRowVisible(rules.window_days) and not rules.form.isRowVisible(rules.tag)


def test_a_first_threshold_holds_on_any_range() -> None:
    """Mood below 4 on 0–10; and a number, not NaN, on an endless range an old vault kept."""
    assert default_threshold(RuleKind.BELOW, 0, 10) == 4
    assert default_threshold(RuleKind.ABOVE, 0, 10) == 7
    endless = default_threshold(RuleKind.BELOW, float("-inf"), float("inf"))
    assert -1_000_000 <= endless <= 1_000_000


def test_section_titles_are_storage_titles_in_the_persons_language() -> None:
    """The titles are written out for translation; in English they are storage's own."""
    from recovery_journal.storage.plan import PLAN_SECTION_TITLES
    from recovery_journal.ui.plan.section_editor import section_title

    for key, title in PLAN_SECTION_TITLES.items():
        expected = "My safety plan" if key is PlanSectionKey.CRISIS else title
        assert section_title(key) == expected
