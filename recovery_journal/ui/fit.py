"""Keeping the main window within a small screen at large text sizes.

Two things pushed the window wider than a 1366×768 screen at 200 % text: the page stack asked
for the largest minimum of every page ever shown, and a choice list (QComboBox) asked to be as
wide as its longest item, which may be a person's own long strength or goal name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QStackedWidget, QWidget

# Characters a choice list shows at least; it grows with the room the layout gives it.
CHOICE_MIN_CHARACTERS = 16


class CurrentPageStack(QStackedWidget):
    """A stack of pages that asks only for the room the page on show needs."""

    def _current_hint(self, hint: QSize | None) -> QSize:
        page = self.currentWidget()
        if page is None or hint is None:
            return QSize(0, 0)
        margins = self.contentsMargins()
        return hint.grownBy(margins)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return self._current_hint(page.sizeHint() if page is not None else None)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        # A layout holding the stack would ask the stacked layout itself, which answers with
        # the tallest page; without height-for-width it takes the minimum of the page on show.
        return False

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        # The scroll area asks this (not the minimum) when a page wraps text: answer with the
        # least height the page on show needs at that width, so it scrolls only when it must.
        page = self.currentWidget()
        layout = page.layout() if page is not None else None
        if layout is None or not layout.hasHeightForWidth():
            return self.minimumSizeHint().height()
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        return layout.totalMinimumHeightForWidth(inner) + margins.top() + margins.bottom()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        if page is None:
            return QSize(0, 0)
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        return self._current_hint(need)


def page_scroller(stack: QStackedWidget, parent: QWidget) -> QScrollArea:
    """A frameless area around the page stack: a page that cannot shrink to the window (at a
    large text size on a small screen) scrolls instead of pushing the window off the screen.
    Pages that scroll their own column never need it."""
    area = QScrollArea(parent)
    area.setObjectName("pageScroller")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls take the focus, not the area
    area.setWidget(stack)
    stack.currentChanged.connect(
        lambda _index: QCoreApplication.postEvent(area, QEvent(QEvent.Type.LayoutRequest))
    )
    stack.installEventFilter(_ScrollBarsFollow(area))
    return area


class _ScrollBarsFollow(QObject):
    """Tells the area when the page it holds needs a new size (another page, another text
    size): it hears only of its own resizes, so its scroll bars could stay from an earlier
    page."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            QCoreApplication.postEvent(self._area, QEvent(QEvent.Type.LayoutRequest))
        return False


def let_choices_shrink(root: QWidget) -> None:
    """Choice lists in `root` stop asking to be as wide as their longest item."""
    shortest = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    for box in root.findChildren(QComboBox):
        if box.sizeAdjustPolicy() != shortest:
            box.setSizeAdjustPolicy(shortest)
            box.setMinimumContentsLength(CHOICE_MIN_CHARACTERS)
