"""A text-size change reaches every widget at once: pages, header, menus, lists, dialogs and
the unlock screen, not only the widgets that set their own font."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QListView, QMenu, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage.vault import Vault
from recovery_journal.ui import theme
from recovery_journal.ui.app import AppController
from recovery_journal.ui.sections import SECTIONS
from tests.ui.demo_app import unlocked_demo_app


@pytest.fixture
def app(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> Iterator[AppController]:
    theme.apply_theme(qapp, "light")
    controller = unlocked_demo_app(qtbot, tmp_path, make_vault)
    yield controller
    theme.apply_text_scale(qapp, 100)


def _sizes(app: QApplication) -> dict[QWidget, float]:
    return {
        widget: widget.font().pointSizeF()
        for top in app.topLevelWidgets() for widget in (top, *top.findChildren(QWidget))
    }


def _not_doubled(before: dict[QWidget, float]) -> list[str]:
    return [
        f"{type(w).__name__}({w.objectName() or getattr(w, 'text', lambda: '')()!r}) "
        f"{size} -> {w.font().pointSizeF()}"
        for w, size in before.items()
        if w.font().pointSizeF() != pytest.approx(2 * size)
    ]


def test_a_live_change_to_200_reaches_every_widget(
    app: AppController, qapp: QApplication, qtbot: QtBot
) -> None:
    """Bug: a live change reached only headings; the header, menus, section list, pages,
    dialogs and the unlock screen stayed at 100 % until a restart."""
    window = app.window
    for section in SECTIONS:
        window.go_to(section.key)
    window.show_help()
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible())
    before = _sizes(qapp)
    app.settings.set_text_scale(200)
    qapp.processEvents()
    assert not _not_doubled(before)
    menu = window.menus.go_menu
    assert isinstance(menu, QMenu) and menu in before
    for widget in (window.help_button, window.lock_button, window.menuBar(), window.nav, menu):
        assert widget.font().pointSizeF() == pytest.approx(2 * before[widget])
    lists = [w for w in before if isinstance(w, QListView) and w.isVisible()]
    assert lists and all(
        w.font().pointSizeF() == pytest.approx(2 * before[w]) for w in lists
    )


def test_the_unlock_screen_follows_a_live_change(
    app: AppController, qapp: QApplication, qtbot: QtBot
) -> None:
    app.window.lock()
    qtbot.waitUntil(lambda: app.unlock.isVisible())
    labels = [w for w in app.unlock.findChildren(QLabel) if w.isVisible()]
    before = {w: w.font().pointSizeF() for w in (*labels, app.unlock.passphrase)}
    app.settings.set_text_scale(150)
    qapp.processEvents()
    assert all(w.font().pointSizeF() == pytest.approx(1.5 * s) for w, s in before.items())


def test_headings_keep_their_size_when_the_theme_changes_at_200(
    app: AppController, qapp: QApplication
) -> None:
    """Re-styling for a new theme must not put headings back to their 100 % size."""
    app.settings.set_text_scale(200)
    qapp.processEvents()
    before = _sizes(qapp)
    app.settings.set_theme("dark")
    qapp.processEvents()
    changed = [w for w, s in before.items() if w.font().pointSizeF() != pytest.approx(s)]
    assert not changed
