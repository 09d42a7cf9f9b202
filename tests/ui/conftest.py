"""Fixtures the page tests share: repositories on the test vault and the shared undo stack."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.i18n import install_translations


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp: QApplication) -> None:
    """The plural forms the app loads at start ("1 helpline"), for pages built on their own."""
    install_translations(qapp)


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


@pytest.fixture
def undo_stack(qapp: QApplication) -> Iterator[QUndoStack]:
    stack = QUndoStack()
    yield stack
    stack.clear()


def _parentless_windows() -> dict[int, str]:
    return {id(w): type(w).__name__ for w in QApplication.topLevelWidgets() if w.parent() is None}


@pytest.fixture(autouse=True)
def _no_widget_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """Each test leaves no widget behind for a later test to meet half torn down.

    The GUI suite once crashed now and then inside Qt's widget walks: a widget made without a
    parent is owned by its Python wrapper, and Python's garbage collector deleted it at any
    moment, also while another test held Qt's raw list of widgets. So after each test: run
    the collector and the pending deleteLater() calls here, at a known point, and fail the
    test if a parentless widget it made is still alive (give it a parent, or qtbot.addWidget).
    """
    before = _parentless_windows()
    yield
    gc.collect()
    qapp.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = {key: name for key, name in _parentless_windows().items() if key not in before}
    if left:
        pytest.fail(f"widgets without a parent outlived the test: {sorted(left.values())}")
