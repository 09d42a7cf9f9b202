"""The journal's entry list: a lazily loaded model (a page at a time) and a compact delegate.

Fifty years of entries stay quick because only the pages of rows looked at are ever read
(`Journal.summaries`, a keyset page from a neighbouring page or from an entry's own place), and
each row keeps a short summary, never the whole body or its tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from recovery_journal.model import JournalEntry
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.journal_list import EntryLine

Index = QModelIndex | QPersistentModelIndex
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 50  # rows read at a time: a few screens, so a jump reads little
_FIRST_LINE_CHARS = 160
_SCAN_CHARS = 4000  # enough to find the first line without splitting a 5 MB body
_MARKUP = "#>*-+ \t"
_PAD = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalList", text)


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """What one row of the list shows: never the whole body."""

    id: int
    local_date: date
    title: str
    first_line: str


def first_line(body: str) -> str:
    """The first line with words in it, without light Markdown marks, cut to a sensible length."""
    for line in body[:_SCAN_CHARS].splitlines():
        text = " ".join(line.lstrip(_MARKUP).split())
        if text:
            return text if len(text) <= _FIRST_LINE_CHARS else text[: _FIRST_LINE_CHARS - 1] + "…"
    return ""


def summarise(entry: JournalEntry) -> EntrySummary:
    return EntrySummary(entry.id, entry.local_date, entry.title.strip(), first_line(entry.body))


def summarise_line(line: EntryLine) -> EntrySummary:
    return EntrySummary(line.id, line.local_date, line.title.strip(), first_line(line.opening))


def describe_day(day: date) -> str:
    """"Mon 3 Mar 2025" in the person's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def describe_summary(summary: EntrySummary) -> str:
    """One plain sentence a screen reader can read: date, title, first line."""
    parts = [describe_day(summary.local_date), summary.title or _tr("Untitled"), summary.first_line]
    return ". ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class ListFilter:
    """Which entries the list shows (the same filters as the search)."""

    start: date | None = None
    end: date | None = None
    tag: str | None = None


