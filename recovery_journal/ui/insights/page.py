"""Insights: calm charts of how life is going, over a date range the person picks.

matplotlib (and the charts' loaders and builders) load only when this page is first shown. Each
chart's numbers are read (on a read-only connection of their own, `Vault.reader`) and its figure
drawn on a worker, one chart at a time and only for the cards on or near the screen, so ten
years of check-ins never freeze the window: the page is usable before any chart is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QFontInfo, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from recovery_journal.charts.gentle import freeze_loaded, thaws
from recovery_journal.charts.registry import (
    BEFORE_AFTER,
    CALENDAR,
    CHART_NAMES,
    CHARTS,
    MEASURES,
    MOOD_HOPE,
    QUESTIONNAIRES,
)
from recovery_journal.charts.spec import ChartData, ChartOptions
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.insights.card import ChartCard
from recovery_journal.ui.insights.controls import ChartControls
from recovery_journal.ui.insights.render import (
    LoadedChart,
    draw_loaded,
    export_chart,
    load_data,
    make_table,
    warm_up,
)
from recovery_journal.ui.insights.save import ChooseChartFile, ask_where_to_save
from recovery_journal.ui.language import QtLanguage
from recovery_journal.ui.widgets.range_picker import RangePicker
from recovery_journal.ui.widgets.scroll_page import ScrollPage
from recovery_journal.ui.worker import run_in_background

if TYPE_CHECKING:
    pass

EMPTY_TEXT = "No check-ins in this period yet. Charts appear as you add check-ins."
# A card this far below the visible area is drawn too, so scrolling finds it ready.
LOOKAHEAD = 0.5
# While a window is being resized, wait for a pause before drawing at the new size.
RESIZE_PAUSE_MS = 200


def chart_theme_name(setting: str, window_lightness: int) -> str:
    """The chart theme for the app theme `setting`; "system" follows the window colour."""
    if setting in ("light", "dark", "high_contrast"):
        return setting
    return "dark" if window_lightness < 128 else "light"


class InsightsPage(ScrollPage):
    """The date range, then one card per chart in a scrolling column."""

    def __init__(
        self, repos: Repositories, undo_stack: QUndoStack, parent: QWidget | None = None, *,
        settings: AppSettings, choose_file: ChooseChartFile = ask_where_to_save,
        today: Callable[[], date] = date.today, pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent, spacing=16)
        self._repos = repos
        self._language = QtLanguage()  # the language is chosen for the whole run at start
        self._undo = undo_stack
        self._app_settings = settings
        self._choose_file = choose_file
        self._pool = pool
        self._generation: dict[str, int] = dict.fromkeys(CHART_NAMES, 0)
        self._dirty: set[str] = set()
        self._drawing: str | None = None
        # Each chart's numbers once read, by generation: its summary is heard before it is
        # drawn, and drawing it does not read them again.
        self._loaded: dict[str, tuple[int, ChartData]] = {}
        self._opened = False
        self._warm: bool | None = None  # None: not started; False: loading; True: loaded
        self._thaws = 0  # locks thawed when the warm-up began (charts.gentle.thaws)
        # The theme each chart was last drawn in: a theme change while charts are being drawn
        # must still redraw the ones drawn before it.
        self._themes: dict[str, str] = {}
        self.cards: dict[str, ChartCard] = {}
        self.controls = ChartControls(today(), self)
        self.range = RangePicker(today, self)
        self._build()
        self._pump_timer = QTimer(self)
        self._pump_timer.setSingleShot(True)
        self._pump_timer.timeout.connect(self._pump)
        self._restyle_timer = QTimer(self)
        self._restyle_timer.setSingleShot(True)
        self._restyle_timer.timeout.connect(self._restyle)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_PAUSE_MS)
        self._resize_timer.timeout.connect(self._restyle)
        self._chart_box: tuple[int, int, float] | None = None
        self.range.changed.connect(self._range_changed)
        self.controls.changed.connect(lambda name: self._invalidate([name]))
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._schedule)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        # Eight cards always overflow; a scroll bar that came and went would redraw them all.
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.viewport().installEventFilter(self)
        self.content.installEventFilter(self)
        column = self.body
        self.add_header(self.tr("Insights"), self.tr(
            "How life has been going, drawn from your own check-ins. These charts show what "
            "tends to go together over time; they are not scores."))
        column.addWidget(self.range)
        self.empty_note = QLabel(self.tr(EMPTY_TEXT), self.content)
        self.empty_note.setObjectName("message")
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()
        column.addWidget(self.empty_note)
        for chart in CHARTS:
            # The registry marks its words for translation; charts/ holds no Qt to do it.
            card = ChartCard(chart.name, QCoreApplication.translate("Charts", chart.title),
                             QCoreApplication.translate("Charts", chart.about), self.content)
            card.save_requested.connect(lambda n=chart.name: self.save_chart(n))
            card.table_wanted.connect(lambda n=chart.name: self._make_table(n))
            self.cards[chart.name] = card
            column.addWidget(card)
        for spec, build in ((MEASURES, self.controls.build_measures),
                            (CALENDAR, self.controls.build_calendar),
                            (BEFORE_AFTER, self.controls.build_pivot),
                            (QUESTIONNAIRES, self.controls.build_questionnaires),
                            (MOOD_HOPE, self.controls.build_mood_hope)):
            build(self.cards[spec.name].controls, self.cards[spec.name])
        for spec in (MEASURES, QUESTIONNAIRES):
            self.controls.build_support_toggle(spec.name, self.cards[spec.name].controls,
                                               self.cards[spec.name])
        column.addStretch(1)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = list(self.range.focus_chain())
        for card in self.cards.values():
            chain += card.focus_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- opening and refreshing -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Check-ins, measures or tags may have changed elsewhere since the page was last shown.
        self._reload_choices()
        self._size_cards()
        self._opened = True
        if self._warm is None:
            self._warm = False
            self._thaws = thaws()
            run_in_background(warm_up, self._task_parent(), self._warmed, self._warmed,
                              self._pool)
        self._invalidate(CHART_NAMES)

    def _warmed(self, _outcome: object) -> None:
        # If loading failed, drawing the first chart says so calmly in its card.
        if shiboken6.isValid(self):
            self._warm = True
            if self._repos.vault.is_open:
                # Here, not on the worker: a warm-up ending after a lock must not freeze
                # what the closed pages left (the lock thaws; this would freeze it again).
                # The vault stays open while the lock's backup runs: the count of thaws
                # tells that a lock came.
                freeze_loaded(since=self._thaws)
            self._schedule()

    def _reload_choices(self) -> None:
        try:
            self.controls.set_measures(self._repos.measures.list())
            self.controls.set_tags(self._repos.tags.list())
            self.controls.set_supports(self._repos.supports.list())
            span = self._repos.checkins.date_range()
        except VaultError:
            return  # the vault is closing (a lock): the page is about to go
        self.range.set_earliest(span[0] if span else None)
        self._fix_tab_order()
        self._update_empty_note(span)

    def _update_empty_note(self, span: tuple[date, date] | None) -> None:
        start, end = self.range.current_range()
        has_checkins = span is not None and span[0] <= end and span[1] >= start
        self.empty_note.setVisible(not has_checkins)

    def _range_changed(self) -> None:
        try:
            self._update_empty_note(self._repos.checkins.date_range())
        except VaultError:
            return
        self._invalidate(CHART_NAMES)

    def chart_changed(self, name: str) -> None:
        """What chart `name` shows has changed elsewhere (a life check): draw it again."""
        self._invalidate([name])

    def _invalidate(self, names: tuple[str, ...] | list[str]) -> None:
        """Charts `names` need drawing again; a drawing already under way is dropped."""
        for name in names:
            self._generation[name] += 1
            self._dirty.add(name)
        self._schedule()

    def _schedule(self) -> None:
        if self._opened:
            self._pump_timer.start(0)

    def _near_screen(self, card: ChartCard) -> bool:
        viewport = self.scroll_area.viewport()
        area = viewport.rect().adjusted(0, 0, 0, int(viewport.height() * LOOKAHEAD))
        return bool(area.intersects(QRect(card.mapTo(viewport, QPoint(0, 0)), card.size())))

    def _pump(self) -> None:
        """Draw the next card that needs it and is on (or near) the screen; else read the
        numbers of a card further down, so its summary is heard before it is drawn. One
        piece of work at a time."""
        if self._drawing is not None or not self._warm or not self.isVisible():
            return
        name = next((n for n in CHART_NAMES
                     if n in self._dirty and self._near_screen(self.cards[n])), None)
        if name is not None:
            self._start(name)
            return
        unread = next((n for n in CHART_NAMES if n in self._dirty and not self._has_data(n)),
                      None)
        if unread is not None:
            self._load(unread)

    def _has_data(self, name: str) -> bool:
        loaded = self._loaded.get(name)
        return loaded is not None and loaded[0] == self._generation[name]

    def _load(self, name: str) -> None:
        start, end = self.range.current_range()
        options = ChartOptions(start, end, **self.controls.options(name),  # type: ignore[arg-type]
                               language=self._language)
        generation = self._generation[name]
        self._drawing = name
        vault = self._repos.vault
        run_in_background(
            lambda: load_data(vault, name, options), self._task_parent(),
            lambda data: self._data_loaded(name, generation, data),
            lambda _error: self._not_drawn(name, generation), self._pool,
        )

    def _data_loaded(self, name: str, generation: int, data: object) -> None:
        if not shiboken6.isValid(self):
            return
        self._drawing = None
        if generation == self._generation[name]:
            if data is not None:  # what load_data returns: ChartData, or None
                chart = cast("ChartData", data)
                self._loaded[name] = (generation, chart)
                self.cards[name].show_summary(chart.summary)
                if self.isVisible() and self._near_screen(self.cards[name]):
                    self._start(name)  # drawn at once, not on the next turn of the loop
                    return
            else:  # the numbers couldn't be read (the vault closing, or odd options)
                self._dirty.discard(name)
                self.cards[name].show_problem(self.tr(
                    "This chart can't be shown just now. Your check-ins are safe."))
        self._schedule()

    def _start(self, name: str) -> None:
        """Draw chart `name`, reading its numbers first if they are not read yet."""
        from recovery_journal.charts import ChartTheme

        loaded = self._loaded.get(name)
        if loaded is None or loaded[0] != self._generation[name]:
            self._load(name)  # then, still near the screen, drawn
            return
        data = loaded[1]
        card = self.cards[name]
        self._dirty.discard(name)
        self._themes[name] = self._current_theme_name()
        theme = ChartTheme.named(self._themes[name])
        size, compact = card.chart_size(), card.compact_height()
        dpi, ratio = self._chart_dpi(), self.devicePixelRatioF()
        with_table = card.table_shown
        generation = self._generation[name]
        self._drawing = name
        card.show_busy()
        run_in_background(
            lambda: draw_loaded(data, theme, size, compact, dpi, ratio, with_table),
            self._task_parent(),
            lambda outcome: self._drawn(name, generation, outcome),
            lambda _error: self._not_drawn(name, generation), self._pool,
        )

    def _make_table(self, name: str) -> None:
        """Make the rows of chart `name`'s opened table on a worker."""
        card = self.cards[name]
        data = card.data
        if data is None:
            return
        run_in_background(
            lambda: make_table(data), self._task_parent(),
            lambda table: self._table_made(name, data, table),
            lambda _error: self._table_made(name, data, None), self._pool)

    def _table_made(self, name: str, data: ChartData, table: object) -> None:
        if shiboken6.isValid(self):
            self.cards[name].show_table(data, table if isinstance(table, tuple) else None)

    def _task_parent(self) -> QObject:
        # The task must outlive this page if it is destroyed (a lock) while a figure is drawn.
        return QApplication.instance() or self

    def _drawn(self, name: str, generation: int, outcome: object) -> None:
        if not shiboken6.isValid(self):
            return
        self._drawing = None
        if generation == self._generation[name]:
            if isinstance(outcome, LoadedChart):
                self.cards[name].show_chart(outcome.data, outcome.rendered, outcome.table)
            else:  # the numbers couldn't be read (the vault closing, or odd options)
                self.cards[name].show_problem(self.tr(
                    "This chart can't be shown just now. Your check-ins are safe."))
        self._schedule()

    def _not_drawn(self, name: str, generation: int) -> None:
        if not shiboken6.isValid(self):
            return
        self._drawing = None
        if generation == self._generation[name]:
            self.cards[name].show_problem(self.tr(
                "This chart can't be drawn just now. Your check-ins are safe."))
        self._schedule()

    # -- size, text size and theme ----------------------------------------------------------

    def _chart_dpi(self) -> float:
        # Chart text (10 pt at this dpi) comes out as large as the app's own text.
        return max(72.0, 7.2 * QFontInfo(self.font()).pixelSize())

    def _size_cards(self) -> bool:
        """Fit the charts to the width and text size; True if their size changed."""
        dpi = self._chart_dpi()
        width = self.scroll_area.viewport().width()
        height = int(max(300, min(0.45 * width, 460)) * max(1.0, dpi / 96))
        box = (width, height, dpi)
        if box == self._chart_box:
            return False
        self._chart_box = box
        for card in self.cards.values():
            card.set_chart_height(height)
        return True

    def _current_theme_name(self) -> str:
        setting = self._app_settings.theme()
        lightness = self.palette().color(self.backgroundRole()).lightness()
        return chart_theme_name(setting, lightness)

    def appearance_changed(self) -> None:
        """Redraw the charts in the new theme and text size (once, after the dust settles)."""
        self._restyle_timer.start(0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            # A theme change arrives as several events (palette, style sheet); redraw once.
            self._restyle_timer.start(0)

    def _restyle(self) -> None:
        if not self._opened:
            return
        sized = self._size_cards()
        current = self._current_theme_name()
        stale = [name for name, drawn in self._themes.items() if drawn != current]
        if sized or stale:
            self._invalidate(CHART_NAMES if sized else stale)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Cards move when the window or the column changes size; some may come into view.
        if (watched in (self.scroll_area.viewport(), self.content)
                and event.type() == QEvent.Type.Resize):
            self._schedule()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._opened:
            self._resize_timer.start()

    # -- saving -----------------------------------------------------------------------------

    def save_chart(self, name: str) -> None:
        """Ask where to save chart `name`, then write it off the GUI thread."""
        card = self.cards[name]
        data = card.data
        if data is None:
            return
        from recovery_journal.charts import heading_for

        chosen = self._choose_file(self, f"{name}.png", heading_for(data, card.title))
        if chosen is None:
            return
        path, title, show_title = chosen
        run_in_background(
            lambda: export_chart(data, path, title, show_title), self._task_parent(),
            lambda saved: self._saved(saved), lambda error: self._not_saved(error), self._pool,
        )

    def _saved(self, saved: object) -> None:
        if shiboken6.isValid(self) and isinstance(saved, Path):
            self.announce.emit(self.tr("Chart saved as %1").replace("%1", saved.name))

    def _not_saved(self, error: object) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, ValueError):
            text = self.tr("Charts can be saved as .png, .svg or .pdf. Please pick one of those.")
        else:
            text = self.tr("The chart couldn't be saved there. Please try another folder.")
        self.announce.emit(text)

    def save_draft(self) -> None:
        """Nothing typed here is personal text worth a draft; the choices are kept in widgets."""
