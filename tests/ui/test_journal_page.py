"""Journal: writing with autosave, drafts across a lock, delete and undo, driven by the keyboard."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.journal.page import DRAFT_KEY, JournalPage
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
    type_text,
)

PageMaker = Callable[..., JournalPage]
EMPTY_TEXT = "Nothing written yet. Press Ctrl+N to start a page, whenever you like."


@pytest.fixture
def make_page(qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack) -> PageMaker:
    def make(destroyed_by_test: bool = False, on: Repositories | None = None) -> JournalPage:
        page = JournalPage(on or repos, undo_stack)
        if not destroyed_by_test:  # pytest-qt would close it again after the test
            qtbot.addWidget(page)
        show_active(qtbot, page)
        return page

    return make


def _now() -> datetime:
    return datetime.now().astimezone()


def _destroy(qtbot: QtBot, page: JournalPage) -> None:
    page.close()
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))


# -- the whole journey, in the real window ------------------------------------------------------


def test_keyboard_only_journey(qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
                               ) -> None:
    vault = make_vault("journey.vault")
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)
    window = controller.window
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Go > Journal
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    qtbot.waitUntil(lambda: page.isAncestorOf(focused()))
    assert page.empty.isVisible() and page.empty.text() == EMPTY_TEXT

    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.editor.title
    type_text(focused(), "Market day")
    tab_to(qtbot, page.editor.body)
    with qtbot.waitSignal(page.entry_saved, timeout=5000):
        type_text(focused(), "Bought a coffee and sat by the fountain.")
    journal = page._journal  # noqa: SLF001 (the page's own vault, to check what was kept)
    [saved] = journal.list()
    assert (saved.title, saved.body) == ("Market day", "Bought a coffee and sat by the "
                                                       "fountain.")
    assert page.entries.isVisible() and page.list_model.rowCount() == 1

    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.search.field
    type_text(page.search.field, "fountain")
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 1)
    press(Qt.Key.Key_Return)
    assert focused() is page.editor.body
    assert page.editor.body.textCursor().selectedText() == "fountain"

    tab_to(qtbot, page.delete_button)
    press(Qt.Key.Key_Space)
    assert journal.count() == 0
    assert page.editor.entry_id is None
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.count() == 1
    assert page.editor.entry_id == saved.id
    assert page.editor.title.text() == "Market day"
    window.lock()


# -- writing and autosave -------------------------------------------------------------------


def test_autosave_after_a_pause_in_typing(qtbot: QtBot, make_page: PageMaker,
                                          repos: Repositories) -> None:
    page = make_page()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page.editor.body.setFocus()
    with qtbot.waitSignal(page.entry_saved, timeout=3000) as saved:
        qtbot.keyClicks(page.editor.body, "Quiet morning")
    entry = repos.journal.get(saved.args[0])
    assert entry.body == "Quiet morning" and entry.title == ""
    assert entry.local_date == datetime.now().date()
    assert "Saved at" in page.editor.status.text()
    assert repos.drafts.get(DRAFT_KEY) is None
    # More typing changes the same entry rather than adding another.
    with qtbot.waitSignal(page.entry_saved, timeout=3000):
        qtbot.keyClicks(page.editor.body, ", tea and toast")
    assert repos.journal.count() == 1
    assert repos.journal.get(entry.id).body == "Quiet morning, tea and toast"
    assert page.list_model.summary(0).first_line == "Quiet morning, tea and toast"


def test_focus_leaving_a_field_saves_without_waiting(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page()
    page.new_entry()
    qtbot.keyClicks(page.editor.title, "Late thought")
    with qtbot.waitSignal(page.entry_saved, timeout=500):  # well before the autosave pause
        page.search.field.setFocus()  # focus-out of the title
    assert [e.title for e in repos.journal.list()] == ["Late thought"]


def test_switching_entries_keeps_the_one_being_written(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    older = repos.journal.add(written_at=_now() - timedelta(days=2), title="Older", body="a")
    newer = repos.journal.add(written_at=_now(), title="Newer", body="b")
    page = make_page()
    assert page.editor.entry_id == newer.id  # the newest is open
    page.editor.body.setPlainText("b, and more")
    page.entries.setFocus()
    qtbot.keyClick(page.entries, Qt.Key.Key_Down)
    assert page.editor.entry_id == older.id
    assert repos.journal.get(newer.id).body == "b, and more"


def test_tags_and_another_day(make_page: PageMaker, repos: Repositories) -> None:
    page = make_page()
    page.new_entry()
    page.editor.tags.add("garden")
    page.editor.day.setDate(page.editor.day.date().addDays(-3))
    page.editor.body.setPlainText("Weeding")
    assert page.save_now()
    [entry] = repos.journal.list()
    assert entry.tags == ("garden",)
    assert entry.local_date == datetime.now().date() - timedelta(days=3)
    assert page.search.tag.findText("garden") >= 0  # the new tag is offered as a filter


def test_an_empty_new_entry_is_not_saved(make_page: PageMaker, repos: Repositories) -> None:
    page = make_page()
    page.new_entry()
    page.editor.body.setPlainText("   ")
    page.save_now()
    page.new_entry()
    assert repos.journal.count() == 0


def test_the_autosave_survives_a_restart(
    qtbot: QtBot, make_vault: Callable[..., Vault], tmp_path: Path, undo_stack: QUndoStack
) -> None:
    vault = make_vault("restart.vault")
    page = JournalPage(Repositories.from_vault(vault), undo_stack)
    page.new_entry()
    with qtbot.waitSignal(page.entry_saved, timeout=3000):
        page.editor.body.setPlainText("kept through a crash")
    _destroy(qtbot, page)  # no save_draft: as if the app had been killed
    vault.close()
    with Vault.open(tmp_path / "restart.vault", PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        again = JournalPage(Repositories.from_vault(reopened), undo_stack)
        qtbot.addWidget(again)
        assert again.editor.body.toPlainText() == "kept through a crash"


# -- drafts across a lock -------------------------------------------------------------------


def _lock_and_reopen(qtbot: QtBot, page: JournalPage, vault: Vault, tmp_path: Path) -> Vault:
    page.save_draft()
    _destroy(qtbot, page)
    vault.close()
    return Vault.open(vault.path, PASSPHRASE, kdf_iter=FAST_KDF)


def test_a_new_entry_survives_a_lock(
    qtbot: QtBot, make_vault: Callable[..., Vault], tmp_path: Path, undo_stack: QUndoStack
) -> None:
    vault = make_vault("lock.vault")
    page = JournalPage(Repositories.from_vault(vault), undo_stack)
    page.new_entry()
    page.editor.title.setText("Half")
    page.editor.body.setPlainText("a half-written thought")
    page.editor.tags.set_pending_text("wal")
    with _lock_and_reopen(qtbot, page, vault, tmp_path) as reopened:
        repos = Repositories.from_vault(reopened)
        stored = repos.drafts.get(DRAFT_KEY)
        assert stored is not None and json.loads(stored.body)["entry"] == "new"
        assert repos.journal.count() == 0  # the draft, not the entry, holds it until unlocked
        again = JournalPage(repos, undo_stack)
        qtbot.addWidget(again)
        assert again.editor.title.text() == "Half"
        assert again.editor.body.toPlainText() == "a half-written thought"
        assert again.editor.tags.pending_text() == "wal"
        with qtbot.waitSignal(again.entry_saved, timeout=3000):
            pass
        assert [e.body for e in repos.journal.list()] == ["a half-written thought"]
        assert repos.drafts.get(DRAFT_KEY) is None
        again.save_now()
        assert repos.journal.count() == 1  # saved once, not twice


def test_changes_to_an_existing_entry_survive_a_lock(
    qtbot: QtBot, make_vault: Callable[..., Vault], tmp_path: Path, undo_stack: QUndoStack
) -> None:
    vault = make_vault("lock2.vault")
    repos = Repositories.from_vault(vault)
    entry = repos.journal.add(written_at=_now(), title="Walk", body="by the river")
    page = JournalPage(repos, undo_stack)
    page.editor.body.setPlainText("by the river, and the heron was there")
    with _lock_and_reopen(qtbot, page, vault, tmp_path) as reopened:
        repos = Repositories.from_vault(reopened)
        again = JournalPage(repos, undo_stack)
        qtbot.addWidget(again)
        assert again.editor.entry_id == entry.id
        assert again.editor.body.toPlainText() == "by the river, and the heron was there"
        assert again.save_now()
        assert repos.journal.get(entry.id).body == "by the river, and the heron was there"
        assert repos.journal.count() == 1
        assert repos.drafts.get(DRAFT_KEY) is None


def test_a_draft_of_a_deleted_entry_becomes_a_new_one(
    make_page: PageMaker, repos: Repositories
) -> None:
    gone = repos.journal.add(written_at=_now(), body="old")
    repos.journal.delete(gone.id)
    repos.drafts.save(DRAFT_KEY, json.dumps({"entry": gone.id, "body": "changed"}))
    page = make_page()
    assert page.editor.entry_id is None and page.editor.body.toPlainText() == "changed"
    page.save_now()
    assert [e.body for e in repos.journal.list()] == ["changed"]


def test_a_draft_that_is_not_json_is_kept_as_text(make_page: PageMaker,
                                                  repos: Repositories) -> None:
    repos.drafts.save(DRAFT_KEY, "just some words")
    page = make_page()
    assert page.editor.body.toPlainText() == "just some words"


def test_nothing_unsaved_leaves_no_draft(make_page: PageMaker, repos: Repositories) -> None:
    repos.journal.add(written_at=_now(), body="done")
    page = make_page()
    page.save_draft()
    assert repos.drafts.get(DRAFT_KEY) is None


# -- delete and undo ------------------------------------------------------------------------


def test_delete_key_and_undo(qtbot: QtBot, make_page: PageMaker, repos: Repositories,
                             undo_stack: QUndoStack) -> None:
    first = repos.journal.add(written_at=_now() - timedelta(days=1), title="One", body="x")
    second = repos.journal.add(written_at=_now(), title="Two", body="private words")
    page = make_page()
    page.entries.setFocus()
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(page.entries, Qt.Key.Key_Delete)
    assert "Ctrl+Z" in announced.args[0]
    assert [e.id for e in repos.journal.list()] == [first.id]
    assert page.editor.entry_id == first.id  # the next entry opens
    assert "private" not in undo_stack.undoText() and "Two" not in undo_stack.undoText()
    undo_stack.undo()
    assert page.editor.entry_id == second.id and page.list_model.rowCount() == 2
    undo_stack.redo()
    assert repos.journal.count() == 1


def test_the_way_back_stays_in_the_page(qtbot: QtBot, make_page: PageMaker,
                                        repos: Repositories, undo_stack: QUndoStack) -> None:
    """Bug: the only way back was a status-bar line gone after ten seconds."""
    kept = repos.journal.add(written_at=_now(), title="Kept", body="mine")
    page = make_page()
    assert page.deleted_bar.isHidden()
    page.delete_current()
    assert page.deleted_bar.isVisible() and "deleted" in page.deleted_bar.label.text()
    assert repos.journal.count() == 0
    page.deleted_bar.undo_button.click()
    assert repos.journal.get(kept.id).body == "mine" and page.deleted_bar.isHidden()
    page.open_entry(kept.id)
    page.delete_current()
    undo_stack.undo()  # Ctrl+Z works the same and the note goes with it
    assert page.deleted_bar.isHidden() and repos.journal.count() == 1
    page.delete_current()
    page.deleted_bar.dismiss_button.click()
    assert page.deleted_bar.isHidden() and repos.journal.count() == 0


def test_the_deleted_note_says_how_long_and_is_reached_by_tab(
        qtbot: QtBot, make_page: PageMaker, repos: Repositories) -> None:
    """The note after a delete says how long the way back lasts, and the keyboard gets there:
    from the list, Tab goes to Undo next."""
    kept = repos.journal.add(written_at=_now(), title="Kept", body="mine")
    repos.journal.add(written_at=_now() - timedelta(days=1), title="Other", body="words")
    page = make_page()
    page.open_entry(kept.id)
    page.entries.setFocus()
    with qtbot.waitSignal(page.announce) as announced:
        qtbot.keyClick(page.entries, Qt.Key.Key_Delete)
    assert announced.args == [
        "Entry deleted. Undo, just below the list, or Ctrl+Z brings it back."]
    bar = page.deleted_bar
    assert bar.label.text() == (
        "Entry deleted. Ctrl+Z can bring back your last 10 deleted entries, even after a "
        "restart.")
    assert bar.accessibleDescription() == bar.label.text()
    assert "mine" not in bar.label.text() and "Kept" not in bar.label.text()
    assert page.entries.hasFocus()
    qtbot.keyClick(page.entries, Qt.Key.Key_Tab)
    assert bar.undo_button.hasFocus()
    qtbot.keyClick(bar.undo_button, Qt.Key.Key_Space)
    assert repos.journal.get(kept.id).body == "mine" and bar.isHidden()
    assert_tab_cycles(page)  # hidden again, it is skipped and nothing is trapped


def test_undo_a_delete_after_a_restart(
    qtbot: QtBot, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    vault = make_vault("undo.vault")
    repos = Repositories.from_vault(vault)
    entry = repos.journal.add(written_at=_now(), body="still mine")
    first_stack = QUndoStack()
    page = JournalPage(repos, first_stack)
    page.delete_current()
    assert repos.journal.count() == 0
    page.save_draft()
    _destroy(qtbot, page)
    first_stack.clear()
    vault.close()
    with Vault.open(tmp_path / "undo.vault", PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        repos = Repositories.from_vault(reopened)
        stack = QUndoStack()
        again = JournalPage(repos, stack)
        qtbot.addWidget(again)
        assert repos.journal.count() == 0
        assert again.left_stack.currentWidget() is again.empty
        stack.undo()
        assert repos.journal.get(entry.id).body == "still mine"
        assert again.editor.entry_id == entry.id and again.list_model.rowCount() == 1
        stack.clear()


# -- the empty state, preview, keyboard and accessibility -----------------------------------


def test_empty_state_invites(make_page: PageMaker) -> None:
    page = make_page()
    assert page.empty.isVisible() and page.empty.text() == EMPTY_TEXT
    assert not page.delete_button.isEnabled()


def test_preview_renders_light_markdown_and_opens_nothing(
    qtbot: QtBot, make_page: PageMaker
) -> None:
    page = make_page()
    page.editor.body.setPlainText(
        "# Heading\n\n*soft* words\n\n[a link](https://example.org) ![pic](/etc/hostname)\n\n"
        "<b>not html</b>"
    )
    page.editor.body.setFocus()
    qtbot.keyClick(page.editor.body, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    preview = page.editor.preview
    assert preview.isVisible() and focused() is preview
    assert not preview.openLinks() and not preview.openExternalLinks()
    assert preview.isReadOnly()
    text = preview.toPlainText()
    assert "Heading" in text and "#" not in text and "*" not in text
    assert "<b>" in text  # raw HTML is shown as typed, never interpreted
    assert "link" in preview.toHtml() and "example.org" in preview.toHtml()
    preview.setSource("https://example.org")
    assert preview.source().isEmpty()  # nothing followed
    qtbot.keyClick(preview, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert focused() is page.editor.body


def test_accessible_names_and_no_tab_trap(make_page: PageMaker, repos: Repositories) -> None:
    repos.journal.add(written_at=_now(), title="One", body="first", tags=["walk"])
    page = make_page()
    page.editor.tags.add("tea")
    assert_accessible(page)
    assert_tab_cycles(page)
    page.search.period.setCurrentIndex(3)  # between dates: two more fields
    page.search.field.setText("first")
    page.search.flush()
    assert page.results.isVisible()
    assert_accessible(page)
    assert_tab_cycles(page)


def test_empty_page_is_accessible_too(make_page: PageMaker) -> None:
    page = make_page()
    assert_accessible(page)
    assert_tab_cycles(page)


def test_nothing_is_clipped_at_200_percent_text(
    qapp: QApplication, qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    for day in range(3):
        repos.journal.add(written_at=_now() - timedelta(days=day), title="A longer title " * 3,
                          body="Words that go on for a while. " * 20, tags=["walk", "Sam"])
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        page = JournalPage(repos, undo_stack)
        qtbot.addWidget(page)
        page.resize(1100, 750)
        page.show()
        qtbot.waitExposed(page)
        assert page.minimumSizeHint().width() <= 1100
        assert page.minimumSizeHint().height() <= 750
        page.editor.body.setFocus()  # the tags grow to their chips once laid out again
        qtbot.waitUntil(lambda: page.editor.tags.height() >= page.editor.tags.minimumSizeHint()
                        .height())
        # So do the list's buttons, once stacked one under another (ButtonRow).
        row = page.new_button.parentWidget()
        qtbot.waitUntil(lambda: row.height() >= row.minimumSizeHint().height())
        assert page.new_button.y() < page.hope_button.y(), "stacked at 200 %"
        assert_not_clipped(page)
    finally:
        qapp.setFont(font)
