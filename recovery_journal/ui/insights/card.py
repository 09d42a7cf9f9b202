"""One chart on the Insights page: title, figure, a one-sentence summary, its table, Save.

The figure arrives already drawn (matplotlib's Agg renders it on a worker, see the page), so
showing it costs the GUI thread one image copy, never a matplotlib draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.ui import tokens
from recovery_journal.ui.insights.busy import BusyNote
from recovery_journal.ui.insights.table import ChartTableModel
from recovery_journal.ui.widgets.buttons import ButtonRow
from recovery_journal.ui.widgets.heading import heading

if TYPE_CHECKING:
    from recovery_journal.charts import ChartData

TABLE_MEASURED_ROWS = 60
COMPACT_LINES = 5  # the height of an empty chart's calm message, in lines of text
FOCUS_RING = tokens.FOCUS_WIDTH  # px, the frame's border (#chartFrame in ui/stylesheet.py)
# A quick chart never flashes the busy indicator; only one that keeps us waiting shows it.
BUSY_DELAY_MS = 150



@dataclass(frozen=True, slots=True)
class RenderedChart:
    """A figure drawn to pixels on a worker: RGBA bytes, their size, the screen's pixel ratio."""

    rgba: bytes
    width: int
    height: int
    pixel_ratio: float
    empty: bool = False  # only a calm sentence, nothing charted yet


