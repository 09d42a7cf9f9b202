"""Questionnaires over time: each one's totals (ONS4: its four questions), the published bands,
a summary sentence and a table. Pure functions from responses; totals only where the rules
allow, so a response with a blank question is counted, never drawn as a made-up total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from recovery_journal.insights import words
from recovery_journal.insights.language import ENGLISH, Language
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


def _item_trend(instrument: Instrument, responses: Sequence[QuestionnaireResponse],
                lang: Language) -> Trend:
    """A questionnaire's questions one by one (asked for beside its total): a line each."""
    lines = tuple(
        TrendLine(item.short or lang.translate("ChartTable", "Q%1", str(i + 1)), tuple(
            (r.local_date, value) for r in responses
            if i < len(r.answers) and (value := r.answers[i]) is not None))
        for i, item in enumerate(instrument.items)
    )
    return Trend(f"{instrument.key}{ITEMS_SUFFIX}",
                 lang.translate("ChartSummary", "%1, question by question", instrument.name),
                 instrument.scale_max, (), lines, len(responses), 0)


def questionnaire_trends(
    responses: Sequence[QuestionnaireResponse], start: date, end: date, items_of: str = "",
    lang: Language = ENGLISH,
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
            trends.append(_item_trend(each, mine, lang))
    return QuestionnaireTrends(start, end, tuple(trends))


def _one_summary(trend: Trend, lang: Language) -> str:
    if len(trend.lines) != 1:
        return lang.translate("ChartSummary", "%1: answered %n time(s); each question is shown "
                              "on its own.", trend.name, n=trend.answered)
    points = trend.lines[0].points
    if not points:
        return lang.translate("ChartSummary", "%1: answered %n time(s), each with a question "
                              "left blank, so there is no total to show.", trend.name,
                              n=trend.answered)
    day, latest = points[-1]
    text = lang.translate("ChartSummary", "%1: your latest total is %2 of %3 (%4)", trend.name,
                          str(latest), str(trend.high), lang.day(day))
    band = band_of(trend.bands, latest)
    if band:
        # The band's name is the questionnaire's own published wording: kept as published.
        text += lang.translate("ChartSummary", ", in the range published as %1",
                               words.quoted(band, lang))
    if len(points) > 1:
        first_day, first = points[0]
        change = latest - first
        if change == 0:
            text += lang.translate("ChartSummary", "; the same as on %1", lang.day(first_day))
        elif change > 0:
            text += lang.translate("ChartSummary", "; %1 higher than on %2", str(change),
                                   lang.day(first_day))
        else:
            text += lang.translate("ChartSummary", "; %1 lower than on %2", str(-change),
                                   lang.day(first_day))
    text += "."
    if trend.withheld == 1:
        text += " " + lang.translate("ChartSummary", "1 time with a question left blank has no "
                                     "total.")
    elif trend.withheld:
        text += " " + lang.translate("ChartSummary", "%1 times with a question left blank have "
                                     "no total.", str(trend.withheld))
    return text


def summary(data: QuestionnaireTrends, lang: Language = ENGLISH) -> str:
    """One sentence per questionnaire, in plain, neutral words; never a grade."""
    if not data.trends:
        return lang.translate("ChartNotes", "No questionnaires answered in this period yet.")
    return " ".join([*(_one_summary(trend, lang) for trend in data.trends),
                     lang.translate("ChartNotes", "These are not a diagnosis.")])


def table(data: QuestionnaireTrends,
          lang: Language = ENGLISH) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Every value, one row each: day, questionnaire, what, value, published range; a total's
    row also lists its answers item by item, and a time with a blank question is listed too."""
    headers = (lang.translate("ChartTable", "Date"), lang.translate("ChartTable", "Questionnaire"),
               lang.translate("ChartTable", "Score"), lang.translate("ChartTable", "Value"),
               lang.translate("ChartTable", "Published range"),
               lang.translate("ChartTable", "Answers, question by question"))
    total_word = lang.translate("ChartTable", "Total")
    rows: list[tuple[str, ...]] = []
    for trend in data.trends:
        if trend.answers:
            for day, answers in trend.answers:
                # The same rule as scoring: a total only with every question answered.
                given = [a for a in answers if a is not None]
                total = sum(given) if len(given) == len(answers) else None
                shown = (lang.translate("ChartTable", "no total") if total is None
                         else lang.translate("ChartTable", "%1 of %2", str(total),
                                             str(trend.high)))
                band = "" if total is None else band_of(trend.bands, total)
                rows.append((words.iso(day), trend.name, total_word, shown, band,
                             _answers_text(answers, lang)))
            continue
        for line in trend.lines:
            for day, value in line.points:
                rows.append((words.iso(day), trend.name, line.label,
                             lang.translate("ChartTable", "%1 of %2", str(value),
                                            str(trend.high)),
                             _item_band(trend, line, value), str(value)))
    rows.sort(key=lambda row: (row[0], row[1]))
    return headers, tuple(rows)


def _answers_text(answers: tuple[int | None, ...], lang: Language) -> str:
    """"1, 2, blank, 0": each answer in the questionnaire's order."""
    blank = lang.translate("ChartTable", "blank")
    return lang.translate("Lists", ", ").join(blank if a is None else str(a) for a in answers)


def _item_band(trend: Trend, line: TrendLine, value: int) -> str:
    key = trend.key.removesuffix(ITEMS_SUFFIX)
    instrument = next(i for i in INSTRUMENTS if i.key == key)
    item = next((i for i in instrument.items if (i.short or i.text) == line.label), None)
    return band_of(item.bands, value) if item is not None else ""
