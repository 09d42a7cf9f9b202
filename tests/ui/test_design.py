"""The design system: every theme from one set of tokens, readable text, visible component
edges (>= 3:1), nothing red anywhere, and the pieces pages share (cards, icons, dialog rows)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.ui import icons, stylesheet, theme, tokens
from recovery_journal.ui.sections import SECTIONS
from recovery_journal.ui.widgets.card import Card

THEME_NAMES = ("light", "dark", "high_contrast")
Role = QPalette.ColorRole


def _ratio(a: str, b: str) -> float:
    return theme.contrast_ratio(QColor(a), QColor(b))


@pytest.mark.parametrize("name", THEME_NAMES)
def test_the_palette_is_generated_from_the_tokens(qapp: QApplication, name: str) -> None:
    colours = tokens.THEME_COLOURS[name]
    palette = theme.build_palette(name)
    assert palette.color(Role.Window) == QColor(colours.window)
    assert palette.color(Role.Highlight) == QColor(colours.accent)
    assert palette.color(Role.Accent) == QColor(colours.accent)
    assert palette.color(Role.Dark) == QColor(colours.edge)
    sheet = theme.stylesheet(name)
    for colour in (colours.accent, colours.surface, colours.edge, colours.field):
        assert colour in sheet
    assert not re.search(r"\{[a-z_]+\}", sheet), "a token left unfilled in the stylesheet"


@pytest.mark.parametrize("name", THEME_NAMES)
def test_text_is_readable_on_every_surface(name: str) -> None:
    c = tokens.THEME_COLOURS[name]
    minimum = tokens.TEXT_CONTRAST[name]
    pairs = {
        "text on window": (c.text, c.window), "text on card": (c.text, c.surface),
        "text on field": (c.text, c.field), "text on alternate rows": (c.text, c.field_alt),
        "text on button": (c.text, c.button), "text on hovered button": (c.text, c.button_hover),
        "text on pressed button": (c.text, c.button_pressed),
        "primary button text": (c.on_accent, c.accent),
        "selected section": (c.text, c.accent_soft),
        "placeholder": (c.muted, c.field), "caption on card": (c.muted, c.surface),
        "link": (c.link, c.field), "link on card": (c.link, c.surface),
        "visited link": (c.link_visited, c.field), "tool tip": (c.tooltip_text, c.tooltip),
        "disabled text": (c.disabled_text, c.disabled_fill),
        "disabled text on window": (c.disabled_text, c.window),
    }
    low = {what: round(_ratio(*pair), 2) for what, pair in pairs.items()
           if _ratio(*pair) < minimum}
    assert not low, f"{name}: below {minimum}:1: {low}"


@pytest.mark.parametrize("name", THEME_NAMES)
def test_component_edges_stand_out_from_what_is_around_them(name: str) -> None:
    """Button and field borders, check box borders, the focus ring, the slider's groove and
    handle and the scroll-bar thumb: each at least 3:1 against every surface it sits on."""
    c = tokens.THEME_COLOURS[name]
    surfaces = {"window": c.window, "card": c.surface, "field": c.field}
    edges = {
        "border": c.edge, "focus ring": c.accent, "slider handle": c.accent,
        "scroll-bar thumb": c.edge,
    }
    low = {
        f"{edge} on {surface}": round(_ratio(colour, background), 2)
        for edge, colour in edges.items() for surface, background in surfaces.items()
        if _ratio(colour, background) < tokens.EDGE_CONTRAST
    }
    # A focused primary button is ringed in the text colour, around its accent fill.
    for surface, background in surfaces.items():
        if _ratio(c.text, background) < tokens.EDGE_CONTRAST:
            low[f"primary focus ring on {surface}"] = round(_ratio(c.text, background), 2)
    # A ticked box is filled with the accent and carries a tick in on_accent.
    if _ratio(c.on_accent, c.accent) < tokens.EDGE_CONTRAST:
        low["tick on ticked box"] = round(_ratio(c.on_accent, c.accent), 2)
    # The handle sits on the groove; it must stand out from its filled part, too.
    if _ratio(c.accent, c.accent_soft) < tokens.EDGE_CONTRAST:
        low["slider handle on filled groove"] = round(_ratio(c.accent, c.accent_soft), 2)
    assert not low, f"{name}: below 3:1: {low}"


def _is_red(colour: QColor) -> bool:
    hue = colour.hslHueF() * 360
    saturated = colour.hslSaturationF() > 0.25 and 0.1 < colour.lightnessF() < 0.95
    return saturated and (hue <= 20 or hue >= 340)


def test_the_red_check_itself_knows_red() -> None:
    assert _is_red(QColor("#c0392b")) and _is_red(QColor("#e8a0a0"))
    assert not _is_red(QColor(tokens.LIGHT.accent)) and not _is_red(QColor("#f4f2ed"))


@pytest.mark.parametrize("name", THEME_NAMES)
def test_nothing_is_red(qapp: QApplication, name: str) -> None:
    """Not in any palette role of any group, nor anywhere in the stylesheet (review item 28)."""
    palette = theme.build_palette(name)
    found = [
        f"{group.name} {role.name}"
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled)
        for role in Role if role not in (Role.NoRole, Role.NColorRoles)
        if _is_red(palette.color(group, role))
    ]
    found += [hex_ for hex_ in re.findall(r"#[0-9a-fA-F]{6}\b", theme.stylesheet(name))
              if _is_red(QColor(hex_))]
    assert not found, f"{name}: red-hued colours: {found}"


def test_cancel_buttons_carry_no_icon() -> None:
    """The red ✗ on Cancel came from the style's dialog button icons; the sheet turns them off."""
    assert "dialogbuttonbox-buttons-have-icons: 0" in stylesheet.build(tokens.LIGHT)


