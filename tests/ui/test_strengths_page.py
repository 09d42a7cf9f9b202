"""Strengths: the inventory, the log of uses and the ideas list, driven by the keyboard."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.model import StrengthKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.strengths import STARTER_STRENGTHS
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.strengths.models import Period
from recovery_journal.ui.strengths.page import USE_DRAFT_KEY, StrengthsPage
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.audit import (
    add_undo_shortcut,
    assert_accessible,
    assert_not_clipped,
    assert_tab_cycles,
    focused,
    show_active,
    tab_to,
)

TODAY = date(2026, 3, 31)
PageMaker = Callable[..., StrengthsPage]


@pytest.fixture
def make_page(qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack) -> PageMaker:
    def make(add_to_bot: bool = True) -> StrengthsPage:
        page = StrengthsPage(repos, undo_stack, today=lambda: TODAY)
        if add_to_bot:
            qtbot.addWidget(page)
        # As in the main window, Ctrl+Z is an action on the window.
        add_undo_shortcut(page, undo_stack)
        show_active(qtbot, page, 1000)
        return page

    return make


def _wait_back(qtbot: QtBot, page: QWidget) -> None:
    """After a dialog closes, focus returns to the page."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is page)  # type: ignore[union-attr]


def _wait_for_dialog(qtbot: QtBot, get: Callable[[], QWidget | None]) -> QWidget:
    qtbot.waitUntil(lambda: get() is not None and get().isActiveWindow())  # type: ignore[union-attr]
    dialog = get()
    assert dialog is not None
    return dialog


# -- the keyboard journey -------------------------------------------------------------------


