"""Fixtures the page tests share: repositories on the test vault and the shared undo stack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


@pytest.fixture
def undo_stack(qapp: QApplication) -> Iterator[QUndoStack]:
    stack = QUndoStack()
    yield stack
    stack.clear()


@pytest.fixture(autouse=True)
def _flush_deleted_widgets(qapp: QApplication) -> Iterator[None]:
    """After each test, carry out pending deleteLater() calls, so no later test meets them."""
    yield
    qapp.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
