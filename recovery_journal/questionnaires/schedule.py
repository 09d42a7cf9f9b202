"""When a questionnaire is offered: only those switched on, and only once their time has come.

Nothing is ever counted as missed: an offer is there or it isn't, however long it has been.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta


def due(
    every_days: Mapping[str, int], last_days: Mapping[str, date | None], today: date,
    not_now: date | None = None,
) -> list[str]:
    """The keys of the questionnaires to offer today, in the order given.

    `every_days` maps a key to how often it is offered (0 = switched off); `last_days` to the
    day it was last answered. After "Not now" on `not_now`, nothing is offered that day.
    """
    if not_now == today:
        return []
    offered: list[str] = []
    for key, days in every_days.items():
        last = last_days.get(key)
        if days > 0 and (last is None or today >= last + timedelta(days=days)):
            offered.append(key)
    return offered
