"""Insights: the page, its chart cards, tables, saving, themes and lazy matplotlib."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QThreadPool
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.demo import fill_demo
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui import theme
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.insights.card import ChartCard
from recovery_journal.ui.insights.page import (
    CHART_NAMES,
    EMPTY_TEXT,
    InsightsPage,
    chart_theme_name,
)
from recovery_journal.ui.insights.save import ChartSaveDialog
from recovery_journal.ui.insights.table import ChartTableModel, friendly_dates
from recovery_journal.ui.widgets.dates import friendly_day
from tests.ui.audit import assert_accessible, assert_not_clipped, assert_tab_cycles

TODAY = date(2026, 6, 1)
READY_MS = 20_000

PageMaker = Callable[..., InsightsPage]
Chooser = Callable[[object, str, str], "tuple[Path, str, bool] | None"]


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


@pytest.fixture
def demo(repos: Repositories) -> Repositories:
    fill_demo(repos, end=TODAY)
    return repos


@pytest.fixture
def appearance(tmp_path: Path) -> QSettings:
    store = QSettings(str(tmp_path / "appearance.ini"), QSettings.Format.IniFormat)
    store.setValue("appearance/theme", "light")
    return store


@pytest.fixture
def undo_stack(qapp: QApplication) -> Iterator[QUndoStack]:
    stack = QUndoStack()
    yield stack
    stack.clear()


@pytest.fixture
def make_page(
    qtbot: QtBot, undo_stack: QUndoStack, appearance: QSettings
) -> Iterator[PageMaker]:
    def make(repos: Repositories, choose: Chooser | None = None) -> InsightsPage:
        extra = {"choose_file": choose} if choose is not None else {}
        page = InsightsPage(repos, undo_stack, settings=AppSettings(appearance),
                            today=lambda: TODAY, **extra)  # type: ignore[arg-type]
        qtbot.addWidget(page)
        page.resize(1100, 750)
        page.show()
        qtbot.waitExposed(page)
        return page

    yield make
    # pytest-qt has closed the pages by now; let figures still being drawn finish, so no
    # worker of this test runs into the next one.
    QThreadPool.globalInstance().waitForDone()


def open_table(qtbot: QtBot, card: ChartCard) -> None:
    """Press "Show as table" and wait for the rows (made on a worker the first time)."""
    qtbot.mouseClick(card.table_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.stack.currentWidget() is card.table, timeout=READY_MS)


def ready(qtbot: QtBot, page: InsightsPage, name: str) -> ChartCard:
    """Scroll chart `name` into view and wait until its figure is on screen."""
    card = page.cards[name]

    def shown() -> bool:
        page.scroll_area.ensureWidgetVisible(card)  # again, in case the column moved
        return card.state == "ready" and name not in page._dirty

    qtbot.waitUntil(shown, timeout=READY_MS)
    return card


def _background_of(card: ChartCard) -> str:
    """The colour of the chart's top-left corner (the figure's background)."""
    assert card.canvas is not None
    return str(card.canvas.image.pixelColor(2, 2).name())


# -- the page and its cards -----------------------------------------------------------------


def test_an_empty_vault_shows_every_chart_calmly(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page(repos)
    assert page.empty_note.isVisible()
    assert page.empty_note.text() == EMPTY_TEXT
    for name in CHART_NAMES:
        card = ready(qtbot, page, name)
        assert card.canvas is not None and card.canvas.isVisible()
        assert card.summary.text().strip()
        assert card.canvas.accessibleDescription() == card.summary.text()
        assert card.chart_frame.accessibleDescription() == card.summary.text()
        # Nothing to save or tabulate yet; the figure is a short strip with the calm sentence.
        assert not card.save_button.isEnabled() and not card.table_button.isEnabled()
        assert card.stack.height() < page.cards[name]._full_height


def test_the_demo_year_fills_every_chart(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories
) -> None:
    page = make_page(demo)
    assert not page.empty_note.isVisible()
    for name in CHART_NAMES:
        card = ready(qtbot, page, name)
        data = card.data
        assert data is not None and data.name == name
        # The year view shows the whole year the period falls in.
        first = date(TODAY.year, 1, 1) if name == "calendar" else TODAY - timedelta(days=29)
        assert data.options.start == first
        assert data.options.end == TODAY
        assert card.summary.text() == data.summary
        assert card.canvas is not None
        assert card.canvas.accessibleDescription() == data.summary
        if data.table_rows:
            assert card.summary.isVisible() and card.save_button.isEnabled()
            assert card.table_button.isEnabled()


def test_the_cards_follow_the_chart_registry(make_page: PageMaker, repos: Repositories) -> None:
    from recovery_journal.charts import CHARTS

    page = make_page(repos)
    assert list(page.cards) == [chart.name for chart in CHARTS]
    assert [card.title for card in page.cards.values()] == [chart.title for chart in CHARTS]
    assert [card.how_to_read.text() for card in page.cards.values()] == [
        chart.about for chart in CHARTS]


def test_cards_far_below_are_drawn_only_when_scrolled_to(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    page = make_page(repos)
    qtbot.waitUntil(lambda: page.cards["mood-hope"].state == "ready", timeout=READY_MS)
    qtbot.waitUntil(lambda: page._drawing is None, timeout=READY_MS)
    last = page.cards["life-balance"]
    # Not drawn, but its numbers are read: a screen reader hears its name and its summary.
    coming = last.waiting.text()
    qtbot.waitUntil(lambda: last.waiting.accessibleDescription() != coming, timeout=READY_MS)
    assert last.state == "waiting" and "life-balance" in page._dirty
    assert last.waiting.accessibleName() == last.chart_frame.accessibleName()
    summary = last.waiting.accessibleDescription()
    assert summary and summary == last.chart_frame.accessibleDescription()
    card = ready(qtbot, page, "life-balance")
    assert card.data is not None and card.data.summary == summary


def test_ten_years_of_check_ins_open_without_drawing_on_the_gui_thread(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories
) -> None:
    rng = random.Random(5)
    first = TODAY - timedelta(days=3650)
    with repos.vault.write():
        for offset in range(3651):
            day = first + timedelta(days=offset)
            repos.checkins.add(
                recorded_at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
                values={"mood": rng.randint(2, 9), "hope": rng.randint(2, 9)},
                tags=rng.sample(["walk", "friends", "work"], rng.randint(0, 2)),
            )
    page = make_page(repos)
    card = page.cards["mood-hope"]
    # Right after showing, the figure is still on its way: nothing was drawn synchronously.
    assert card.state in ("waiting", "busy")
    page.range.set_preset("all")
    card = ready(qtbot, page, "mood-hope")
    assert card.data is not None and card.data.options.start == first
    open_table(qtbot, card)
    assert card.model.rowCount() > 1000


# -- show as table ---------------------------------------------------------------------------


def test_a_hidden_table_measures_no_rows_until_shown(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recovery_journal import charts

    real_screen_table = charts.screen_table
    page = make_page(demo)
    card = ready(qtbot, page, "mood-hope")
    # No rows are made, and no view lays out rows, while nobody looks at them (for ten years,
    # that held the window on every chart drawn, and kept a table of every chart in memory).
    assert card.table_button.isEnabled()
    assert card.model.rowCount() == 0
    assert card.table.model() is None
    made_here: list[str] = []
    monkeypatch.setattr(charts, "screen_table", lambda data: (
        made_here.append(threading.current_thread().name) or real_screen_table(data)))
    qtbot.mouseClick(card.table_button, Qt.MouseButton.LeftButton)
    # Made on a worker (fifty years of days take 70-130 ms); the chart stays until then.
    assert card.stack.currentWidget() is card.chart_frame
    qtbot.waitUntil(lambda: card.stack.currentWidget() is card.table, timeout=READY_MS)
    assert card.table.model() is card.model and card.table.isVisible()
    assert card.model.rowCount() == 30  # the demo month, a row each day
    assert len(made_here) == 1 and made_here[0] != threading.main_thread().name
    # Closed and opened again: the same rows, not made again.
    qtbot.mouseClick(card.table_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.table_button, Qt.MouseButton.LeftButton)
    assert card.stack.currentWidget() is card.table and len(made_here) == 1


def test_a_table_that_cannot_be_made_leaves_the_chart_and_lets_the_button_go(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recovery_journal.ui.insights import page as page_module

    def broken(_data: object) -> object:
        raise ValueError("no rows today")

    monkeypatch.setattr(page_module, "make_table", broken)
    page = make_page(demo)
    card = ready(qtbot, page, "mood-hope")
    qtbot.mouseClick(card.table_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.table_button.isChecked(), timeout=READY_MS)
    assert card.stack.currentWidget() is card.chart_frame
    assert card.table_button.text() == "Show as table" and card.table_button.isEnabled()


def test_an_open_table_gets_the_rows_of_each_new_drawing_from_the_worker(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(demo)
    card = ready(qtbot, page, "mood-hope")
    open_table(qtbot, card)
    asked: list[str] = []
    card.table_wanted.connect(lambda: asked.append("rows"))
    page.range.set_preset("all")
    qtbot.waitUntil(lambda: card.state == "ready" and card.data is not None
                    and card.data.options.start < TODAY - timedelta(days=29), timeout=READY_MS)
    assert asked == []  # the rows came with the drawing
    assert card.table.isVisible() and card.model.rowCount() > 30
    # Back to the chart: the next drawing brings no rows, and the old ones are let go.
    qtbot.mouseClick(card.table_button, Qt.MouseButton.LeftButton)
    page.range.set_preset("30d")
    qtbot.waitUntil(lambda: card.state == "ready" and card.data is not None
                    and card.data.options.start == TODAY - timedelta(days=29), timeout=READY_MS)
    assert card.model.rowCount() == 0 and asked == []


def test_show_as_table_shows_the_numbers_behind_the_chart(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories
) -> None:
    page = make_page(demo)
    card = ready(qtbot, page, "mood-hope")
    data = card.data
    assert data is not None
    assert card.stack.currentWidget() is card.chart_frame
    open_table(qtbot, card)
    assert card.table.isVisible()
    assert card.table_button.text() == "Show as chart"
    model = card.model
    # Every day of the period is a row, in the person's date style; a day without a check-in
    # is a row of empty cells (a gap), not left out.
    start, end = data.options.start, data.options.end
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        friendly_day(day) for day in days]
    by_day = {row[0]: row for row in data.table_rows}
    for r, day in enumerate(days):
        cells = [model.data(model.index(r, c)) for c in range(1, model.columnCount())]
        if day.isoformat() not in by_day:
            assert cells == [""] * len(cells)
        # Whole numbers are whole: "6", never "6.0".
        assert not any(cell.endswith(".0") for cell in cells)
    assert len(by_day) < len(days)  # the demo month has days without a check-in
    # Headers are short lines; columns with no value at all are left out.
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Mood\n7-day\naverage" in headers
    for c in range(1, model.columnCount()):
        assert any(model.data(model.index(r, c)) for r in range(model.rowCount()))
    # No sideways scrolling at this width.
    qtbot.waitUntil(lambda: card.table.horizontalScrollBar().maximum() == 0, timeout=READY_MS)
    qtbot.mouseClick(card.table_button, Qt.MouseButton.LeftButton)
    assert card.stack.currentWidget() is card.chart_frame
    assert card.table_button.text() == "Show as table"


def test_friendly_dates_in_tables() -> None:
    assert friendly_dates("Before: 2026-05-03 to 2026-06-01") == (
        f"Before: {friendly_day(date(2026, 5, 3))} to {friendly_day(date(2026, 6, 1))}")
    assert friendly_day(date(2026, 12, 1)) == QLocale().toString(QDate(2026, 12, 1),
                                                                 "ddd d MMM yyyy")
    assert friendly_dates("6.5") == "6.5"
    model = ChartTableModel()
    model.set_table(("Life area", "This period: 2026-11-02 to 2026-12-01"), [("Learning", "4")])
    assert model.headerData(1, Qt.Orientation.Horizontal) == (
        f"This period\n{friendly_day(date(2026, 11, 2))} to\n{friendly_day(date(2026, 12, 1))}")
    # A word longer than a header line is never cut in two.
    model.set_table(("Day", "Mood: lowest–highest that day", "Hwyliau: cyfartaledd dros saith"),
                    [("2026-12-01", "4–6", "5")])
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Mood\nlowest–highest\nthat day"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Hwyliau\ncyfartaledd\ndros saith"


def test_the_how_to_read_line_follows_what_is_drawn(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories
) -> None:
    page = make_page(demo)
    card = ready(qtbot, page, "mood-hope")
    assert card.data is not None
    assert card.how_to_read.text() == card.data.how_to_read
    assert "Each dot is a day" in card.how_to_read.text()  # a month: dots are drawn


def test_the_table_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = ChartTableModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_table(("Day", "Mood", "Hope"), [("1 May", "6.5", "7"), ("2 May", "4")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(1, 2)) == ""  # a short row is padded, never out of range
    assert model.data(model.index(0, 1), Qt.ItemDataRole.AccessibleTextRole) == "Mood: 6.5"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) != right
    model.set_table(("Day", "Mood"), [("2026-12-01", "6")])
    assert model.data(model.index(0, 0)) == friendly_day(date(2026, 12, 1))
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) != right
    model.set_table((), [])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


# -- saving ----------------------------------------------------------------------------------

_MAGIC = {"png": b"\x89PNG", "svg": b"<", "pdf": b"%PDF"}


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_save_chart_writes_the_file_the_person_chose(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / "out" / f"my chart.{suffix}"
    target.parent.mkdir()
    asked: list[tuple[str, str]] = []

    def choose(_parent: object, name: str, title: str) -> tuple[Path, str, bool]:
        asked.append((name, title))
        return target, "How I've been", True

    page = make_page(demo, choose)
    card = ready(qtbot, page, "mood-hope")
    with qtbot.waitSignal(page.announce, timeout=READY_MS) as said:
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert said.args == [f"Chart saved as my chart.{suffix}"]
    assert asked == [("mood-hope.png", "Mood and hope over time, 3 May – 1 Jun 2026")]
    assert target.read_bytes().startswith(_MAGIC[suffix])
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temp file left


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories, tmp_path: Path
) -> None:
    page = make_page(demo, lambda _parent, _name, _title: None)
    card = ready(qtbot, page, "mood-hope")
    with qtbot.assertNotEmitted(page.announce, wait=50):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith(("journal", "appear"))]


def test_an_unknown_file_type_gets_a_plain_answer(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories, tmp_path: Path
) -> None:
    page = make_page(demo, lambda _parent, _name, _title: (tmp_path / "chart.gif", "", True))
    card = ready(qtbot, page, "tags")
    with qtbot.waitSignal(page.announce, timeout=READY_MS) as said:
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert ".png, .svg or .pdf" in said.args[0]
    assert not (tmp_path / "chart.gif").exists()


def test_the_save_dialog_offers_three_formats_and_a_title(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ChartSaveDialog(None, "mood-hope.png", "Mood and hope")
    qtbot.addWidget(dialog)
    assert len(dialog.nameFilters()) == 3
    assert dialog.title_edit.text() == "Mood and hope"
    assert dialog.title_edit.accessibleName()
    dialog.setDirectory(str(tmp_path))
    dialog.selectNameFilter(dialog.nameFilters()[1])
    dialog.filterSelected.emit(dialog.nameFilters()[1])
    dialog.selectFile(str(tmp_path / "for my GP"))
    dialog.title_edit.setText("  For my GP  ")
    assert dialog.show_title.isChecked()  # the title is on the image unless turned off
    assert dialog.chosen() is None  # not accepted yet
    dialog.accept()
    assert dialog.chosen() == (tmp_path / "for my GP.svg", "For my GP", True)
    dialog.show_title.setChecked(False)
    assert dialog.chosen() == (tmp_path / "for my GP.svg", "For my GP", False)


# -- range, controls, theme -----------------------------------------------------------------


def _shown_options(card: ChartCard) -> list[tuple[date, date]]:
    shown: list[tuple[date, date]] = []

    def record(state: str) -> None:
        if state == "ready" and card.data is not None:
            shown.append((card.data.options.start, card.data.options.end))

    card.state_changed.connect(record)
    return shown


def test_changing_the_range_redraws_and_drops_stale_figures(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories
) -> None:
    page = make_page(demo)
    card = ready(qtbot, page, "mood-hope")
    shown = _shown_options(card)
    page.range.set_preset("1y")
    page.range.set_preset("3m")  # at once: the year's figure is still on its way
    qtbot.waitUntil(lambda: bool(shown) and page._drawing is None, timeout=READY_MS)
    card = ready(qtbot, page, "mood-hope")
    assert shown[-1] == (TODAY - timedelta(days=90), TODAY)
    assert (TODAY - timedelta(days=364), TODAY) not in shown
    page.range.set_custom(date(2026, 2, 1), date(2026, 1, 1))
    qtbot.waitUntil(lambda: shown[-1] == (date(2026, 1, 1), date(2026, 2, 1)), timeout=READY_MS)
    assert page.range.start_edit.isVisible() and page.range.end_edit.isVisible()


def test_chart_controls_reach_the_chart(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories
) -> None:
    page = make_page(demo)
    calendar = ready(qtbot, page, "calendar")
    combo = page.controls.calendar_measure
    combo.setCurrentIndex(combo.findData("hope"))
    qtbot.waitUntil(lambda: calendar.state == "ready" and calendar.data is not None
                    and calendar.data.options.calendar_measure == "hope", timeout=READY_MS)
    measures = ready(qtbot, page, "measures")
    page.controls.measure_box("hope").setChecked(False)
    qtbot.waitUntil(lambda: measures.data is not None and "hope" not in
                    measures.data.options.measure_keys and measures.data.options.measure_keys
                    != (), timeout=READY_MS)
    pivot = ready(qtbot, page, "before-after")
    controls = page.controls
    controls.pivot_kind.setCurrentIndex(controls.pivot_kind.findData("tag"))
    assert controls.pivot_tag.isVisible() and not controls.pivot_date.isVisible()
    qtbot.waitUntil(lambda: pivot.data is not None and pivot.data.options.pivot_date is None
                    and pivot.data.options.pivot_tag == controls.pivot_tag.currentData(),
                    timeout=READY_MS)
    answers = ready(qtbot, page, "questionnaires")
    items = controls.questionnaire_items
    assert items.currentData() == "" and items.accessibleName() == "Questions shown one by one"
    items.setCurrentIndex(items.findData("phq9"))
    qtbot.waitUntil(lambda: answers.data is not None
                    and answers.data.options.questionnaire_items == "phq9", timeout=READY_MS)


def test_chart_theme_follows_the_app_theme() -> None:
    assert chart_theme_name("high_contrast", 255) == "high_contrast"
    assert chart_theme_name("dark", 255) == "dark"
    assert chart_theme_name("system", 30) == "dark"
    assert chart_theme_name("system", 240) == "light"
    assert chart_theme_name("nonsense", 240) == "light"


@pytest.mark.parametrize("another_starts_first", [False, True])
def test_a_palette_change_redraws_in_the_new_theme(
    qtbot: QtBot, make_page: PageMaker, repos: Repositories, appearance: QSettings,
    qapp: QApplication, another_starts_first: bool,
) -> None:
    # With another chart starting to draw before the page's restyle ran (in the new theme),
    # the page thought every chart was in it: the one drawn before stayed light in a dark window.
    from recovery_journal.charts import ChartTheme

    appearance.setValue("appearance/theme", "system")
    before = qapp.palette()
    qapp.setPalette(theme.build_palette("light"))
    try:
        page = make_page(repos)
        card = ready(qtbot, page, "mood-hope")
        light = ChartTheme.named("light").background
        assert _background_of(card) == light
        qapp.setPalette(theme.build_palette("dark"))
        if another_starts_first:
            page._start("measures")  # noqa: SLF001
        dark = ChartTheme.named("dark").background
        assert dark != light
        qtbot.waitUntil(lambda: card.state == "ready" and _background_of(card) == dark,
                        timeout=READY_MS)
    finally:
        qapp.setPalette(before)


def test_blank_bands_above_and_below_a_figure_are_cut_to_a_margin() -> None:
    import numpy as np

    from recovery_journal.ui.insights.render import content_rows

    pixels = np.full((100, 10, 4), 255, dtype=np.uint8)
    pixels[40:50, 3] = (0, 0, 0, 255)  # the drawing: rows 40-49
    assert content_rows(pixels.tobytes(), 10, 100, 5) == (35, 55)
    assert content_rows(pixels.tobytes(), 10, 100, 50) == (0, 100)
    pixels[2:97, 5] = (9, 9, 9, 255)  # nearly all drawn: a sliver is not worth trimming
    assert content_rows(pixels.tobytes(), 10, 100, 0) == (0, 100)
    blank = np.full((20, 4, 4), 7, dtype=np.uint8)
    assert content_rows(blank.tobytes(), 4, 20, 2) == (0, 20)


def test_a_year_in_pixels_card_is_as_tall_as_its_squares_and_its_table_full_height(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories
) -> None:
    # Square days in a box sized for line charts left a third of the card blank at 200 %.
    page = make_page(demo)
    card = ready(qtbot, page, "calendar")
    assert card.canvas is not None
    full = page.cards["mood-hope"].stack.height()
    assert card.stack.height() < 0.8 * full
    assert card.canvas.image.deviceIndependentSize().height() <= card.stack.height()
    open_table(qtbot, card)
    assert card.stack.height() == full  # the table keeps the full height
    card.table_button.click()
    assert card.stack.height() < 0.8 * full


# -- accessibility and start-up --------------------------------------------------------------


def test_every_control_is_named_and_tab_has_no_trap(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories
) -> None:
    page = make_page(demo)
    page.range.set_preset("custom")
    for name in CHART_NAMES:
        ready(qtbot, page, name)
    open_table(qtbot, page.cards["tags"])
    assert_accessible(page)
    assert_tab_cycles(page)
    assert_not_clipped(page)


def test_matplotlib_waits_until_insights_is_first_shown(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from PySide6.QtCore import QSettings, QThreadPool
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication
        import recovery_journal.ui.app as app_module
        qapp = QApplication([])
        settings = QSettings(str(Path({str(tmp_path)!r}) / "s.ini"), QSettings.Format.IniFormat)
        controller = app_module.build_app(Path({str(tmp_path)!r}) / "j.vault", settings,
                                          kdf_iter=2)
        controller.window.show()
        qapp.processEvents()
        assert "matplotlib" not in sys.modules, "matplotlib loaded with the main window"
        from recovery_journal.storage.repositories import Repositories
        from recovery_journal.storage.vault import Vault
        from recovery_journal.ui.app_settings import AppSettings
        from recovery_journal.ui.insights.page import InsightsPage
        vault = Vault.create(Path({str(tmp_path)!r}) / "k.vault", "a passphrase", kdf_iter=2)
        page = InsightsPage(Repositories.from_vault(vault), QUndoStack(),
                            settings=AppSettings(settings))
        assert "matplotlib" not in sys.modules, "matplotlib loaded by building the page"
        page.show()
        card = page.cards["mood-hope"]
        for _ in range(600):  # until the first figure arrives (a minute at most)
            QThreadPool.globalInstance().waitForDone(100)
            qapp.processEvents()
            if card.state == "ready":
                break
        assert card.state == "ready", card.state
        assert "matplotlib" in sys.modules, "showing the page should load the charts"
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("ok")


def test_larger_text_redraws_larger_charts_without_clipping(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories, qapp: QApplication
) -> None:
    page = make_page(demo)
    card = ready(qtbot, page, "before-after")
    assert card.canvas is not None
    height_before = card.canvas.image.height()
    font = qapp.font()
    try:
        box = page._chart_box
        theme.apply_text_scale(qapp, 200)
        qtbot.waitUntil(lambda: page._chart_box != box)  # the page noticed the new size
        card = ready(qtbot, page, "before-after")
        assert card.canvas is not None and card.canvas.image.height() > height_before
        assert_not_clipped(page)
    finally:
        theme.apply_text_scale(qapp, 100)
        qapp.setFont(font)


def test_chart_numbers_are_read_off_the_gui_thread(
    qtbot: QtBot, make_page: PageMaker, demo: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each chart's inputs are read on a worker, on a read-only connection of their own."""
    import threading

    import recovery_journal.charts as charts

    readers: list[tuple[bool, bool]] = []
    real_load = charts.load_chart_data

    def spy(repos: Repositories, name: str, options: object) -> object:
        readers.append((threading.current_thread() is threading.main_thread(),
                        repos.vault is demo.vault))
        return real_load(repos, name, options)  # type: ignore[arg-type]

    monkeypatch.setattr(charts, "load_chart_data", spy)
    page = make_page(demo)
    card = ready(qtbot, page, CHART_NAMES[0])
    assert card.summary.text().strip()
    assert readers and all(not gui and not shared for gui, shared in readers)


def test_a_reader_sees_saved_work_and_cannot_write(repos: Repositories) -> None:
    from recovery_journal.storage import errors

    before = repos.checkins.count()
    with repos.vault.reader() as reading:
        assert reading.read_only and reading is not repos.vault
        repos.checkins.add(recorded_at=datetime(2024, 1, 2, 9, tzinfo=UTC), values={"mood": 5})
        assert Repositories.from_vault(reading).checkins.count() == before + 1
        with pytest.raises(errors.VaultError):
            Repositories.from_vault(reading).tags.add("never")
    assert repos.tags.by_name("never") is None
    assert repos.checkins.count() == before + 1  # the app's own connection goes on as before
