"""Focus is clearly visible on controls the style sheet cannot ring: set sliders, spin boxes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage.vault import Vault
from recovery_journal.ui import theme
from recovery_journal.ui.app import AppController
from recovery_journal.ui.sections import SectionKey
from recovery_journal.ui.settings.page import SettingsPage
from recovery_journal.ui.today.page import TodayPage
from tests.ui.demo_app import unlocked_demo_app


def _ring_pixels(window: QWidget, control: QWidget) -> int:
    """Highlight-coloured pixels just outside `control`, where a ring is drawn."""
    image: QImage = window.grab().toImage()
    highlight = QColor(control.palette().color(QPalette.ColorRole.Highlight)).rgb()
    origin = control.mapTo(window, QPoint(0, 0))
    left, top = origin.x() - 2, origin.y() - 2
    right, bottom = origin.x() + control.width() + 1, origin.y() + control.height() + 1
    edge = [(x, top) for x in range(left, right)] + [(x, bottom) for x in range(left, right)]
    edge += [(left, y) for y in range(top, bottom)] + [(right, y) for y in range(top, bottom)]
    return sum(
        1 for x, y in edge
        if 0 <= x < image.width() and 0 <= y < image.height() and image.pixel(x, y) == highlight
    )


@pytest.fixture(params=["light", "dark", "high_contrast"])
def app(
    request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot, tmp_path: Path,
    make_vault: Callable[..., Vault],
) -> AppController:
    theme.apply_theme(qapp, str(request.param))
    return unlocked_demo_app(qtbot, tmp_path, make_vault)


def test_a_set_slider_and_a_spin_box_show_a_ring_when_focused(
    app: AppController, qapp: QApplication, qtbot: QtBot
) -> None:
    """Bug: a slider holding a value showed focus only as a faint tint every set slider had."""
    window = app.window
    today = window.page(SectionKey.TODAY)
    assert isinstance(today, TodayPage)
    slider = next(iter(today.scales.values())).slider
    slider.set_is_set(True)
    window.nav.setFocus()
    qapp.processEvents()
    unfocused = _ring_pixels(window, slider)
    slider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focus_rings.ringed is slider)
    focused = _ring_pixels(window, slider)
    assert focused > unfocused + slider.width()  # a ring along both long edges, at least

    window.go_to(SectionKey.SETTINGS)
    settings = window.page(SectionKey.SETTINGS)
    assert isinstance(settings, SettingsPage)
    settings.autolock.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focus_rings.ringed is settings.autolock)
    settings.scroll_area.ensureWidgetVisible(settings.autolock)
    qapp.processEvents()
    assert _ring_pixels(window, settings.autolock) > settings.autolock.width()


def test_the_ring_leaves_when_focus_moves_to_a_control_with_its_own(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    theme.apply_theme(qapp, "light")
    app = unlocked_demo_app(qtbot, tmp_path, make_vault)
    window = app.window
    today = window.page(SectionKey.TODAY)
    assert isinstance(today, TodayPage)
    slider = next(iter(today.scales.values())).slider
    slider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focus_rings.ringed is slider)
    window.help_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focus_rings.ringed is None)
    window.lock()  # the ring's page goes; nothing is left pointing at it
    qtbot.waitUntil(app.unlock.isVisible)
    app.unlock.passphrase.setFocus()
    assert window.focus_rings.ringed is None
