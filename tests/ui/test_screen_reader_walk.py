"""A real screen reader's walk of every page and main dialog, on the demo journal, in ONE session.

The app runs in a real xcb window on Xvfb with Qt's accessibility bridge on
(tests/ui/screen_reader_walk.py); a real AT-SPI client under the system Python reads its whole
tree after each page and dialog (tests/ui/atspi_tree_walker.py), on the private desktop of
tests/ui/test_passphrase_bus.py. One app session for all of it: starting the buses and the app
is the slow part. Where the tools are missing (scripts/prereqs.py installs them where it may),
the test skips and says which.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from recovery_journal.demo import fill_demo
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.ui.test_passphrase_bus import ROOT, Desktop, _missing, _wait, prereqs

PASSPHRASE = "walk the journal"
# What a person acts on; each must say what it is (its role) and what it is for (its name).
INTERACTIVE = {"push button", "check box", "combo box", "text", "spin button", "slider",
               "radio button", "list item", "page tab", "toggle button", "menu item",
               "password text", "table cell", "tree item", "link", "entry"}

Node = dict[str, object]
# Matplotlib's font cache (a list of the system's fonts, nothing personal) is shared by every
# run, outside the private homes, or each run spends ~30 s of a loaded machine rebuilding it.
MPL_CACHE = Path(tempfile.gettempdir()) / f"recovery-journal-test-mpl-{os.getuid()}"


@pytest.fixture
def walked(qapp: QApplication, tmp_path: Path) -> Iterator[tuple[dict[str, list[Node]],
                                                                    list[Node], dict[str, object]]]:
    reason = _missing()
    if reason is not None:
        print(f"skipped: {reason}")
        pytest.skip(f"{reason}, so no screen reader can walk the app")
    home = tmp_path / "home"
    home.mkdir()
    desktop = Desktop(home)
    try:
        desktop.start()
        yield _walk(desktop, tmp_path)
    finally:
        desktop.stop()


def _walk(desktop: Desktop, tmp_path: Path) -> tuple[dict[str, list[Node]], list[Node],
                                                      dict[str, object]]:
    vault = Vault.create(tmp_path / "demo.vault", PASSPHRASE, kdf_iter=2)
    fill_demo(Repositories.from_vault(vault), end=date.today())
    vault.close()
    shared = tmp_path / "shared"
    shared.mkdir()
    walker = desktop.spawn([prereqs.SYSTEM_PYTHON, str(ROOT / "tests/ui/atspi_tree_walker.py"),
                            str(shared), "250"], tmp_path / "walker.log")
    _wait(lambda: (shared / "ready").is_file() or walker.poll() is not None, "the walker")
    assert (shared / "ready").is_file(), (tmp_path / "walker.log").read_text(errors="replace")
    settings = tmp_path / "settings"
    settings.mkdir()
    MPL_CACHE.mkdir(mode=0o700, exist_ok=True)
    app = desktop.spawn(
        [sys.executable, "-m", "tests.ui.screen_reader_walk", str(vault.path), PASSPHRASE,
         str(settings), str(shared)], tmp_path / "app.log",
        QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
        MPLCONFIGDIR=str(MPL_CACHE))
    try:
        code = app.wait(timeout=240)
    except subprocess.TimeoutExpired:
        code = None
    assert code == 0, (tmp_path / "app.log").read_text(errors="replace")[-3000:]
    walker.wait(timeout=20)
    trees = {}
    for line in (shared / "tree.jsonl").read_text(encoding="utf-8").splitlines():
        step = json.loads(line)
        trees[step["step"]] = step["nodes"]
    events = [json.loads(line) for line in
              (shared / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    facts = json.loads((shared / "facts.json").read_text(encoding="utf-8"))
    return trees, events, facts


def _unnamed(nodes: list[Node]) -> list[str]:
    return [f"{n['role']} at {n['path']}" for n in nodes
            if n["role"] in INTERACTIVE and n["enabled"] and not str(n["name"]).strip()]


@pytest.mark.timeout(300)
def test_a_screen_reader_walks_every_page_and_dialog(
    walked: tuple[dict[str, list[Node]], list[Node], dict[str, object]],
) -> None:
    trees, events, facts = walked
    dialogs = [key for key in trees if key.startswith("dialog:")]
    pages = [key for key in trees if key.startswith("page:")]
    assert len(pages) == 8 and len(dialogs) == 5, list(trees)
    every_page = [node for key in pages for node in trees[key]]

    # Every control a person acts on says what it is and what it is for.
    unnamed = {step: _unnamed(nodes) for step, nodes in trees.items() if _unnamed(nodes)}
    assert not unnamed, unnamed

    # Pages and cards are headed; opening a page by Ctrl+number speaks its title.
    titles = facts["titles"]
    assert isinstance(titles, dict)
    assert len(titles) == 8 and all(titles.values()), titles
    headings = {n["name"] for n in every_page if n["role"] == "heading"}
    assert set(titles.values()) <= headings, set(titles.values()) - headings
    focus = [e for e in events if e["type"].startswith("focus")]
    journal = [e for e in focus if e["name"] == titles["journal"]]
    assert journal and journal[-1]["role"] == "heading", focus[-5:]

    # Combo boxes are named by their label (ui/combo_voice.py), their choice said after it.
    combos = {(n["name"], n["description"]) for key in pages for n in trees[key]
              if n["role"] == "combo box"}
    assert ("When it was written", "Any time") in combos, combos
    assert ("Show goals of a life area", "All life areas") in combos, combos

    # The tree follows the screen: on Today the scales come first, each name before its slider.
    today = [f"{n['role']}:{n['name']}" for n in trees["page:today"]]
    order = ["heading:How are you right now?", "label:Mood", "slider:Mood", "slider:Hope",
             "heading:Feelings", "heading:Tags", "text:Tags", "heading:Note", "text:Note",
             "heading:When", "heading:Recent check-ins"]
    assert all(item in today for item in order), today
    assert [today.index(item) for item in order] == sorted(today.index(item) for item in order)

    # An unset scale has no numeric value: it says "Not set" in words.
    scales = [n for n in every_page if n["role"] == "slider"]
    assert scales and all(n["value"] is None for n in scales), scales
    assert any("Not set" in str(n["description"]) for n in scales), scales

    # Every chart carries its summary sentence on the bus, drawn or not yet drawn.
    summaries = facts["summaries"]
    assert isinstance(summaries, dict) and len(summaries) == len(facts["chart_titles"])
    insights = trees["page:insights"]
    card_headings = {n["name"] for n in insights if n["role"] == "heading"}
    assert set(facts["chart_titles"]) <= card_headings, card_headings
    said = ({str(n["name"]) for n in insights} | {str(n["description"]) for n in insights}
            | {str(e.get("description", "")) for e in events})
    unheard = {title: text for title, text in summaries.items() if text not in said}
    assert not unheard, unheard

    # The save is heard: an announcement (Qt ≥ 6.8) or the live status's new name.
    heard = [e for e in events if "Check-in saved" in str(e.get("any_data", ""))
             or "Check-in saved" in str(e.get("name", ""))]
    assert heard, [e["type"] for e in events][:20]
