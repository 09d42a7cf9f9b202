"""At 200 % text the main window fits a 1366×768 screen, on every page.

The app is unlocked on the demo journal at 100 %, every page is built, and only then is the
text size changed to 200 % (live, as a person would), so this covers pages built before the
change as well as after. In a 1366×768 window, for each page:

- the window's minimum size is within 1366×768 (a stacked page that could not shrink would
  push the window, and Lock and Get help now, off the screen);
- every visible control of the page lies inside the window; a control inside a scrolling
  column may lie below the fold, but never beyond its right edge (no sideways scrolling);
- no label is clipped: a word-wrapped label is as tall as its text needs at its width, any
  other label is as wide as its text.

The same checks run once more with a pseudo-translation loaded (every text ~40 % longer), and
in Welsh and Spanish.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from recovery_journal.storage.vault import Vault
from recovery_journal.ui import theme
from recovery_journal.ui.app import AppController
from recovery_journal.ui.i18n import Translator, translation_file
from recovery_journal.ui.sections import SECTIONS, SectionKey
from tests.ui.demo_app import unlocked_demo_app

SCREEN = (1366, 768)
_CONTROLS = (QAbstractButton, QLabel, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractSlider,
             QAbstractItemView, QPlainTextEdit, QTextEdit)


def _open_at_200(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
    built_at: int,
) -> AppController:
    theme.apply_theme(qapp, "light")
    controller = unlocked_demo_app(qtbot, tmp_path, make_vault)
    window = controller.window
    controller.settings.set_text_scale(built_at)
    for section in SECTIONS:
        window.go_to(section.key)
    controller.settings.set_text_scale(200)
    window.resize(*SCREEN)
    qapp.processEvents()
    return controller


@pytest.fixture
def app(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> Iterator[AppController]:
    """Every page built at 100 %, then the size changed to 200 % live."""
    yield _open_at_200(qapp, qtbot, tmp_path, make_vault, 100)
    theme.apply_text_scale(qapp, 100)


def _inside_internals(widget: QWidget, page: QWidget) -> bool:
    """True for the parts of a composite control (a spin box's line edit, a list's scroll bar)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return True
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def _scroll_area_of(widget: QWidget, page: QWidget) -> QScrollArea | None:
    """The nearest scrolling area around `widget`, inside the page or around it."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def controls(page: QWidget) -> list[QWidget]:
    """The visible controls and labels a person meets on `page`."""
    return [
        widget for widget in page.findChildren(QWidget)
        if isinstance(widget, _CONTROLS) and not isinstance(widget, QScrollBar)
        and widget.isVisible() and not _inside_internals(widget, page)
    ]


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    words = text() if callable(text) else ""
    return f"{type(widget).__name__}({str(words)[:40]!r})"


def outside(window: QWidget, page: QWidget) -> list[str]:
    """Controls of `page` that reach beyond the window (or sideways beyond their scroll area)."""
    bounds = window.rect()
    problems = []
    for widget in controls(page):
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        area = _scroll_area_of(widget, page)
        if area is not None:
            viewport = area.viewport()
            left = widget.mapTo(viewport, QPoint(0, 0)).x()
            if left < 0 or left + widget.width() > viewport.width():
                problems.append(f"{_describe(widget)} sideways beyond its scroll area")
            # Below the fold is fine: the column scrolls. Only the sides must be in view.
            rect = QRect(rect.x(), 0, rect.width(), 1)
        if not bounds.contains(rect):
            problems.append(f"{_describe(widget)} at {rect.getRect()} outside {bounds.getRect()}")
    return problems


def clipped_labels(page: QWidget) -> list[str]:
    """Labels whose text needs more room than they have."""
    problems = []
    for label in (w for w in controls(page) if isinstance(w, QLabel)):
        if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height():
                problems.append(f"{_describe(label)} height {label.height()} < {need}")
        elif (need := label.sizeHint().width()) > label.width():
            problems.append(f"{_describe(label)} width {label.width()} < {need}")
    return problems


@pytest.mark.parametrize("built_at", [100, 200])
def test_the_window_fits_the_screen_at_200_with_every_page_built(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
    built_at: int,
) -> None:
    """Bug: at 200 % the window's minimum width was ~1518 px, and Lock and Get help now fell
    off a 1400-pixel screen. Pages built at 100 % or at 200 % (after a restart) alike."""
    try:
        window = _open_at_200(qapp, qtbot, tmp_path, make_vault, built_at).window
        need = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert need.width() <= SCREEN[0] and need.height() <= SCREEN[1], need
        assert (window.width(), window.height()) == SCREEN
    finally:
        theme.apply_text_scale(qapp, 100)


@pytest.mark.parametrize("key", list(SectionKey), ids=str)
def test_every_page_fits_at_200(app: AppController, qapp: QApplication, key: SectionKey) -> None:
    assert not _page_problems(app, qapp, key)


def test_every_page_fits_at_200_in_a_pseudo_translation(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
) -> None:
    """Every text ~40 % longer, with accents (as Welsh or Spanish may be): the same checks on
    every page, in one window built with the pseudo-translation loaded (issue 18)."""
    translator = Translator(qapp)  # the app's own kind, finding texts by source too
    assert translator.load(str(_translations_script().pseudo_qm(tmp_path / "pseudo")))
    QCoreApplication.installTranslator(translator)
    try:
        app = _open_at_200(qapp, qtbot, tmp_path, make_vault, 100)
        assert app.window.lock_button.text().endswith("~"), "the pseudo-translation is loaded"
        problems = {key: _page_problems(app, qapp, key) for key in SectionKey}
        too_wide = {key: found for key, found in problems.items() if found}
        # Bug: Goals, My people, Insights, Settings (and then Journal) were wider than the
        # screen: check boxes that could not wrap, rows of buttons and fields side by side.
        assert not too_wide, too_wide
    finally:
        QCoreApplication.removeTranslator(translator)
        theme.apply_text_scale(qapp, 100)


@pytest.mark.parametrize("language", ["cy", "es"])
def test_every_page_fits_at_200_in_welsh_and_spanish(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
    language: str,
) -> None:
    """The real translations too (Welsh Settings was ~40 px too wide in the life areas)."""
    translator = Translator(qapp)
    assert translator.load(str(translation_file(language)))
    QCoreApplication.installTranslator(translator)
    try:
        app = _open_at_200(qapp, qtbot, tmp_path, make_vault, 100)
        assert app.window.lock_button.text() != "Lock", "the translation is loaded"
        problems = {key: found for key in SectionKey
                    if (found := _page_problems(app, qapp, key))}
        assert not problems, problems
    finally:
        QCoreApplication.removeTranslator(translator)
        theme.apply_text_scale(qapp, 100)


def _translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", Path(__file__).resolve().parents[2] / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page_problems(app: AppController, qapp: QApplication, key: SectionKey) -> list[str]:
    """What does not fit on page `key` in the 1366x768 window: Lock or Get help now outside
    it, the window's own scroll bars, controls outside, clipped labels."""
    window = app.window
    window.go_to(key)
    qapp.processEvents()
    assert (window.width(), window.height()) == SCREEN
    page = window.page(key)
    assert page is not None
    problems = [f"{button.text()} leaves the window" for button in (
        window.lock_button, window.help_button)
        if not window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size()))]
    # The window's own scroll bar is a last resort for a page that cannot shrink; no page
    # needs it here, and it is never a second bar beside a page's own (bug: a taller page
    # shown earlier, or My plan's hidden rules, left it on).
    outer = window.page_scroller
    problems += [f"the window's {way} scroll bar shows" for way, bar in (
        ("vertical", outer.verticalScrollBar()), ("horizontal", outer.horizontalScrollBar()))
        if bar.isVisible()]
    header = window.findChild(QWidget, "header")
    assert header is not None
    return problems + outside(window, page) + clipped_labels(page) + clipped_labels(header)
