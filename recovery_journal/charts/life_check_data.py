"""The life check chart's loader: the period's newest life check beside the one before it."""

from __future__ import annotations

from recovery_journal.charts.inputs import life_areas
from recovery_journal.charts.spec import ChartOptions, Computed
from recovery_journal.insights.life_check import (
    LifeCheckPeriod,
    in_period,
    period_summary,
    period_table,
)
from recovery_journal.storage.repositories import Repositories


def life_check(repos: Repositories, options: ChartOptions) -> Computed[LifeCheckPeriod]:
    """Read the period's life checks and the one just before it (for the first comparison)."""
    checks = repos.life_checks
    found = checks.latest(1, before=options.start) + checks.between(options.start, options.end)
    lang = options.language
    period = in_period(found, life_areas(repos, lang), options.start, options.end)
    return Computed(period, period_summary(period, lang), period_table(period, lang))
