"""The design system on real widgets: a focused slider, cards in Settings, one dialog button
row, and the neutral window title (review items 14, 28, 30, 33)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage, QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

import recovery_journal
from recovery_journal.helplines import load_catalogue
from recovery_journal.model import Measure
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import theme, tokens
from recovery_journal.ui.app_settings import NEUTRAL_TITLE, AppSettings
from recovery_journal.ui.main_window import APP_TITLE, MainWindow
from recovery_journal.ui.settings.page import SettingsPage
from recovery_journal.ui.today.scale import ScaleInput
from recovery_journal.ui.widgets.card import Card
from tests.ui.audit import show_active

UI = Path(recovery_journal.__file__).parent / "ui"


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _frame_has(image: QImage, colour: QColor, width: int = 3) -> bool:
    w, h = image.width(), image.height()
    return any(
        image.pixelColor(x, y) == colour
        for x in range(w) for y in range(h)
        if x < width or y < width or x >= w - width or y >= h - width
    )


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_a_focused_set_slider_is_ringed_not_only_tinted(
    themed: QApplication, qtbot: QtBot, name: str
) -> None:
    """Bug (item 14): a set slider showed focus only as a faint tint every set slider shared."""
    theme.apply_theme(themed, name)
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    scales = [ScaleInput(Measure(i, f"m{i}", f"Measure {i}", 0, 10, "low", "high", True, i,
                                 False), window) for i in (1, 2)]
    for scale in scales:
        column.addWidget(scale)
        scale.set_value(6)
    show_active(qtbot, window, 500, 300)
    scales[0].slider.setFocus()
    qtbot.waitUntil(scales[0].slider.hasFocus)
    accent = QColor(tokens.THEME_COLOURS[name].accent)
    assert _frame_has(scales[0].slider.grab().toImage(), accent)
    assert not _frame_has(scales[1].slider.grab().toImage(), accent)


def test_settings_groups_are_cards_with_headings(
    themed: QApplication, qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack,
    tmp_path: Path,
) -> None:
    """Item 30: group titles read as headings, each group a card."""
    store = QSettings(str(tmp_path / "look.ini"), QSettings.Format.IniFormat)
    page = SettingsPage(repos, undo_stack, settings=AppSettings(store))
    qtbot.addWidget(page)
    cards = page.findChildren(Card)
    titles = [card.title() for card in cards]
    for expected in ("Measures", "Tags", "Life areas", "Locking", "Appearance",
                     "Daily reminder"):
        assert expected in titles
    body = page.font().pointSizeF()
    for card in cards:
        assert card.title_label is not None and card.title_label.font().bold()
        assert card.title_label.font().pointSizeF() > body


def test_every_dialog_orders_its_buttons_with_a_button_box() -> None:
    """Item 28: one order everywhere, the platform's, through QDialogButtonBox roles."""
    dialogs = [path for path in UI.rglob("*.py")
               if re.search(r"^class \w+\(QDialog\)", path.read_text("utf-8"), re.MULTILINE)]
    assert len(dialogs) >= 8
    missing = [str(p.relative_to(UI)) for p in dialogs
               if "QDialogButtonBox" not in p.read_text("utf-8")]
    assert not missing


