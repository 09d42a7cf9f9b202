"""Design tokens: the one place colours, type sizes, spacing and radii are chosen.

The light, dark and high-contrast palettes and the application stylesheet are both generated
from these (ui/theme.py, ui/stylesheet.py), so a page never names a colour or a pixel size of
its own. docs/design.md explains each choice. Plain data: no Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- type scale: factors of the body size, so every step follows the text-size setting --------
TITLE = 1.5      # a page's own title
HEADING = 1.2    # a section, card or group title
BODY = 1.0
CAPTION = 0.9    # a hint under a control; never smaller, so 100 % text stays readable

# -- spacing grid: every margin and gap is a multiple of UNIT (pixels at 100 %) ---------------
UNIT = 4
SPACE_XS = UNIT       # between a label and its control
SPACE_S = 2 * UNIT    # between controls in a row
SPACE_M = 3 * UNIT    # between rows of a form
SPACE_L = 4 * UNIT    # inside a card, around its content
SPACE_XL = 6 * UNIT   # between cards and sections of a page

# -- radius ----------------------------------------------------------------------------------
RADIUS_CONTROL = 6    # buttons, fields, lists
RADIUS_CARD = 10      # cards: soft, never pill-shaped
FOCUS_WIDTH = 3       # the focus ring; borders are 1 px (2 px in high contrast)


@dataclass(frozen=True, slots=True)
class Colours:
    """The named colours of one theme; every palette role and stylesheet colour maps to one."""

    window: str          # the page background: warm, never pure white in light
    surface: str         # a card on the window
    field: str           # where a person types, and lists
    field_alt: str       # alternate list rows, quiet fills
    text: str
    muted: str           # placeholder and caption text (still >= 4.5:1)
    edge: str            # component borders: fields, buttons, check boxes (>= 3:1)
    divider: str         # a card's soft outline and separators (decorative)
    button: str
    button_hover: str
    button_pressed: str
    accent: str          # the one accent: selection, focus ring, a set slider, primary edge
    on_accent: str       # text on the accent
    accent_soft: str     # a quiet accent fill (hover on a list row, a slider's filled groove)
    link: str
    link_visited: str
    tooltip: str
    tooltip_text: str
    disabled_text: str
    disabled_fill: str
    edge_width: int = 1


LIGHT = Colours(
    window="#f4f2ed", surface="#fcfbf8", field="#ffffff", field_alt="#efede7",
    text="#1f2326", muted="#5c6063", edge="#85827b", divider="#d9d5cc",
    button="#ebe8e1", button_hover="#e1ded5", button_pressed="#d3cfc5",
    accent="#2b6b64", on_accent="#ffffff", accent_soft="#d6e8e4",
    link="#1f5f7a", link_visited="#5b4a8a", tooltip="#fbf6e6", tooltip_text="#1f2326",
    disabled_text="#63676a", disabled_fill="#eceae4",
)

DARK = Colours(
    window="#1d2022", surface="#25292b", field="#17191b", field_alt="#2b3033",
    text="#e9e6e0", muted="#a9aeb0", edge="#858c90", divider="#3a4043",
    button="#30353a", button_hover="#3a4046", button_pressed="#454c52",
    accent="#7fc4b8", on_accent="#10201d", accent_soft="#2f4a45",
    link="#8fc6e6", link_visited="#c2b1ea", tooltip="#30353a", tooltip_text="#e9e6e0",
    disabled_text="#979c9f", disabled_fill="#26292c",
)

HIGH_CONTRAST = Colours(
    window="#000000", surface="#000000", field="#000000", field_alt="#1a1a1a",
    text="#ffffff", muted="#d6d6d6", edge="#ffffff", divider="#ffffff",
    button="#000000", button_hover="#1f1f1f", button_pressed="#333333",
    accent="#8ff5e4", on_accent="#000000", accent_soft="#1f3b37",
    link="#ffff66", link_visited="#e0b3ff", tooltip="#000000", tooltip_text="#ffffff",
    disabled_text="#c0c0c0", disabled_fill="#000000", edge_width=2,
)

THEME_COLOURS: dict[str, Colours] = {
    "light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST,
}

# The least contrast each theme promises for text; component edges always get 3:1.
TEXT_CONTRAST = {"light": 4.5, "dark": 4.5, "high_contrast": 7.0}
EDGE_CONTRAST = 3.0
