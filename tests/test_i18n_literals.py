"""Every text a person reads goes through Qt's translation: an AST scan of ui/ for plain
literals (and f-strings) handed to the usual Qt setters and constructors (issue 18)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "recovery_journal" / "ui"
SETTERS = {
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName",
    "setAccessibleDescription", "addAction", "setStatusTip", "setWhatsThis", "setTitle",
    "setSpecialValueText", "setLabelText", "setInformativeText", "addTab", "setTabText",
    "showMessage", "addRow", "addMenu", "addItem", "setHeaderLabels", "setSuffix", "setPrefix",
}
WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMenu", "paragraph",
}


def _plain(node: ast.expr) -> bool:
    """A literal with letters in it, or an f-string with words of its own: words no translator
    will see. (An f-string of only values, f"{name} ({count})", holds the person's words.)"""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    return isinstance(node, ast.JoinedStr) and any(_plain(part) for part in node.values)


def plain_texts(source: str) -> list[tuple[int, str]]:
    """(line, call) of every plain literal handed to a Qt text setter or widget in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        checked = node.args[:1]
        if name == "addTab":
            checked = node.args[1:2]
        if (name in SETTERS or name in WIDGETS) and any(_plain(arg) for arg in checked):
            found.append((node.lineno, name))
    return found


# Texts that stay the same in every language: the product's own name, symbols.
ALLOWED = {"Recovery Journal"}


def test_the_scan_finds_a_plain_text() -> None:
    code = ('label.setText("Saved")\nQPushButton(f"Save {x}")\nlabel.setText(self.tr("Saved"))\n'
            'tabs.addTab(page, "Week")\nlabel.setText("")\nQLabel(f"{name} ({n})")\n')
    assert plain_texts(code) == [(1, "setText"), (2, "QPushButton"), (4, "addTab")]


def test_no_plain_text_reaches_a_qt_setter_in_ui() -> None:
    """Bug: many labels were English only. Use self.tr / QCoreApplication.translate."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        source = path.read_text("utf-8")
        found += [f"{path.relative_to(UI)}:{line} {name}" for line, name in plain_texts(source)
                  if not any(f'"{text}"' in source.splitlines()[line - 1] for text in ALLOWED)]
    assert found == [], "translate these texts (self.tr or QCoreApplication.translate)"

