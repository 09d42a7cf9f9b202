"""The questionnaires chart's loader: responses read from the vault, worked out by insights/.

No matplotlib here (see charts/data.py); what it returns is plain values a worker can draw.
"""

from __future__ import annotations

from dataclasses import replace

from recovery_journal.charts.inputs import support_marks
from recovery_journal.charts.spec import ChartOptions, Computed
from recovery_journal.insights import questionnaires as trends
from recovery_journal.insights.support_marks import with_marks
from recovery_journal.storage.repositories import Repositories


def questionnaires(
    repos: Repositories, options: ChartOptions,
) -> Computed[trends.QuestionnaireTrends]:
    """Each questionnaire answered in the period, with its summary and table."""
    responses = repos.questionnaires.history()
    lang = options.language
    data = trends.questionnaire_trends(responses, options.start, options.end,
                                       options.questionnaire_items, lang)
    marks = support_marks(repos, options)
    return Computed(replace(data, marks=marks), with_marks(trends.summary(data, lang), marks, lang),
                    trends.table(data, lang))