def test_a_neutral_window_title_is_kept_and_shown(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack, tmp_path: Path,
) -> None:
    """Item 33: on a shared computer the taskbar can say just "Journal"."""
    store = QSettings(str(tmp_path / "look.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store)
    window = MainWindow(load_catalogue(), settings, idle_timeout_ms=0)
    qtbot.addWidget(window)
    assert window.windowTitle() == APP_TITLE
    page = SettingsPage(repos, undo_stack, settings=settings)
    qtbot.addWidget(page)
    assert not page.neutral_title.isChecked()
    page.neutral_title.setChecked(True)
    assert window.windowTitle() == NEUTRAL_TITLE
    assert window.app_name.text() == NEUTRAL_TITLE
    again = AppSettings(QSettings(str(tmp_path / "look.ini"), QSettings.Format.IniFormat))
    assert again.neutral_title()
    later = MainWindow(load_catalogue(), again, idle_timeout_ms=0)
    qtbot.addWidget(later)
    assert later.windowTitle() == NEUTRAL_TITLE
    page.neutral_title.setChecked(False)
    assert window.windowTitle() == APP_TITLE


def test_goal_strengths_show_every_name_at_any_text_size(
    qtbot: QtBot, repos: Repositories
) -> None:
    """Item 29: "Strengths that help" was a fixed 5-row box that cut names, at 200 % three."""
    from PySide6.QtGui import QFont

    from recovery_journal.ui.goals.editor import GoalForm

    for name in ("Asking for help", "Cooking from scratch", "Drawing and painting", "Patience",
                 "Peer support group", "The park by the river where I walk on Sundays"):
        repos.strengths.add(name)
    form = GoalForm(repos.goals)
    qtbot.addWidget(form)
    form.load(None, repos.life_domains.list(), repos.strengths.list())
    show_active(qtbot, form, 420, 900)
    view = form.strengths
    rows = sum(view.sizeHintForRow(row) for row in range(view.count()))
    assert view.height() >= rows
    big = QFont(view.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    view.setFont(big)
    qtbot.waitUntil(lambda: view.height() >= sum(
        view.sizeHintForRow(row) for row in range(view.count())))


def test_people_save_is_whole_and_visible_at_the_default_size(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    """Item 29: People's Save was half cut at the default window size (inside the scroll)."""
    from recovery_journal.ui.people.page import PeoplePage

    repos.supporters.add("Priya Shah", "Friend", "07700 900412", "priya@example.com",
                         "Listens without judging.", in_crisis_plan=True)
    host = QWidget()
    page = PeoplePage(repos, undo_stack, host)
    QVBoxLayout(host).addWidget(page)
    qtbot.addWidget(host)
    # The page's share of the default 1100 x 750 window, beside the section list.
    show_active(qtbot, host, 900, 620)
    button = page.save_button
    qtbot.waitUntil(button.isVisible)
    assert button.visibleRegion().boundingRect() == button.rect()
    assert button.height() >= button.sizeHint().height()


def _column(image: QImage, x: int) -> set[str]:
    return {image.pixelColor(x, y).name() for y in range(image.height() // 3,
                                                          2 * image.height() // 3)}


@pytest.mark.parametrize("name", ["dark", "high_contrast"])
def test_spin_boxes_and_date_fields_have_the_edge_line_edits_have(
    themed: QApplication, qtbot: QtBot, name: str
) -> None:
    """Item 15: dark spin boxes and date fields had no visible edge (~1.1:1); in high contrast
    spin boxes lacked the border line edits have."""
    from PySide6.QtWidgets import QDateEdit, QLineEdit, QPushButton, QSpinBox, QTimeEdit

    theme.apply_theme(themed, name)
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    elsewhere = QPushButton("Elsewhere")
    column.addWidget(elsewhere)
    fields = [QLineEdit("text"), QSpinBox(), QDateEdit(), QTimeEdit()]
    for field in fields:
        column.addWidget(field)
    show_active(qtbot, window, 300, 260)
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    edge = tokens.THEME_COLOURS[name].edge
    width = tokens.THEME_COLOURS[name].edge_width
    for field in fields:
        image = field.grab().toImage()
        for x in range(width):
            assert _column(image, x) == {edge}, (type(field).__name__, x)


def test_high_contrast_scroll_bar_thumbs_are_visible(themed: QApplication, qtbot: QtBot) -> None:
    """Item 15: high-contrast scroll-bar thumbs were near-black on black."""
    from PySide6.QtWidgets import QPlainTextEdit

    theme.apply_theme(themed, "high_contrast")
    text = QPlainTextEdit("\n".join(f"line {i}" for i in range(200)))
    qtbot.addWidget(text)
    show_active(qtbot, text, 300, 200)
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    bar = text.verticalScrollBar()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    slider = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                        QStyle.SubControl.SC_ScrollBarSlider, bar)
    image = bar.grab().toImage()
    thumb = QColor(tokens.HIGH_CONTRAST.edge)
    assert image.pixelColor(slider.center()) == thumb
    assert theme.contrast_ratio(thumb, QColor(tokens.HIGH_CONTRAST.window)) >= 7


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_a_chosen_radio_button_is_a_dot_in_a_ring_not_a_solid_disc(
    themed: QApplication, qtbot: QtBot, name: str
) -> None:
    """Item 28: the Export dialog's chosen radio button was a solid disc."""
    from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton

    theme.apply_theme(themed, name)
    radio = QRadioButton("JSON")
    radio.setChecked(True)
    radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    qtbot.addWidget(radio)
    show_active(qtbot, radio, 200, 60)
    option = QStyleOptionButton()
    radio.initStyleOption(option)
    box = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    image = radio.grab().toImage()
    colours = tokens.THEME_COLOURS[name]
    centre = box.center()
    assert image.pixelColor(centre) == QColor(colours.accent)
    gap = [image.pixelColor(centre.x() + dx, centre.y()).name()
           for dx in range(1, box.width() // 2)]
    assert colours.field in gap, gap


def test_a_dialogs_main_action_is_the_primary_button(qtbot: QtBot) -> None:
    """The accept-role button of a button box is drawn as the accent, primary button."""
    from PySide6.QtWidgets import QDialogButtonBox

    from recovery_journal.ui.widgets.buttons import mark_main_action

    box = QDialogButtonBox()
    qtbot.addWidget(box)
    save = box.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
    mark_main_action(box)
    assert save.property("primary") is True
    assert not cancel.property("primary")
