"""Explicit Fusion palettes (light, dark, high contrast), visible focus and the text size.

Every colour the app shows comes from these palettes, so a page never hard-codes one. Each text
and background pair meets WCAG contrast (4.5:1, or 7:1 in high contrast); tests check it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

import recovery_journal

THEMES = ("system", "light", "dark", "high_contrast")
DEFAULT_THEME = "system"
TEXT_SCALE_MIN = 100
TEXT_SCALE_MAX = 200
_BASE_SIZE_PROPERTY = "recoveryJournalBasePointSize"

Role = QPalette.ColorRole

# Role -> colour for the active (and inactive) group; "disabled" overrides follow.
_LIGHT: dict[Role, str] = {
    Role.Window: "#f5f4f0", Role.WindowText: "#1f2328",
    Role.Base: "#ffffff", Role.AlternateBase: "#eeede8", Role.Text: "#1f2328",
    Role.Button: "#e8e6e0", Role.ButtonText: "#1f2328", Role.BrightText: "#ffffff",
    Role.Light: "#ffffff", Role.Midlight: "#f0efea", Role.Mid: "#b5b3ad",
    Role.Dark: "#77756f", Role.Shadow: "#4a4946",
    Role.Highlight: "#2a5ea8", Role.HighlightedText: "#ffffff",
    Role.Link: "#1a56b0", Role.LinkVisited: "#6a3d9c",
    Role.ToolTipBase: "#fdf8e4", Role.ToolTipText: "#1f2328",
    Role.PlaceholderText: "#63676d", Role.Accent: "#2a5ea8",
}
_LIGHT_DISABLED: dict[Role, str] = {
    Role.WindowText: "#62666c", Role.Text: "#62666c", Role.ButtonText: "#62666c",
    Role.Base: "#f5f4f0", Role.Button: "#eeede8", Role.Highlight: "#686c72",
    Role.HighlightedText: "#ffffff", Role.PlaceholderText: "#686c72",
}

_DARK: dict[Role, str] = {
    Role.Window: "#1e2124", Role.WindowText: "#e9e7e3",
    Role.Base: "#16181b", Role.AlternateBase: "#24282c", Role.Text: "#e9e7e3",
    Role.Button: "#2d3136", Role.ButtonText: "#e9e7e3", Role.BrightText: "#ffffff",
    Role.Light: "#4a5057", Role.Midlight: "#3a3f45", Role.Mid: "#5c636b",
    Role.Dark: "#8a9199", Role.Shadow: "#0b0c0d",
    Role.Highlight: "#79a8ea", Role.HighlightedText: "#0d1117",
    Role.Link: "#8cb8f5", Role.LinkVisited: "#c3a6f0",
    Role.ToolTipBase: "#2d3136", Role.ToolTipText: "#e9e7e3",
    Role.PlaceholderText: "#a2a8ae", Role.Accent: "#79a8ea",
}
_DARK_DISABLED: dict[Role, str] = {
    Role.WindowText: "#979ca2", Role.Text: "#979ca2", Role.ButtonText: "#979ca2",
    Role.Base: "#1e2124", Role.Button: "#26292d", Role.Highlight: "#4a5057",
    Role.HighlightedText: "#e9e7e3", Role.PlaceholderText: "#979ca2",
}

_HIGH_CONTRAST: dict[Role, str] = {
    Role.Window: "#000000", Role.WindowText: "#ffffff",
    Role.Base: "#000000", Role.AlternateBase: "#1a1a1a", Role.Text: "#ffffff",
    Role.Button: "#000000", Role.ButtonText: "#ffffff", Role.BrightText: "#ffff00",
    Role.Light: "#ffffff", Role.Midlight: "#ffffff", Role.Mid: "#ffffff",
    Role.Dark: "#ffffff", Role.Shadow: "#ffffff",
    Role.Highlight: "#ffff00", Role.HighlightedText: "#000000",
    Role.Link: "#66ffff", Role.LinkVisited: "#ff99ff",
    Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff",
    Role.PlaceholderText: "#d0d0d0", Role.Accent: "#ffff00",
}
_HIGH_CONTRAST_DISABLED: dict[Role, str] = {
    Role.WindowText: "#c0c0c0", Role.Text: "#c0c0c0", Role.ButtonText: "#c0c0c0",
    Role.Highlight: "#c0c0c0", Role.HighlightedText: "#000000",
    Role.PlaceholderText: "#c0c0c0",
}

_PALETTES: dict[str, tuple[Mapping[Role, str], Mapping[Role, str]]] = {
    "light": (_LIGHT, _LIGHT_DISABLED),
    "dark": (_DARK, _DARK_DISABLED),
    "high_contrast": (_HIGH_CONTRAST, _HIGH_CONTRAST_DISABLED),
}

# Pairs of (text role, background role) a person reads; the contrast tests walk these.
TEXT_PAIRS: tuple[tuple[Role, Role], ...] = (
    (Role.WindowText, Role.Window), (Role.WindowText, Role.AlternateBase),
    (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase), (Role.Link, Role.Base), (Role.Link, Role.Window),
    (Role.LinkVisited, Role.Base), (Role.PlaceholderText, Role.Base),
)

# Focus must be obvious: a thick ring in the highlight colour on the controls a person types
# into or presses. Padding shrinks as the border grows, so nothing moves when focus arrives.
_STYLESHEET = """
QPushButton {
    border: 1px solid palette(dark); border-radius: 4px;
    background: palette(button); padding: 6px 16px; min-height: 1.4em;
}
QPushButton:hover { background: palette(midlight); }
QPushButton:pressed { background: palette(mid); }
QPushButton[primary="true"] { border-width: 2px; font-weight: bold; padding: 5px 15px; }
QPushButton:focus, QPushButton[primary="true"]:focus {
    border: 3px solid palette(highlight); padding: 4px 14px;
}
QLineEdit, QPlainTextEdit, QTextEdit, QListWidget, QListView, QTreeView, QTableView {
    border: 1px solid palette(dark); border-radius: 3px; background: palette(base);
}
QLineEdit { padding: 5px; }
QLineEdit:focus { border: 3px solid palette(highlight); padding: 3px; }
QPlainTextEdit:focus, QTextEdit:focus, QListWidget:focus, QListView:focus,
QTreeView:focus, QTableView:focus { border: 3px solid palette(highlight); }
QCheckBox:focus, QRadioButton:focus { text-decoration: underline; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 1em; height: 1em; border: 2px solid palette(window-text); background: palette(base);
}
QCheckBox::indicator { border-radius: 3px; }
QRadioButton::indicator { border-radius: 0.6em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked {
    background: palette(highlight); border-color: palette(window-text);
}
QCheckBox::indicator:focus, QRadioButton::indicator:focus { border-color: palette(highlight); }
QLabel#message {
    border: 1px solid palette(dark); border-radius: 4px; padding: 8px;
    background: palette(alternate-base);
}
QFrame#header { border: none; border-bottom: 1px solid palette(dark); }
QFrame#banner, QFrame#helplineRow { border: 1px solid palette(dark); border-radius: 4px; }
QListWidget#navigation { padding: 4px 6px; }
QToolTip { border: 1px solid palette(dark); }
"""


_ICONS = Path(recovery_journal.__file__).resolve().parent.parent / "resources" / "icons"


def resolve_theme(name: str, scheme: Qt.ColorScheme) -> str:
    """The palette name to use: "system" becomes light or dark from the desktop's scheme."""
    if name not in THEMES:
        name = DEFAULT_THEME
    if name == "system":
        return "dark" if scheme == Qt.ColorScheme.Dark else "light"
    return name


