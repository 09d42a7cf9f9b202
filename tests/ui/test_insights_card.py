"""A chart card shown again and again: a redraw changes its pixels, not the page's layout."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.charts import ChartOptions, load_chart_data
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.insights.card import ChartCard, RenderedChart


class LayoutRequests(QObject):
    """Counts the times `watched` is asked to lay itself out again."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__()
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def drawing(width: int, height: int, shade: int) -> RenderedChart:
    return RenderedChart(bytes([shade, shade, shade, 255]) * (width * height), width, height,
                         1.0)


def test_a_redrawn_chart_and_its_busy_note_leave_the_page_layout_alone(
        qtbot: QtBot, vault: Vault) -> None:
    data = load_chart_data(Repositories.from_vault(vault), "mood-hope",
                           ChartOptions(date(2026, 1, 1), date(2026, 1, 31)))
    column = QWidget()
    qtbot.addWidget(column)
    layout = QVBoxLayout(column)
    card = ChartCard("mood-hope", "Mood and hope", "How to read it.", column)
    layout.addWidget(card)
    column.resize(900, 700)
    column.show()
    qtbot.waitExposed(column)
    card.show_chart(data, drawing(600, 300, 200))
    # The first time the note shows, Qt lays the page out once; after that, never.
    card.show_busy()
    card._show_busy_indicator()  # noqa: SLF001
    QApplication.processEvents()
    card.show_chart(data, drawing(600, 300, 200))
    QApplication.processEvents()
    QApplication.sendPostedEvents()  # the layout that showing it the first time asked for
    canvas = card.canvas
    requests = LayoutRequests(column)

    for shade in (10, 90):
        card.show_busy()
        card._show_busy_indicator()  # noqa: SLF001 (as its timer does after a moment)
        assert card.busy_note.bar.isVisible() and card.busy_note.label.isVisible()
        QApplication.processEvents()
        card.show_chart(data, drawing(600, 300, shade))
        assert not card.busy_note.bar.isVisible()
        QApplication.processEvents()
        assert card.canvas is canvas
        assert canvas is not None and canvas.image.pixelColor(1, 1).red() == shade
    assert requests.count == 0

    card.show_chart(data, drawing(600, 200, 50))  # a new size is laid out
    QApplication.processEvents()
    QApplication.sendPostedEvents()
    assert card.canvas is canvas and canvas.sizeHint().height() == 200
    assert requests.count >= 1


def test_the_busy_note_makes_room_for_larger_text(qtbot: QtBot) -> None:
    from recovery_journal.ui.insights.busy import BusyNote

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet = app.styleSheet()
    app.setStyleSheet("")  # a theme's style sheet left by another test would fix the font size
    try:
        note = BusyNote()
        qtbot.addWidget(note)
        note.show_busy(True)
        note.show()
        QApplication.processEvents()
        small = note.size()
        font = note.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        note.setFont(font)  # what a change of text size in Settings does to every widget
        QApplication.processEvents()
        assert note.width() > small.width() * 1.5 and note.height() > small.height()
        # The words are whole: the room grew with them.
        assert note.label.width() >= note.label.sizeHint().width()
        assert note.label.height() >= note.label.sizeHint().height()
    finally:
        app.setStyleSheet(sheet)
