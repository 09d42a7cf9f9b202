"""Every chart, once and in the order shown: its name, title, loader and builder.

The one list the Insights page, the command line, the report and the tests read. Each spec's
type parameter is its payload type, so loader and builder are checked to agree. Loaders and
builders are reached through small functions that import their module when first called:
reading this registry costs no numpy, matplotlib or storage import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recovery_journal.charts import about
from recovery_journal.charts.spec import (
    QT_TRANSLATE_NOOP,
    ChartKind,
    ChartOptions,
    ChartSpec,
    ChartTheme,
    Computed,
    LoadedChart,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from recovery_journal.insights.balance import Balance
    from recovery_journal.insights.before_after import BeforeAfter
    from recovery_journal.insights.calendar import CalendarGrid
    from recovery_journal.insights.feelings import FeelingCounts
    from recovery_journal.insights.goals import GoalProgress
    from recovery_journal.insights.life_check import LifeCheckPeriod
    from recovery_journal.insights.questionnaires import QuestionnaireTrends
    from recovery_journal.insights.series import SeriesSet
    from recovery_journal.insights.strengths import StrengthCounts
    from recovery_journal.insights.tags import TagDifference
    from recovery_journal.storage.repositories import Repositories


def _load_mood_hope(repos: Repositories, options: ChartOptions) -> Computed[SeriesSet]:
    from recovery_journal.charts import data

    return data.mood_hope(repos, options)


def _draw_mood_hope(chart: LoadedChart[SeriesSet], theme: ChartTheme, figure: Figure) -> Figure:
    from recovery_journal.charts import timeseries

    return timeseries.mood_hope(chart.payload, theme, figure, chart.options.language)


def _load_measures(repos: Repositories, options: ChartOptions) -> Computed[SeriesSet]:
    from recovery_journal.charts import data

    return data.measures(repos, options)


def _draw_measures(chart: LoadedChart[SeriesSet], theme: ChartTheme, figure: Figure) -> Figure:
    from recovery_journal.charts import timeseries

    return timeseries.measures(chart.payload, theme, figure, chart.options.language)


def _load_calendar(repos: Repositories, options: ChartOptions) -> Computed[CalendarGrid]:
    from recovery_journal.charts import data

    return data.calendar(repos, options)


def _draw_calendar(chart: LoadedChart[CalendarGrid], theme: ChartTheme,
                   figure: Figure) -> Figure:
    from recovery_journal.charts import calendar

    return calendar.calendar(chart.payload, theme, figure, chart.options.language)


def _load_tags(repos: Repositories,
               options: ChartOptions) -> Computed[tuple[TagDifference, ...]]:
    from recovery_journal.charts import data

    return data.tags(repos, options)


def _draw_tags(chart: LoadedChart[tuple[TagDifference, ...]], theme: ChartTheme,
               figure: Figure) -> Figure:
    from recovery_journal.charts import bars

    return bars.tags(chart.payload, theme, figure, chart.options.language)


def _load_before_after(repos: Repositories,
                       options: ChartOptions) -> Computed[BeforeAfter | None]:
    from recovery_journal.charts import data

    return data.before_after(repos, options)


def _draw_before_after(chart: LoadedChart[BeforeAfter | None], theme: ChartTheme,
                       figure: Figure) -> Figure:
    from recovery_journal.charts import timeseries

    # With no pivot (a tag never used) the summary is what the empty chart says.
    return timeseries.before_after(chart.payload, theme, figure, chart.summary,
                                   chart.options.language)


def _load_strengths(repos: Repositories, options: ChartOptions) -> Computed[StrengthCounts]:
    from recovery_journal.charts import data

    return data.strengths(repos, options)


def _draw_strengths(chart: LoadedChart[StrengthCounts], theme: ChartTheme,
                    figure: Figure) -> Figure:
    from recovery_journal.charts import bars

    return bars.strengths(chart.payload, theme, figure, chart.options.language)


def _load_goals(repos: Repositories, options: ChartOptions) -> Computed[GoalProgress]:
    from recovery_journal.charts import data

    return data.goals(repos, options)


def _draw_goals(chart: LoadedChart[GoalProgress], theme: ChartTheme, figure: Figure) -> Figure:
    from recovery_journal.charts import goals

    return goals.goals(chart.payload, theme, figure, chart.options.language)


def _load_balance(repos: Repositories, options: ChartOptions) -> Computed[Balance]:
    from recovery_journal.charts import data

    return data.life_balance(repos, options)


def _draw_balance(chart: LoadedChart[Balance], theme: ChartTheme, figure: Figure) -> Figure:
    from recovery_journal.charts import balance

    return balance.balance(chart.payload, theme, figure, chart.options.language)


def _load_questionnaires(repos: Repositories,
                         options: ChartOptions) -> Computed[QuestionnaireTrends]:
    from recovery_journal.charts import questionnaire_data

    return questionnaire_data.questionnaires(repos, options)


def _draw_questionnaires(chart: LoadedChart[QuestionnaireTrends], theme: ChartTheme,
                         figure: Figure) -> Figure:
    from recovery_journal.charts import questionnaire_chart

    return questionnaire_chart.questionnaires(chart.payload, theme, figure, chart.options.language)


def _load_life_check(repos: Repositories,
                     options: ChartOptions) -> Computed[LifeCheckPeriod]:
    from recovery_journal.charts import life_check_data

    return life_check_data.life_check(repos, options)


def _draw_life_check(chart: LoadedChart[LifeCheckPeriod], theme: ChartTheme,
                     figure: Figure) -> Figure:
    from recovery_journal.charts import life_check

    return life_check.period_wheel(chart.payload, theme, figure, chart.options.language)


def _load_feelings(repos: Repositories, options: ChartOptions) -> Computed[FeelingCounts]:
    from recovery_journal.charts import feelings

    return feelings.load(repos, options)


def _draw_feelings(chart: LoadedChart[FeelingCounts], theme: ChartTheme,
                   figure: Figure) -> Figure:
    from recovery_journal.charts import feelings

    return feelings.draw(chart.payload, theme, figure, chart.options.language)


# Titles and lines on how to read each chart, in plain words for every screen and file; the
# Insights page shows them translated (context "Charts").
MOOD_HOPE: ChartSpec[SeriesSet] = ChartSpec(
    "mood-hope",
    QT_TRANSLATE_NOOP("Charts", "Mood and hope over time"),
    QT_TRANSLATE_NOOP("Charts", "Each dot is a day. The smoother lines are your 7-day and 30-day "
                      "averages. A gap is a day without a check-in."),
    _load_mood_hope, _draw_mood_hope, about.mood_hope)
MEASURES: ChartSpec[SeriesSet] = ChartSpec(
    "measures",
    QT_TRANSLATE_NOOP("Charts", "Your measures over time"),
    QT_TRANSLATE_NOOP("Charts", "One small chart per measure. The shaded band is its usual "
                      "range; a gap is a day without a value."),
    _load_measures, _draw_measures, about.measures)
CALENDAR: ChartSpec[CalendarGrid] = ChartSpec(
    "calendar",
    QT_TRANSLATE_NOOP("Charts", "Year in pixels"),
    about.CALENDAR,
    _load_calendar, _draw_calendar, about.calendar)
TAGS: ChartSpec[tuple[TagDifference, ...]] = ChartSpec(
    "tags",
    QT_TRANSLATE_NOOP("Charts", "What goes with better days"),
    QT_TRANSLATE_NOOP("Charts", "Your average on days with each tag and on days without it. This "
                      "shows what goes together, not what causes what."),
    _load_tags, _draw_tags)
BEFORE_AFTER: ChartSpec[BeforeAfter | None] = ChartSpec(
    "before-after",
    QT_TRANSLATE_NOOP("Charts", "Before and after"),
    QT_TRANSLATE_NOOP("Charts", "Your average before and after a day that mattered, such as a new "
                      "job or a change of medication."),
    _load_before_after, _draw_before_after)
STRENGTHS: ChartSpec[StrengthCounts] = ChartSpec(
    "strengths",
    QT_TRANSLATE_NOOP("Charts", "Strengths used"),
    QT_TRANSLATE_NOOP("Charts", "How often you noted using each strength, and the part of life it "
                      "belongs to."),
    _load_strengths, _draw_strengths)
GOALS: ChartSpec[GoalProgress] = ChartSpec(
    "goals",
    QT_TRANSLATE_NOOP("Charts", "Goals"),
    QT_TRANSLATE_NOOP("Charts", "The goal steps you marked done, and the progress you noted at "
                      "each goal's reviews."),
    _load_goals, _draw_goals, about.goals)
LIFE_BALANCE: ChartSpec[Balance] = ChartSpec(
    "life-balance",
    QT_TRANSLATE_NOOP("Charts", "Life balance"),
    about.BALANCE,
    _load_balance, _draw_balance, about.balance)
QUESTIONNAIRES: ChartSpec[QuestionnaireTrends] = ChartSpec(
    "questionnaires",
    QT_TRANSLATE_NOOP("Charts", "Questionnaires over time"),
    QT_TRANSLATE_NOOP("Charts", "Each questionnaire's total each time you answered it, over the "
                      "ranges its authors publish (named at the side). ONS4 shows its four "
                      "questions on their own. A time with a question left blank has no "
                      "total. None of this is a diagnosis."),
    _load_questionnaires, _draw_questionnaires)

LIFE_CHECK: ChartSpec[LifeCheckPeriod] = ChartSpec(
    "life-check",
    QT_TRANSLATE_NOOP("Charts", "Life check"),
    QT_TRANSLATE_NOOP("Charts", "How satisfied you said you were with each part of life, from 1 "
                      "(not at all) to 7 (completely), in the newest life check of the period, "
                      "beside the one before it. Our own questions, not a clinical measure."),
    _load_life_check, _draw_life_check)

FEELINGS: ChartSpec[FeelingCounts] = ChartSpec(
    "feelings",
    QT_TRANSLATE_NOOP("Charts", "Feelings"),
    QT_TRANSLATE_NOOP("Charts", "How often you named each feeling in a check-in, with your "
                      "average mood and hope in those check-ins. This shows what goes "
                      "together, not what causes what."),
    _load_feelings, _draw_feelings)

CHARTS: tuple[ChartKind, ...] = (
    MOOD_HOPE, MEASURES, CALENDAR, TAGS, BEFORE_AFTER, STRENGTHS, GOALS, LIFE_BALANCE,
    QUESTIONNAIRES,
    LIFE_CHECK,
    FEELINGS,
)
CHART_NAMES: tuple[str, ...] = tuple(chart.name for chart in CHARTS)
CHART_TITLES: dict[str, str] = {chart.name: chart.title for chart in CHARTS}


def chart_named(name: str) -> ChartKind:
    """The chart called `name`; ValueError for a name no chart has."""
    for chart in CHARTS:
        if chart.name == name:
            return chart
    raise ValueError(f"There is no chart called {name!r}.")
