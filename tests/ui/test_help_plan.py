"""Get help now with the plan: crisis plan and chosen people first when unlocked; locked, only
helplines, and opening help never touches the vault file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlcipher3 import dbapi2

from recovery_journal.model import PlanSectionKey
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.help.dialog import HelpDialog
from tests.conftest import PASSPHRASE
from tests.ui.audit import press, start_app, type_text

PLAN = "Call Tom first, then Priya. Quiet helps."


def _texts(dialog: HelpDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())
            if p.is_file() and p.suffix != ".ini"}


def _vault_with_plan(make_vault: Callable[..., Vault]) -> Path:
    vault = make_vault()
    repos = Repositories.from_vault(vault)
    repos.plan.save(PlanSectionKey.CRISIS, PLAN)
    repos.supporters.add("Tom Ellery", "Brother", phone="07700 900783", in_crisis_plan=True)
    repos.supporters.add("Sam Quist", phone="07700 900111", in_crisis_plan=True,
                         do_not_contact=True)
    repos.supporters.add("Priya", phone="07700 900412")
    vault.close()
    return vault.path


def _open_help(qtbot: QtBot, window: object) -> HelpDialog:
    press(Qt.Key.Key_F1)
    dialog = window.help_dialog  # type: ignore[attr-defined]
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_locked_help_never_touches_the_vault(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _vault_with_plan(make_vault)
    controller = start_app(qtbot, tmp_path, path)
    assert controller.window.locked_area.currentWidget() is controller.unlock
    before = _snapshot(path.parent)
    connections: list[object] = []
    real_connect = dbapi2.connect
    monkeypatch.setattr(dbapi2, "connect",
                        lambda *a, **k: connections.append(a) or real_connect(*a, **k))
    dialog = _open_help(qtbot, controller.window)
    shown = " ".join(_texts(dialog))
    assert "116 123" in shown
    assert PLAN not in shown and "Tom Ellery" not in shown and "My crisis plan" not in shown
    assert controller.window.extra_help_sections() == []
    dialog.reject()
    assert connections == []
    assert _snapshot(path.parent) == before  # same files, same bytes, same times


def test_unlocked_help_shows_the_plan_and_chosen_people_first(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _vault_with_plan(make_vault)
    controller = start_app(qtbot, tmp_path, path)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    controller.unlock.unlock_button.click()
    window = controller.window
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    assert window.menus.crisis_card_action.isEnabled()
    dialog = _open_help(qtbot, window)
    shown = _texts(dialog)
    order = [shown.index(t) for t in ("My crisis plan", PLAN, "People I'd like contacted",
                                      "Helplines (United Kingdom)")]
    assert order == sorted(order)
    tom = shown.index("Tom Ellery (Brother)")
    assert shown[tom + 1] == "07700 900783"  # with a Copy button beside it
    people = " ".join(shown[shown.index("People I'd like contacted"):
                            shown.index("Helplines (United Kingdom)")])
    assert "Sam Quist" not in people and "Priya" not in people  # not chosen / not to contact

    with qtbot.waitSignal(window.locked):
        window.lock()
    assert not window.menus.crisis_card_action.isEnabled()
    before = _snapshot(path.parent)
    connections: list[object] = []
    real_connect = dbapi2.connect
    monkeypatch.setattr(dbapi2, "connect",
                        lambda *a, **k: connections.append(a) or real_connect(*a, **k))
    window.help_button.click()
    again = window.help_dialog
    assert again is not None
    qtbot.waitUntil(again.isVisible)
    assert PLAN not in " ".join(_texts(again))
    assert connections == [] and _snapshot(path.parent) == before


def test_the_note_on_today_opens_my_plan(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    from datetime import date, datetime, timedelta

    from recovery_journal.model import RuleKind
    from recovery_journal.storage.warning_rules import WarningRules
    from recovery_journal.ui.plan.warning_note import PlanWarningNote

    vault = make_vault()
    repos = Repositories.from_vault(vault)
    WarningRules(vault).add(RuleKind.AT_MOST_OF, measure_key="mood", threshold=3, days=2,
                            window_days=7, section_key=PlanSectionKey.BREAKING_DOWN)
    repos.settings.set("early_warning_enabled", True)
    for back in (0, 2):
        day = date.today() - timedelta(days=back)
        repos.checkins.add(recorded_at=datetime(day.year, day.month, day.day, 9).astimezone(),
                           values={"mood": 2})
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    controller.unlock.unlock_button.click()
    window = controller.window
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    today = window.page("today")
    assert today is not None
    note = today.findChild(PlanWarningNote)
    assert note is not None
    assert note.texts == ["Your check-ins show mood 3 or lower on 2 of the last 7 days. "
                          "Your plan has your own ideas for times like this."]
    window.open_plan_section("breaking_down")
    plan = window.page("plan")
    assert plan is not None and window.pages.currentWidget() is plan
    assert plan.editor.section.key is PlanSectionKey.BREAKING_DOWN  # type: ignore[attr-defined]


def test_crisis_card_from_help_keeps_the_page(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
) -> None:
    """Bug: Help → Crisis card… switched the main window to My plan."""
    from recovery_journal.ui.plan.crisis_card import CrisisCardDialog
    from recovery_journal.ui.sections import SectionKey

    controller = start_app(qtbot, tmp_path, _vault_with_plan(make_vault))
    type_text(controller.unlock.passphrase, PASSPHRASE)
    controller.unlock.unlock_button.click()
    window = controller.window
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    window.go_to(SectionKey.JOURNAL)
    before = window.pages.currentWidget()
    window.menus.crisis_card_action.trigger()
    cards = window.findChildren(CrisisCardDialog)
    assert len(cards) == 1 and cards[0].isVisible()
    assert PLAN in cards[0].preview.toPlainText()
    assert window.pages.currentWidget() is before
    assert window.page(SectionKey.PLAN) is None  # not even built behind the person's back
    cards[0].close()
