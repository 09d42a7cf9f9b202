"""One place that installs the app's accessibility factories, once the QApplication exists.

Qt asks the factory installed last first, and PySide installs ONE bridge for all Python
factories, the first time any is installed. Installed before the QApplication (at import), it
came before Qt's own widget factory, which then answered for every plain widget first: a
QComboBox kept Qt's interface (named by its value). So factories are only registered here and
the bridge is installed when the first widget that needs one is made.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

Factory = Callable[[str, QObject], QAccessibleInterface | None]

_factories: list[Factory] = []
_installed: list[bool] = []


def _dispatch(key: str, target: QObject) -> QAccessibleInterface | None:
    for factory in _factories:
        interface = factory(key, target)
        if interface is not None:
            return interface
    return None


def add_factory(factory: Factory) -> None:
    """Let `factory` answer for the widgets it knows (from `ensure_installed` on)."""
    if factory not in _factories:
        _factories.append(factory)


def ensure_installed() -> None:
    """Install the bridge once a QApplication exists (call before making such widgets)."""
    if not _installed and QCoreApplication.instance() is not None:
        QAccessible.installFactory(_dispatch)
        _installed.append(True)
