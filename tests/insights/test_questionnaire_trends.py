"""Questionnaires over time: totals only where the rules allow, neutral words, a full table."""

from __future__ import annotations

from datetime import UTC, date, datetime

from recovery_journal.insights.questionnaires import questionnaire_trends, summary, table
from recovery_journal.model import QuestionnaireResponse

START, END = date(2026, 1, 1), date(2026, 3, 31)


def _r(key: str, day: date, answers: tuple[int | None, ...], rid: int = 1
       ) -> QuestionnaireResponse:
    taken = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    return QuestionnaireResponse(rid, key, taken, day, answers)


def test_nothing_answered_says_so_calmly() -> None:
    data = questionnaire_trends([], START, END)
    assert data.trends == ()
    assert summary(data) == "No questionnaires answered in this period yet."
    assert table(data)[1] == ()


def test_totals_bands_and_change_in_plain_words() -> None:
    data = questionnaire_trends([
        _r("phq9", date(2026, 1, 5), (2,) * 9),            # 18
        _r("phq9", date(2026, 1, 19), (1,) * 8 + (None,)),  # blank: no total
        _r("phq9", date(2026, 2, 2), (1,) * 9),             # 9
        _r("phq9", date(2025, 12, 1), (3,) * 9),            # before the period
    ], START, END)
    [trend] = data.trends
    assert trend.lines[0].points == ((date(2026, 1, 5), 18), (date(2026, 2, 2), 9))
    assert (trend.answered, trend.withheld, trend.high) == (3, 1, 27)
    text = summary(data)
    assert "your latest total is 9 of 27 (2 February 2026)" in text
    assert "published as “Mild”" in text and "9 lower than on 5 January 2026" in text
    assert "1 time with a question left blank has no total" in text
    assert "not a diagnosis" in text
    for word in ("better", "worse", "improv"):
        assert word not in text
    headers, rows = table(data)
    assert headers[0] == "Date" and len(rows) == 3
    assert rows[0] == ("2026-01-05", "PHQ-9", "Total", "18 of 27", "Moderately severe",
                       "2, 2, 2, 2, 2, 2, 2, 2, 2")
    # A time with a blank question is in the table too, its answers as given.
    assert rows[1] == ("2026-01-19", "PHQ-9", "Total", "no total", "",
                       "1, 1, 1, 1, 1, 1, 1, 1, blank")


def test_ons4_is_four_lines_never_a_total() -> None:
    data = questionnaire_trends([
        _r("ons4", date(2026, 1, 5), (7, 8, None, 1)),
        _r("ons4", date(2026, 1, 12), (9, 8, 6, 6)),
    ], START, END)
    [trend] = data.trends
    assert [line.label for line in trend.lines] == [
        "Life satisfaction", "Worthwhile", "Happiness", "Anxiety"]
    assert trend.lines[2].points == ((date(2026, 1, 12), 6),)
    assert "each question is shown on its own" in summary(data)
    rows = table(data)[1]
    assert ("2026-01-05", "ONS4", "Anxiety", "1 of 10", "Very low", "1") in rows
    assert ("2026-01-12", "ONS4", "Life satisfaction", "9 of 10", "Very high", "9") in rows


def test_only_blank_answers_leave_no_total_to_show() -> None:
    data = questionnaire_trends([_r("gad7", date(2026, 1, 5), (None,) * 7)], START, END)
    assert "no total to show" in summary(data)


def test_a_questionnaires_questions_one_by_one_only_on_request() -> None:
    responses = [
        _r("gad7", date(2026, 1, 5), (0, 1, 2, 3, 0, 1, 2)),
        _r("gad7", date(2026, 1, 19), (1, None, 1, 1, 1, 1, 1)),  # a blank: no total
        _r("phq9", date(2026, 1, 6), (1,) * 9),
    ]
    plain = questionnaire_trends(responses, START, END)
    assert [t.key for t in plain.trends] == ["phq9", "gad7"]
    asked = questionnaire_trends(responses, START, END, items_of="gad7")
    assert [t.key for t in asked.trends] == ["phq9", "gad7", "gad7:items"]
    items = asked.trends[-1]
    assert items.name == "GAD-7, question by question" and items.high == 3
    assert [line.label for line in items.lines] == [f"Q{n}" for n in range(1, 8)]
    # A blank answer is left out of its own line, never drawn as 0; the others still show.
    assert items.lines[0].points == ((date(2026, 1, 5), 0), (date(2026, 1, 19), 1))
    assert items.lines[1].points == ((date(2026, 1, 5), 1),)
    assert "GAD-7, question by question: answered 2 times" in summary(asked)
    rows = table(asked)[1]
    assert ("2026-01-05", "GAD-7, question by question", "Q4", "3 of 3", "", "3") in rows
    # ONS4 has no total, so it has no extra panel: its questions are always shown.
    ons = questionnaire_trends([_r("ons4", date(2026, 1, 5), (7, 8, 6, 1))], START, END,
                               items_of="ons4")
    assert [t.key for t in ons.trends] == ["ons4"]
