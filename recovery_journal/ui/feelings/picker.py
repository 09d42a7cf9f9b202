"""The feelings picker on a check-in: a find box, an expandable grouped list, chosen chips.

Quick by keyboard: type to narrow the list, Enter picks the first match, Down moves into the
list where Space toggles; each chosen feeling is a chip that Space, Enter or a click removes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Feeling
from recovery_journal.ui import tokens
from recovery_journal.ui.feelings.groups import group_name
from recovery_journal.ui.widgets.flow import FlowLayout

_NAME = Qt.ItemDataRole.UserRole
_HEADING = Qt.ItemDataRole.UserRole + 1
# A group's heading and twelve words make one column: the four groups side by side, a grid
# that fits a 1366x768 window without pushing the note far down.
_LIST_LINES = 13


class _FindBox(QLineEdit):
    """The find box: Enter picks the first match, Down moves into the list."""

    pick = Signal()
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.pick.emit()
        elif event.key() == Qt.Key.Key_Down:
            self.down.emit()
        else:
            super().keyPressEvent(event)


class _Grid(QListWidget):
    """The grouped list: Escape, or Up from the first word, goes back to the find box."""

    back = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        first = next((r for r in range(self.count())
                      if not self.item(r).isHidden() and self.item(r).data(_NAME)), -1)
        if event.key() == Qt.Key.Key_Escape or (
                event.key() == Qt.Key.Key_Up and self.currentRow() == first):
            self.back.emit()
        else:
            super().keyPressEvent(event)


class FeelingsPicker(QWidget):
    """Choose any number of feelings; `feelings()` gives them in vocabulary order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocabulary: list[Feeling] = []
        self._grid: tuple[int, int, int, int] | None = None  # row, rows, frame, most height
        self._chosen: list[str] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(tokens.SPACE_XS)
        row = QHBoxLayout()
        row.setSpacing(tokens.SPACE_S)
        self.finder = _FindBox(self)
        self.finder.setAccessibleName(self.tr("Find a feeling"))
        self.finder.setPlaceholderText(self.tr("Type a feeling, Enter picks it"))
        self.finder.setClearButtonEnabled(True)
        self.toggle = QPushButton(self.tr("All feelings…"), self)
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show all feelings to choose from"))
        row.addWidget(self.finder, 1)
        row.addWidget(self.toggle)
        column.addLayout(row)
        self.list = _Grid(self)
        self.list.setAccessibleName(self.tr("Feelings, grouped by how pleasant and how energetic"))
        # Column by column: each group reads down, the groups sit side by side.
        self.list.setFlow(QListView.Flow.TopToBottom)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(True)
        self.list.hide()
        column.addWidget(self.list)
        self._chips_box = QWidget(self)
        self._chips = FlowLayout(self._chips_box)
        self._chips.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._chips_box)
        self.finder.textChanged.connect(self._filter)
        self.finder.pick.connect(self._pick_first)
        self.finder.down.connect(self._enter_list)
        self.list.back.connect(lambda: self.finder.setFocus(Qt.FocusReason.OtherFocusReason))
        self.toggle.toggled.connect(self._show_list)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemActivated.connect(self._activated)

    def _lay_out_grid(self, rows: int) -> None:
        """One column per group (a heading and its words), every column as wide as the widest."""
        metrics = self.list.fontMetrics()
        bold = QFont(self.list.font())
        bold.setBold(True)
        widest = max([metrics.horizontalAdvance(f.name) for f in self._vocabulary]
                     + [QFontMetrics(bold).horizontalAdvance(group_name(f.group))
                        for f in self._vocabulary] + [0])
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        # The style's own row height (check box and margins included), never less than text.
        row = max(metrics.height() + 4,
                  self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight) + 6,
                  self.list.sizeHintForRow(self.list.count() - 1) + 2)
        self.list.setGridSize(QSize(widest + indicator + tokens.SPACE_L, row))
        frame = 2 * self.list.frameWidth() + self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent)
        # Never more than about half the window's height: longer groups then wrap on.
        # The primary screen: a widget not yet in a window has no screen of its own to ask.
        primary = QGuiApplication.primaryScreen()
        screen = primary.availableGeometry().height() if primary is not None else 768
        self._grid = (row, rows, frame, screen // 2)
        self._fit_height(rows)

    def _fit_height(self, rows: int) -> None:
        if self._grid is None:
            return
        row, full, frame, most = self._grid
        self.list.setFixedHeight(min(row * min(rows, full), most) + frame + row // 2)

    # -- the person's words ---------------------------------------------------------------

    def set_vocabulary(self, feelings: Iterable[Feeling]) -> None:
        """The visible feelings to choose from, in group order."""
        self._vocabulary = list(feelings)
        self._fill()

    def feelings(self) -> list[str]:
        """The chosen feelings: vocabulary order, then any not in it (hidden since)."""
        return list(self._chosen)

    def set_feelings(self, names: Iterable[str]) -> None:
        """Show `names` as chosen (kept even when hidden or unknown: never dropped)."""
        seen: set[str] = set()
        self._chosen = []
        for name in names:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                self._chosen.append(name)
        self._sort()
        self._fill()
        self._show_chips()

    def clear(self) -> None:
        self.finder.clear()
        self.toggle.setChecked(False)
        self.set_feelings([])

    def focus_chain(self) -> list[QWidget]:
        """The picker's Tab stops in reading order (the list only while it is shown)."""
        return [self.finder, self.toggle, self.list, *self._chip_buttons()]

    # -- choosing -------------------------------------------------------------------------

    def choose(self, name: str, chosen: bool = True) -> None:
        """Choose (or let go of) one feeling by name."""
        held = {n.casefold(): n for n in self._chosen}
        if chosen and name.casefold() not in held:
            self._chosen.append(name)
            self._sort()
        elif not chosen and name.casefold() in held:
            self._chosen.remove(held[name.casefold()])
        else:
            return
        self._sync_checks()
        self._show_chips()
        self.changed.emit()

    def first_match(self) -> str | None:
        """The first feeling the find box shows, or None."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden() and item.data(_NAME):
                return str(item.data(_NAME))
        return None

    def _pick_first(self) -> None:
        match = self.first_match()
        if match is not None:
            self.choose(match)
            self.finder.clear()

    def _enter_list(self) -> None:
        self._show_list(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden() and item.data(_NAME):
                self.list.setCurrentItem(item)
                break
        self.list.setFocus(Qt.FocusReason.TabFocusReason)

    def _show_list(self, shown: bool) -> None:
        shown = shown or bool(self.finder.text().strip())
        self.list.setVisible(shown)
        if self.toggle.isChecked() != shown and not self.finder.text().strip():
            self.toggle.setChecked(shown)

    def _filter(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        header: QListWidgetItem | None = None
        any_in_group = False
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = item.data(_NAME)
            if not name and not item.data(_HEADING):
                item.setHidden(bool(needle))  # a blank place keeps groups in columns
                continue
            if not name:
                if header is not None:
                    header.setHidden(not any_in_group)
                header, any_in_group = item, False
                continue
            # A word anywhere in the name matches: "edge" finds "on edge".
            hit = not needle or any(w.startswith(needle) for w in str(name).casefold().split()) \
                or str(name).casefold().startswith(needle)
            item.setHidden(not hit)
            any_in_group = any_in_group or hit
        if header is not None:
            header.setHidden(not any_in_group)
        if self._grid is not None:
            # While finding, the list is only as tall as what it found: the rest stays in view.
            shown = sum(not self.list.item(r).isHidden() for r in range(self.list.count()))
            self._fit_height(max(shown, 2) if needle else self._grid[1])
        self._show_list(self.toggle.isChecked())

    def _item_changed(self, item: QListWidgetItem) -> None:
        name = item.data(_NAME)
        if name:
            self.choose(str(name), item.checkState() == Qt.CheckState.Checked)

    def _activated(self, item: QListWidgetItem) -> None:
        # Enter on a row toggles it too, like Space.
        if item.data(_NAME):
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    # -- drawing --------------------------------------------------------------------------

    def _sort(self) -> None:
        order = {f.name.casefold(): i for i, f in enumerate(self._vocabulary)}
        self._chosen.sort(key=lambda n: order.get(n.casefold(), len(order)))

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        chosen = {n.casefold() for n in self._chosen}
        last = None
        sizes = Counter(f.group for f in self._vocabulary)
        rows = max(sizes.values(), default=0) + 1
        for feeling in self._vocabulary:
            if feeling.group != last:
                if last is not None:
                    # Blank places to the column's end, so each group starts a column.
                    for _ in range(rows - 1 - sizes[last]):
                        QListWidgetItem("", self.list).setFlags(Qt.ItemFlag.NoItemFlags)
                last = feeling.group
                header = QListWidgetItem(group_name(feeling.group), self.list)
                header.setData(_HEADING, True)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = QFont(self.list.font())
                font.setBold(True)
                header.setFont(font)
            item = QListWidgetItem(feeling.name, self.list)
            item.setData(_NAME, feeling.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if feeling.name.casefold() in chosen
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._lay_out_grid(rows)
        self._filter(self.finder.text())

    def _sync_checks(self) -> None:
        chosen = {n.casefold() for n in self._chosen}
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_NAME):
                on = str(item.data(_NAME)).casefold() in chosen
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def _chip_buttons(self) -> list[QPushButton]:
        found: list[QPushButton] = []
        for index in range(self._chips.count()):
            item = self._chips.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QPushButton):
                found.append(widget)
        return found

    def _show_chips(self) -> None:
        for chip in self._chip_buttons():
            self._chips.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        for name in self._chosen:
            chip = QPushButton(f"{name}  ×", self._chips_box)
            chip.setObjectName("chip")
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.setAccessibleName(self.tr("Feeling %1, press to remove").replace("%1", name))
            chip.setToolTip(self.tr("Remove “%1”").replace("%1", name))
            chip.clicked.connect(lambda _=False, n=name: self._remove_chip(n))
            self._chips.addWidget(chip)
            chip.show()
        self._chips_box.setVisible(bool(self._chosen))
        self._chain_chips()

    def _remove_chip(self, name: str) -> None:
        self.choose(name, False)
        self.finder.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chain_chips(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
