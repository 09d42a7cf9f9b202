"""Journal search: the results model, safe highlighted snippets, and the results view.

Snippets come from the vault with two private-use characters around each match; the rest of the
text is HTML-escaped first and only then are the markers turned into highlight tags, so nothing
the person wrote is ever read as markup.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from recovery_journal.model import SearchCursor, SearchHit, SearchPage
from recovery_journal.storage.errors import VaultError
from recovery_journal.ui.journal.list import describe_day

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
# Private-use characters: the tokenizer never puts them in a snippet on its own.
MARK = ("\ue000", "\ue001")
RESULT_LIMIT = 50  # hits per page; more load as the person scrolls or arrows down
# The first page is a screenful, so each key's results show sooner; the rest come as above.
FIRST_PAGE = 20
# Matches are counted up to here only: past it the header says "more than", so a common word
# in fifty years of pages shows its first hits without waiting for them all to be counted.
COUNT_CAP = 500
# Load the next page when the current row comes this close to the last one loaded.
FETCH_AHEAD = 5

Fetch = Callable[[SearchCursor | None], SearchPage]


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalSearch", text)


def plain_snippet(snippet: str) -> str:
    """The snippet as plain text (for screen readers and tooltips)."""
    return snippet.replace(MARK[0], "").replace(MARK[1], "")


def snippet_html(snippet: str, highlight: str, highlighted_text: str) -> str:
    """Escape the snippet, then turn the match markers into highlighted spans."""
    escaped = html.escape(snippet, quote=True)
    opening = (
        f'<span style="background-color:{highlight}; color:{highlighted_text}; '
        'font-weight:bold;">'
    )
    return escaped.replace(MARK[0], opening).replace(MARK[1], "</span>")


def first_match(snippet: str) -> str | None:
    """The first highlighted words, as they are written in the entry, or None."""
    start = snippet.find(MARK[0])
    end = snippet.find(MARK[1], start + 1)
    if start < 0 or end < 0:
        return None
    return snippet[start + 1 : end] or None


def describe_hit(hit: SearchHit) -> str:
    """One plain line: date, title, and the words around the match."""
    parts = [describe_day(hit.local_date), hit.title.strip() or _tr("Untitled"),
             plain_snippet(hit.snippet)]
    return ". ".join(part for part in parts if part)


class SearchResultsModel(QAbstractListModel):
    """Search hits, a page at a time: the first when shown, the next whenever the view asks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._total = 0
        self._fetch: Fetch | None = None
        self._next: SearchCursor | None = None

    def show_results(self, total: int, fetch: Fetch) -> None:
        """Show the first page from `fetch(None)`; `total` is the true number of matches."""
        first = fetch(None)
        self.beginResetModel()
        self._hits = list(first.hits)
        self._total = total
        self._fetch = fetch
        self._next = first.next
        self.endResetModel()

    def total(self) -> int:
        """How many entries match in all (loaded or not)."""
        return self._total

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt API)
        return not parent.isValid() and self._fetch is not None and self._next is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 (Qt API)
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        try:
            page = self._fetch(self._next)
        except VaultError:
            self._next = None  # locked or closed meanwhile: what is shown stays
            return
        self._next = page.next
        if not page.hits:
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(page.hits) - 1)
        self._hits.extend(page.hits)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return describe_hit(hit)
        if role == HIT_ROLE:
            return hit
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren


class ResultDelegate(QStyledItemDelegate):
    """A result: the date and title in bold, then the snippet with its matches highlighted."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return None
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ).name()
        # Inside a selected row the highlight would vanish; mark with the base colours there.
        mark_bg, mark_fg = (
            (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text))
            if selected else
            (palette.color(QPalette.ColorRole.Highlight),
             palette.color(QPalette.ColorRole.HighlightedText))
        )
        heading = html.escape(
            f"{describe_day(hit.local_date)} · {hit.title.strip() or _tr('Untitled')}"
        )
        body = snippet_html(hit.snippet, mark_bg.name(), mark_fg.name())
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        document.setHtml(f'<div style="color:{text}"><b>{heading}</b><br>{body}</div>')
        document.setTextWidth(max(50, option.rect.width()))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = option.widget.width() if option.widget is not None else 400
        option.rect.setWidth(width - 24)
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            background = QStyleOptionViewItem(option)
            background.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter,
                              option.widget)
        document = self._document(option, index)
        if document is None:
            return
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()


class ResultsView(QListView):
    """The search results; Enter opens the current one."""

    open_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ResultDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-measure rows when the width changes

    def currentChanged(  # noqa: N802 (Qt override)
        self, current: Index, previous: Index
    ) -> None:
        super().currentChanged(current, previous)
        # The view fetches more only when scrolled to the very end; arrow keys get there too.
        model = self.model()
        if (current.isValid() and model is not None and model.canFetchMore(QModelIndex())
                and current.row() >= model.rowCount() - FETCH_AHEAD):
            model.fetchMore(QModelIndex())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
