"""The application stylesheet, generated from one theme's design tokens (ui/tokens.py).

Focus must be obvious: a thick ring in the accent colour on everything a person types into or
presses, and padding shrinks as the border grows so nothing moves when focus arrives. Sizes
that must follow the text size (check boxes, row heights) are in em; the rest is on the grid.
"""

from __future__ import annotations

from recovery_journal.ui import tokens
from recovery_journal.ui.tokens import Colours

_FIELDS = (
    "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QListWidget, QListView,"
    " QTreeView, QTableView"
)
_LISTS = "QPlainTextEdit, QTextEdit, QListWidget, QListView, QTreeView, QTableView"

_TEMPLATE = """
QPushButton {
    border: {ew}px solid {edge}; border-radius: {rc}px; background: {button}; color: {text};
    padding: 6px 16px; min-height: 1.4em; icon-size: 1.2em;
}
QPushButton:hover { background: {button_hover}; }
QPushButton:pressed, QPushButton:checked { background: {button_pressed}; }
QPushButton:disabled {
    color: {disabled_text}; background: {disabled_fill}; border-color: {divider};
}
QPushButton[primary="true"] {
    background: {accent}; color: {on_accent}; border: 2px solid {accent};
    font-weight: bold; padding: 5px 15px;
}
QPushButton[primary="true"]:hover { border-color: {text}; }
QPushButton[primary="true"]:disabled {
    color: {disabled_text}; background: {disabled_fill}; border-color: {divider};
}
QPushButton:focus { border: {fw}px solid {accent}; padding: {button_focus_v}px {button_focus_h}px; }
QPushButton[primary="true"]:focus { border: {fw}px solid {text}; padding: 4px 14px; }
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QToolButton { border: 1px solid transparent; border-radius: {rc}px; padding: 4px; }
QToolButton:hover { background: {button_hover}; border-color: {edge}; }
QToolButton:focus { border: {fw}px solid {accent}; padding: 2px; }

{fields} {
    border: {ew}px solid {edge}; border-radius: {rc}px; background: {field}; color: {text};
    selection-background-color: {accent}; selection-color: {on_accent};
}
{fields_disabled} { color: {disabled_text}; background: {disabled_fill}; }
QLineEdit { padding: 5px; }
QLineEdit:focus { border: {fw}px solid {accent}; padding: {pad_focus}px; }
QAbstractSpinBox, QComboBox { padding: 4px 6px; min-height: 1.4em; }
QAbstractSpinBox:focus, QComboBox:focus {
    border: {fw}px solid {accent}; padding: {spin_focus_v}px {spin_focus_h}px;
}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    subcontrol-origin: border; width: 1.3em; border: none; border-left: 1px solid {divider};
    background: {field_alt};
}
QAbstractSpinBox::up-button { subcontrol-position: top right; border-top-right-radius: {rc}px; }
QAbstractSpinBox::down-button {
    subcontrol-position: bottom right; border-bottom-right-radius: {rc}px;
}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {
    background: {button_pressed};
}
QAbstractSpinBox::up-arrow, QAbstractSpinBox::down-arrow { width: 0.6em; height: 0.6em; }
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled { image: none; }
QAbstractSpinBox::up-button:disabled, QAbstractSpinBox::down-button:disabled {
    background: transparent; border-left-color: transparent;
}
QComboBox::drop-down { border: none; width: 1.6em; }
QComboBox::down-arrow { width: 0.7em; height: 0.7em; }
QComboBox QAbstractItemView { border: {ew}px solid {edge}; }
{lists_focus} { border: {fw}px solid {accent}; }

QAbstractItemView::item:selected { background: {accent}; color: {on_accent}; }
QAbstractItemView::indicator {
    width: 0.9em; height: 0.9em; border: 2px solid {edge}; border-radius: 3px;
    background: {field};
}
QAbstractItemView::indicator:checked { background: {accent}; border-color: {accent}; }
QAbstractItemView::indicator:selected { border-color: {on_accent}; }
QAbstractItemView::indicator:checked:selected {
    background: {on_accent}; border-color: {on_accent};
}

QCheckBox, QRadioButton { spacing: 8px; padding: 2px; }
QCheckBox:focus, QRadioButton:focus { text-decoration: underline; }
QCheckBox::indicator, QRadioButton::indicator {
    width: 1em; height: 1em; border: 2px solid {edge}; background: {field};
}
QCheckBox::indicator { border-radius: 4px; }
QRadioButton::indicator { border-radius: 0.5em; }
QCheckBox::indicator:checked { background: {accent}; border-color: {accent}; }
QRadioButton::indicator:checked {
    border-color: {accent};
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {accent}, stop: 0.4 {accent}, stop: 0.47 {field}, stop: 1 {field});
}
/* Focus rings the box in the text colour, so a focused radio never reads as a solid disc. */
QCheckBox::indicator:focus, QRadioButton::indicator:focus { border: {fw}px solid {text}; }

QSlider { min-height: 1.8em; border: 2px solid transparent; border-radius: {rc}px; }
QSlider:focus { border: 2px solid {accent}; }
QSlider::groove:horizontal {
    height: 6px; border: 1px solid {edge}; border-radius: 3px; background: {field};
}
QSlider::sub-page:horizontal {
    border: 1px solid {edge}; border-radius: 3px; background: {accent_soft};
}
QSlider::handle:horizontal {
    width: 1.1em; margin: -0.45em 0; border-radius: 0.55em;
    border: 2px solid {field}; background: {accent};
}
QSlider::handle:horizontal:focus { border: 3px solid {text}; }

QScrollBar:vertical { background: {window}; width: 14px; margin: 0; border: none; }
QScrollBar:horizontal { background: {window}; height: 14px; margin: 0; border: none; }
QScrollBar::handle:vertical {
    background: {thumb}; min-height: 32px; border-radius: 5px; margin: 2px 3px;
}
QScrollBar::handle:horizontal {
    background: {thumb}; min-width: 32px; border-radius: 5px; margin: 3px 2px;
}
QScrollBar::handle:hover { background: {accent}; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }

QFrame#card, QWidget#card, QFrame#chartCard, QGroupBox {
    background: {surface}; border: 1px solid {divider}; border-radius: {rcard}px;
}
QGroupBox { padding: 2.2em {space_m}px {space_m}px {space_m}px; }
/* A group whose title is a wrapping label inside it (a title never wraps): no room for one. */
QGroupBox[titleInside="true"] { padding-top: {space_m}px; }
QGroupBox::title {
    subcontrol-origin: border; subcontrol-position: top left; left: {space_m}px;
    top: {space_s}px; padding: 0 {space_xs}px; color: {text};
}
QFrame#chartFrame { border: {fw}px solid transparent; }
QFrame#chartFrame:focus { border: {fw}px solid {accent}; }
QLabel#message {
    border: 1px solid {divider}; border-left: 4px solid {accent}; border-radius: {rc}px;
    padding: 8px 12px; background: {surface};
}
QFrame#tagField {
    border: {ew}px solid {edge}; border-radius: {rc}px; background: {field};
}
QFrame#tagField[focused="true"] { border: {fw}px solid {accent}; }
QFrame#tagField QLineEdit, QFrame#tagField QLineEdit:focus {
    border: none; background: transparent; padding: 3px;
}
QPushButton#chip {
    background: {accent_soft}; color: {text}; border: 1px solid {edge};
    border-radius: {rc}px; padding: 2px 8px; min-height: 1.2em;
}
QPushButton#chip:focus { border: {fw}px solid {accent}; padding: 0px 6px; }
QFrame#footer { border: none; border-top: 1px solid {divider}; background: {surface}; }
QFrame#header { border: none; border-bottom: 1px solid {divider}; background: {surface}; }
QFrame#banner, QFrame#helplineRow {
    border: 1px solid {divider}; border-radius: {rcard}px; background: {surface};
}
QListWidget#navigation {
    padding: 6px; icon-size: 1.2em; background: {surface};
    border: 1px solid {divider}; border-radius: {rcard}px;
}
QListWidget#navigation:focus { border: {fw}px solid {accent}; }
QListWidget#navigation::item { padding: 5px 8px; border-radius: {rc}px; margin: 1px 0; }
QListWidget#navigation::item:hover { background: {button_hover}; }
QListWidget#navigation::item:selected {
    background: {accent_soft}; color: {text}; border-left: 4px solid {accent};
}
QTabBar::tab {
    padding: 6px 14px; border: 1px solid {divider}; border-bottom: none;
    border-top-left-radius: {rc}px; border-top-right-radius: {rc}px; background: {window};
}
QTabBar::tab:selected { background: {surface}; border-top: 3px solid {accent}; }
QTabBar::tab:focus { text-decoration: underline; }
/* A page's title takes the focus when the page opens: a calm underline, room kept for it. */
QLabel#pageTitle { border-bottom: {fw}px solid transparent; }
QLabel#pageTitle:focus { border-bottom: {fw}px solid {accent}; }
QToolTip { border: 1px solid {edge}; background: {tooltip}; color: {tooltip_text}; }
"""


