"""The numbers behind a chart as a read-only table model ("Show as table").

Days arrive as ISO dates (2026-12-01) and are shown in the person's own short date style.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from recovery_journal.ui.widgets.dates import friendly_day

Index = QModelIndex | QPersistentModelIndex

_NUMBER_CHARS = frozenset("0123456789.,+-−–% ")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def friendly_dates(text: str) -> str:
    """`text` with every ISO date in it written the friendly way."""
    return _ISO_DAY.sub(
        lambda m: friendly_day(date(int(m[1]), int(m[2]), int(m[3]))), text)


def _header_lines(text: str) -> str:
    """"Mood: 7-day average" as short lines ("Mood", "7-day", "average"), so a column is as
    narrow as its numbers and the table seldom scrolls sideways."""
    name, _, rest = text.partition(": ")
    days = list(_ISO_DAY.finditer(rest))
    if len(days) == 2:  # a period ("… to …" in any language): each day whole on its own line
        second = days[1].start()
        return "\n".join([friendly_dates(name), friendly_dates(rest[:second].rstrip()),
                          friendly_dates(rest[second:])])
    # A word longer than a line stays whole ("lowest–highest" was cut as "lowest–hig/hest").
    return "\n".join([friendly_dates(name),
                      *textwrap.wrap(friendly_dates(rest), 10, break_on_hyphens=False,
                                     break_long_words=False)])


def _looks_numeric(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and any(c.isdigit() for c in stripped) and all(
        c in _NUMBER_CHARS for c in stripped
    )


class ChartTableModel(QAbstractTableModel):
    """Rows of text under headers; numbers are right-aligned so they line up."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Replace the whole table (a chart's table changes all at once)."""
        self.beginResetModel()
        self._headers = tuple(headers)
        width = len(self._headers)
        # A short row is padded so every cell the view asks for exists; a whole one is kept
        # as it is (ten years of rows, copied, would be held twice).
        self._rows = tuple(
            row if isinstance(row, tuple) and len(row) == width
            else tuple(row[:width]) + ("",) * (width - len(row[:width])) for row in rows
        )
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def rows(self) -> tuple[tuple[str, ...], ...]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (
            0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._headers)
        ):
            return None
        text = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return friendly_dates(text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A screen reader hears the column with the value ("Mood: 6.1").
            header = self._headers[index.column()]
            return f"{header}: {friendly_dates(text)}" if text else header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # A day reads as words ("Tue 1 Dec 2026"), left-aligned like other words.
            horizontal = (Qt.AlignmentFlag.AlignRight
                          if _looks_numeric(text) and not _ISO_DAY.search(text)
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (_header_lines(self._headers[section]) if 0 <= section < len(self._headers)
                    else None)
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren
