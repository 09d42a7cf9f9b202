"""A whole session in the real window leaves no personal text on disk outside the vault.

Marker words are typed key by key into every kind of field (check-in note and tag, journal
title and body, a strength and a use of it, a goal with a step and a review, two plan
sections, a person), some saved and one left half-typed; then the journal is locked and the
window closed. Every file under the test's home, XDG folders, QSettings file, matplotlib
folder, runtime folder and (new) temp files is read without blocking: no marker in any of them.
The person's own export, written afterwards to a folder they chose, holds every saved marker
(the half-typed one is a draft inside the vault), so the scan looks for text really saved.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.model import PlanSectionKey
from recovery_journal.portability.export import write_json
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.reliability.scan import files_holding, files_under
from tests.ui.audit import focused, press, start_app, type_text

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
MARK = "QZXmark"
FIELDS = ("checkinnote", "checkintag", "jtitle", "jbody", "strength", "strengthdesc",
          "usenote", "goal", "goalwhy", "step", "review", "toolbox", "crisis", "name",
          "relation", "helps", "halftyped")


def _m(field: str) -> str:
    return f"{MARK}{field}"


def _markers() -> list[bytes]:
    words = [MARK, *(_m(f) for f in FIELDS)]
    return [w.encode(enc) for w in words for enc in ("utf-8", "utf-16-le")]


def _snapshot(folder: Path) -> dict[Path, tuple[int, int]]:
    found = {}
    for path in files_under(folder):
        try:
            info = path.lstat()
        except OSError:
            continue
        found[path] = (info.st_mtime_ns, info.st_size)
    return found


def _changed_since(folder: Path, before: dict[Path, tuple[int, int]]) -> list[Path]:
    return [p for p, stamp in _snapshot(folder).items() if before.get(p) != stamp]


def _page(qtbot: QtBot, window: MainWindow, key: str) -> Any:
    """The page `key`, shown; typed Any, since each page's fields are its own."""
    window.go_to(key)
    qtbot.waitUntil(lambda: window.page(key) is not None)
    return window.page(key)


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClicks(widget, text)


def _session(qtbot: QtBot, tmp_path: Path, vault_path: Path) -> None:
    controller = start_app(qtbot, tmp_path, vault_path)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)
    window = controller.window
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)

    today = _page(qtbot, window, "today")
    _type(qtbot, today.tags.edit, _m("checkintag"))
    QTest.keyClick(today.tags.edit, Qt.Key.Key_Return)
    _type(qtbot, today.note, _m("checkinnote"))
    today.save_button.click()

    journal = _page(qtbot, window, "journal")
    journal.new_entry()
    _type(qtbot, journal.editor.title, _m("jtitle"))
    with qtbot.waitSignal(journal.entry_saved, timeout=10_000):
        _type(qtbot, journal.editor.body, _m("jbody") + " by the river")

    strengths = _page(qtbot, window, "strengths")
    strengths.add_strength()
    qtbot.waitUntil(lambda: strengths.dialogs.dialog is not None)
    dialog = strengths.dialogs.dialog
    _type(qtbot, dialog.name, _m("strength"))
    _type(qtbot, dialog.description, _m("strengthdesc"))
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _type(qtbot, strengths.use_form.note, _m("usenote"))
    strengths.use_form.save_button.click()

    goals = _page(qtbot, window, "goals")
    goals.new_goal()
    _type(qtbot, goals.form.title, _m("goal"))
    _type(qtbot, goals.form.why, _m("goalwhy"))
    QTest.keyClick(goals.form.title, Qt.Key.Key_Return, CTRL)
    _type(qtbot, goals.steps.new_title, _m("step"))
    QTest.keyClick(goals.steps.new_title, Qt.Key.Key_Return)
    _type(qtbot, goals.reviews.note, _m("review"))
    goals.reviews.add_button.click()

    plan = _page(qtbot, window, "plan")
    plan.open_section(PlanSectionKey.TOOLBOX)
    _type(qtbot, plan.editor.editor, _m("toolbox"))
    plan.save()
    plan.open_section(PlanSectionKey.CRISIS)  # the safety plan: a step's list
    step = plan.editor.safety.steps[2]
    _type(qtbot, step.entry, _m("crisis"))
    QTest.keyClick(step.entry, Qt.Key.Key_Return)
    plan.save()

    people = _page(qtbot, window, "people")
    people.form.name.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_N, CTRL)
    _type(qtbot, people.form.name, _m("name"))
    _type(qtbot, people.form.relationship, _m("relation"))
    _type(qtbot, people.form.phone, "07700 900 417")
    _type(qtbot, people.form.helps_with, _m("helps"))
    people.save()

    _page(qtbot, window, "insights")  # charts draw the tag; matplotlib writes its cache
    today = _page(qtbot, window, "today")
    _type(qtbot, today.note, _m("halftyped"))  # never saved

    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
    window.close()
    controller.pool.waitForDone()
    QApplication.processEvents()


def test_a_whole_session_leaves_no_marker_on_disk(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    vault = make_vault()
    vault.close()
    home = Path(os.environ["HOME"])
    temp = Path(tempfile.gettempdir())
    shm = Path("/dev/shm")
    watched = [f for f in (temp, shm) if f.is_dir() and not home.is_relative_to(f)]
    before = {folder: _snapshot(folder) for folder in watched}

    _session(qtbot, tmp_path, vault.path)

    scanned = files_under(home, tmp_path)
    for folder in watched:
        scanned += [p for p in _changed_since(folder, before[folder])
                    if not p.is_relative_to(home) and not p.is_relative_to(tmp_path)]
    assert any(p.name == "settings.ini" for p in scanned), "the QSettings file was not scanned"
    assert any(p.name.endswith(".vault") for p in scanned)
    assert files_holding(scanned, _markers()) == []

    # The export the person chose holds every word typed, so the scan looked for real text.
    chosen = tmp_path.parent / f"{tmp_path.name}-chosen-exports"
    chosen.mkdir()
    with Vault.open(vault.path, PASSPHRASE, kdf_iter=FAST_KDF) as again:
        repos = Repositories.from_vault(again)
        write_json(repos, chosen / "everything.json")
        drafts = " ".join(d.body for d in repos.drafts.all())
    exported = (chosen / "everything.json").read_text("utf-8")
    assert [f for f in FIELDS if _m(f) not in exported] == ["halftyped"]
    assert _m("halftyped") in drafts  # kept, encrypted, as a draft when the journal locked
