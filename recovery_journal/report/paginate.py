"""Page breaks a person would choose: headings stay with what follows them, and tables leave no
page with a few stray rows.

QTextDocument has no keep-with-next, so the document is laid out in pages, then walked in
order; where a heading (with the start of its text) or the start of a short table would be cut
by a page's end, a page break goes in before it. Breaks only push later content down, so one
pass in document order is enough. QtGui only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

# A heading keeps all it heads with it when that is this share of a page or less.
KEEP_WHOLE = 0.4
# A table is never cut so that fewer rows than this stand on either side of the cut.
MIN_ROWS = 4
# What starts this near a page's top is never moved on: the next page would gain nothing.
NEAR_TOP = 0.05
# Of a longer paragraph, the first lines that stay with the heading above it.
LEAD_LINES = 2
# Items shown at once ahead of the walk (a few pages): each showing lays out the rest again.
REVEAL_STEP = 48


@dataclass
class _Item:
    """A top-level paragraph, or a whole table (with the top and bottom of each row)."""

    block: QTextBlock
    table: QTextTable | None = None
    rows: list[tuple[float, float]] = field(default_factory=list)


def keep_together(document: QTextDocument, page_height: float) -> int:
    """Insert page breaks into `document` (already given its page size); returns how many."""
    breaks = 0
    items = _items(document)
    if not items:
        return 0
    reveal = _Reveal(document, items)
    ahead = _next_headings(items)
    try:
        for index, item in enumerate(items):
            # Each choice reads no further than the next heading (see the _break_before_*).
            reveal.up_to(ahead[index] + 1)
            if _is_heading(item) and not (index and _is_heading(items[index - 1])):
                moved = _break_before_heading(document, items, index, page_height)
            elif item.table is not None:
                moved = _break_before_table(document, items, index, page_height)
            else:
                moved = False
            if moved:
                breaks += 1
                document.pageCount()
    finally:
        reveal.up_to(len(items))
    document.pageCount()
    return breaks


class _Reveal:
    """The document's blocks hidden, then shown again in order, a few items at a time.

    Qt lays out again everything after a change, to the document's end; hidden blocks it
    skips. So while the walk goes on, only what it has reached (and a little ahead) is shown,
    and a page break costs the layout of a few pages, not of the rest of a long report. What
    is shown lays out as it will in the whole document: a block's place depends only on what
    comes before it.
    """

    def __init__(self, document: QTextDocument, items: list[_Item]) -> None:
        self._document = document
        self._items = items
        self._shown = 0
        self._hidden_before: set[int] = set()
        block = document.begin()
        while block.isValid():
            if not block.isVisible():
                self._hidden_before.add(block.blockNumber())
            block.setVisible(False)
            block = block.next()
        document.markContentsDirty(0, document.characterCount())

    def up_to(self, end: int) -> None:
        """Show items[:end] (whole tables), laid out."""
        if min(end, len(self._items)) <= self._shown:
            return
        end = min(max(end, self._shown + REVEAL_STEP), len(self._items))
        block = self._items[self._shown].block
        stop = self._items[end].block.position() if end < len(self._items) else None
        start = block.position()
        while block.isValid() and (stop is None or block.position() < stop):
            block.setVisible(block.blockNumber() not in self._hidden_before)
            block = block.next()
        last = self._document.characterCount() if stop is None else stop
        self._shown = end
        self._document.markContentsDirty(start, last - start)
        # Qt lays a long document out lazily, a part at a time; positions are only true once
        # the whole layout is done, so it is finished here and again after each break.
        self._document.pageCount()


def _next_headings(items: list[_Item]) -> list[int]:
    """For each index, the first heading after the run of headings just after it."""
    count = len(items)
    heading_from = [count] * (count + 1)  # the first heading at or after an index
    other_from = [count] * (count + 1)  # the first item that is no heading, at or after it
    for index in range(count - 1, -1, -1):
        is_heading = _is_heading(items[index])
        heading_from[index] = index if is_heading else heading_from[index + 1]
        other_from[index] = other_from[index + 1] if is_heading else index
    return [heading_from[other_from[index + 1]] for index in range(count)]


def _items(document: QTextDocument) -> list[_Item]:
    items: list[_Item] = []
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is None:
            items.append(_Item(block))
        elif not items or items[-1].table is not table:
            items.append(_Item(block, table))
        block = block.next()
    return items


def _is_heading(item: _Item) -> bool:
    return item.table is None and item.block.blockFormat().headingLevel() > 0


def _rect(document: QTextDocument, block: QTextBlock) -> tuple[float, float]:
    rect = document.documentLayout().blockBoundingRect(block)
    return rect.top(), rect.bottom()


def _rows(document: QTextDocument, item: _Item) -> list[tuple[float, float]]:
    """Each row's top and bottom, in document order (header rows included)."""
    assert item.table is not None
    table = item.table
    rows: list[tuple[float, float]] = []
    for row in range(table.rows()):
        cell = table.cellAt(row, 0)
        top, bottom = _rect(document, cell.firstCursorPosition().block())
        rows.append((top, bottom))
    return rows


