"""Palettes: every role set, WCAG contrast for every text pair, "system" follows the desktop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.ui import theme, tokens
from recovery_journal.ui.app import build_app
from tests.ui.audit import settings_in

GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
ROLES = [role for role in QPalette.ColorRole
         if role not in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles)]


def test_contrast_ratio_matches_wcag() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert theme.contrast_ratio(black, white) == pytest.approx(21.0)
    assert theme.contrast_ratio(white, black) == pytest.approx(21.0)
    assert theme.contrast_ratio(white, white) == pytest.approx(1.0)
    # WCAG's own example: #777777 on white is just under 4.5:1
    assert theme.contrast_ratio(QColor("#777777"), white) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_every_role_is_set_in_every_group(qapp: QApplication, name: str) -> None:
    palette = theme.build_palette(name)
    for group in GROUPS:
        for role in ROLES:
            assert palette.isBrushSet(group, role), (group, role)


@pytest.mark.parametrize(("name", "minimum"),
                         [("light", 4.5), ("dark", 4.5), ("high_contrast", 7.0)])
def test_text_contrast(qapp: QApplication, name: str, minimum: float) -> None:
    palette = theme.build_palette(name)
    for group in GROUPS:
        for text, background in theme.TEXT_PAIRS:
            ratio = theme.contrast_ratio(palette.color(group, text),
                                         palette.color(group, background))
            assert ratio >= minimum, f"{name} {group.name} {text.name} on {background.name}"


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_focus_ring_stands_out_from_the_window(qapp: QApplication, name: str) -> None:
    palette = theme.build_palette(name)
    ring = palette.color(QPalette.ColorRole.Highlight)
    assert theme.contrast_ratio(ring, palette.color(QPalette.ColorRole.Window)) >= 3.0
    assert theme.contrast_ratio(ring, palette.color(QPalette.ColorRole.Base)) >= 3.0


def test_disabled_text_looks_different(qapp: QApplication) -> None:
    for name in ("light", "dark", "high_contrast"):
        palette = theme.build_palette(name)
        assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) != \
            palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)


def test_system_follows_the_desktop() -> None:
    assert theme.resolve_theme("system", Qt.ColorScheme.Dark) == "dark"
    assert theme.resolve_theme("system", Qt.ColorScheme.Light) == "light"
    assert theme.resolve_theme("system", Qt.ColorScheme.Unknown) == "light"
    assert theme.resolve_theme("high_contrast", Qt.ColorScheme.Light) == "high_contrast"
    assert theme.resolve_theme("no such theme", Qt.ColorScheme.Dark) == "dark"


def test_apply_theme_sets_palette_and_focus_styles(qapp: QApplication) -> None:
    before = qapp.palette()
    try:
        assert theme.apply_theme(qapp, "dark") == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(tokens.DARK.window)
        assert ":focus" in qapp.styleSheet()
        theme.apply_theme(qapp, "high_contrast")
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    finally:
        qapp.setPalette(before)
        qapp.setStyleSheet("")


def test_text_scale_is_kept_between_100_and_200(qapp: QApplication, qtbot: QtBot) -> None:
    font = qapp.font()
    try:
        theme.apply_text_scale(qapp, 100)
        base = qapp.font().pointSizeF()
        theme.apply_text_scale(qapp, 200)
        assert qapp.font().pointSizeF() == pytest.approx(base * 2)
        theme.apply_text_scale(qapp, 500)
        assert qapp.font().pointSizeF() == pytest.approx(base * 2)
        theme.apply_text_scale(qapp, 50)
        assert qapp.font().pointSizeF() == pytest.approx(base)
        theme.apply_text_scale(qapp, 150)  # scaled from the base, not from the last size
        assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    finally:
        theme.apply_text_scale(qapp, 100)
        qapp.setFont(font)


def test_headings_with_their_own_font_grow_with_the_text(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """Bug: a heading built at 100 % stayed small when the person chose 200 % text."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    font = qapp.font()
    try:
        theme.apply_text_scale(qapp, 100)
        body = QLabel("body")
        heading = QLabel("Heading")
        qtbot.addWidget(body)
        qtbot.addWidget(heading)
        big = QFont(qapp.font())
        big.setPointSizeF(qapp.font().pointSizeF() * 1.4)
        heading.setFont(big)
        body.show()
        heading.show()
        for percent in (200, 100):
            theme.apply_text_scale(qapp, percent)
            qapp.processEvents()
            assert body.font().pointSizeF() == pytest.approx(qapp.font().pointSizeF())
            assert heading.font().pointSizeF() == pytest.approx(qapp.font().pointSizeF() * 1.4)
    finally:
        theme.apply_text_scale(qapp, 100)
        qapp.setFont(font)


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_ticked_boxes_show_a_tick_not_only_a_colour(name: str) -> None:
    """Bug: a ticked box was a filled square with no tick, so "on" rested on colour alone."""
    import re
    from pathlib import Path

    rule = theme.tick_rule(theme.build_palette(name))
    paths = re.findall(r"url\(([^)]+)\)", rule)
    assert paths and all(Path(p).is_file() for p in paths)
    assert "QCheckBox::indicator:checked" in rule


def test_a_stored_text_size_reaches_every_widget_from_the_first_window(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """After a restart at 200 %, the header, menus and unlock screen are large too, not only
    the headings (the size is applied before any widget is built)."""
    normal = qapp.font().pointSizeF()
    store = settings_in(tmp_path)
    store.setValue("appearance/text_scale", 200)
    try:
        controller = build_app(tmp_path / "none.vault", store)
        window = controller.window
        qtbot.addWidget(window)
        for widget in (window.help_button, window.menuBar(), controller.welcome.open_button):
            assert widget.font().pointSizeF() == pytest.approx(2 * normal), widget
    finally:
        theme.apply_text_scale(qapp, 100)
    assert qapp.font().pointSizeF() == pytest.approx(normal)
