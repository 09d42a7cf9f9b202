"""Goals: created, stepped, reviewed, paused, let go and filtered, by keyboard, on a real vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.model import GoalStatus
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.goals.page import DRAFT_KEY, GoalsPage
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.audit import (
    add_undo_shortcut,
    all_texts,
    assert_accessible,
    assert_not_clipped,
    assert_tab_cycles,
    focused,
    show_active,
    tab_to,
)

PageMaker = Callable[..., GoalsPage]
NO_MOD = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def make_page(qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack) -> PageMaker:
    """The page in a window with Ctrl+Z on the shared stack, as the main window has it."""
    hosts: list[QWidget] = []  # Python owns the windows; keep them alive for the test

    def make(destroyed_by_test: bool = False) -> GoalsPage:
        host = QWidget()
        hosts.append(host)
        page = GoalsPage(repos, undo_stack, host)
        QVBoxLayout(host).addWidget(page)
        add_undo_shortcut(host, undo_stack)
        if not destroyed_by_test:
            qtbot.addWidget(host)
        show_active(qtbot, host)
        return page

    return make


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
    qtbot.keyClick(focused(), key, modifier)


def _domain(repos: Repositories, name: str) -> int:
    return next(d.id for d in repos.life_domains.list() if d.name == name)


def _alive(widget: QWidget) -> bool:
    return bool(shiboken6.isValid(widget))


# -- the whole journey by keyboard ---------------------------------------------------------


def test_keyboard_only_journey(qtbot: QtBot, make_page: PageMaker, repos: Repositories) -> None:
    patience = repos.strengths.add("Patience")
    repos.goals.add("Read a novel", life_domain_id=_domain(repos, "Learning"))
    page = make_page()

    # A new goal with a why, a life area and a strength.
    page.new_goal()
    assert focused() is page.form.title
    qtbot.keyClicks(page.form.title, "Walk by the river")
    _key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.form.why
    qtbot.keyClicks(page.form.why, "Fresh air helps me think")
    tab_to(qtbot, page.form.area)
    qtbot.keyClicks(page.form.area, "Physical")
    tab_to(qtbot, page.form.strengths)
    _key(qtbot, Qt.Key.Key_Space)
    with qtbot.waitSignal(page.announce) as announced:
        _key(qtbot, Qt.Key.Key_Return, CTRL)
    assert announced.args == ["Goal added"]
    [goal] = repos.goals.list(life_domain_id=_domain(repos, "Physical health"))
    assert (goal.title, goal.why, goal.strength_ids) == (
        "Walk by the river", "Fresh air helps me think", (patience.id,))
    assert page.goals.current_id() == goal.id

    # Three steps, the last moved up, the first ticked off: the next step is the moved one.
    tab_to(qtbot, page.steps.new_title)
    for title in ("Find a route", "Walk once a week", "Walk with Sam"):
        qtbot.keyClicks(page.steps.new_title, title)
        _key(qtbot, Qt.Key.Key_Return)
    assert focused() is page.steps.new_title
    tab_to(qtbot, page.steps.view)
    assert page.steps.current_step() is not None
    assert page.steps.current_step().title == "Walk with Sam"  # type: ignore[union-attr]
    _key(qtbot, Qt.Key.Key_Up, ALT)
    titles = [s.title for s in repos.goals.get(goal.id).steps]
    assert titles == ["Find a route", "Walk with Sam", "Walk once a week"]
    _key(qtbot, Qt.Key.Key_Up)
    _key(qtbot, Qt.Key.Key_Space)
    assert repos.goals.get(goal.id).steps[0].done_at is not None
    assert repos.goals.next_step(goal.id).title == "Walk with Sam"  # type: ignore[union-attr]
    shown = page.goals.model.describe(page.goals.model.goal_at(page.goals.view.currentIndex()))  # type: ignore[arg-type]
    assert "Next step: Walk with Sam" in shown

    # Two reviews: the history shows the newest first.
    for progress, note in (("30", "Started well"), ("60", "Halfway there")):
        tab_to(qtbot, page.reviews.progress)
        _key(qtbot, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(focused(), progress)
        tab_to(qtbot, page.reviews.note)
        qtbot.keyClicks(page.reviews.note, note)
        tab_to(qtbot, page.reviews.add_button)
        _key(qtbot, Qt.Key.Key_Space)
    assert [r.progress for r in repos.goals.get(goal.id).reviews] == [30, 60]
    history = page.reviews.model
    assert "60 %" in history.data(history.index(0)) and "Halfway there" in history.data(
        history.index(0))
    assert "30 %" in history.data(history.index(1))

    # Paused, then let go: the day it was let go is kept and shown.
    tab_to(qtbot, page.status.pause_button)
    _key(qtbot, Qt.Key.Key_Space)
    assert repos.goals.get(goal.id).status == GoalStatus.PAUSED
    assert page.status.label.text() == "Paused"
    tab_to(qtbot, page.status.let_go_button)
    with qtbot.waitSignal(page.goal_closed):
        _key(qtbot, Qt.Key.Key_Space)
    closed = repos.goals.get(goal.id)
    assert closed.status == GoalStatus.LET_GO and closed.closed_at is not None
    assert page.status.label.text().startswith("Let go on ")
    assert page.goals.current_id() == goal.id

    # The life-area filter shows one area's goals.
    tab_to(qtbot, page.goals.filter)
    qtbot.keyClicks(page.goals.filter, "Learning")
    assert page.goals.model.goal_count() == 1
    assert not page.goals.model.index_of(goal.id).isValid()
    _key(qtbot, Qt.Key.Key_Home)
    assert page.goals.model.goal_count() == 2
    while page.goals.filter.currentText() != "Physical health":
        _key(qtbot, Qt.Key.Key_Down)
    assert page.goals.model.goal_count() == 1
    assert page.goals.model.index_of(goal.id).isValid()

    # Delete a step, and Ctrl+Z brings it back at its place.
    page.goals.select(goal.id)
    tab_to(qtbot, page.steps.view)
    _key(qtbot, Qt.Key.Key_Home)
    with qtbot.waitSignal(page.announce) as announced:
        _key(qtbot, Qt.Key.Key_Delete)
    assert "Ctrl+Z" in announced.args[0]
    assert [s.title for s in repos.goals.get(goal.id).steps] == [
        "Walk with Sam", "Walk once a week"]
    with qtbot.waitSignal(page.announce) as announced:
        _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert announced.args == ["Step restored"]
    assert [s.title for s in repos.goals.get(goal.id).steps] == [
        "Find a route", "Walk with Sam", "Walk once a week"]
    assert page.steps.model.rowCount() == 3


# -- statuses and reviews ------------------------------------------------------------------


def test_status_changes_record_and_clear_the_closing_day(
    make_page: PageMaker, repos: Repositories
) -> None:
    goal = repos.goals.add("Sleep before midnight")
    page = make_page()
    page.goals.select(goal.id)
    page.set_status(GoalStatus.ACHIEVED)
    achieved = repos.goals.get(goal.id)
    assert achieved.closed_at is not None
    assert page.status.label.text().startswith("Achieved on ")
    assert page.status.achieved_button.isHidden() and not page.status.active_button.isHidden()
    # The list moved it to the Achieved group.
    group = page.goals.model.index_of(goal.id).parent()
    assert page.goals.model.data(group).startswith("Achieved")
    page.set_status(GoalStatus.ACTIVE)
    assert repos.goals.get(goal.id).closed_at is None
    assert page.status.label.text() == "Active"
    assert page.status.let_go_note.text() == (
        "Letting go of a goal is a choice, and it's yours to make.")
    page.set_status(GoalStatus.LET_GO)
    assert repos.goals.get(goal.id).closed_at is not None
    assert not any("fail" in text.lower() for text in all_texts())


def test_groups_come_in_a_calm_order(make_page: PageMaker, repos: Repositories) -> None:
    for title, status in (("a", GoalStatus.LET_GO), ("b", GoalStatus.ACHIEVED),
                          ("c", GoalStatus.PAUSED), ("d", GoalStatus.ACTIVE)):
        repos.goals.set_status(repos.goals.add(title).id, status)
    page = make_page()
    model = page.goals.model
    groups = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert groups == ["Active (1)", "Paused (1)", "Achieved (1)", "Let go (1)"]
    assert page.goals.current_id() == repos.goals.list(GoalStatus.ACTIVE)[0].id


def test_review_history_is_newest_first_with_dates(
    make_page: PageMaker, repos: Repositories
) -> None:
    goal = repos.goals.add("Learn to swim")
    repos.goals.add_review(goal.id, date(2026, 1, 5), 10, "First lesson")
    repos.goals.add_review(goal.id, date(2026, 3, 9), 50, "Width of the pool")
    page = make_page()
    page.goals.select(goal.id)
    rows = page.reviews.model.records()
    assert [r.progress for r in rows] == [50, 10]
    text = page.reviews.model.data(page.reviews.model.index(0))
    assert "9 Mar 2026" in text and "50 %" in text
    # A new review starts from the last progress, and lands on top.
    assert page.reviews.progress.value() == 50
    page.reviews.note.setPlainText("Two lengths")
    page.reviews.progress.setValue(70)
    page.reviews.add_review()
    assert page.reviews.model.records()[0].progress == 70
    assert page.reviews.note.toPlainText() == ""


def test_delete_a_review_and_a_goal_then_undo(
    make_page: PageMaker, repos: Repositories, undo_stack: QUndoStack
) -> None:
    goal = repos.goals.add("Plant tomatoes")
    repos.goals.add_step(goal.id, "Buy seeds")
    review = repos.goals.add_review(goal.id, date(2026, 4, 1), 20, "secret words")
    page = make_page()
    page.goals.select(goal.id)
    page.reviews.history.setFocus()
    page.reviews.delete_button.click()
    assert repos.goals.get(goal.id).reviews == ()
    assert page.reviews.empty.isVisible()
    page.goals.delete_button.click()
    assert repos.goals.list() == []
    assert page.goals.empty.text() == (
        "A goal can be small. What would you like to move towards?")
    assert page.form.goal() is None
    assert "secret" not in undo_stack.undoText()
    undo_stack.undo()
    assert repos.goals.get(goal.id).steps[0].title == "Buy seeds"
    assert page.goals.current_id() == goal.id
    undo_stack.undo()
    assert repos.goals.get_review(review.id).note == "secret words"
    assert page.reviews.model.rowCount() == 1


def test_undo_deletes_after_a_restart(
    qtbot: QtBot, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    vault = make_vault("restart.vault")
    repos = Repositories.from_vault(vault)
    goal = repos.goals.add("Bake bread")
    gone = repos.goals.add("Tidy the shed")
    step = repos.goals.add_step(goal.id, "Buy flour")
    review = repos.goals.add_review(goal.id, date(2026, 2, 2), 40, "Nearly")
    first_stack = QUndoStack()
    page = GoalsPage(repos, first_stack)
    page.goals.select(goal.id)
    page.delete_review(review.id)
    page.delete_step(step.id)
    page.delete_goal(gone.id)
    page.save_draft()
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page))
    first_stack.clear()
    vault.close()

    with Vault.open(tmp_path / "restart.vault", PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        repos = Repositories.from_vault(reopened)
        stack = QUndoStack()
        new_page = GoalsPage(repos, stack)
        qtbot.addWidget(new_page)
        assert [g.title for g in repos.goals.list()] == ["Bake bread"]  # no second delete
        assert stack.count() == 3
        stack.undo()
        assert [g.title for g in repos.goals.list()] == ["Bake bread", "Tidy the shed"]
        stack.undo()
        assert [s.title for s in repos.goals.get(goal.id).steps] == ["Buy flour"]
        stack.undo()
        assert repos.goals.get(goal.id).reviews[0].note == "Nearly"
        new_page.goals.select(goal.id)
        assert new_page.reviews.model.rowCount() == 1
        stack.clear()


# -- moving between goals, drafts ----------------------------------------------------------


def test_moving_to_another_goal_keeps_the_changes(
    make_page: PageMaker, repos: Repositories
) -> None:
    first = repos.goals.add("Draw daily")
    second = repos.goals.add("Call Dad")
    page = make_page()
    page.goals.select(first.id)
    page.form.title.setText("Draw most days")
    page.goals.select(second.id)
    assert repos.goals.get(first.id).title == "Draw most days"
    assert "Draw most days" in page.goals.model.data(page.goals.model.index_of(first.id))
    # A new goal's text waits while another goal is looked at.
    page.new_goal()
    page.form.title.setText("Join a choir")
    page.goals.select(first.id)
    assert page.form.title.text() == "Draw most days"
    page.new_goal()
    assert page.form.title.text() == "Join a choir"
    assert len(repos.goals.list()) == 2


def test_an_empty_title_is_refused_kindly(make_page: PageMaker, repos: Repositories) -> None:
    page = make_page()
    page.form.why.setPlainText("Something")
    page.form.save()
    assert page.form.message.isVisible()
    assert page.form.message.text() == "Please give the goal a title."
    assert repos.goals.list() == []


def test_drafts_come_back_after_the_page_is_destroyed(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    goal = repos.goals.add("Walk the dog", "Fresh air")
    page = make_page(destroyed_by_test=True)
    page.goals.select(goal.id)
    page.form.why.setPlainText("Fresh air, and he loves it")
    page.steps.new_title.setText("Buy a longer lead")
    page.reviews.note.setPlainText("Going well")
    page.save_draft()
    host = page.window()
    host.close()
    host.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page))
    stored = repos.drafts.get(DRAFT_KEY)
    assert stored is not None and json.loads(stored.body)["why"] == "Fresh air, and he loves it"

    again = make_page()
    assert again.goals.current_id() == goal.id
    assert again.form.texts() == ("Walk the dog", "Fresh air, and he loves it")
    assert again.steps.new_title.text() == "Buy a longer lead"
    assert again.reviews.note.toPlainText() == "Going well"
    again.form.save()
    assert repos.drafts.get(DRAFT_KEY) is None
    assert repos.goals.get(goal.id).why == "Fresh air, and he loves it"


def test_a_new_goal_draft_comes_back_as_a_new_goal(
    make_page: PageMaker, repos: Repositories
) -> None:
    repos.goals.add("Already here")
    repos.drafts.save(DRAFT_KEY, json.dumps({"goal": None, "title": "Half typed"}))
    page = make_page()
    assert page.form.goal() is None
    assert page.form.title.text() == "Half typed"
    page.form.save()
    assert [g.title for g in repos.goals.list()] == ["Already here", "Half typed"]


def test_nothing_typed_leaves_no_draft(make_page: PageMaker, repos: Repositories) -> None:
    repos.goals.add("Rest on Sundays")
    repos.drafts.save(DRAFT_KEY, "not even json")
    page = make_page()
    assert page.form.why.toPlainText() == "not even json"  # odd drafts are kept, never lost
    page.form.why.clear()
    page.save_draft()
    assert repos.drafts.get(DRAFT_KEY) is None


# -- empty states, reaching everything, any text size --------------------------------------


def test_empty_states_invite(make_page: PageMaker, repos: Repositories) -> None:
    page = make_page()
    assert page.goals.empty.isVisible()
    assert page.goals.empty.text() == "A goal can be small. What would you like to move towards?"
    assert page.form_heading.text() == "A new goal"
    assert not page.steps.isVisible()
    assert page.form.no_strengths.isVisible()
    goal = repos.goals.add("Something small")
    page.reload(goal.id)
    assert page.steps.empty.isVisible() and page.reviews.empty.isVisible()
    assert "small thing" in page.steps.empty.text()


def _fill(repos: Repositories) -> int:
    strength = repos.strengths.add("Humour")
    goal = repos.goals.add("Cook twice a week", "Eating well", _domain(repos, "Physical health"),
                           date(2026, 12, 1), [strength.id])
    for title in ("Plan meals", "Shop on Saturday"):
        repos.goals.add_step(goal.id, title, due_on=date(2026, 6, 1))
    repos.goals.add_review(goal.id, date(2026, 5, 1), 30, "A good start")
    repos.goals.set_status(repos.goals.add("Paint the kitchen").id, GoalStatus.PAUSED)
    return goal.id


def test_accessible_names_and_no_tab_trap(make_page: PageMaker, repos: Repositories) -> None:
    _fill(repos)
    page = make_page()
    assert_accessible(page)
    assert_tab_cycles(page)
    page.new_goal()
    assert_accessible(page)
    assert_tab_cycles(page)


def test_accessible_and_no_tab_trap_when_empty(make_page: PageMaker) -> None:
    page = make_page()
    assert_accessible(page)
    assert_tab_cycles(page)


def test_nothing_is_clipped_at_200_percent_text(
    qapp: QApplication, qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    _fill(repos)
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        page = GoalsPage(repos, undo_stack)
        qtbot.addWidget(page)
        page.resize(1100, 750)
        page.show()
        assert page.minimumSizeHint().width() <= 1100
        assert page.details.minimumSizeHint().width() <= page.details.width()
        assert_not_clipped(page)
    finally:
        qapp.setFont(font)
