"""Help → Guide opens the guide offline, locked or not, with its pictures and topics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.storage.vault import Vault
from recovery_journal.ui.help.guide import GuideDialog, PictureDialog
from tests.ui.audit import assert_accessible, start_app


def _pictures(dialog: GuideDialog) -> list[str]:
    names: list[str] = []
    block = dialog.pages.document().begin()
    while block.isValid():
        for fragment in (it.fragment() for it in block):
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                names.append(QTextImageFormat(fragment.charFormat()).name())
        block = block.next()
    return names


def test_the_guide_opens_while_locked_and_walks_its_topics(
        qtbot: QtBot, tmp_path: Path, vault: Vault) -> None:
    controller = start_app(qtbot, tmp_path, vault.path)
    window = controller.window
    assert not window.is_unlocked
    window.menus.guide_action.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert dialog.topics.count() >= 12
    pictures = _pictures(dialog)
    assert "today-feelings-light.png" in pictures and not any("-dark" in name for name in pictures)
    # Every picture comes from inside the package and fits the window's width.
    room = dialog.pages.text_width()
    for name in pictures:
        image = dialog.pages.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                         QUrl(name))
        assert not image.isNull() and image.width() <= room, name
    # By keyboard: the topics have focus; Down moves to the next topic and the text follows.
    dialog.topics.setFocus()
    dialog.topics.setCurrentRow(0)
    start = dialog.pages.verticalScrollBar().value()
    qtbot.keyClick(dialog.topics, Qt.Key.Key_End)
    assert dialog.topics.currentRow() == dialog.topics.count() - 1
    assert dialog.pages.verticalScrollBar().value() > start
    assert_accessible(dialog)
    # A picture's link shows it at full size, named by the words that describe it.
    dialog.show_picture(QUrl("today-feelings-light.png"))
    picture = dialog.findChild(PictureDialog)
    assert picture is not None and picture.picture.pixmap().width() == 1100
    assert picture.windowTitle().startswith("Today")
    picture.reject()
    # One guide window: asking again brings the same one forward.
    window.show_guide()
    assert len(window.findChildren(GuideDialog)) == 1
    dialog.reject()
    assert QApplication.activeModalWidget() is None
