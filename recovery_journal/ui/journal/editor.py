"""The journal editor: title, day, tags and the text, with a rendered Markdown preview.

The preview never opens anything: links are shown but not followed, and no resource (an image
named in the text) is ever loaded, from disk or anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.ui import tokens
from recovery_journal.ui.journal.draft import EditorState
from recovery_journal.ui.journal.search_bar import DayEdit, from_qdate, to_qdate
from recovery_journal.ui.widgets.tag_input import TagInput

_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
_SPACED_BLOCKS = 2000


class MarkdownPreview(QTextBrowser):
    """A read-only rendering of light Markdown that follows no link and loads no resource."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)

    def show_markdown(self, text: str) -> None:
        document = self.document()
        document.setMarkdown(text, _FEATURES)
        if document.blockCount() > _SPACED_BLOCKS:
            return  # a very long entry is shown as it is rather than wait for the spacing
        # Qt leaves a few pixels between paragraphs; most of a line reads like the text typed.
        space = self.fontMetrics().lineSpacing() * 0.8
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block = document.begin()
        while block.isValid():
            if block.textList() is None:
                cursor.setPosition(block.position())
                spaced = QTextBlockFormat()
                spaced.setBottomMargin(space)
                cursor.mergeBlockFormat(spaced)
            block = block.next()
        cursor.endEditBlock()

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt override)
        return None  # an image in the text stays a name; nothing is read or fetched

    def setSource(  # noqa: N802 (Qt override)
        self, name: QUrl | str,
        kind: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        return  # never navigate, whatever is clicked


class EntryEditor(QWidget):
    """Edits one entry. `edited` fires on every change the person makes (not on `load`)."""

    edited = Signal()
    left = Signal()  # focus left one of the fields: a good moment to save

    def __init__(
        self, complete_tags: Callable[[str], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self._entry_id: int | None = None
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("A title, if you like"))
        self.day = DayEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(self.tr("The day this entry is about"))
        self.tags = TagInput(complete_tags, self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleName(self.tr("Show the preview"))
        self.preview_button.setToolTip(self.tr("Switch between writing and the preview "
                                               "(Ctrl+Shift+P)"))
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Entry text"))
        self.body.setAccessibleDescription(
            self.tr("Plain text; # headings, *emphasis* and - lists show in the preview")
        )
        self.body.setPlaceholderText(self.tr("Write whatever you like. It is kept as you type."))
        self.preview = MarkdownPreview(self)
        self.preview.setAccessibleName(self.tr("Preview of the entry"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.preview)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._build_layout()

        self.title.textEdited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.tags.tags_changed.connect(self._changed)
        self.tags.edit.textEdited.connect(self._changed)
        self.day.dateChanged.connect(self._changed)
        self.preview_button.toggled.connect(self._show_preview)
        for field in (self.title, self.day, self.body, self.tags.edit):
            field.installEventFilter(self)

    def _build_layout(self) -> None:
        title_label = QLabel(self.tr("Title"), self)
        title_label.setBuddy(self.title)
        day_label = QLabel(self.tr("Day"), self)
        day_label.setBuddy(self.day)
        tags_label = QLabel(self.tr("Tags"), self)
        tags_label.setBuddy(self.tags.edit)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(title_label, 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(day_label, 1, 0)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day)
        day_row.addStretch(1)
        grid.addLayout(day_row, 1, 1)
        grid.addWidget(tags_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.tags, 2, 1)
        grid.setColumnStretch(1, 1)
        big = QFont(self.title.font())
        big.setPointSizeF(big.pointSizeF() * tokens.HEADING)
        self.title.setFont(big)
        mode_row = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+Shift+P switches between writing and the preview"), self)
        hint.setWordWrap(True)
        mode_row.addWidget(self.preview_button)
        mode_row.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(mode_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)

    def tab_chain(self) -> list[QWidget]:
        """The editor's controls in the order Tab visits them."""
        return [self.title, self.day, *self.tags.focus_chain(), self.preview_button, self.body,
                self.preview]

    # -- content ------------------------------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        return self._entry_id

    def load(self, state: EditorState) -> None:
        """Show `state` without counting it as an edit."""
        self._loading = True
        try:
            self._entry_id = state.entry_id
            self.title.setText(state.title)
            self.day.setDate(to_qdate(state.day or date.today()))
            self.tags.clear()
            self.tags.set_tags(state.tags)
            self.tags.set_pending_text(state.pending_tag)
            self.body.setPlainText(state.body)
            if self.preview_button.isChecked():
                self.preview.show_markdown(state.body)
        finally:
            self._loading = False

    def set_entry_id(self, entry_id: int) -> None:
        """The new entry has been saved and now has an id."""
        self._entry_id = entry_id

    def state(self) -> EditorState:
        return EditorState(
            entry_id=self._entry_id, title=self.title.text(), body=self.body.toPlainText(),
            tags=tuple(self.tags.tags()), day=from_qdate(self.day.date()),
            pending_tag=self.tags.pending_text(),
        )

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    # -- writing and preview ------------------------------------------------------------------

    def is_previewing(self) -> bool:
        return self.preview_button.isChecked()

    def toggle_preview(self) -> None:
        self.preview_button.toggle()

    def _show_preview(self, on: bool) -> None:
        had_focus = self.body.hasFocus() or self.preview.hasFocus()
        if on:
            self.preview.show_markdown(self.body.toPlainText())
            self.pages.setCurrentWidget(self.preview)
        else:
            self.pages.setCurrentWidget(self.body)
        self.preview_button.setText(self.tr("Write") if on else self.tr("Preview"))
        self.preview_button.setAccessibleName(
            self.tr("Back to writing") if on else self.tr("Show the preview")
        )
        if had_focus:
            (self.preview if on else self.body).setFocus(Qt.FocusReason.OtherFocusReason)

    def show_match(self, words: str | None) -> None:
        """Go to writing, put the cursor on the first place `words` appear, and show it."""
        if self.is_previewing():
            self.preview_button.setChecked(False)
        cursor = QTextCursor(self.body.document())
        if words:
            found = self.body.document().find(words, 0)
            if not found.isNull():
                cursor = found
        self.body.setTextCursor(cursor)
        self.body.centerCursor()
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            # Told on the next turn of the event loop, never from inside a focus change (which
            # may be a widget going away); Qt drops the call if this editor is gone by then.
            QTimer.singleShot(0, self, self.left.emit)
        return super().eventFilter(watched, event)

