"""Fusion palettes (light, dark, high contrast) and the stylesheet, both from ui/tokens.py.

Every colour the app shows comes from the tokens, so a page never hard-codes one. Each text and
background pair meets WCAG contrast (4.5:1, or 7:1 in high contrast) and every component edge
3:1; tests/ui/test_design.py checks it. The text size is applied here too.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from recovery_journal.resources import resource_path
from recovery_journal.ui import stylesheet as app_stylesheet
from recovery_journal.ui import tokens
from recovery_journal.ui.tokens import Colours

THEMES = ("system", "light", "dark", "high_contrast")
DEFAULT_THEME = "system"
TEXT_SCALE_MIN = 100
TEXT_SCALE_MAX = 200
_BASE_SIZE_PROPERTY = "recoveryJournalBasePointSize"

Role = QPalette.ColorRole


def _roles(c: Colours) -> tuple[dict[Role, str], dict[Role, str]]:
    """Role -> colour for the active (and inactive) group, and the disabled overrides."""
    dark = relative_luminance(QColor(c.window)) < 0.2
    normal = {
        Role.Window: c.window, Role.WindowText: c.text,
        Role.Base: c.field, Role.AlternateBase: c.field_alt, Role.Text: c.text,
        Role.Button: c.button, Role.ButtonText: c.text, Role.BrightText: c.on_accent,
        # Fusion draws bevels and frames from these five; Dark is the component edge.
        Role.Light: c.button_pressed if dark else c.field, Role.Midlight: c.button_hover,
        Role.Mid: c.divider, Role.Dark: c.edge, Role.Shadow: c.field if dark else c.text,
        Role.Highlight: c.accent, Role.HighlightedText: c.on_accent,
        Role.Link: c.link, Role.LinkVisited: c.link_visited,
        Role.ToolTipBase: c.tooltip, Role.ToolTipText: c.tooltip_text,
        Role.PlaceholderText: c.muted, Role.Accent: c.accent,
    }
    disabled = {
        Role.WindowText: c.disabled_text, Role.Text: c.disabled_text,
        Role.ButtonText: c.disabled_text, Role.Base: c.disabled_fill,
        Role.Button: c.disabled_fill, Role.Highlight: c.disabled_text,
        Role.HighlightedText: c.field, Role.PlaceholderText: c.disabled_text,
    }
    return normal, disabled


# Pairs of (text role, background role) a person reads; the contrast tests walk these.
TEXT_PAIRS: tuple[tuple[Role, Role], ...] = (
    (Role.WindowText, Role.Window), (Role.WindowText, Role.AlternateBase),
    (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase), (Role.Link, Role.Base), (Role.Link, Role.Window),
    (Role.LinkVisited, Role.Base), (Role.PlaceholderText, Role.Base),
)



def resolve_theme(name: str, scheme: Qt.ColorScheme) -> str:
    """The palette name to use: "system" becomes light or dark from the desktop's scheme."""
    if name not in THEMES:
        name = DEFAULT_THEME
    if name == "system":
        return "dark" if scheme == Qt.ColorScheme.Dark else "light"
    return name


def build_palette(name: str) -> QPalette:
    """A complete palette (every role, every group) for "light", "dark" or "high_contrast"."""
    normal, disabled = _roles(tokens.THEME_COLOURS[name])
    palette = QPalette()
    for role, colour in normal.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                      QPalette.ColorGroup.Disabled):
            palette.setColor(group, role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def stylesheet(name: str = "light") -> str:
    """The application stylesheet for palette `name`, generated from the same tokens."""
    colours = tokens.THEME_COLOURS.get(name, tokens.LIGHT)
    return app_stylesheet.build(colours) + tick_rule(build_palette(name))


def apply_theme(app: QGuiApplication, name: str) -> str:
    """Set the palette and focus styles for `name`; returns the palette actually used."""
    resolved = resolve_theme(name, app.styleHints().colorScheme())
    app.setPalette(build_palette(resolved))
    if isinstance(app, QApplication):
        # Re-setting the sheet re-polishes every widget, so palette() references follow.
        _restyle(app, stylesheet(resolved), 1.0)
    return resolved


def tick_rule(palette: QPalette) -> str:
    """A tick mark in ticked boxes, so "on" never rests on a filled colour alone; and the
    spin box and combo box arrows in the text's colour (QSS images cannot be tinted)."""
    light_tick = palette.color(QPalette.ColorRole.HighlightedText).lightness() > 127
    icon = resource_path("icons", "tick-white.svg" if light_tick else "tick-black.svg")
    url = icon.as_posix()
    dark_text = palette.color(QPalette.ColorRole.Text).lightness() < 128
    arrows = {
        direction: resource_path(
            "icons", f"caret-{direction}-{'black' if dark_text else 'white'}.svg")
        for direction in ("up", "down")
    }
    return (
        f"QCheckBox::indicator:checked {{ image: url({url}); }}\n"
        f"QAbstractItemView::indicator:checked:!selected {{ image: url({url}); }}\n"
        f"QAbstractSpinBox::up-arrow {{ image: url({arrows['up'].as_posix()}); }}\n"
        f"QAbstractSpinBox::down-arrow {{ image: url({arrows['down'].as_posix()}); }}\n"
        f"QComboBox::down-arrow {{ image: url({arrows['down'].as_posix()}); }}\n"
    )


def clamp_text_scale(percent: int) -> int:
    """Keep a text size within 100-200 %."""
    return max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, int(percent)))


def apply_text_scale(app: QGuiApplication, percent: int) -> None:
    """Scale the application font to `percent` of the size it had when first scaled."""
    base = app.property(_BASE_SIZE_PROPERTY)
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        if base <= 0:
            base = 10.0
        app.setProperty(_BASE_SIZE_PROPERTY, float(base))
    old_size = app.font().pointSizeF()
    font = QFont(app.font())
    font.setPointSizeF(base * clamp_text_scale(percent) / 100)
    app.setFont(font)
    if isinstance(app, QApplication) and old_size > 0:
        _restyle(app, app.styleSheet(), font.pointSizeF() / old_size)


@contextmanager
def _collector_paused() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _restyle(app: QApplication, sheet: str, ratio: float) -> None:
    # With a style sheet, a widget keeps the font it was first polished with: a new
    # application font reaches only widgets built later. Re-setting the sheet re-polishes every
    # widget from its parent's font, so the new size reaches all of them, menus and hidden
    # dialogs included. It also puts back the font a heading (a widget with its own font) had
    # when first polished, so those are read before and written back, scaled, after.
    # Read everything first, then write, since a font change can re-polish other widgets. The
    # collector waits while Qt's list is held: it could delete a parentless widget it names.
    with _collector_paused():
        explicit = [
            (widget, widget.font())
            for top in app.topLevelWidgets()
            for widget in (top, *top.findChildren(QWidget))
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
        ]
    if sheet:
        app.setStyleSheet(sheet)
    for widget, old in explicit:
        if shiboken6.isValid(widget) and old.pointSizeF() > 0:
            font = QFont(old)
            font.setPointSizeF(old.pointSizeF() * ratio)
            widget.setFont(font)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours, from 1.0 to 21.0."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