def build(colours: Colours) -> str:
    """The stylesheet for one theme, every colour and size from its tokens."""
    edge_width = colours.edge_width
    focus = tokens.FOCUS_WIDTH
    values = {
        "ew": edge_width, "fw": focus, "rc": tokens.RADIUS_CONTROL, "rcard": tokens.RADIUS_CARD,
        "pad_focus": 5 + edge_width - focus, "spin_focus_v": 4 + edge_width - focus,
        "spin_focus_h": 6 + edge_width - focus,
        "button_focus_v": 6 + edge_width - focus, "button_focus_h": 16 + edge_width - focus,
        "space_xs": tokens.SPACE_XS, "space_s": tokens.SPACE_S, "space_m": tokens.SPACE_M,
        "space_l": tokens.SPACE_L,
        "fields": _FIELDS,
        "fields_disabled": ", ".join(f"{name.strip()}:disabled" for name in _FIELDS.split(",")),
        "lists_focus": ", ".join(f"{name.strip()}:focus" for name in _LISTS.split(",")),
        "thumb": colours.edge,
    }
    values.update({name: getattr(colours, name) for name in Colours.__dataclass_fields__})
    sheet = _TEMPLATE
    for key, value in values.items():
        sheet = sheet.replace("{" + key + "}", str(value))
    return sheet
