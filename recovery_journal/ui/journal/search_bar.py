"""The journal's search field, its filters (a period and a tag) and the order of the results.

A search runs at once for a paste, Enter or a change of filter or order, and for each key
while the last search showed within `QUICK_SEARCH_MS`; after a slower one, typing waits for a
pause as long as that search took (a few times over, at least `TYPING_PAUSE_MS`, at most
`SEARCH_DELAY_MS`), so keys are never held up behind searches.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from recovery_journal.model import SearchOrder
from recovery_journal.ui.journal.list import ListFilter

SEARCH_DELAY_MS = 150  # the longest wait, for a search that is slow to show
TYPING_PAUSE_MS = 20  # the shortest: a gap between key presses in fast typing is longer
# A search that shows within this keeps up with fast typing, so the next key searches at once.
QUICK_SEARCH_MS = 20.0
# A change of this many characters at once (a paste, a cut, Undo) is searched without waiting.
AT_ONCE_CHARS = 3
ANY_TIME, LAST_MONTH, LAST_YEAR, BETWEEN = range(4)


class DayEdit(QDateEdit):
    """A date field that is one Tab stop; arrow keys move between its parts."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt override)
        # QDateEdit would otherwise spend three Tab presses on its own sections.
        return QWidget.focusNextPrevChild(self, next)


