"""Headings: bold, a step larger than the body text, wrapping; the one way pages make them.

Screen readers hear them as headings: Qt gives a QLabel no way to say so, so an accessibility
factory answers for every `Heading` with the Heading role and the heading's text as its name.
A page's title can also take the focus when the page is opened, so its name is spoken.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QFont
from PySide6.QtWidgets import QAccessibleWidget, QBoxLayout, QLabel, QWidget

from recovery_journal.ui import tokens
from recovery_journal.ui.accessible_factory import add_factory, ensure_installed

PAGE_TITLE = "pageTitle"  # object name of a page's own heading (the one that takes focus)


class Heading(QLabel):
    """A label that screen readers hear as a heading."""

    _accessible: QAccessibleInterface | None = None

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        ensure_installed()  # before Qt asks for this label's interface
        super().__init__(text, parent)


class _HeadingAccessible(QAccessibleWidget):
    """The Heading role, named by the visible text unless a name was set."""

    def __init__(self, widget: Heading) -> None:
        super().__init__(widget, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.accessibleName() or widget.text()
        return super().text(kind)


def _factory(_key: str, target: QObject) -> QAccessibleInterface | None:
    if not isinstance(target, Heading):
        return None
    interface = _HeadingAccessible(target)
    # Qt's accessibility cache owns and deletes it with the widget; until then Python must
    # not collect it, so the widget keeps it.
    target._accessible = interface
    return interface


add_factory(_factory)


def heading(
    text: str, parent: QWidget | None = None, scale: float = tokens.BODY
) -> QLabel:
    """A bold heading `scale` (a step of the type scale in ui/tokens.py) times the body size;
    it grows with the text size setting.

    Plain text only: a heading may show the person's own words (a goal, a section title).
    """
    label = Heading(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def page_title(text: str, parent: QWidget | None = None) -> QLabel:
    """A page's heading; it takes the focus (not by Tab) when the page is opened."""
    label = heading(text, parent, tokens.TITLE)
    label.setObjectName(PAGE_TITLE)
    label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return label


def add_page_header(layout: QBoxLayout, parent: QWidget, title: str, intro: str) -> None:
    """Put a page's heading and its one-line introduction at the top of `layout`."""
    layout.addWidget(page_title(title, parent))
    line = QLabel(intro, parent)
    line.setWordWrap(True)
    layout.addWidget(line)


def focus_page_title(page: QWidget, *, keep_inside: bool = True) -> bool:
    """Move the focus to `page`'s heading; with `keep_inside`, not if the focus is inside the
    page already (the person may be typing there). False when the page has no title."""
    focused = page.focusWidget()
    if keep_inside and focused is not None and focused.hasFocus():
        return True
    title = page.findChild(QLabel, PAGE_TITLE)
    if title is None or not title.isVisibleTo(page):
        return False
    title.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return True
