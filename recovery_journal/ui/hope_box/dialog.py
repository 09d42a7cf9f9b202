"""My hope box: the person's reasons, words, memories, people, places and pictures, in their order.

A window of its own, opened from Get help now, the early-warning note on Today, and the menu.
Pictures are loaded one at a time as each card is drawn, and every card (text and picture) is
dropped when the window closes, which locking does to every dialog.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPixmap, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.report.pictures import to_image
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.hope_box import HopeItem, HopeKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import tokens
from recovery_journal.ui.announce import announce
from recovery_journal.ui.hope_box.editor import HopeItemEditor
from recovery_journal.ui.hope_box.words import add_label, empty_text, kind_title
from recovery_journal.ui.widgets.buttons import ButtonRow
from recovery_journal.ui.widgets.card import Card
from recovery_journal.ui.widgets.flow import FlowLayout
from recovery_journal.ui.widgets.heading import add_page_header
from recovery_journal.ui.widgets.undo import SoftDeleteCommand

PICTURE_SIDE = 360


def _plain(text: str, scale: float = tokens.BODY) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if scale != tokens.BODY:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


class HopeItemCard(Card):
    """One item: its kind, its words, its picture (scaled), and Edit / Move / Remove."""

    edit_requested = Signal(int)
    move_requested = Signal(int, int)
    remove_requested = Signal(int)

    def __init__(self, item: HopeItem, pixmap: QPixmap | None, first: bool, last: bool) -> None:
        # The person's words lead; what kind of item it is stays a quiet line above them.
        super().__init__()
        self.item_id = item.id
        self.setAccessibleName(kind_title(item.kind))
        self.add(_plain(kind_title(item.kind), tokens.CAPTION))
        self.picture: QLabel | None = None
        if pixmap is not None:
            self.picture = QLabel()
            self.picture.setPixmap(pixmap)
            self.picture.setAccessibleName(item.body or kind_title(item.kind))
            self.add(self.picture)
        if item.body:
            self.add(_plain(item.body, tokens.HEADING))
        if item.who_said:
            self.add(_plain(self.tr("— %1").replace("%1", item.who_said)))
        if item.link_date is not None:
            self.add(_plain(self.tr("From %1").replace("%1", item.link_date.isoformat())))
        name = item.body.splitlines()[0][:60] if item.body else kind_title(item.kind)
        buttons: list[QPushButton] = []
        for text, accessible, handler, enabled in (
            (self.tr("Edit…"), self.tr("Edit %1"),
             lambda: self.edit_requested.emit(self.item_id), True),
            (self.tr("Move up"), self.tr("Move %1 up"),
             lambda: self.move_requested.emit(self.item_id, -1), not first),
            (self.tr("Move down"), self.tr("Move %1 down"),
             lambda: self.move_requested.emit(self.item_id, 1), not last),
            (self.tr("Remove"), self.tr("Remove %1"),
             lambda: self.remove_requested.emit(self.item_id), True),
        ):
            button = QPushButton(text)
            button.setAccessibleName(accessible.replace("%1", name))
            button.setEnabled(enabled)
            button.setAutoDefault(False)
            button.clicked.connect(handler)
            buttons.append(button)
        self.add(ButtonRow(*buttons))  # stacks when large text leaves no room side by side

    def clear(self) -> None:
        """Drop the picture and words from this card's widgets."""
        for label in self.findChildren(QLabel):
            label.clear()
            label.setAccessibleName("")


