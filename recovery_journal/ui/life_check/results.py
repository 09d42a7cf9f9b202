"""The life check's result: the summary sentence first, the wheel beside last time's, what is
going well, each area's history, and the offer of a smallest next step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from recovery_journal.insights.life_check import (
    AreaHistory,
    Comparison,
    compare,
    history,
    summary,
)
from recovery_journal.model import LifeCheck, LifeDomain
from recovery_journal.storage.goals import Goals
from recovery_journal.ui import tokens
from recovery_journal.ui.insights.card import ChartImage, RenderedChart
from recovery_journal.ui.language import QtLanguage
from recovery_journal.ui.life_check.charts import draw_history, draw_wheel
from recovery_journal.ui.life_check.next_step import NextStepBox
from recovery_journal.ui.widgets.dates import friendly_day
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.labels import paragraph
from recovery_journal.ui.widgets.life_areas import area_name
from recovery_journal.ui.worker import run_in_background


class ChartSlot(QFrame):
    """A place for one figure: a calm line while it is drawn, then the picture."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("chartFrame")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.waiting = QLabel(self.tr("The chart appears here in a moment."), self)
        self.waiting.setWordWrap(True)
        self._layout.addWidget(self.waiting)
        self.image: ChartImage | None = None

    def show_rendered(self, rendered: RenderedChart, description: str) -> None:
        if self.image is not None:
            self._layout.removeWidget(self.image)
            self.image.deleteLater()
        self.waiting.hide()
        self.image = ChartImage(rendered, self)
        self.image.setAccessibleName(self.accessibleName())
        self.image.setAccessibleDescription(description)
        self.setAccessibleDescription(description)
        self._layout.addWidget(self.image)
        self.setFixedHeight(self.image.sizeHint().height())

    def show_problem(self, text: str) -> None:
        self.waiting.setText(text)
        self.waiting.show()


class LifeCheckResult(QWidget):
    """Everything shown once a life check is saved (or when the latest one is looked at)."""

    drawn = Signal()

    def __init__(self, goals: Goals, parent: QWidget | None = None, *,
                 theme: Callable[[], str], pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._pool = pool
        self._pending = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(tokens.SPACE_M)
        self.summary = heading("", self, tokens.HEADING)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.summary)
        self.when = paragraph("")
        self.when.setParent(self)
        column.addWidget(self.when)
        self.wheel = ChartSlot(self.tr("Your life check as a wheel"), self)
        column.addWidget(self.wheel)
        self.going_well_heading = heading(self.tr("What is going well"), self, tokens.BODY)
        column.addWidget(self.going_well_heading)
        self.going_well = paragraph("")
        self.going_well.setParent(self)
        self.going_well.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.going_well)
        column.addWidget(heading(self.tr("Each area over time"), self, tokens.BODY))
        self.history = ChartSlot(self.tr("Each life area's ratings over time"), self)
        column.addWidget(self.history)
        column.addWidget(heading(self.tr("A smallest next step"), self, tokens.BODY))
        self.next_step = NextStepBox(goals, self)
        column.addWidget(self.next_step)

    @property
    def busy(self) -> bool:
        """True while a figure is still being drawn."""
        return self._pending > 0

    def show_check(self, current: LifeCheck, previous: LifeCheck | None,
                   every: list[LifeCheck], domains: list[LifeDomain], width: int) -> None:
        """Show `current` beside `previous`, with the history of `every` check."""
        # Built-in areas by their names in the app's language, in the words and the drawing.
        domains = [replace(d, name=area_name(d.name)) for d in domains]
        comparison = compare(current, previous, domains)
        self.summary.setText(summary(comparison, QtLanguage()))
        self.summary.setAccessibleName(self.summary.text())
        self.when.setText(self._when(comparison))
        notes = [f"{a.name}: {a.going_well}" for a in comparison.areas if a.going_well]
        self.going_well.setText("\n".join(notes))
        self.going_well.setVisible(bool(notes))
        self.going_well_heading.setVisible(bool(notes))
        # The lowest rated come first in the offer: often where a small step helps most.
        rated = [a for a in comparison.areas if a.current is not None]
        lowest = min(rated, key=lambda a: a.current or 0).domain_id if rated else None
        self.next_step.set_domains([d for d in domains if not d.archived], lowest)
        self._draw(comparison, history(every, domains), width)

    def _when(self, comparison: Comparison) -> str:
        taken = friendly_day(comparison.taken_on)
        if comparison.previous_on is None:
            return self.tr("Taken on %1.").replace("%1", taken)
        return (self.tr("Taken on %1, beside the one on %2.").replace("%1", taken)
                .replace("%2", friendly_day(comparison.previous_on)))

    def _draw(self, comparison: Comparison, histories: Sequence[AreaHistory], width: int) -> None:
        dpi = max(72.0, 7.2 * QFontInfo(self.font()).pixelSize())
        ratio = self.devicePixelRatioF()
        theme = self._theme()
        width = max(width, 300)
        wide = width / dpi >= 6
        wheel_size = (width, int(width * (0.5 if wide else 1.9)))
        history_size = (width, int(dpi * (6 if wide else 11)))
        self._pending = 2
        self._start(self.wheel, lambda: draw_wheel(comparison, theme, wheel_size, dpi, ratio),
                    self.summary.text())
        self._start(self.history, lambda: draw_history(histories, theme, history_size, dpi,
                                                       ratio),
                    self.tr("One small chart per life area, with each life check's rating."))

    def _start(self, slot: ChartSlot, work: Callable[[], RenderedChart], text: str) -> None:
        def shown(rendered: object) -> None:
            self._shown(slot, rendered, text)

        def not_shown(_error: object) -> None:
            self._not_shown(slot)

        run_in_background(work, self._task_parent(), shown, not_shown, self._pool)

    def _task_parent(self) -> QObject:
        # The task must outlive this dialog if it is closed (or locked) while a figure is drawn.
        return QApplication.instance() or self

    def _shown(self, slot: ChartSlot, rendered: object, text: str) -> None:
        if not shiboken6.isValid(self):
            return
        assert isinstance(rendered, RenderedChart)
        slot.show_rendered(rendered, text)
        self._finish_one()

    def _not_shown(self, slot: ChartSlot) -> None:
        if not shiboken6.isValid(self):
            return
        slot.show_problem(self.tr("This chart couldn't be drawn just now. Your life check is "
                                  "saved."))
        self._finish_one()

    def _finish_one(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.drawn.emit()