def _lead_bottom(document: QTextDocument, item: _Item) -> float:
    """Where the part of `item` that must not leave the heading above it ends."""
    if item.table is not None:
        rows = _rows(document, item)
        return rows[min(len(rows), MIN_ROWS + 1) - 1][1]
    top, bottom = _rect(document, item.block)
    layout = item.block.layout()
    if layout is None or layout.lineCount() <= LEAD_LINES + 1:
        return bottom
    line = layout.lineAt(LEAD_LINES - 1)
    return top + line.y() + line.height()


def _page(y: float, page_height: float) -> int:
    return int(y // page_height)


def _crosses(top: float, bottom: float, page_height: float) -> bool:
    # A hair's slack: a line that ends exactly at the page's end is still on that page.
    if top % page_height < NEAR_TOP * page_height:
        return False  # already (nearly) at a page's top: a break would only add a blank page
    return _page(top, page_height) != _page(bottom - 0.5, page_height)


def _break_before_heading(
    document: QTextDocument, items: list[_Item], index: int, page_height: float,
) -> bool:
    top = _rect(document, items[index].block)[0]
    last = index
    while last + 1 < len(items) and _is_heading(items[last + 1]):
        last += 1  # headings in a row stay together
    end = last + 1
    while end < len(items) and not _is_heading(items[end]):
        end += 1
    whole_bottom = _bottom(document, items[end - 1]) if end > last + 1 else 0.0
    if end > last + 1 and whole_bottom - top <= KEEP_WHOLE * page_height:
        bottom = whole_bottom  # short: the heading and everything under it
    else:
        bottom = _rect(document, items[last].block)[1]
        follow = last + 1
        # One-line paragraphs under a heading (dates, areas, progress) and then the start of
        # the first longer piece.
        while follow < end and _one_line(items[follow]):
            bottom = _bottom(document, items[follow])
            follow += 1
        if follow < end:
            bottom = _lead_bottom(document, items[follow])
            if _is_image(items[follow]) and follow + 1 < end:
                # A chart keeps the start of the sentence that says what it shows.
                bottom = _lead_bottom(document, items[follow + 1])
    if bottom - top >= page_height or not _crosses(top, bottom, page_height):
        return False
    _break_before_block(items[index].block)
    return True


def _is_image(item: _Item) -> bool:
    return item.table is None and "\ufffc" in item.block.text()  # an image's stand-in


def _one_line(item: _Item) -> bool:
    layout = item.block.layout()
    return (item.table is None and layout is not None and layout.lineCount() <= 1
            and bool(item.block.text().strip()) and not _is_image(item))


def _bottom(document: QTextDocument, item: _Item) -> float:
    if item.table is not None:
        return _rows(document, item)[-1][1]
    return _rect(document, item.block)[1]


def _break_before_table(
    document: QTextDocument, items: list[_Item], index: int, page_height: float,
) -> bool:
    item = items[index]
    assert item.table is not None
    rows = _rows(document, item)
    body = rows[item.table.format().headerRowCount():]
    if not body:
        return False
    # A one-line note just above the table ("The numbers behind the chart") and the headings
    # right above that go with the table's first rows.
    first = index
    if first and _one_line(items[first - 1]) and not _is_heading(items[first - 1]):
        first -= 1
    while first and _is_heading(items[first - 1]):
        first -= 1
    top = _rect(document, items[first].block)[0] if first < index else rows[0][0]
    lead_bottom = body[min(len(body), MIN_ROWS) - 1][1]
    pages = [_page(row_top, page_height) for row_top, _row_bottom in body]
    few_last = pages[0] != pages[-1] and pages.count(pages[-1]) < MIN_ROWS
    fits = body[-1][1] - top < page_height
    if not (_crosses(top, lead_bottom, page_height) or (few_last and fits)):
        return False
    if lead_bottom - top >= page_height:
        return False
    if first < index:
        _break_before_block(items[first].block)
    else:
        table_format = item.table.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        item.table.setFormat(table_format)
    return True


def _break_before_block(block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(block_format)

