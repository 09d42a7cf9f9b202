"""My hope box: opened from Get help now, added to, reordered, undone, and gone on lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from recovery_journal.storage.hope_box import HopeKind, HopeLink
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.hope_box.dialog import HopeBoxDialog, open_hope_box
from recovery_journal.ui.hope_box.editor import HopeItemEditor
from recovery_journal.ui.hope_box.hooks import keep_checkin, keep_journal_entry
from tests.ui.audit import (
    assert_accessible,
    assert_tab_cycles,
    press,
    shows_text,
    start_app,
    tab_order,
    unlock,
)

REASON = "Seeing my niece grow up"
WORDS = "You have survived every bad day so far"


def _bodies(dialog: HopeBoxDialog) -> list[str]:
    return [dialog._repos.hope_box.get(card.item_id).body for card in dialog.cards]


def test_the_hope_box_opens_from_help_keeps_order_and_leaves_nothing_on_lock(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
) -> None:
    vault = make_vault()
    repos = Repositories.from_vault(vault)
    when = datetime(2026, 6, 1, 18, 0, tzinfo=UTC)
    entry = repos.journal.add(written_at=when, title="A day at the lake",
                              body="We swam and laughed.")
    checkin = repos.checkins.add(recorded_at=when, note="Felt steady today")
    keep_journal_entry(repos.hope_box, entry)
    keep_checkin(repos.hope_box, checkin)
    vault.close()
    picture = tmp_path / "garden.jpg"
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(120, 170, 140))
    assert image.save(str(picture), "JPEG")

    controller = start_app(qtbot, tmp_path, vault.path)
    unlock(qtbot, controller)
    window = controller.window
    press(Qt.Key.Key_F1)
    help_dialog = window.help_dialog
    assert help_dialog is not None
    qtbot.waitUntil(help_dialog.isVisible)
    # Help still opens on the first number; the hope box button is one Tab away.
    landed = help_dialog.focusWidget()
    assert landed is not None and landed.objectName() != "openHopeBox"
    help_dialog.findChild(QPushButton, "openHopeBox").click()
    box = window.findChild(HopeBoxDialog)
    assert box is not None and box.isVisible() and not help_dialog.isVisible()
    assert not box.empty.isVisible()
    assert _bodies(box) == ["A day at the lake\nWe swam and laughed.", "Felt steady today"]

    editor = box.add_item(HopeKind.REASON)
    editor.body.setPlainText(REASON)
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    editor = box.add_item(HopeKind.PICTURE)
    editor.buttons.button(editor.buttons.StandardButton.Save).click()  # no picture yet
    assert editor.isVisible() and editor.problem.text()
    svg = tmp_path / "evil.svg"
    svg.write_text("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")
    assert not editor.use_file(svg) and "picture" in editor.problem.text()
    assert editor.use_file(picture)
    editor.body.setPlainText("The garden")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert _bodies(box)[-2:] == [REASON, "The garden"]
    stored = next(i for i in repos_items(window) if i.kind is HopeKind.PICTURE)
    assert stored.image_type == "image/jpeg"
    shown = box.cards[-1].picture
    assert shown is not None and not shown.pixmap().isNull()
    assert max(shown.pixmap().width(), shown.pixmap().height()) <= 360
    assert_accessible(box)
    order = tab_order(box)
    assert_tab_cycles(box)
    # Reading order: the add buttons, then each item's buttons top to bottom, then Close.
    firsts = [order.index(card.findChildren(QPushButton)[0]) for card in box.cards]
    assert firsts == sorted(firsts) and order.index(box.add_buttons[HopeKind.REASON]) < firsts[0]

    # Alt+Up moves the item whose button has focus; Move down works by click.
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    reason_card = box.cards[2]
    reason_card.findChildren(QPushButton)[0].setFocus()
    qtbot.waitUntil(lambda: reason_card.isAncestorOf(QApplication.focusWidget()))
    press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _bodies(box)[1] == REASON
    assert QApplication.focusWidget() is not None and box.cards[1].isAncestorOf(
        QApplication.focusWidget())
    box.move_item(box.cards[1].item_id, 1)
    assert _bodies(box)[2] == REASON

    # Remove, then Undo brings it back in its place.
    box.remove_item(box.cards[2].item_id)
    assert REASON not in _bodies(box)
    box.undo_button.click()
    assert _bodies(box)[2] == REASON
    # Removed, the box closed, then Ctrl+Z in the window: it comes back, nothing breaks.
    box.remove_item(box.cards[0].item_id)
    box.reject()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.undo_stack.undo()
    assert len(window.repos.hope_box.list()) == 4  # type: ignore[union-attr]
    box = open_hope_box(window.repos, window, window.undo_stack)  # type: ignore[arg-type]

    with qtbot.waitSignal(window.locked):
        window.lock()
    QApplication.processEvents()
    assert window.findChild(HopeBoxDialog) is None or not window.findChild(HopeBoxDialog).cards
    for label in QApplication.instance().allWidgets():  # type: ignore[union-attr]
        if isinstance(label, QLabel):
            assert label.pixmap().isNull() or label.pixmap().width() < 64
    for secret in (REASON, "The garden", "We swam", "Felt steady"):
        assert not shows_text(secret)


def repos_items(window: object) -> list:  # type: ignore[type-arg]
    repos = window.repos  # type: ignore[attr-defined]
    return repos.hope_box.list()


def test_the_empty_box_is_calm_and_reachable(
    qtbot: QtBot, make_vault: Callable[..., Vault],
) -> None:
    repos = Repositories.from_vault(make_vault())
    dialog = HopeBoxDialog(repos)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    assert dialog.empty.isVisible() and any(
        "optional" in label.text() for label in dialog.empty.findChildren(QLabel))
    assert dialog.cards == []
    assert_accessible(dialog)
    editor = dialog.add_item(HopeKind.WORDS)
    assert isinstance(editor, HopeItemEditor) and editor.who.isVisibleTo(editor)
    editor.body.setPlainText(WORDS)
    editor.who.setText("My counsellor")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    item = repos.hope_box.list()[0]
    assert (item.body, item.who_said) == (WORDS, "My counsellor")
    assert not dialog.empty.isVisible()


def test_one_action_keeps_a_journal_entry_or_a_check_in_and_the_note_opens_the_box(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
) -> None:
    from datetime import timedelta

    from recovery_journal.model import PlanSectionKey, RuleKind
    from recovery_journal.ui.plan.warning_note import PlanWarningNote

    vault = make_vault()
    repos = Repositories.from_vault(vault)
    repos.warning_rules.add(RuleKind.AT_MOST_OF, measure_key="mood", threshold=3, days=2,
                            window_days=7, section_key=PlanSectionKey.BREAKING_DOWN)
    repos.settings.set("early_warning_enabled", True)
    for back in (0, 2):
        day = date.today() - timedelta(days=back)
        repos.checkins.add(recorded_at=datetime(day.year, day.month, day.day, 9).astimezone(),
                           values={"mood": 2}, note=f"Quiet evening {back}")
    repos.journal.add(written_at=datetime(2026, 5, 2, 20, tzinfo=UTC), title="Picnic",
                      body="Sun and sandwiches.")
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    unlock(qtbot, controller)
    window = controller.window
    today = window.page("today")
    assert today is not None
    recent = today.recent  # type: ignore[attr-defined]
    assert not recent.hope_button.isEnabled()  # nothing chosen yet
    recent.view.selectRow(0)
    assert recent.hope_button.isEnabled() and recent.hope_button.accessibleName()
    recent.hope_button.click()
    window.go_to("journal")
    journal = window.page("journal")
    assert journal is not None
    journal.hope_button.click()  # type: ignore[attr-defined]
    memories = window.repos.hope_box.list()  # type: ignore[union-attr]
    assert [(m.kind, m.link_kind) for m in memories] == [
        (HopeKind.MEMORY, HopeLink.CHECKIN), (HopeKind.MEMORY, HopeLink.JOURNAL)]
    assert memories[0].body == "Quiet evening 0"
    assert memories[1].body == "Picnic\nSun and sandwiches."
    assert memories[1].link_date == date(2026, 5, 2)

    window.go_to("today")
    note = today.findChild(PlanWarningNote)
    assert note is not None and note.texts
    hope = next(b for b in note.findChildren(QPushButton) if b.text() == "My hope box")
    hope.click()
    box = window.findChild(HopeBoxDialog)
    assert box is not None and box.isVisible() and len(box.cards) == 2
