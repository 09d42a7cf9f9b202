"""Opens every page and the main dialogs of the real app while a screen reader walks its tree.

    python -m tests.ui.screen_reader_walk VAULT PASSPHRASE SETTINGS_DIR SHARED_DIR

Run by tests/ui/test_screen_reader_walk.py in its own process (a real xcb window on Xvfb with
the accessibility bridge on), with tests/ui/atspi_tree_walker.py listening. Each page is opened
by its Ctrl+number action; after each page or dialog the walker is asked to read the tree
(SHARED_DIR/step) and waited for (SHARED_DIR/done). A check-in is saved on Today. What only the
app knows (page titles, the charts' summary sentences) goes to SHARED_DIR/facts.json.
Every wait is bounded; on any trouble the process exits non-zero with the reason.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from recovery_journal.ui.app import AppController, build_app, name_application
from recovery_journal.ui.insights.card import ChartCard
from recovery_journal.ui.main_window import MainWindow
from recovery_journal.ui.sections import SECTIONS
from recovery_journal.ui.today.page import TodayPage
from recovery_journal.ui.widgets.heading import PAGE_TITLE
from tests.ui.passphrase_walk import press, type_text, wait_until

FAST_KDF = 2
DIALOGS = ("help_action", "share_action", "crisis_card_action", "export_action",
           "import_action")


class Walk:
    """Asks the walker to read the tree, one numbered step at a time."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.n = 0

    def read(self, name: str, skip_window: str = "") -> None:
        """Ask for a walk of every window but the one titled `skip_window`, and wait for it."""
        self.n += 1
        step = self.shared / "step.tmp"
        step.write_text(json.dumps({"n": self.n, "name": name, "pid": os.getpid(),
                                    "skip_window": skip_window}), encoding="utf-8")
        step.replace(self.shared / "step")
        if name == "end":
            return
        done = self.shared / "done"
        # A call to an object gone meanwhile waits out libatspi's 25 s D-Bus timeout.
        wait_until(lambda: done.is_file() and done.read_text(encoding="utf-8") == str(self.n),
                   f"the walker to read {name}", seconds=60)


def _other_windows(window: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window and not isinstance(w, QMenu)]


def walk_pages(window: MainWindow, walk: Walk, facts: dict[str, object]) -> None:
    titles: dict[str, str] = {}
    # Insights loads matplotlib on a worker when first shown: show it once first, so that
    # loading goes on while the other pages are read.
    keys = [section.key for section in SECTIONS]
    if "insights" in keys:
        window.menus.go_actions[keys.index("insights")].trigger()
        QApplication.processEvents()
    for section, action in zip(SECTIONS, window.menus.go_actions, strict=True):
        action.trigger()  # what Ctrl+number does
        page = window.page(section.key)
        wait_until(lambda p=page: p is not None and p.isVisible(), f"the {section.key} page")
        assert page is not None
        title = page.findChild(QLabel, PAGE_TITLE)
        titles[section.key] = title.text() if title is not None else ""
        cards = page.findChildren(ChartCard)
        if cards:
            # Charts are drawn as they come into view: the first ones, and none still busy.
            wait_until(lambda c=cards: c[0].state in ("ready", "problem")
                       and all(card.state != "busy" for card in c), "the charts to be drawn",
                       seconds=90)
            # Every card's numbers are read soon after, drawn or not: its summary is heard.
            coming = QCoreApplication.translate("ChartCard", "The chart appears here in a moment.")
            wait_until(lambda c=cards, w=coming: all(
                card.chart_frame.accessibleDescription() != w for card in c),
                "every chart's summary", seconds=90)
            facts["summaries"] = {card.title: card.chart_frame.accessibleDescription()
                                  for card in cards}
            facts["drawn"] = [card.title for card in cards if card.state == "ready"]
            facts["chart_titles"] = [card.title for card in cards]
        walk.read(f"page:{section.key}")
    facts["titles"] = titles


def save_a_checkin(window: MainWindow) -> None:
    window.menus.go_actions[0].trigger()
    page = window.page("today")
    if not isinstance(page, TodayPage):
        raise SystemExit("no Today page")
    slider = page.scales["mood"].slider
    slider.setFocus(Qt.FocusReason.TabFocusReason)
    wait_until(slider.hasFocus, "focus on the mood scale")
    press(slider, Qt.Key.Key_Right)  # type: ignore[arg-type]
    page.save_button.click()
    wait_until(lambda: "saved" in window.live_status.text(), "the check-in to be saved")


def walk_dialogs(window: MainWindow, walk: Walk) -> None:
    for name in DIALOGS:
        getattr(window.menus, name).trigger()
        wait_until(lambda: bool(_other_windows(window)), f"the dialog of {name}")
        walk.read(f"dialog:{name}", skip_window=window.windowTitle())
        for other in _other_windows(window):
            other.close()
        wait_until(lambda: not _other_windows(window), f"{name}'s dialog to close")


def run(controller: AppController, passphrase: str, shared: Path) -> None:
    window = controller.window
    field = controller.unlock.passphrase
    field.setFocus()
    wait_until(field.hasFocus, "focus on the passphrase field")
    type_text(field, passphrase)
    press(field, Qt.Key.Key_Return)
    wait_until(lambda: window.is_unlocked, "the journal to unlock", seconds=60)
    walk = Walk(shared)
    facts: dict[str, object] = {}
    walk_pages(window, walk, facts)
    window.menus.go_actions[1].trigger()  # Ctrl+2 once more, from Settings: Journal's title
    wait_until(lambda: isinstance(QApplication.focusWidget(), QLabel), "focus on the title")
    save_a_checkin(window)
    walk_dialogs(window, walk)
    (shared / "facts.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    walk.read("end")


def main(argv: list[str]) -> int:
    vault, passphrase, settings_dir, shared = Path(argv[1]), argv[2], Path(argv[3]), Path(argv[4])
    app = QApplication(["recovery-journal"])
    name_application(app)
    app.setStyle("Fusion")
    settings = QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    controller = build_app(vault, settings, kdf_iter=FAST_KDF)
    window = controller.window
    window.resize(1100, 750)
    window.show()
    window.activateWindow()
    wait_until(window.isVisible, "the window")
    run(controller, passphrase, shared)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