def test_keyboard_only_journey(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories, undo_stack: QUndoStack
) -> None:
    page = make_page()
    assert page.empty.isVisible() and not page.table.isVisible()

    # Add a strength: Tab to "Add a strength", Space, type, Enter.
    tab_to(qtbot, page.add_button)
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    dialog = _wait_for_dialog(qtbot, lambda: page.dialogs.dialog)
    assert page.dialogs.dialog is not None
    qtbot.keyClicks(page.dialogs.dialog.name, "Patience")
    qtbot.keyClick(page.dialogs.dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Waiting without fretting")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.dialogs.dialog.kind
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(page.dialogs.dialog.name, Qt.Key.Key_Return)
    assert announced.args == ["Strength added"]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _wait_back(qtbot, page)
    assert focused() is page.table
    [patience] = repos.strengths.list()
    assert (patience.name, patience.description) == ("Patience", "Waiting without fretting")
    assert patience.kind is StrengthKind.QUALITY
    assert page.table.isVisible() and page.table.current_id() == patience.id

    # Log a use with a tag: the form has the strength chosen already.
    tab_to(qtbot, page.use_form.note)
    qtbot.keyClicks(page.use_form.note, "Waited for the bus calmly")
    tab_to(qtbot, page.use_form.tags.edit)
    qtbot.keyClicks(page.use_form.tags.edit, "bus")
    qtbot.keyClick(page.use_form.tags.edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert announced.args == ["Use logged"]
    [use] = repos.strengths.uses()
    assert (use.strength_id, use.occurred_on, use.note, use.tags) == (
        patience.id, TODAY, "Waited for the bus calmly", ("bus",))
    assert page.use_model.rowCount() == 1

    # Change it: Enter on the use loads it into the form; Ctrl+Enter saves.
    tab_to(qtbot, page.uses)
    qtbot.keyClick(page.uses, Qt.Key.Key_Return)
    assert page.use_form.editing_label.isVisible()
    assert focused() is page.use_form.strength
    tab_to(qtbot, page.use_form.note)
    qtbot.keyClick(page.use_form.note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.use_form.note, ", twice")
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(page.use_form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert announced.args == ["Changes saved"]
    assert repos.strengths.get_use(use.id).note == "Waited for the bus calmly, twice"
    assert len(repos.strengths.uses()) == 1

    # Delete the use; Ctrl+Z brings it back.
    tab_to(qtbot, page.uses)
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(page.uses, Qt.Key.Key_Delete)
    assert "Ctrl+Z" in announced.args[0]
    assert repos.strengths.uses() == [] and page.uses_empty.isVisible()
    assert "bus" not in undo_stack.undoText()
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert announced.args == ["Use brought back"]
    assert repos.strengths.get_use(use.id).note == "Waited for the bus calmly, twice"
    assert page.use_model.rowCount() == 1

    # Archive the strength: it leaves the list but keeps its history.
    tab_to(qtbot, page.archive_button)
    with qtbot.waitSignal(page.announce):
        qtbot.keyClick(page.archive_button, Qt.Key.Key_Space)
    assert repos.strengths.get(patience.id).archived
    assert repos.strengths.list() == [] and len(repos.strengths.uses()) == 1
    assert page.strength_model.rowCount() == 0
    tab_to(qtbot, page.show_archived)
    qtbot.keyClick(page.show_archived, Qt.Key.Key_Space)
    assert page.strength_model.rowCount() == 1
    assert page.archive_button.text() == "Bring back"

    # The starter list adds only what was ticked.
    tab_to(qtbot, page.ideas_button)
    qtbot.keyClick(page.ideas_button, Qt.Key.Key_Space)
    starter = _wait_for_dialog(qtbot, lambda: page.dialogs.starter)
    assert page.dialogs.starter is not None
    view = page.dialogs.starter.view
    assert focused() is view
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the first idea
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the third
    tab_to(qtbot, page.dialogs.starter.add_button)
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not starter.isVisible())
    _wait_back(qtbot, page)
    assert announced.args == ["2 strengths added"]
    names = {s.name for s in repos.strengths.list()}
    assert names == {STARTER_STRENGTHS[0][0], STARTER_STRENGTHS[2][0]}


def test_a_strength_with_no_name_is_not_saved(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    page.add_strength()
    dialog = page.dialogs.dialog
    assert dialog is not None
    dialog.name.setText("   ")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.message.text() == "Please give the strength a name."
    assert repos.strengths.list() == []
    dialog.reject()


def test_change_a_strength_keeps_its_life_area(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    area = repos.life_domains.list()[2]
    strength = repos.strengths.add("Cooking", "", StrengthKind.SKILL, area.id)
    page = make_page()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialogs.dialog
    assert dialog is not None and dialog.area.currentText() == area.name
    dialog.name.setText("Cooking for friends")
    dialog.kind.setCurrentIndex(dialog.kind.findData(StrengthKind.RESOURCE.value))
    dialog.save_button.click()
    changed = repos.strengths.get(strength.id)
    assert (changed.name, changed.kind, changed.life_domain_id) == (
        "Cooking for friends", StrengthKind.RESOURCE, area.id)
    assert page.strength_model.index(0, 2).data() == area.name


def test_an_empty_cell_still_has_words_for_a_screen_reader(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    # A screen reader walking the table met a nameless cell: a strength with no life area.
    strength = repos.strengths.add("Humour")
    repos.strengths.log_use(strength.id, TODAY, "")
    page = make_page()
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert page.strength_model.index(0, 2).data() == ""
    assert page.strength_model.index(0, 2).data(spoken) == "no life area"
    assert page.use_model.index(0, 2).data() == ""
    assert page.use_model.index(0, 2).data(spoken) == "no note or tags"


def test_delete_a_strength_then_undo(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories, undo_stack: QUndoStack
) -> None:
    strength = repos.strengths.add("Humour")
    repos.strengths.log_use(strength.id, TODAY, "laughed")
    page = make_page()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert repos.strengths.list() == [] and repos.strengths.uses() == []
    assert page.empty.isVisible()
    assert "Humour" not in undo_stack.undoText()
    undo_stack.undo()
    assert [s.name for s in repos.strengths.list()] == ["Humour"]
    assert page.use_model.rowCount() == 1


def test_starter_marks_what_the_person_already_has(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    first = STARTER_STRENGTHS[0][0]
    repos.strengths.add(first.upper())
    page = make_page()
    page.pick_ideas()
    starter = page.dialogs.starter
    assert starter is not None
    model = starter.model
    assert 25 <= model.rowCount() <= 35
    had = model.index(0)
    assert "already yours" in str(had.data())
    assert not model.flags(had) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(had, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not starter.add_button.isEnabled()
    model.setData(model.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert starter.count.text() == "1 ticked."
    starter.reject()  # Close adds nothing, even what was ticked
    qtbot.waitUntil(lambda: page.dialogs.starter is None)
    assert [s.name for s in repos.strengths.list()] == [first.upper()]


# -- counts per period ----------------------------------------------------------------------


@pytest.mark.parametrize(("period", "expected"), [
    (Period.DAYS_30, {"Walking": 2, "Music": 0}),
    (Period.MONTHS_3, {"Walking": 3, "Music": 0}),
    (Period.YEAR, {"Walking": 3, "Music": 1}),
    (Period.ALL, {"Walking": 4, "Music": 2}),
])
def test_counts_per_period(
    make_page: PageMaker, repos: Repositories, period: Period, expected: dict[str, int]
) -> None:
    walking = repos.strengths.add("Walking", kind=StrengthKind.SKILL)
    music = repos.strengths.add("Music", kind=StrengthKind.SKILL)
    for days_ago in (0, 29):  # both inside the last 30 days
        repos.strengths.log_use(walking.id, TODAY - timedelta(days=days_ago))
    repos.strengths.log_use(walking.id, TODAY - timedelta(days=30))  # 1 Mar: just outside
    repos.strengths.log_use(music.id, date(2025, 4, 1))  # a year ago, counted in the year
    repos.strengths.log_use(music.id, date(2025, 3, 31))  # a year and a day: only all time
    repos.strengths.log_use(walking.id, date(2024, 1, 1))
    page = make_page()
    page.period.setCurrentIndex(page.period.findData(period.value))
    model = page.strength_model
    shown = {model.index(r, 0).data(): int(model.index(r, 3).data() or 0) for r in range(2)}
    assert shown == expected
    # A strength not used in the period shows no "0" (it read like a scoreboard).
    for r in range(2):
        if not expected[model.index(r, 0).data()]:
            assert model.index(r, 3).data() == ""
            assert model.index(r, 3).data(Qt.ItemDataRole.AccessibleTextRole) == (
                "not in this period")
    assert page.use_model.rowCount() == sum(expected.values())
    # "Most used" puts the most used first, through the sorting proxy.
    page.sort.setCurrentIndex(1)
    first = page.table.proxy.index(0, 0).data()
    assert first == max(expected, key=lambda name: expected[name])


# -- after a restart, drafts, empty states --------------------------------------------------


def test_undo_deletes_after_a_restart(
    qtbot: QtBot, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    vault = make_vault("restart.vault")
    repos = Repositories.from_vault(vault)
    kept = repos.strengths.add("Gardening")
    gone = repos.strengths.add("Swimming")
    use = repos.strengths.log_use(kept.id, TODAY, "weeded the bed")
    first_stack = QUndoStack()
    page = StrengthsPage(repos, first_stack, today=lambda: TODAY)
    page.uses.select_id(use.id)
    page.delete_use()
    page.table.select_id(gone.id)
    page.delete_strength()
    assert repos.strengths.uses() == [] and [s.name for s in repos.strengths.list()] == [
        "Gardening"]
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))
    first_stack.clear()
    vault.close()

    with Vault.open(tmp_path / "restart.vault", PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        repos = Repositories.from_vault(reopened)
        stack = QUndoStack()
        again = StrengthsPage(repos, stack, today=lambda: TODAY)
        qtbot.addWidget(again)
        assert repos.strengths.uses() == []  # pushing the old deletes did not delete again
        assert stack.count() == 2
        stack.undo()
        assert repos.strengths.get_use(use.id).note == "weeded the bed"
        stack.undo()
        assert repos.strengths.get(gone.id).name == "Swimming"
        assert again.strength_model.rowCount() == 2 and again.use_model.rowCount() == 1
        stack.clear()


def test_a_half_logged_use_survives_a_lock(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    strength = repos.strengths.add("Writing")
    page = make_page(add_to_bot=False)
    page.use_form.note.setPlainText("two pages before breakfast")
    page.use_form.tags.add("morning")
    page.add_strength()
    assert page.dialogs.dialog is not None
    page.dialogs.dialog.name.setText("Early starts")
    page.save_draft()
    page.close()
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))
    stored = repos.drafts.get(USE_DRAFT_KEY)
    assert stored is not None and json.loads(stored.body)["note"] == "two pages before breakfast"

    again = make_page()
    assert again.use_form.note.toPlainText() == "two pages before breakfast"
    assert again.use_form.tags.tags() == ["morning"]
    assert again.note.isVisible()  # the kept strength is mentioned, not pushed on the person
    again.add_strength()
    assert again.dialogs.dialog is not None
    assert again.dialogs.dialog.name.text() == "Early starts"
    again.dialogs.dialog.reject()
    again.use_form.save()
    assert repos.drafts.get(USE_DRAFT_KEY) is None
    assert [u.strength_id for u in repos.strengths.uses()] == [strength.id]


def test_empty_states_invite(make_page: PageMaker) -> None:
    page = make_page()
    assert page.empty.text() == (
        "What helps you get through a day? Add a strength, or pick from a few ideas.")
    assert page.add_button.isVisible() and page.ideas_button.isVisible()
    assert not page.use_form.isVisible() and page.form_hint.isVisible()
    assert not page.period.isVisible()


def test_a_period_with_no_uses_says_so_calmly(make_page: PageMaker, repos: Repositories) -> None:
    repos.strengths.add("Music")
    page = make_page()
    assert page.uses_empty.isVisible() and not page.uses.isVisible()
    assert page.uses_empty.text().startswith("No uses noted in the last 30 days.")


# -- models, accessibility, large text ------------------------------------------------------


def _fill(repos: Repositories) -> None:
    area = repos.life_domains.list()[0].id
    walking = repos.strengths.add("Walking", "A walk clears my head", StrengthKind.SKILL, area)
    sam = repos.strengths.add("Sam", "", StrengthKind.PERSON)
    repos.strengths.log_use(walking.id, TODAY, "round the park", ["park"])
    repos.strengths.log_use(sam.id, TODAY - timedelta(days=3), "a long call " * 10)
    repos.strengths.log_use(walking.id, TODAY - timedelta(days=40))


def test_models_pass_the_model_tester(
    qtmodeltester: object, make_page: PageMaker, repos: Repositories
) -> None:
    _fill(repos)
    page = make_page()
    page.period.setCurrentIndex(page.period.findData(Period.ALL.value))
    page.pick_ideas()
    assert page.dialogs.starter is not None
    for model in (page.strength_model, page.use_model, page.table.proxy, page.uses.proxy,
                  page.dialogs.starter.model):
        qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    page.dialogs.starter.reject()


def test_accessible_names_and_no_tab_trap(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    assert_accessible(page)
    assert_tab_cycles(page)
    _fill(repos)
    page.refresh()
    assert_accessible(page)
    assert_tab_cycles(page)
    for opener, get in ((page.add_strength, lambda: page.dialogs.dialog),
                        (page.pick_ideas, lambda: page.dialogs.starter)):
        opener()
        dialog = _wait_for_dialog(qtbot, get)
        assert_accessible(dialog)
        assert_tab_cycles(dialog)
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda get=get: get() is None)  # type: ignore[misc]


def test_nothing_is_clipped_at_200_percent_text(
    qapp: QApplication, qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    _fill(repos)
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        page = StrengthsPage(repos, undo_stack, today=lambda: TODAY)
        qtbot.addWidget(page)
        page.resize(900, 750)
        page.show()
        qtbot.waitExposed(page)
        # The columns stack at this size; the scroll area takes the new height a turn later.
        save = page.use_form.save_button
        qtbot.waitUntil(lambda: save.height() >= save.minimumSizeHint().height())
        assert page.content.minimumSizeHint().width() <= 900
        assert page.minimumSizeHint().height() <= 750
        assert_not_clipped(page)
    finally:
        qapp.setFont(font)
