"""Where the life check joins the rest of the window: the offer on Today and the action on
Insights' life-balance card. Each page stays unaware of the life check itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.insights.page import InsightsPage, chart_theme_name
from recovery_journal.ui.life_check.dialog import LifeCheckDialog
from recovery_journal.ui.life_check.offer import LifeCheckOffer
from recovery_journal.ui.today.page import TodayPage

BALANCE = "life-balance"
LIFE_CHECK = "life-check"


def _theme(widget: QWidget, settings: AppSettings | None) -> Callable[[], str]:
    def name() -> str:
        lightness = widget.palette().color(widget.backgroundRole()).lightness()
        return chart_theme_name(settings.theme() if settings else "system", lightness)

    return name


def open_life_check(repos: Repositories, parent: QWidget, settings: AppSettings | None = None,
                    on_changed: Callable[[], None] | None = None) -> LifeCheckDialog:
    """Open the life check over `parent` (window-modal); it deletes itself when closed.
    `on_changed` runs after a check is saved, deleted or brought back."""
    dialog = LifeCheckDialog(repos, parent.window(), theme=_theme(parent, settings))
    if on_changed is not None:
        dialog.changed.connect(on_changed)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def add_life_check_offer(
    today_page: TodayPage, repos: Repositories, *, today: Callable[[], date] = date.today,
    settings: AppSettings | None = None,
) -> LifeCheckOffer:
    """Put the offer on Today; it shows only when the person asked for one and it is due."""
    offer = LifeCheckOffer(repos, today_page, today=today)
    offer.setObjectName("lifeCheckOffer")
    today_page.add_note(offer)
    offer.watch(today_page)
    offer.take.connect(lambda: open_life_check(
        repos, today_page, settings, on_changed=offer.refresh))
    offer.refresh()
    return offer


def add_life_check_action(
    insights: InsightsPage, repos: Repositories, settings: AppSettings | None = None,
) -> QPushButton:
    """A "Take a life check…" button on the life-balance card; a new check redraws the card."""
    card = insights.cards[BALANCE]
    button = QPushButton(card.tr("Take a life check…"), card)
    button.setAccessibleName(card.tr("Take a life check: rate each part of your life"))
    card.controls.addWidget(button, card.controls.rowCount(), 0, Qt.AlignmentFlag.AlignLeft)

    def changed() -> None:
        for name in (BALANCE, LIFE_CHECK):
            insights.chart_changed(name)

    button.clicked.connect(lambda: open_life_check(repos, insights, settings,
                                                   on_changed=changed))
    return button
