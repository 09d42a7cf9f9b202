"""The life check dialog with a real vault: rate, skip, note, save, compare, and a goal step."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.model import GoalStatus, LifeRating
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.insights.page import InsightsPage
from recovery_journal.ui.life_check.dialog import LifeCheckDialog
from recovery_journal.ui.life_check.hooks import add_life_check_action, add_life_check_offer
from recovery_journal.ui.life_check.next_step import NEW_GOAL, add_next_step
from recovery_journal.ui.settings.life_check import LifeCheckCard
from recovery_journal.ui.today.page import TodayPage
from tests.ui.audit import (
    assert_accessible,
    assert_not_clipped,
    assert_tab_cycles,
    press,
    tab_order,
)

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
DRAWN_MS = 20_000


def make_dialog(qtbot: QtBot, repos: Repositories) -> LifeCheckDialog:
    dialog = LifeCheckDialog(repos, None, theme=lambda: "light", now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_rating_skipping_and_noting_saves_one_life_check(
    qtbot: QtBot, repos: Repositories
) -> None:
    work, learning, family, *_ = repos.life_domains.list()
    repos.life_checks.add(NOW - timedelta(weeks=6), [LifeRating(work.id, 3),
                                                     LifeRating(family.id, 6)])
    dialog = make_dialog(qtbot, repos)
    rows = dialog.form.rows
    assert [r.domain.id for r in rows] == [d.id for d in repos.life_domains.list()]
    # The keyboard: focus the first choice and type a number.
    rows[0].rating.setFocus()
    press(Qt.Key.Key_End)  # "7 – completely"
    press(Qt.Key.Key_Up)
    assert rows[0].rating.currentData() == 6
    rows[2].rating.setCurrentIndex(rows[2].rating.findData(6))
    rows[2].going_well.setText("Sunday dinners")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    saved = repos.life_checks.latest(1)[0]
    assert saved.ratings == (LifeRating(work.id, 6), LifeRating(family.id, 6, "Sunday dinners"))
    assert learning.id not in [r.life_domain_id for r in saved.ratings]
    # The result: the summary first, what has grown before anything else.
    qtbot.waitUntil(lambda: not dialog.result_view.busy, timeout=DRAWN_MS)
    assert dialog.result_view.summary.text() == (
        "Grown since last time: Work & meaningful activity. The same: Relationships & family."
    )
    assert "Sunday dinners" in dialog.result_view.going_well.text()
    assert dialog.result_view.wheel.image is not None
    assert dialog.result_view.history.image is not None
    assert dialog.result_view.wheel.accessibleDescription() == dialog.result_view.summary.text()


def test_nothing_chosen_saves_nothing_and_not_now_leaves(
    qtbot: QtBot, repos: Repositories
) -> None:
    dialog = make_dialog(qtbot, repos)
    dialog.save_button.click()
    assert dialog.message.isVisible()
    assert "Not now" in dialog.message.text()
    assert repos.life_checks.list() == []
    dialog.not_now.click()
    assert not dialog.isVisible()
    assert repos.life_checks.list() == []


def test_the_next_step_goes_into_a_new_goal_in_that_area(
    qtbot: QtBot, repos: Repositories
) -> None:
    friends = repos.life_domains.list()[3]
    dialog = make_dialog(qtbot, repos)
    dialog.form.rows[3].rating.setCurrentIndex(2)
    dialog.save_button.click()
    box = dialog.result_view.next_step
    # The only rated area is offered first, and with no goal there, a new goal.
    assert box.area.currentData() == friends.id
    assert box.goal.currentData() == NEW_GOAL
    box.goal_title.setText("See friends more")
    box.step.setText("Text Sam about Saturday")
    with qtbot.waitSignal(box.added):
        box.add_button.click()
    (goal,) = repos.goals.list(life_domain_id=friends.id)
    assert goal.title == "See friends more"
    assert goal.status is GoalStatus.ACTIVE
    assert [s.title for s in goal.steps] == ["Text Sam about Saturday"]
    # A second step for the same area goes under that goal, now offered first.
    assert box.goal.currentData() == goal.id
    box.step.setText("Walk to the park with Jo")
    box.add_button.click()
    assert [s.title for s in repos.goals.get(goal.id).steps] == [
        "Text Sam about Saturday", "Walk to the park with Jo"]
    qtbot.waitUntil(lambda: not dialog.result_view.busy, timeout=DRAWN_MS)


def test_an_empty_step_is_refused_and_writes_nothing(repos: Repositories) -> None:
    area = repos.life_domains.list()[0]
    with pytest.raises(ValueError, match="few words"):
        add_next_step(repos.goals, area, None, "   ")
    assert repos.goals.list() == []
    step = add_next_step(repos.goals, area, None, "Ask about the course")
    assert repos.goals.get(step.goal_id).title == area.name


def test_see_the_last_life_check(qtbot: QtBot, repos: Repositories) -> None:
    work = repos.life_domains.list()[0]
    repos.life_checks.add(NOW - timedelta(weeks=8), [LifeRating(work.id, 4)])
    repos.life_checks.add(NOW - timedelta(weeks=4), [LifeRating(work.id, 3)])
    dialog = make_dialog(qtbot, repos)
    assert dialog.latest_button.isVisible()
    dialog.latest_button.click()
    assert dialog.result_view.summary.text() == "Lower than last time: Work & meaningful activity."
    qtbot.waitUntil(lambda: not dialog.result_view.busy, timeout=DRAWN_MS)


@pytest.mark.parametrize("scale", [100, 200])
def test_accessible_and_unclipped(
    qtbot: QtBot, repos: Repositories, qapp: QApplication, scale: int
) -> None:
    from recovery_journal.ui.theme import apply_text_scale

    apply_text_scale(qapp, scale)
    try:
        dialog = make_dialog(qtbot, repos)
        QApplication.processEvents()
        assert_accessible(dialog)
        assert_not_clipped(dialog)
        assert_tab_cycles(dialog)
        # Reading order from the first question: each area's rating, then its note, then the
        # buttons.
        rows = dialog.form.rows
        order = tab_order(dialog)
        assert order[0] is rows[0].rating
        assert order.index(rows[0].going_well) < order.index(rows[1].rating) < order.index(
            rows[-1].going_well) < order.index(dialog.save_button)
        dialog.form.rows[0].rating.setCurrentIndex(4)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not dialog.result_view.busy, timeout=DRAWN_MS)
        QApplication.processEvents()
        assert_accessible(dialog)
        assert_not_clipped(dialog)
        assert_tab_cycles(dialog)
    finally:
        apply_text_scale(qapp, 100)


def test_the_offer_on_today_is_off_until_asked_for_and_can_be_put_aside(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    day = [date(2026, 12, 1)]
    page = TodayPage(repos, undo_stack)
    qtbot.addWidget(page)
    offer = add_life_check_offer(page, repos, today=lambda: day[0])
    page.show()
    assert not offer.isVisible()  # off by default
    LifeCheckCard(repos.settings, page).weeks.setValue(4)
    offer.refresh()
    assert offer.isVisible()  # asked for, and never taken: due now
    assert_accessible(offer)
    offer.later.click()
    assert not offer.isVisible()
    day[0] += timedelta(weeks=3)
    offer.refresh()
    assert not offer.isVisible()  # put aside for a whole period
    day[0] += timedelta(weeks=1)
    offer.refresh()
    assert offer.isVisible()
    # A life check taken today moves the next offer four weeks on.
    # A life check taken elsewhere (Insights) moves the next offer four weeks on; Today looks
    # again when it is next shown.
    repos.life_checks.add(datetime(2026, 12, 29, 9, tzinfo=UTC),
                          [LifeRating(repos.life_domains.list()[0].id, 5)])
    page.hide()
    page.show()
    assert not offer.isVisible()


def test_insights_life_balance_card_opens_a_life_check(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack, tmp_path: Path
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    page = InsightsPage(repos, undo_stack, settings=settings, today=lambda: date(2026, 12, 1))
    qtbot.addWidget(page)
    button = add_life_check_action(page, repos, settings)
    assert button.parent() is page.cards["life-balance"]
    assert button.accessibleName()
    button.click()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, LifeCheckDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].not_now.click()


def test_closing_while_the_charts_are_drawn_is_safe(qtbot: QtBot, repos: Repositories) -> None:
    pool = QThreadPool()
    dialog = LifeCheckDialog(repos, None, theme=lambda: "dark", now=lambda: NOW, pool=pool)
    dialog.show()
    dialog.form.rows[1].rating.setCurrentIndex(3)
    dialog.save_button.click()
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    assert pool.waitForDone(DRAWN_MS)
    QApplication.processEvents()  # the results arrive to a dialog that is gone: ignored
    assert len(repos.life_checks.list()) == 1


def test_the_settings_card_says_weeks_in_words_and_saves_at_once(
    qtbot: QtBot, repos: Repositories
) -> None:
    card = LifeCheckCard(repos.settings)
    qtbot.addWidget(card)
    assert card.weeks.text() == "Never"
    with qtbot.waitSignal(card.saved):
        card.weeks.setValue(1)
    assert card.weeks.text() == "1 week"
    card.weeks.setValue(6)
    assert card.weeks.text() == "6 weeks"
    assert repos.settings.get("life_check_every_weeks") == 6



def test_a_life_check_can_be_deleted_and_brought_back(qtbot: QtBot, repos: Repositories) -> None:
    work = repos.life_domains.list()[0]
    kept = repos.life_checks.add(NOW - timedelta(weeks=4), [LifeRating(work.id, 4, "Kept")])
    dialog = make_dialog(qtbot, repos)
    dialog.latest_button.click()
    assert dialog.delete_button.isVisible() and not dialog.undo_button.isVisible()
    with qtbot.waitSignal(dialog.changed):
        dialog.delete_button.click()
    assert repos.life_checks.list() == []
    assert "Undo" in dialog.message.text()
    with qtbot.waitSignal(dialog.changed):
        dialog.undo_button.click()
    assert repos.life_checks.list() == [kept]
    assert dialog.delete_button.isVisible()
    qtbot.waitUntil(lambda: not dialog.result_view.busy, timeout=DRAWN_MS)
