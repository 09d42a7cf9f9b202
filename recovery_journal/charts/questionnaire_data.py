"""The questionnaires chart's loader: responses read from the vault, worked out by insights/.

No matplotlib here (see charts/data.py); what it returns is plain values a worker can draw.
"""

from __future__ import annotations

from recovery_journal.charts.spec import ChartOptions, Computed
from recovery_journal.insights import questionnaires as trends
from recovery_journal.storage.repositories import Repositories


def questionnaires(
    repos: Repositories, options: ChartOptions,
) -> Computed[trends.QuestionnaireTrends]:
    """Each questionnaire answered in the period, with its summary and table."""
    responses = repos.questionnaires.history()
    data = trends.questionnaire_trends(responses, options.start, options.end,
                                       options.questionnaire_items)
    return Computed(data, trends.summary(data), trends.table(data))