def build_palette(name: str) -> QPalette:
    """A complete palette (every role, every group) for "light", "dark" or "high_contrast"."""
    normal, disabled = _PALETTES[name]
    palette = QPalette()
    for role, colour in normal.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                      QPalette.ColorGroup.Disabled):
            palette.setColor(group, role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def stylesheet() -> str:
    """The application stylesheet: visible focus rings, drawn from the palette."""
    return _STYLESHEET


def apply_theme(app: QGuiApplication, name: str) -> str:
    """Set the palette and focus styles for `name`; returns the palette actually used."""
    resolved = resolve_theme(name, app.styleHints().colorScheme())
    app.setPalette(build_palette(resolved))
    if isinstance(app, QApplication):
        # Re-setting the sheet re-polishes every widget, so palette() references follow.
        _restyle(app, stylesheet() + tick_rule(build_palette(resolved)), 1.0)
    return resolved


def tick_rule(palette: QPalette) -> str:
    """A tick mark in ticked boxes, so "on" never rests on a filled colour alone."""
    light_tick = palette.color(QPalette.ColorRole.HighlightedText).lightness() > 127
    icon = _ICONS / ("tick-white.svg" if light_tick else "tick-black.svg")
    if not icon.is_file():  # pragma: no cover - an installation without resources/
        return ""
    url = icon.as_posix()
    return (
        f"QCheckBox::indicator:checked {{ image: url({url}); }}\n"
        f"QAbstractItemView::indicator:checked:!selected {{ image: url({url}); }}\n"
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