def changed_chars(old: str, new: str) -> int:
    """How many characters one edit put in or took out (the larger), ignoring what stayed."""
    same_start = 0
    shortest = min(len(old), len(new))
    while same_start < shortest and old[same_start] == new[same_start]:
        same_start += 1
    same_end = 0
    while (same_end < shortest - same_start
           and old[len(old) - 1 - same_end] == new[len(new) - 1 - same_end]):
        same_end += 1
    return max(len(old), len(new)) - same_start - same_end


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SearchBar(QWidget):
    """Emits `changed` a moment after typing stops (at once for a paste and the filters);
    `order_changed` when another sort order is chosen (kept while the journal is open)."""

    changed = Signal()
    order_changed = Signal()
    open_requested = Signal()
    down_pressed = Signal()

    def __init__(
        self, tag_names: Callable[[], list[str]], today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tag_names = tag_names
        self._today = today
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search the journal"))
        self.field.setAccessibleDescription(self.tr(
            'Words, "a phrase in quotes" or the start of a word. Down arrow goes to the '
            "results, Enter opens the first, Escape clears."
        ))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)

        self.period = QComboBox(self)
        self.period.addItems([self.tr("Any time"), self.tr("The last 30 days"),
                              self.tr("The last 12 months"), self.tr("Between dates…")])
        self.period.setAccessibleName(self.tr("When it was written"))
        self.start = DayEdit(self)
        self.end = DayEdit(self)
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("Until"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setDate(to_qdate(today()))
            edit.hide()
        self.start.setDate(to_qdate(today() - timedelta(days=365)))
        self.tag = QComboBox(self)
        self.tag.setAccessibleName(self.tr("Tag"))
        self.reload_tags()
        self.sort = QComboBox(self)
        self.sort.addItem(self.tr("Best match"), SearchOrder.BEST.value)
        self.sort.addItem(self.tr("Newest first"), SearchOrder.NEWEST.value)
        self.sort.addItem(self.tr("Oldest first"), SearchOrder.OLDEST.value)
        self.sort.setAccessibleName(self.tr("Sort results"))
        for combo in (self.period, self.tag, self.sort):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        when_label = QLabel(self.tr("When"), self)
        when_label.setBuddy(self.period)
        tag_label = QLabel(self.tr("Tag"), self)
        tag_label.setBuddy(self.tag)
        self.sort_label = QLabel(self.tr("Sort"), self)
        self.sort_label.setBuddy(self.sort)
        self.between = QHBoxLayout()
        self.between.setContentsMargins(0, 0, 0, 0)
        self.between.addWidget(self.start, 1)
        self.between_label = QLabel(self.tr("to"), self)
        self.between_label.hide()
        self.between.addWidget(self.between_label)
        self.between.addWidget(self.end, 1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.field, 0, 0, 1, 2)
        grid.addWidget(when_label, 1, 0)
        grid.addWidget(self.period, 1, 1)
        grid.addLayout(self.between, 2, 1)
        grid.addWidget(tag_label, 3, 0)
        grid.addWidget(self.tag, 3, 1)
        grid.addWidget(self.sort_label, 4, 0)
        grid.addWidget(self.sort, 4, 1)
        self.show_sort(False)
        grid.setColumnStretch(1, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._search_now)
        self._last_text = ""
        self._pasting = False
        self._last_took: float | None = None  # ms the last search took to show; none yet
        self.field.textChanged.connect(self._text_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.tag.currentIndexChanged.connect(self.changed)
        self.start.dateChanged.connect(self.changed)
        self.end.dateChanged.connect(self.changed)
        self.sort.currentIndexChanged.connect(self.order_changed)

    def reload_tags(self) -> None:
        """Offer every active tag; the chosen one stays chosen if it still exists."""
        chosen = self.tag_name()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        for name in self._tag_names():
            self.tag.addItem(name, name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(chosen)) if chosen else 0)
        self.tag.blockSignals(False)

    def text(self) -> str:
        return self.field.text()

    def tag_name(self) -> str | None:
        data = self.tag.currentData() if self.tag.count() else None
        return data if isinstance(data, str) else None

    def list_filter(self) -> ListFilter:
        """The chosen period and tag."""
        today = self._today()
        index = self.period.currentIndex()
        start: date | None = None
        end: date | None = None
        if index == LAST_MONTH:
            start = today - timedelta(days=30)
        elif index == LAST_YEAR:
            start = today - timedelta(days=365)
        elif index == BETWEEN:
            start, end = sorted((from_qdate(self.start.date()), from_qdate(self.end.date())))
        return ListFilter(start=start, end=end, tag=self.tag_name())

    def order(self) -> SearchOrder:
        """The chosen order of the search results."""
        return SearchOrder(self.sort.currentData())

    def describe_order(self) -> str:
        """How the results are sorted, for screen readers."""
        return {
            SearchOrder.BEST: self.tr("Best match first."),
            SearchOrder.NEWEST: self.tr("Newest first."),
            SearchOrder.OLDEST: self.tr("Oldest first."),
        }[self.order()]

    def show_sort(self, visible: bool) -> None:
        """Offer the sort order (only while there are results to sort)."""
        self.sort_label.setVisible(visible)
        self.sort.setVisible(visible)

    def is_filtered(self) -> bool:
        return self.list_filter() != ListFilter()

    def flush(self) -> None:
        """Run a waiting search now (before Enter opens a result)."""
        if self._timer.isActive():
            self._search_now()

    def typing_pause_ms(self) -> int:
        """How long typing waits for a pause before searching (it follows the last search)."""
        return self._timer.interval()

    def _search_now(self) -> None:
        self._timer.stop()
        started = time.perf_counter()
        self.changed.emit()  # the search runs in the slots, before emit returns
        took = (time.perf_counter() - started) * 1000
        self._last_took = took
        # Searching on every key is fine while a search shows in a few ms; a slow one waits
        # for a longer pause, so keys are never held up behind searches.
        self._timer.setInterval(int(min(SEARCH_DELAY_MS, max(TYPING_PAUSE_MS, 3 * took))))

    def _text_changed(self, text: str) -> None:
        at_once = (self._pasting or changed_chars(self._last_text, text) >= AT_ONCE_CHARS
                   or self.searches_at_once())
        self._last_text = text
        if at_once:
            self._search_now()
        else:
            self._timer.start()  # typing after a slow search: wait for a pause

    def searches_at_once(self) -> bool:
        """Whether a key typed now is searched without waiting (the last search was quick)."""
        return self._last_took is not None and self._last_took <= QUICK_SEARCH_MS

    def _period_changed(self, index: int) -> None:
        between = index == BETWEEN
        for widget in (self.start, self.between_label, self.end):
            widget.setVisible(between)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.flush()
                self.open_requested.emit()
                return True
            if event.matches(QKeySequence.StandardKey.Paste):
                # However short, a paste is searched at once (the edit happens in the field).
                self._pasting = True
                try:
                    self.field.event(event)
                finally:
                    self._pasting = False
                return True
            if key == Qt.Key.Key_Down:
                self.flush()
                self.down_pressed.emit()
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                self.flush()
                return True
        return super().eventFilter(watched, event)
