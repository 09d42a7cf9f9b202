"""Scoring on hand-made answers: totals, skips, bands, and totals withheld."""

from __future__ import annotations

import pytest

from recovery_journal.questionnaires import GAD7, INSTRUMENTS, ONS4, PHQ9, QPR15, instrument, score


def test_every_instrument_has_its_published_shape() -> None:
    assert [len(i.items) for i in (ONS4, PHQ9, GAD7, QPR15)] == [4, 9, 7, 15]
    assert (PHQ9.total_max, GAD7.total_max, QPR15.total_max) == (27, 21, 60)
    assert GAD7.options[0] == "Not at all" and PHQ9.options[0] == "Not at all"
    assert QPR15.options == ("Disagree strongly", "Disagree", "Neither agree nor disagree",
                             "Agree", "Agree strongly")
    for each in INSTRUMENTS:
        assert each.credit and each.licence and each.verified_against
        assert instrument(each.key) is each


def test_distinctive_items_keep_their_published_words() -> None:
    assert PHQ9.items[0].text == "Little interest or pleasure in doing things"
    assert GAD7.items[0].text == "Feeling nervous, anxious or on edge"
    assert ONS4.items[0].text == "Overall, how satisfied are you with your life nowadays?"
    assert QPR15.items[0].text == "I feel better about myself"
    assert "Open Government Licence v3.0" in ONS4.licence


def test_unknown_instrument_is_refused() -> None:
    with pytest.raises(KeyError):
        instrument("wemwbs")


@pytest.mark.parametrize(("answers", "total", "band"), [
    ([0] * 9, 0, "Minimal"),
    ([1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "Minimal"),
    ([1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "Mild"),
    ([2, 2, 2, 2, 1, 0, 0, 0, 0], 9, "Mild"),
    ([2, 2, 2, 2, 2, 0, 0, 0, 0], 10, "Moderate"),
    ([2, 2, 2, 2, 2, 2, 2, 1, 0], 15, "Moderately severe"),
    ([3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "Severe"),
    ([3] * 9, 27, "Severe"),
])
def test_phq9_totals_and_bands(answers: list[int | None], total: int, band: str) -> None:
    result = score(PHQ9, answers)
    assert (result.total, result.band, result.total_max) == (total, band, 27)


@pytest.mark.parametrize(("total", "band"), [(4, "Minimal"), (5, "Mild"), (14, "Moderate"),
                                             (15, "Severe"), (21, "Severe")])
def test_gad7_bands(total: int, band: str) -> None:
    answers: list[int | None] = [min(3, max(0, total - 3 * i)) for i in range(7)]
    assert sum(a or 0 for a in answers) == total
    assert score(GAD7, answers).band == band


def test_a_skipped_item_withholds_the_total_and_the_band() -> None:
    result = score(PHQ9, [3, 3, 3, None, 3, 3, 3, 3, 0])
    assert result.total is None and result.band == ""
    assert (result.answered, result.skipped) == (8, 1)
    assert score(GAD7, [None] * 7).total is None
    assert score(QPR15, [4] * 14 + [None]).total is None


def test_qpr15_total_runs_to_60_without_bands() -> None:
    assert score(QPR15, [4] * 15).total == 60
    assert score(QPR15, [0] * 15).total == 0
    assert score(QPR15, [2] * 15).band == ""


def test_ons4_has_no_total_but_a_band_per_question() -> None:
    result = score(ONS4, [9, 5, None, 1])
    assert result.total is None and result.band == ""
    assert [(s.index, s.value, s.band) for s in result.items] == [
        (0, 9, "Very high"), (1, 5, "Medium"), (3, 1, "Very low")]
    assert [s.band for s in score(ONS4, [4, 7, 8, 6]).items] == ["Low", "High", "High", "High"]


def test_item_nine_above_zero_needs_care() -> None:
    assert score(PHQ9, [0] * 8 + [1]).needs_care
    assert not score(PHQ9, [3] * 8 + [0]).needs_care
    assert not score(PHQ9, [3] * 8 + [None]).needs_care
    assert not score(GAD7, [3] * 7).needs_care


@pytest.mark.parametrize("answers", [[0] * 8, [0] * 10, [0] * 8 + [4], [0] * 8 + [-1]])
def test_answers_that_do_not_fit_are_refused(answers: list[int | None]) -> None:
    with pytest.raises(ValueError):
        score(PHQ9, answers)
