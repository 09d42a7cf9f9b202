"""Today: the check-in, driven by the keyboard against a real vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPlainTextEdit,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.sections import SectionKey
from recovery_journal.ui.theme import apply_text_scale
from recovery_journal.ui.today.page import DRAFT_KEY, TodayPage
from recovery_journal.ui.widgets.dates import friendly_moment
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.audit import (
    assert_accessible,
    assert_not_clipped,
    assert_tab_cycles,
    focused,
    press,
    show_active,
    start_app,
    tab_to,
    unlock,
)

PageMaker = Callable[..., TodayPage]


@pytest.fixture
def make_page(qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack) -> PageMaker:
    def make(destroyed_by_test: bool = False) -> TodayPage:
        page = TodayPage(repos, undo_stack)
        if not destroyed_by_test:  # pytest-qt would close it again after the test
            qtbot.addWidget(page)
        show_active(qtbot, page)
        return page

    return make


# -- the check-in ---------------------------------------------------------------------------


def test_keyboard_only_checkin_with_a_new_tag(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    mood, hope = page.scales["mood"].slider, page.scales["hope"].slider
    tab_to(qtbot, mood)
    qtbot.keyClick(mood, Qt.Key.Key_Right)  # shows the middle: 5
    qtbot.keyClick(mood, Qt.Key.Key_Right)
    tab_to(qtbot, hope)
    for _ in range(3):
        qtbot.keyClick(hope, Qt.Key.Key_Right)
    tab_to(qtbot, page.tags.edit)
    qtbot.keyClicks(page.tags.edit, "garden")
    qtbot.keyClick(page.tags.edit, Qt.Key.Key_Return)
    tab_to(qtbot, page.note)
    qtbot.keyClicks(page.note, "Sat outside for a while")
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(page.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert announced.args == ["Check-in saved"]
    assert focused() is page.note  # saving never moves the focus
    [saved] = repos.checkins.recent()
    assert saved.values == {"mood": 6.0, "hope": 7.0}
    assert saved.tags == ("garden",)
    assert saved.note == "Sat outside for a while"
    assert repos.tags.by_name("garden") is not None
    # The form is ready for the next check-in; the list shows this one, without choosing it.
    assert page.note.toPlainText() == "" and page.tags.tags() == []
    assert page.scales["mood"].value() is None
    assert page.recent.model.record(0).id == saved.id
    assert page.recent.current_id() is None


def test_ctrl_enter_from_the_keypad_saves_too(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    page.note.setFocus()
    qtbot.keyClick(page.note, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert repos.checkins.count() == 1


def test_every_field_is_optional(qtbot: QtBot, make_page: PageMaker, repos: Repositories) -> None:
    page = make_page()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = repos.checkins.recent()
    assert saved.values == {} and saved.tags == () and saved.note == ""
    offset = saved.recorded_at.utcoffset()
    assert offset == datetime.now().astimezone().utcoffset()


def test_a_typed_but_unconfirmed_tag_is_saved(make_page: PageMaker, repos: Repositories) -> None:
    page = make_page()
    page.tags.edit.setText("reading")
    page.save()
    assert repos.checkins.recent()[0].tags == ("reading",)


def test_several_checkins_a_day(make_page: PageMaker, repos: Repositories) -> None:
    page = make_page()
    page.scales["mood"].set_value(4)
    page.save()
    page.scales["mood"].set_value(6)
    page.save()
    days = {c.local_date for c in repos.checkins.recent()}
    assert repos.checkins.count() == 2 and len(days) == 1
    assert page.recent.model.rowCount() == 2


def test_a_past_day(make_page: PageMaker, repos: Repositories) -> None:
    page = make_page()
    three_days_ago = QDateTime.currentDateTime().addDays(-3)
    page.when.setDateTime(three_days_ago)
    page.save()
    [saved] = repos.checkins.recent()
    assert saved.local_date == datetime.now().date() - timedelta(days=3)
    assert saved.recorded_at.utcoffset() is not None
    # The next check-in goes back to now.
    assert abs(page.when.dateTime().secsTo(QDateTime.currentDateTime())) < 120


def test_skip_clears_without_saving(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    page.scales["hope"].set_value(3)
    page.note.setPlainText("not today")
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert "Nothing was saved" in announced.args[0]
    assert repos.checkins.count() == 0
    assert page.is_empty()


def test_every_active_measure_appears_with_its_range_and_labels(
    make_page: PageMaker, repos: Repositories
) -> None:
    repos.measures.add("Sleep hours", 0, 12, "None", "Plenty")
    hidden = repos.measures.add("Pain", 0, 10)
    repos.measures.set_archived(hidden.id, True)
    page = make_page()
    assert list(page.scales) == ["mood", "hope", "sleep_hours"]
    sleep = page.scales["sleep_hours"]
    # Sleep moves in halves: the slider counts half hours.
    assert (sleep.slider.minimum(), sleep.slider.maximum()) == (0, 24)
    assert "Plenty" in sleep.high_label.text()
    sleep.set_value(8)
    page.save()
    assert repos.checkins.recent()[0].values == {"sleep_hours": 8.0}


# -- recent check-ins: edit, delete, undo ---------------------------------------------------


def test_edit_a_checkin(qtbot: QtBot, make_page: PageMaker, repos: Repositories) -> None:
    original = repos.checkins.add(
        recorded_at=datetime.now().astimezone() - timedelta(hours=2),
        values={"mood": 4}, tags=["walk"], note="first",
    )
    page = make_page()
    page.recent.view.setFocus()
    qtbot.keyClick(page.recent.view, Qt.Key.Key_Return)
    assert page.note.toPlainText() == "first"
    assert page.scales["mood"].value() == 4
    assert page.tags.tags() == ["walk"]
    assert page.editing_label.isVisible()
    page.note.setPlainText("first, and then a phone call")
    page.scales["hope"].set_value(8)
    with qtbot.waitSignal(page.announce) as announced:
        page.save()
    assert announced.args == ["Changes saved"]
    changed = repos.checkins.get(original.id)
    assert repos.checkins.count() == 1
    assert changed.note == "first, and then a phone call"
    assert changed.values == {"mood": 4.0, "hope": 8.0}
    assert changed.recorded_at == original.recorded_at  # the time stays unless changed
    assert not page.editing_label.isVisible()


def test_editing_keeps_values_of_hidden_measures(make_page: PageMaker, repos: Repositories) -> None:
    energy = repos.measures.add("Energy")
    saved = repos.checkins.add(recorded_at=datetime.now().astimezone(), values={"energy": 3})
    repos.measures.set_archived(energy.id, True)
    page = make_page()
    page.edit(saved.id)
    page.note.setPlainText("added later")
    page.save()
    assert repos.checkins.get(saved.id).values == {"energy": 3.0}


def test_delete_then_ctrl_z_restores(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories, undo_stack: QUndoStack
) -> None:
    saved = repos.checkins.add(recorded_at=datetime.now().astimezone(), note="keep me")
    page = make_page()
    page.recent.view.setFocus()
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(page.recent.view, Qt.Key.Key_Delete)
    assert "Ctrl+Z" in announced.args[0]
    assert repos.checkins.count() == 0
    assert page.recent.empty.isVisible()
    undo_stack.undo()
    assert repos.checkins.get(saved.id).note == "keep me"
    assert page.recent.model.rowCount() == 1
    undo_stack.redo()
    assert repos.checkins.count() == 0


def test_delete_button_and_undo_text_holds_nothing_personal(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories, undo_stack: QUndoStack
) -> None:
    repos.checkins.add(recorded_at=datetime.now().astimezone(), note="secret words")
    page = make_page()
    assert not page.recent.delete_button.isEnabled()  # nothing chosen yet
    view = page.recent.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(page.recent.model.index(0, 0)).center())
    qtbot.mouseClick(page.recent.delete_button, Qt.MouseButton.LeftButton)
    assert repos.checkins.count() == 0
    assert "secret" not in undo_stack.undoText()


def test_undo_a_delete_after_a_restart(
    qtbot: QtBot, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    vault = make_vault("restart.vault")
    repos = Repositories.from_vault(vault)
    saved = repos.checkins.add(recorded_at=datetime.now().astimezone(), note="still mine")
    first_stack = QUndoStack()
    page = TodayPage(repos, first_stack)
    page.delete(saved.id)
    assert repos.checkins.count() == 0
    page.save_draft()
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page))
    first_stack.clear()
    vault.close()

    with Vault.open(tmp_path / "restart.vault", PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        repos = Repositories.from_vault(reopened)
        stack = QUndoStack()
        new_page = TodayPage(repos, stack)
        qtbot.addWidget(new_page)
        assert repos.checkins.count() == 0  # pushing the old delete did not delete again
        assert stack.canUndo()
        stack.undo()
        assert repos.checkins.get(saved.id).note == "still mine"
        assert new_page.recent.model.rowCount() == 1
        stack.clear()


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def test_empty_state_invites(make_page: PageMaker) -> None:
    page = make_page()
    assert page.recent.empty.isVisible()
    assert page.recent.empty.text() == "No check-ins yet. How are you today?"


# -- drafts ---------------------------------------------------------------------------------


def test_the_draft_survives_destroying_the_page(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page(destroyed_by_test=True)
    page.scales["mood"].set_value(3)
    page.tags.add("tea")
    page.note.setPlainText("half a thought")
    page.save_draft()
    page.close()
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page))
    stored = repos.drafts.get(DRAFT_KEY)
    assert stored is not None and json.loads(stored.body)["note"] == "half a thought"

    again = make_page()
    assert again.note.toPlainText() == "half a thought"
    assert again.scales["mood"].value() == 3
    assert again.tags.tags() == ["tea"]
    again.save()
    assert repos.drafts.get(DRAFT_KEY) is None
    assert repos.checkins.recent()[0].note == "half a thought"


def test_a_draft_of_a_deleted_checkin_becomes_a_new_one(
    make_page: PageMaker, repos: Repositories
) -> None:
    gone = repos.checkins.add(recorded_at=datetime.now().astimezone(), note="old")
    repos.checkins.delete(gone.id)
    repos.drafts.save(DRAFT_KEY, json.dumps({"note": "changed", "editing": gone.id}))
    page = make_page()
    assert page.note.toPlainText() == "changed"
    assert not page.editing_label.isVisible()
    page.save()
    assert [c.note for c in repos.checkins.recent()] == ["changed"]


def test_an_empty_form_leaves_no_draft(make_page: PageMaker, repos: Repositories) -> None:
    repos.drafts.save(DRAFT_KEY, json.dumps({"note": "old"}))
    page = make_page()
    page.skip()
    page.save_draft()
    assert repos.drafts.get(DRAFT_KEY) is None


# -- reaching everything, at any text size --------------------------------------------------


def test_measures_changed_elsewhere_show_when_the_page_is_shown_again(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    # As in the main window: pages in a stack, the person goes to Settings and back.
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    page = TodayPage(repos, undo_stack)
    other = QWidget()
    stack.addWidget(page)
    stack.addWidget(other)
    stack.show()
    stack.activateWindow()
    qtbot.waitUntil(stack.isActiveWindow)
    page.scales["mood"].set_value(7)
    stack.setCurrentWidget(other)
    repos.measures.add("Energy")
    stack.setCurrentWidget(page)
    assert "energy" in page.scales
    assert page.scales["mood"].value() == 7  # a value already chosen stays
    tab_to(qtbot, page.scales["energy"].slider)  # new scales keep the visual Tab order
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # its Clear is off while it is not set
    assert focused() is page.feelings.finder  # feelings come after the scales, before tags


def test_accessible_names_and_no_tab_trap(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    repos.checkins.add(recorded_at=datetime.now().astimezone(), values={"mood": 5}, tags=["a"])
    page = make_page()
    page.tags.add("walk")
    page.scales["mood"].set_value(5)
    assert_accessible(page)
    assert_tab_cycles(page)


def test_nothing_is_clipped_at_200_percent_text(
    qapp: QApplication, qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    repos.measures.add("Sleep hours", 0, 12, "None at all", "Plenty of sleep")
    for mood in (3, 6, 8):
        repos.checkins.add(
            recorded_at=datetime.now().astimezone(), values={"mood": mood},
            tags=["walk", "Sam"], note="A longer note that goes on for a while. " * 4,
        )
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        page = TodayPage(repos, undo_stack)
        qtbot.addWidget(page)
        page.resize(1100, 750)
        page.show()
        needed = page.content.minimumSizeHint()
        assert needed.width() <= 1100, f"the page needs {needed.width()} px across"
        assert page.minimumSizeHint().width() <= 1100
        assert page.minimumSizeHint().height() <= 750
        assert_not_clipped(page)
    finally:
        qapp.setFont(font)


# -- the five-second check-in (issue 13) ----------------------------------------------------


def test_tab_from_the_section_list_visits_the_checkin_in_reading_order(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    vault = make_vault()
    Repositories.from_vault(vault).measures.add("Energy", 0, 10, "Exhausted", "Lively")
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    unlock(qtbot, controller)
    window = controller.window
    page = window.page(SectionKey.TODAY)
    assert isinstance(page, TodayPage)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.scales["mood"].slider)
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    visits: list[QWidget] = []
    for _ in range(11):
        press(Qt.Key.Key_Tab)
        visits.append(focused())
    expected = [page.scales["mood"].slider, page.scales["hope"].slider,
                page.scales["energy"].slider, page.feelings.finder, page.feelings.toggle,
                page.tags.edit, page.note, page.when,
                page.now_button, page.save_button, page.skip_button]
    names = [w.accessibleName() or type(w).__name__ for w in visits]
    assert visits == expected, names
    # Setting mood keeps hope the very next stop (Clear is reached with Delete, not Tab).
    page.scales["mood"].set_value(6)
    page.scales["mood"].slider.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab)
    assert focused() is page.scales["hope"].slider


def test_the_checkin_reads_top_to_bottom_as_tab_goes(make_page: PageMaker) -> None:
    page = make_page()
    form = [page.scales["mood"].slider, page.scales["hope"].slider, page.tags.edit,
            page.note, page.when]
    tops = [w.mapTo(page, w.rect().topLeft()) for w in form]
    assert tops[0].y() == tops[1].y() and tops[0].x() < tops[1].x()  # mood beside hope
    assert [p.y() for p in tops[1:]] == sorted(p.y() for p in tops[1:])


@pytest.mark.parametrize(("size", "percent"), [((1100, 750), 100), ((1366, 768), 200)])
def test_save_is_always_in_sight(
    qapp: QApplication, qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack,
    size: tuple[int, int], percent: int,
) -> None:
    for day in range(25):
        repos.checkins.add(recorded_at=datetime.now().astimezone() - timedelta(days=day),
                           values={"mood": 5}, tags=["walk"], note="a note")
    repos.measures.add("Energy")
    repos.measures.add("Sleep hours")
    apply_text_scale(qapp, percent)
    try:
        page = TodayPage(repos, undo_stack)
        qtbot.addWidget(page)
        show_active(qtbot, page, *size)
        assert page.height() <= size[1]
        # The footer is outside the scrolling column, so scrolling never hides Save or Skip.
        assert not page.scroll_area.isAncestorOf(page.save_button)
        assert page.scroll_area.verticalScrollBar().maximum() > 0  # the column does scroll
        page.scroll_area.verticalScrollBar().setValue(
            page.scroll_area.verticalScrollBar().maximum())
        for button in (page.save_button, page.skip_button):
            assert button.isVisible()
            box = button.rect().translated(button.mapTo(page, button.rect().topLeft()))
            assert page.rect().contains(box), f"{button.text()} leaves the page at {percent} %"
        assert_not_clipped(page.footer)
    finally:
        apply_text_scale(qapp, 100)


def test_one_scroll_area_and_no_history_row_chosen_at_start(
    make_page: PageMaker, repos: Repositories
) -> None:
    for mood in (3, 6, 8):
        repos.checkins.add(recorded_at=datetime.now().astimezone(), values={"mood": mood})
    page = make_page()
    assert page.recent.current_id() is None
    assert not page.recent.view.selectionModel().hasSelection()
    scrolling = [
        area for area in page.findChildren(QAbstractScrollArea)
        if area.isVisible() and area is not page.scroll_area
        and not isinstance(area, QPlainTextEdit)  # the note scrolls its own long text
    ]
    for area in scrolling:
        assert area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff, area
        assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff, area
    page.save()  # a new check-in: still nothing chosen until the person picks one
    assert page.recent.current_id() is None


def test_editing_says_so_in_a_heading_until_cancelled(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    moment = datetime(2026, 11, 29, 22, 53).astimezone()
    saved = repos.checkins.add(recorded_at=moment, values={"mood": 4}, note="as it was")
    page = make_page()
    assert not page.editing_label.isVisible()
    with qtbot.waitSignal(page.announce) as announced:
        page.edit(saved.id)
    heading_text = "Editing " + friendly_moment(moment, today=date.today())
    assert page.editing_label.isVisible() and page.editing_label.text() == heading_text
    assert announced.args == [heading_text]
    assert "29 Nov" in heading_text and "22:53" in heading_text
    assert page.skip_button.text() == "Cancel editing" and page.skip_button.isVisible()
    assert page.save_button.text() == "Save changes"
    page.note.setPlainText("changed my mind")
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert not page.editing_label.isVisible() and page.skip_button.text() == "Skip"
    assert repos.checkins.get(saved.id).note == "as it was"
    page.edit(saved.id)
    page.save()
    assert not page.editing_label.isVisible()


def test_sleep_shows_hours_not_mood_words(make_page: PageMaker, repos: Repositories) -> None:
    sleep = repos.measures.add("Sleep hours", 0, 16, "No sleep", "16 hours", step=0.5)
    repos.checkins.add(recorded_at=datetime.now().astimezone(), values={sleep.key: 7.5})
    page = make_page()
    scale = page.scales[sleep.key]
    scale.set_value(7.5)
    assert scale.value_label.text() == "7.5 h"
    cells = [page.recent.model.data(page.recent.model.index(0, c)) for c in range(5)]
    assert "Sleep hours 7.5 h" in cells
    assert not any("middle" in str(cell) for cell in cells)


def test_tags_by_keyboard_only_and_a_note_goes_to_the_note(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    tab_to(qtbot, page.tags.edit)
    qtbot.keyClicks(page.tags.edit, "garden")
    qtbot.keyClick(page.tags.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.tags.edit, "tea,")
    qtbot.keyClicks(page.tags.edit, "oops")
    for _ in range(5):
        qtbot.keyClick(focused(), Qt.Key.Key_Backspace)  # rub out "oops", then the last chip
    assert page.tags.tags() == ["garden"]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.note  # the tags are one stop; the next is the note
    qtbot.keyClicks(page.note, "a good day")
    qtbot.keyClick(page.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = repos.checkins.recent()[0]
    assert saved.tags == ("garden",) and saved.note == "a good day"


def test_built_and_shown_it_reads_and_lays_out_the_recent_list_once(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in range(1, 6):
        repos.checkins.add(recorded_at=datetime(2026, 11, day, 9, tzinfo=UTC),
                           values={"mood": day})
    from recovery_journal.ui.today import checkins

    layouts: list[int] = []
    real = checkins._CheckInView.resizeRowsToContents  # noqa: SLF001
    monkeypatch.setattr(checkins._CheckInView, "resizeRowsToContents",  # noqa: SLF001
                        lambda view: layouts.append(1) or real(view))
    page = TodayPage(repos, undo_stack)
    qtbot.addWidget(page)
    resets: list[int] = []
    page.recent.model.modelReset.connect(lambda: resets.append(1))
    show_active(qtbot, page)
    # Unlocking builds Today and shows it at once: showing it read nothing again.
    assert resets == [] and len(layouts) == 2  # the empty list at first, then the rows
    assert page.recent.model.rowCount() == 5