def test_type_scale_steps_grow_from_caption_to_title() -> None:
    assert tokens.CAPTION < tokens.BODY < tokens.HEADING < tokens.TITLE
    assert tokens.CAPTION >= 0.85  # small text stays readable at 100 %
    for space in (tokens.SPACE_XS, tokens.SPACE_S, tokens.SPACE_M, tokens.SPACE_L,
                  tokens.SPACE_XL, tokens.RADIUS_CARD):
        assert space % 2 == 0 and space > 0


def test_a_card_is_styled_by_the_sheet_and_its_title_is_a_heading(
    qapp: QApplication, qtbot: QtBot
) -> None:
    card = Card("Appearance")
    qtbot.addWidget(card)
    assert card.objectName() == "card" and "QFrame#card" in stylesheet.build(tokens.DARK)
    assert card.title_label is not None and card.title_label.font().bold()
    assert card.title_label.font().pointSizeF() == pytest.approx(
        card.font().pointSizeF() * tokens.HEADING)
    assert card.title() == "Appearance"


@pytest.mark.parametrize("name", THEME_NAMES)
def test_icons_are_tinted_from_the_theme(qapp: QApplication, name: str) -> None:
    before = qapp.palette()
    try:
        qapp.setPalette(theme.build_palette(name))
        accent = QColor(tokens.THEME_COLOURS[name].accent)
        for section in SECTIONS:
            image = icons.section_icon(section.key).pixmap(48, 48).toImage()
            assert not image.isNull(), section.key
            drawn = {image.pixelColor(x, y).name() for x in range(48) for y in range(48)
                     if image.pixelColor(x, y).alpha() == 255}
            assert drawn == {accent.name()}, (section.key, drawn)
        disabled = icons.icon(icons.LOCK).pixmap(48, 48, QIcon.Mode.Disabled).toImage()
        assert any(disabled.pixelColor(x, y).alpha() for x in range(48) for y in range(48))
    finally:
        qapp.setPalette(before)