class HopeBoxDialog(QDialog):
    """The hope box window; `reload()` fills it from the vault."""

    def __init__(
        self, repos: Repositories, undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repos = repos
        self._undo = undo_stack if undo_stack is not None else QUndoStack(self)
        self.setWindowTitle(self.tr("My hope box"))
        self.setObjectName("hopeBoxDialog")
        # Roomy but inside the window (1366×768 at the least), so 200 % text still fits.
        if parent is not None:
            self.resize(min(900, parent.width() - 40), max(480, parent.height() - 40))
        else:
            self.resize(760, 720)
        self.cards: list[HopeItemCard] = []
        self._content = QWidget()
        self._list = QVBoxLayout(self._content)
        self._list.setSpacing(14)
        self._list.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self._content)
        self._scroll = scroll
        self.empty = Card()
        self.empty.add(_plain(empty_text(), tokens.HEADING))
        self.status = _plain("")
        self.status.setAccessibleName(self.tr("Status"))
        adds = QWidget()
        flow = FlowLayout(adds)
        self.add_buttons: dict[HopeKind, QPushButton] = {}
        for kind in HopeKind:
            button = QPushButton(add_label(kind))
            button.setAutoDefault(False)
            button.setAccessibleName(add_label(kind).rstrip("…"))
            button.clicked.connect(lambda _=False, k=kind: self.add_item(k))
            flow.addWidget(button)
            self.add_buttons[kind] = button
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last removal"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._undo_remove)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close my hope box"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        add_page_header(layout, self, self.tr("My hope box"), self.tr(
            "What reminds you why things matter, kept close for the hard days. Add what you "
            "like, in any order."
        ))
        layout.addWidget(adds)
        layout.addSpacing(tokens.SPACE_S)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self._empty_space = QSpacerItem(0, 0)  # keeps the empty box's words at the top
        layout.addSpacerItem(self._empty_space)
        # Undo and Close in the platform's order, like every dialog of the app.
        buttons = QDialogButtonBox()
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.undo_button.hide()  # addButton shows every button; Undo waits for a removal
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        for keys, step in ((QKeySequence("Alt+Up"), -1), (QKeySequence("Alt+Down"), 1)):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda s=step: self._move_focused(s))

    # -- showing -----------------------------------------------------------------------------

    def reload(self, focus_id: int | None = None) -> None:
        """Draw every item again from the vault (pictures fetched one by one)."""
        self._drop_cards()
        try:
            items = self._repos.hope_box.list()
        except VaultError as error:
            self._say(error.message)
            return
        for index, item in enumerate(items):
            card = HopeItemCard(item, self._pixmap(item), index == 0, index == len(items) - 1)
            card.edit_requested.connect(self.edit_item)
            card.move_requested.connect(self.move_item)
            card.remove_requested.connect(self.remove_item)
            self._list.insertWidget(self._list.count() - 1, card)
            self.cards.append(card)
        self.empty.setVisible(not items)
        self._scroll.setVisible(bool(items))
        self._empty_space.changeSize(0, 0, QSizePolicy.Policy.Minimum,
                                     QSizePolicy.Policy.Expanding if not items
                                     else QSizePolicy.Policy.Ignored)
        if (layout := self.layout()) is not None:
            layout.invalidate()
        self._refocus(focus_id)

    def _pixmap(self, item: HopeItem) -> QPixmap | None:
        if not item.has_image:
            return None
        image = self._repos.hope_box.image(item.id)
        if image is None:
            return None
        pixmap = QPixmap.fromImage(to_image(image))
        if pixmap.isNull():
            return None
        side = min(PICTURE_SIDE, max(pixmap.width(), pixmap.height()))
        return pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)

    def _refocus(self, item_id: int | None) -> None:
        for card in self.cards:
            if card.item_id == item_id:
                buttons = card.findChildren(QPushButton)
                target = next((b for b in buttons if b.isEnabled()), None)
                if target is not None:
                    target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _drop_cards(self) -> None:
        for card in self.cards:
            card.clear()
            self._list.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []

    def done(self, result: int) -> None:
        # Closing (and locking, which closes every dialog) leaves no words or picture behind.
        self._drop_cards()
        super().done(result)

    # -- changing ----------------------------------------------------------------------------

    def add_item(self, kind: HopeKind) -> HopeItemEditor:
        """Open the form for a new item of `kind`; saving adds it at the end."""
        editor = HopeItemEditor(kind, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._added(editor))
        editor.open()
        return editor

    def _added(self, editor: HopeItemEditor) -> None:
        try:
            item = self._repos.hope_box.add(editor.kind, editor.text(), who_said=editor.who_said(),
                                            image=editor.picture)
        except (VaultError, ValueError) as error:
            self._say(str(error))
            return
        self.reload(item.id)
        self._say(self.tr("Added to your hope box"))

    def edit_item(self, item_id: int) -> HopeItemEditor | None:
        """Open the form for an item; saving keeps the changes."""
        try:
            item = self._repos.hope_box.get(item_id)
            image = self._repos.hope_box.image(item_id) if item.has_image else None
        except VaultError as error:
            self._say(error.message)
            return None
        editor = HopeItemEditor(item.kind, item, image, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._edited(item_id, editor))
        editor.open()
        return editor

    def _edited(self, item_id: int, editor: HopeItemEditor) -> None:
        try:
            self._repos.hope_box.update(item_id, body=editor.text(), who_said=editor.who_said(),
                                        image=editor.picture)
        except (VaultError, ValueError) as error:
            self._say(str(error))
            return
        self.reload(item_id)
        self._say(self.tr("Saved"))

    def move_item(self, item_id: int, step: int) -> None:
        """Move an item one place up (-1) or down (+1)."""
        try:
            item = self._repos.hope_box.get(item_id)
            self._repos.hope_box.move(item_id, max(0, item.position + step))
        except VaultError as error:
            self._say(error.message)
            return
        self.reload(item_id)
        self._say(self.tr("Moved up") if step < 0 else self.tr("Moved down"))

    def _move_focused(self, step: int) -> None:
        focused = self.focusWidget()
        for card in self.cards:
            if focused is not None and card.isAncestorOf(focused):
                self.move_item(card.item_id, step)
                return

    def remove_item(self, item_id: int) -> None:
        """Set an item aside; Undo (here or Ctrl+Z) brings it back in its place."""
        box = self._repos.hope_box
        command = SoftDeleteCommand(
            self.tr("Remove from hope box"), lambda: box.delete(item_id),
            lambda: box.restore(item_id), on_change=lambda _change: self._changed(item_id),
        )
        try:
            self._undo.push(command)
        except VaultError as error:
            self._say(error.message)
            return
        self.undo_button.show()
        self._say(self.tr("Removed from your hope box. You can undo this."))

    def _changed(self, item_id: int) -> None:
        # The undo stack is the window's and outlives this dialog (Ctrl+Z after closing it).
        if shiboken6.isValid(self) and self.isVisible():
            self.reload(item_id)

    def _undo_remove(self) -> None:
        if self._undo.canUndo():
            self._undo.undo()
        self.undo_button.hide()
        self._say(self.tr("Brought back"))

    def _say(self, text: str) -> None:
        announce(self, text, self.status)


def open_hope_box(
    repos: Repositories, parent: QWidget, undo_stack: QUndoStack | None = None,
) -> HopeBoxDialog:
    """Open (or bring forward) the one hope box window of `parent`."""
    dialog = parent.findChild(HopeBoxDialog)
    if dialog is None or not dialog.isVisible():
        dialog = HopeBoxDialog(repos, undo_stack, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reload()
        dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
