"""Questionnaires over time: each one's totals (ONS4: its four questions), the published bands,
a summary sentence and a table. Pure functions from responses; totals only where the rules
allow, so a response with a blank question is counted, never drawn as a made-up total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from recovery_journal.insights import words
from recovery_journal.insights.support_marks import SupportMark
from recovery_journal.model import QuestionnaireResponse
from recovery_journal.questionnaires import INSTRUMENTS, Band, Instrument, score
from recovery_journal.questionnaires.scoring import band_of

# The key of a questionnaire's question-by-question panel: its own key and this.
ITEMS_SUFFIX = ":items"


@dataclass(frozen=True)
class TrendLine:
    """One line to draw: its label and its (day, value) points, oldest first."""

    label: str
    points: tuple[tuple[date, int], ...]


@dataclass(frozen=True)
class Trend:
    """One questionnaire in the period: its lines, its scale and the bands drawn behind."""

    key: str
    name: str
    high: int
    bands: tuple[Band, ...]
    lines: tuple[TrendLine, ...]
    answered: int
    withheld: int  # responses with a blank question, so no total
    # Every response's answers, item by item (None for a blank), for the table.
    answers: tuple[tuple[date, tuple[int | None, ...]], ...] = ()


@dataclass(frozen=True)
class QuestionnaireTrends:
    """Every questionnaire answered in the period, in the app's order."""

    start: date
    end: date
    trends: tuple[Trend, ...]
    # Changes in the person's supports to mark, when they chose to show them.
    marks: tuple[SupportMark, ...] = ()


def _trend(instrument: Instrument, responses: Sequence[QuestionnaireResponse]) -> Trend:
    if instrument.has_total:
        totals = [(r.local_date, score(instrument, r.answers).total) for r in responses]
        points = tuple((day, total) for day, total in totals if total is not None)
        return Trend(instrument.key, instrument.name, instrument.total_max, instrument.bands,
                     (TrendLine(instrument.name, points),), len(responses),
                     len(responses) - len(points),
                     tuple((r.local_date, r.answers) for r in responses))
    lines = tuple(
        TrendLine(item.short or item.text, tuple(
            (r.local_date, value) for r in responses
            if i < len(r.answers) and (value := r.answers[i]) is not None))
        for i, item in enumerate(instrument.items)
    )
    return Trend(instrument.key, instrument.name, instrument.scale_max, (), lines,
                 len(responses), 0)


def _item_trend(instrument: Instrument, responses: Sequence[QuestionnaireResponse]) -> Trend:
    """A questionnaire's questions one by one (asked for beside its total): a line each."""
    lines = tuple(
        TrendLine(item.short or f"Q{i + 1}", tuple(
            (r.local_date, value) for r in responses
            if i < len(r.answers) and (value := r.answers[i]) is not None))
        for i, item in enumerate(instrument.items)
    )
    return Trend(f"{instrument.key}{ITEMS_SUFFIX}", f"{instrument.name}, question by question",
                 instrument.scale_max, (), lines, len(responses), 0)


def questionnaire_trends(
    responses: Sequence[QuestionnaireResponse], start: date, end: date, items_of: str = "",
) -> QuestionnaireTrends:
    """The trends of the responses taken between `start` and `end` (both included); for the
    questionnaire keyed `items_of`, its questions one by one too, after its total."""
    inside = [r for r in responses if start <= r.local_date <= end]
    trends: list[Trend] = []
    for each in INSTRUMENTS:
        mine = sorted((r for r in inside if r.instrument == each.key),
                      key=lambda r: (r.local_date, r.taken_at))
        if not mine:
            continue
        trends.append(_trend(each, mine))
        if each.key == items_of and each.has_total:
            trends.append(_item_trend(each, mine))
    return QuestionnaireTrends(start, end, tuple(trends))


def _one_summary(trend: Trend) -> str:
    if len(trend.lines) != 1:
        return (f"{trend.name}: answered {words.count(trend.answered, 'time')}; "
                "each question is shown on its own.")
    points = trend.lines[0].points
    if not points:
        return (f"{trend.name}: answered {words.count(trend.answered, 'time')}, each with a "
                "question left blank, so there is no total to show.")
    day, latest = points[-1]
    text = f"{trend.name}: your latest total is {latest} of {trend.high} ({words.day(day)})"
    band = band_of(trend.bands, latest)
    if band:
        text += f", in the range published as {words.quoted(band)}"
    if len(points) > 1:
        first_day, first = points[0]
        change = latest - first
        if change == 0:
            text += f"; the same as on {words.day(first_day)}"
        else:
            text += (f"; {abs(change)} {'higher' if change > 0 else 'lower'} than on "
                     f"{words.day(first_day)}")
    text += "."
    if trend.withheld:
        verb = "has" if trend.withheld == 1 else "have"
        text += (f" {words.count(trend.withheld, 'time')} with a question left blank {verb} "
                 "no total.")
    return text


def summary(data: QuestionnaireTrends) -> str:
    """One sentence per questionnaire, in plain, neutral words; never a grade."""
    if not data.trends:
        return "No questionnaires answered in this period yet."
    return " ".join(_one_summary(trend) for trend in data.trends) + (
        " These are not a diagnosis.")


def table(data: QuestionnaireTrends) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Every value, one row each: day, questionnaire, what, value, published range; a total's
    row also lists its answers item by item, and a time with a blank question is listed too."""
    headers = ("Date", "Questionnaire", "Score", "Value", "Published range",
               "Answers, question by question")
    rows: list[tuple[str, ...]] = []
    for trend in data.trends:
        if trend.answers:
            for day, answers in trend.answers:
                # The same rule as scoring: a total only with every question answered.
                given = [a for a in answers if a is not None]
                total = sum(given) if len(given) == len(answers) else None
                shown = "no total" if total is None else f"{total} of {trend.high}"
                band = "" if total is None else band_of(trend.bands, total)
                rows.append((words.iso(day), trend.name, "Total", shown, band,
                             _answers_text(answers)))
            continue
        for line in trend.lines:
            for day, value in line.points:
                rows.append((words.iso(day), trend.name, line.label, f"{value} of {trend.high}",
                             _item_band(trend, line, value), str(value)))
    rows.sort(key=lambda row: (row[0], row[1]))
    return headers, tuple(rows)


def _answers_text(answers: tuple[int | None, ...]) -> str:
    """"1, 2, blank, 0": each answer in the questionnaire's order."""
    return ", ".join("blank" if a is None else str(a) for a in answers)


def _item_band(trend: Trend, line: TrendLine, value: int) -> str:
    key = trend.key.removesuffix(ITEMS_SUFFIX)
    instrument = next(i for i in INSTRUMENTS if i.key == key)
    item = next((i for i in instrument.items if (i.short or i.text) == line.label), None)
    return band_of(item.bands, value) if item is not None else ""