def _image(rendered: RenderedChart) -> QImage:
    # The conversion makes an image that owns its pixels (not the bytes object's buffer)
    # in the format the painter draws without converting again at every paint.
    image = QImage(rendered.rgba, rendered.width, rendered.height,
                   QImage.Format.Format_RGBA8888).convertToFormat(
                       QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(rendered.pixel_ratio)
    return image


class ChartImage(QWidget):
    """Shows a rendered chart; while a redraw at a new size is on its way, the old one scales."""

    def __init__(self, rendered: RenderedChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = _image(rendered)

    def set_rendered(self, rendered: RenderedChart) -> None:
        """Show a new drawing of the chart in place.

        Only a new size asks the page to lay itself out again: a new widget each time did,
        and laying out a column of eleven cards of wrapped text kept the window busy for
        10-15 ms on every chart drawn.
        """
        old = self.image.deviceIndependentSize()
        self.image = _image(rendered)
        if self.image.deviceIndependentSize() != old:
            self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.image.deviceIndependentSize().toSize()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        size = self.image.deviceIndependentSize()
        scale = min(self.width() / size.width(), self.height() / size.height())
        width, height = size.width() * scale, size.height() * scale
        painter.drawImage(QRectF((self.width() - width) / 2, (self.height() - height) / 2,
                                 width, height), self.image)
        painter.end()


class ChartCard(QFrame):
    """A card for one chart. The page feeds it data and figures; `save_requested` asks to save."""

    save_requested = Signal()
    state_changed = Signal(str)
    # The table was opened and its rows are not made yet: the page makes them on a worker
    # and hands them to `show_table`.
    table_wanted = Signal()

    def __init__(self, name: str, title: str, how_to_read: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.title = title
        self.setObjectName("chartCard")
        self._state = "waiting"
        self._data: ChartData | None = None
        self.canvas: ChartImage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(tokens.SPACE_L, tokens.SPACE_M, tokens.SPACE_L, tokens.SPACE_M)
        layout.setSpacing(tokens.SPACE_S)
        self.heading = heading(title, self, tokens.HEADING)  # heard as a heading
        layout.addWidget(self.heading)
        self.how_to_read = QLabel(how_to_read, self)
        self.how_to_read.setWordWrap(True)
        layout.addWidget(self.how_to_read)
        self.controls = QGridLayout()
        self.controls.setHorizontalSpacing(tokens.SPACE_M)
        layout.addLayout(self.controls)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.waiting = QLabel(self.tr("The chart appears here in a moment."), self.stack)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self.stack.addWidget(self.waiting)
        self.chart_frame = QFrame(self.stack)
        self.chart_frame.setObjectName("chartFrame")
        # The frame takes the focus for the chart (the canvas paints every pixel itself), so
        # Tab order and the focus ring stay put.
        self.chart_frame.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart_frame.setAccessibleName(self.tr("%1 chart").replace("%1", title))
        # Never an empty card to a screen reader: until the summary is known, say it is coming.
        self.chart_frame.setAccessibleDescription(self.waiting.text())
        self._frame_layout = QVBoxLayout(self.chart_frame)
        self._frame_layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.chart_frame)
        self.model = ChartTableModel(self)
        # The view gets its model when first shown: a view measures its rows whenever the
        # model changes, and a hidden one would do so for every chart drawn (ten years of
        # rows, on the GUI thread).
        self.table = QTableView(self.stack)
        self.table.setAccessibleName(self.tr("%1: the numbers").replace("%1", title))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # Measuring every row of ten years' table would hold the GUI thread for most of a
        # second; the first rows show how wide a column needs to be.
        self.table.horizontalHeader().setResizeContentsPrecision(TABLE_MEASURED_ROWS)
        # Columns as wide as their numbers: a stretched last column would push its numbers far
        # from their header.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.stack.addWidget(self.table)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_buttons())
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy_indicator)
        self._full_height = 320
        self._drawn_height: int | None = None  # the figure as drawn, blank bands trimmed
        self._table_made = False  # whether the model holds the rows of the chart shown
        self._empty = False
        self._fit_height()

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.table_button = QPushButton(self.tr("Show as table"), self)
        self.table_button.setCheckable(True)
        self.table_button.setEnabled(False)
        self.table_button.setAccessibleName(
            self.tr("Show %1 as a table").replace("%1", self.title))
        self.table_button.toggled.connect(self._toggle_table)
        self.save_button = QPushButton(self.tr("Save chart…"), self)
        self.save_button.setEnabled(False)
        self.save_button.setAccessibleName(
            self.tr("Save the %1 chart as a file").replace("%1", self.title))
        self.save_button.clicked.connect(self.save_requested)
        self.busy_note = BusyNote(self)
        # One under the other when large text or a longer language leaves no room beside.
        row.addWidget(ButtonRow(self.table_button, self.save_button, parent=self), 1)
        row.addWidget(self.busy_note)
        return row

    # -- state ------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        """"waiting" (never drawn), "busy", "ready" or "problem"."""
        return self._state

    def _set_state(self, state: str) -> None:
        self._state = state
        self.state_changed.emit(state)

    @property
    def data(self) -> ChartData | None:
        """The data of the chart shown now."""
        return self._data

    def set_chart_height(self, pixels: int) -> None:
        """The height of a figure with something to show (and of the table in its place)."""
        self._full_height = pixels
        self._fit_height()

    def set_empty(self, empty: bool) -> None:
        """A chart with nothing to show yet takes a short strip, not a big blank box."""
        self._empty = empty
        self._fit_height()

    def compact_height(self) -> int:
        """The height of the figure of an empty chart (inside the focus ring)."""
        return max(COMPACT_LINES * self.fontMetrics().lineSpacing(), 100) - 2 * FOCUS_RING

    def _fit_height(self) -> None:
        if self._empty:
            height = self.compact_height() + 2 * FOCUS_RING
        elif self._drawn_height is not None and not (self.table_shown and self._table_made):
            height = min(self._full_height, self._drawn_height)  # no blank band below it
        else:
            height = self._full_height
        self.stack.setFixedHeight(height)

    def chart_size(self) -> tuple[int, int]:
        """The size in pixels the figure will have (inside the frame's focus ring)."""
        ring = 2 * FOCUS_RING
        width = self.stack.width() if self.stack.width() > 100 else self.width() - 32
        return max(width - ring, 300), self._full_height - ring

    def show_busy(self) -> None:
        """A new figure is on its way; the current one stays until it arrives."""
        self._set_state("busy")
        self._busy_timer.start()

    def _show_busy_indicator(self) -> None:
        if self._state == "busy":
            self.busy_note.show_busy(True)

    def _stop_busy(self) -> None:
        self._busy_timer.stop()
        self.busy_note.show_busy(False)

    def show_summary(self, summary: str) -> None:
        """The data is loaded: its summary sentence is heard before the figure is drawn."""
        self.chart_frame.setAccessibleDescription(summary)
        # Not drawn yet: the place of the chart is heard as the chart, with its summary.
        self.waiting.setAccessibleName(self.chart_frame.accessibleName())
        self.waiting.setAccessibleDescription(summary)

    def show_chart(
        self, data: ChartData, rendered: RenderedChart,
        table: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]] | None = None,
    ) -> None:
        """Show the `rendered` figure with the summary and the numbers of `data` (`table`
        when they were already laid out as the table shows them)."""
        self._stop_busy()
        self._data = data
        canvas = self.canvas
        if canvas is None:
            canvas = self.canvas = ChartImage(rendered, self.chart_frame)
            canvas.setAccessibleName(self.tr("%1 chart").replace("%1", self.title))
            self._frame_layout.addWidget(canvas)
        else:
            canvas.set_rendered(rendered)
        canvas.setAccessibleDescription(data.summary)
        self.chart_frame.setAccessibleDescription(data.summary)
        self.summary.setText(data.summary)
        # The line on how to read it follows what this data draws (no dots when none are).
        self.how_to_read.setText(QCoreApplication.translate("Charts", data.how_to_read))
        # An empty figure already says the same calm sentence; once is enough on screen.
        self.summary.setVisible(not rendered.empty)
        self._drawn_height = round(rendered.height / rendered.pixel_ratio) + 2 * FOCUS_RING
        self.set_empty(rendered.empty)
        self._table_made = table is not None
        if table is not None:
            self.model.set_table(*table)
        else:  # made when opened: the last one's rows need not stay in memory meanwhile
            self.model.set_table((), ())
            if self.table_shown:  # opened while this drawing was on its way
                self.table_wanted.emit()
        has_rows = data.has_table_rows and not rendered.empty
        self.table_button.setEnabled(has_rows)
        if not has_rows and self.table_button.isChecked():
            self.table_button.setChecked(False)
        self.save_button.setEnabled(not rendered.empty)
        self._show_current()
        self._set_state("ready")

    def show_table(self, data: ChartData,
                   table: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]] | None) -> None:
        """The rows of `data`'s table, made on a worker (ignored if a newer drawing came);
        None when they couldn't be made: the chart stays, and the button lets go."""
        if data is not self._data or self._table_made:
            return
        if table is None:
            self.table_button.setChecked(False)
            return
        self.model.set_table(*table)
        self._table_made = True
        self._show_current()

    def _show_current(self) -> None:
        # The chart stays until its table's rows are there: never an empty table.
        shown = self.table_shown and self._table_made
        self.stack.setCurrentWidget(self.table if shown else self.chart_frame)
        self._fit_height()

    def show_problem(self, text: str) -> None:
        """The chart couldn't be drawn: say so calmly in its place."""
        self._stop_busy()
        self.waiting.setText(text)
        self.summary.setText(text)
        self.summary.hide()
        self.stack.setCurrentWidget(self.waiting)
        self.save_button.setEnabled(False)
        self._set_state("problem")

    @property
    def table_shown(self) -> bool:
        """Whether the card shows its numbers as a table (a new drawing then brings its rows)."""
        return self.table_button.isChecked()

    def _toggle_table(self, shown: bool) -> None:
        self.table_button.setText(self.tr("Show as chart") if shown else self.tr("Show as table"))
        self.table_button.setAccessibleName(
            (self.tr("Show %1 as a chart") if shown else self.tr("Show %1 as a table"))
            .replace("%1", self.title))
        if shown and self.table.model() is None:
            self.table.setModel(self.model)
        if shown and not self._table_made and self._data is not None:
            self.table_wanted.emit()
        if self.canvas is not None:
            self._show_current()  # the table has the full height; a trimmed chart less
        else:
            self._fit_height()

    def focus_chain(self) -> list[QWidget]:
        """This card's controls in Tab order (the page adds its own controls first)."""
        chain: list[QWidget] = []
        for row in range(self.controls.rowCount()):
            for column in range(self.controls.columnCount()):
                item = self.controls.itemAtPosition(row, column)
                widget = item.widget() if item is not None else None
                if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    chain.append(widget)
        return [*chain, self.chart_frame, self.table, self.table_button, self.save_button]