class JournalListModel(QAbstractListModel):
    """Entries newest first: a window on the whole list that reads only the pages looked at.

    The model knows how many entries there are (one COUNT) and holds pages of `PAGE_SIZE` rows
    by their place in the list; a page is read when a row in it is first wanted, by keyset from
    a neighbouring page or, for a jump, from an entry's own place (`Journal.position`), so
    showing an entry from the first year costs what showing today's does.
    """

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filter = ListFilter()
        # Rows stay as read (EntryLine, which also places the next page) until shown: the first
        # line is found only for the rows painted, and kept in `_shown`.
        self._pages: dict[int, list[EntryLine]] = {}
        self._shown: dict[int, EntrySummary] = {}
        self._total = 0

    # -- loading ------------------------------------------------------------------------------

    def reload(self, list_filter: ListFilter | None = None) -> None:
        """Start again from the newest entry (after a save, delete or a new filter)."""
        if list_filter is not None:
            self._filter = list_filter
        total = self._count(self._filter.start)
        lines = self._page(PAGE_SIZE)
        self.beginResetModel()
        self._total = total
        self._pages = {0: lines} if lines else {}
        self._shown = {}
        self.endResetModel()

    def total(self) -> int:
        """How many entries match, read or not."""
        return self._total

    def row_of(self, entry_id: int, day: date | None = None) -> int | None:
        """The row of an entry (None when the list doesn't show it), reading only its page.

        `day` is no longer needed (the entry's place is counted from the entry itself)."""
        del day
        for number, lines in self._pages.items():
            for at, line in enumerate(lines):
                if line.id == entry_id:
                    return number * PAGE_SIZE + at
        chosen = self._filter
        found = self._journal.position(
            entry_id, start=chosen.start, end=chosen.end, tag=chosen.tag)
        if found is None:
            return None
        row, line = found
        if self._count(chosen.start) != self._total:  # written or deleted elsewhere meanwhile
            self.reload()
            if row >= self._total:
                return None
        number, at = divmod(row, PAGE_SIZE)
        newer = self._page(at, before=line)
        older = self._page(PAGE_SIZE - at - 1, after=line)
        self._pages[number] = [*newer, line, *older]
        return row

    def replace(self, summary: EntrySummary) -> bool:
        """Show a changed entry in place; False when it isn't read or moved to another day."""
        for number, lines in self._pages.items():
            for at, line in enumerate(lines):
                if line.id == summary.id:
                    if line.local_date != summary.local_date:
                        return False
                    self._shown[summary.id] = summary
                    row = number * PAGE_SIZE + at
                    self.dataChanged.emit(self.index(row), self.index(row))
                    return True
        return False

    def summary(self, row: int) -> EntrySummary:
        """What row `row` shows (its page is read if it hasn't been)."""
        line = self._line(row)
        if line is None:
            raise IndexError(row)
        shown = self._shown.get(line.id)
        if shown is None:
            shown = self._shown[line.id] = summarise_line(line)
        return shown

    def _line(self, row: int) -> EntryLine | None:
        if not 0 <= row < self._total:
            return None
        number, at = divmod(row, PAGE_SIZE)
        lines = self._pages.get(number)
        if lines is None:
            try:
                lines = self._pages[number] = self._read_page(number)
            except VaultError:  # closing (a lock) while a row is painted: show it empty
                return None
        return lines[at] if at < len(lines) else None  # fewer: deleted elsewhere meanwhile

    def _read_page(self, number: int) -> list[EntryLine]:
        newer, older = self._pages.get(number - 1), self._pages.get(number + 1)
        if newer is not None and len(newer) == PAGE_SIZE:
            return self._page(PAGE_SIZE, after=newer[-1])
        if older:
            return self._page(PAGE_SIZE, before=older[0])
        # A jump (the scroll bar dragged far): walk the index alone to the page.
        return self._page(PAGE_SIZE, offset=number * PAGE_SIZE)

    def _page(
        self, count: int, *, after: EntryLine | None = None, before: EntryLine | None = None,
        offset: int = 0,
    ) -> list[EntryLine]:
        chosen = self._filter
        return self._journal.summaries(
            limit=count, after=after, before=before, offset=offset, start=chosen.start,
            end=chosen.end, tag=chosen.tag,
        )

    def _count(self, start: date | None) -> int:
        return self._journal.count(start=start, end=self._filter.end, tag=self._filter.tag)

    # -- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else self._total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._line(index.row()) is None:
            return None
        summary = self.summary(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            title = summary.title or _tr("Untitled")
            return f"{describe_day(summary.local_date)} · {title}\n{summary.first_line}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return describe_summary(summary)
        if role == ENTRY_ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren


class EntryDelegate(QStyledItemDelegate):
    """Three short lines per entry: the date, the title in bold, the first line; a rule below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        return QSize(line * 10, 3 * line + 2 * _PAD + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary = index.data(SUMMARY_ROLE)
        if not isinstance(summary, EntrySummary):
            return
        style = option.widget.style() if option.widget is not None else None
        if style is not None:  # the selection and focus background, in the palette's colours
            text_free = QStyleOptionViewItem(option)
            text_free.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_free, painter,
                              option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.setPen(option.palette.color(role))
        rect: QRect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        line = option.fontMetrics.lineSpacing()
        bold = QFont(option.font)
        bold.setBold(True)
        texts = (
            (option.font, describe_day(summary.local_date)),
            (bold, summary.title or _tr("Untitled")),
            (option.font, summary.first_line),
        )
        for number, (font, text) in enumerate(texts):
            painter.setFont(font)
            row = QRect(rect.left(), rect.top() + number * line, rect.width(), line)
            shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                     row.width())
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             shown)
        painter.restore()


class EntryListView(QListView):
    """The list of entries; Delete asks to delete the current one."""

    delete_pressed = Signal()
    open_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(EntryDelegate(self))
        self.setUniformItemSizes(True)  # every row is two lines: no need to measure them all
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_pressed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
