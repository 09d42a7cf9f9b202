"""The Goals page's parts: the grouped tree model, the steps model, words, drafts, layout."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.model import Goal, GoalReview, GoalStatus, GoalStep
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.goals.draft import GoalsDraft
from recovery_journal.ui.goals.layout import FlowLayout
from recovery_journal.ui.goals.list import GOAL_ROLE, GoalTreeModel
from recovery_journal.ui.goals.reviews import ReviewsEditor, describe_review
from recovery_journal.ui.goals.steps import StepsEditor, StepsModel
from recovery_journal.ui.goals.words import next_step_line, standing, status_name

NOON = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def _step(id: int, title: str, done: bool = False, due: date | None = None) -> GoalStep:
    return GoalStep(id, 1, title, id, due, NOON if done else None)


def _goal(id: int, status: GoalStatus = GoalStatus.ACTIVE, domain: int | None = None,
          steps: tuple[GoalStep, ...] = (), progress: tuple[int, ...] = ()) -> Goal:
    reviews = tuple(GoalReview(n, id, date(2026, 1, n + 1), p, "") for n, p in enumerate(progress))
    closed = NOON if status in (GoalStatus.ACHIEVED, GoalStatus.LET_GO) else None
    return Goal(id, f"Goal {id}", "", domain, status, None, NOON, closed, (), steps, reviews)


GOALS = [
    _goal(1, GoalStatus.LET_GO, 1),
    _goal(2, GoalStatus.ACTIVE, 2, (_step(1, "Done one", True), _step(2, "Smallest next"))),
    _goal(3, GoalStatus.PAUSED, 1, progress=(20, 40)),
    _goal(4, GoalStatus.ACHIEVED, None),
    _goal(5, GoalStatus.ACTIVE, 1),
]


# -- words ----------------------------------------------------------------------------------


def test_status_words_are_calm() -> None:
    names = [status_name(s) for s in GoalStatus]
    assert names == ["Active", "Paused", "Achieved", "Let go"]
    assert standing(GOALS[0]) == "Let go on 4 Mar 2026"
    assert standing(GOALS[2]) == "Paused"


def test_next_step_is_the_first_not_done() -> None:
    assert next_step_line(GOALS[1]) == "Next step: Smallest next"
    assert next_step_line(GOALS[4]) == "No steps yet"
    all_done = _goal(9, steps=(_step(1, "a", True),))
    assert next_step_line(all_done) == "Every step is done"


def test_a_review_reads_day_then_progress_then_note() -> None:
    review = GoalReview(1, 1, date(2026, 3, 9), 55, "  Halfway  ")
    assert describe_review(review) == "9 Mar 2026 — 55 %\nHalfway"
    assert describe_review(GoalReview(2, 1, date(2026, 3, 9), 0, "")) == "9 Mar 2026 — 0 %"


# -- the tree -------------------------------------------------------------------------------


def _group_names(model: GoalTreeModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_the_tree_groups_active_first(qtmodeltester: object) -> None:
    model = GoalTreeModel()
    model.set_goals(GOALS, {1: "Learning", 2: "Community"})
    assert _group_names(model) == ["Active (2)", "Paused (1)", "Achieved (1)", "Let go (1)"]
    active = model.index(0, 0)
    assert [model.data(model.index(r, 0, active), GOAL_ROLE).id for r in range(2)] == [2, 5]
    text = model.data(model.index_of(2))
    assert text.splitlines() == ["Goal 2", "Next step: Smallest next", "Community"]
    assert model.data(model.index_of(3)).splitlines() == ["Goal 3", "Learning · progress 40 %"]
    assert "Let go on" in model.data(model.index_of(1))
    assert model.parent(model.index_of(4)) == model.index(2, 0)
    assert not model.flags(active) & Qt.ItemFlag.ItemIsSelectable
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_filter_shows_one_life_area(qtmodeltester: object) -> None:
    model = GoalTreeModel()
    model.set_goals(GOALS, {1: "Learning", 2: "Community"})
    model.set_filter(1)
    assert _group_names(model) == ["Active (1)", "Paused (1)", "Let go (1)"]
    assert model.goal_count() == 3 and model.all_goal_count() == 5
    assert not model.index_of(2).isValid()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_filter(3)
    assert model.rowCount() == 0 and not model.first_goal().isValid()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_filter(None)
    assert model.goal_count() == 5


def test_an_empty_tree_passes_the_model_tester(qtmodeltester: object) -> None:
    model = GoalTreeModel()
    model.set_goals([], {})
    assert model.rowCount(QModelIndex()) == 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_renamed_goal_updates_in_place(qtbot: QtBot) -> None:
    model = GoalTreeModel()
    model.set_goals(GOALS, {})
    renamed = Goal(**{**{f: getattr(GOALS[1], f) for f in Goal.__slots__}, "title": "New"})
    with qtbot.waitSignal(model.dataChanged):
        model.update_goal(renamed)
    assert model.data(model.index_of(2)).startswith("New\n")


# -- steps ----------------------------------------------------------------------------------


def test_the_steps_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = StepsModel()
    model.set_steps([_step(1, "a", True, date(2026, 5, 1)), _step(2, "b")])
    assert model.data(model.index(0)) == "a — by 1 May 2026 — done"
    assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(1), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_ticking_in_the_model_asks_for_the_step(qtbot: QtBot) -> None:
    model = StepsModel()
    model.set_steps([_step(7, "a")])
    with qtbot.waitSignal(model.toggled) as ticked:
        assert model.setData(model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert ticked.args == [7, True]
    assert not model.setData(model.index(0), "x", Qt.ItemDataRole.EditRole)


def test_steps_editor_adds_moves_and_ticks(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    goal = repos.goals.add("Tidy up")
    editor = StepsEditor(repos.goals)
    qtbot.addWidget(editor)
    editor.show_goal(goal)
    assert editor.empty.isVisibleTo(editor)
    for title in ("one", "two"):
        editor.new_title.setText(title)
        editor.add_step()
    editor.new_title.setText("   ")
    editor.add_step()
    assert editor.message.text() == "Please give the step a title."
    assert editor.current_step().title == "two"  # type: ignore[union-attr]
    assert not editor.down_button.isEnabled() and editor.up_button.isEnabled()
    editor.move_selected(-1)
    assert [s.title for s in repos.goals.get(goal.id).steps] == ["two", "one"]
    editor.move_selected(-1)  # already first: nothing moves
    assert [s.title for s in repos.goals.get(goal.id).steps] == ["two", "one"]
    with qtbot.waitSignal(editor.changed) as changed:
        editor.toggle_selected()
    assert changed.args == ["Step ticked off"]
    assert editor.done_button.text() == "Not done yet"
    assert repos.goals.next_step(goal.id).title == "one"  # type: ignore[union-attr]


def test_reviews_editor_refuses_nothing_and_keeps_history(qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    goal = repos.goals.add("Read more")
    editor = ReviewsEditor(repos.goals)
    qtbot.addWidget(editor)
    editor.show_goal(goal)
    editor.progress.setValue(100)
    editor.add_review()  # a review with no note is fine
    assert [r.progress for r in editor.model.records()] == [100]
    assert editor.progress.maximum() == 100 and editor.progress.minimum() == 0


# -- drafts and layout ----------------------------------------------------------------------


def test_the_draft_round_trips_and_tolerates_odd_bodies() -> None:
    draft = GoalsDraft(goal=3, title=None, why="why", parked_title="p", step="s",
                       review_note="n")
    assert GoalsDraft.from_json(draft.to_json()) == draft
    assert GoalsDraft.from_json("[1, 2]") == GoalsDraft(why="[1, 2]")
    odd = GoalsDraft.from_json('{"goal": true, "title": 5, "step": null}')
    assert odd == GoalsDraft()
    assert odd.is_empty() and not GoalsDraft(step="x").is_empty()


def test_flow_layout_wraps_when_narrow(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    buttons = [QPushButton(f"Button number {n}", host) for n in range(4)]
    for button in buttons:
        flow.addWidget(button)
    one_row = buttons[0].sizeHint().height()
    wide = sum(b.sizeHint().width() for b in buttons) + 40
    assert flow.heightForWidth(wide) == one_row
    assert flow.heightForWidth(buttons[0].sizeHint().width()) >= one_row * 4
    assert flow.count() == 4 and flow.itemAt(9) is None and flow.takeAt(9) is None
