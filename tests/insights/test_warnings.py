"""Early-warning rules on hand-made check-ins: daily means, runs, gaps, K of N, tags, pauses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from recovery_journal.insights.warnings import (
    daily_means,
    days_needed,
    evaluate,
    matching,
    tag_days,
)
from recovery_journal.model import CheckIn, PlanSectionKey, RuleKind, WarningRule

TODAY = date(2026, 3, 10)
_next_id = iter(range(1, 10_000))


def _checkin(day: date, hour: int = 20, tags: tuple[str, ...] = (), **values: float) -> CheckIn:
    moment = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    return CheckIn(next(_next_id), moment, day, "", dict(values), tags, moment, moment)


def _ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def _rule(kind: RuleKind, *, measure: str = "sleep", tag: str = "", threshold: float = 5,
          days: int = 3, window: int | None = None, paused: bool = False) -> WarningRule:
    return WarningRule(
        1, kind, "" if kind is RuleKind.TAG_RUNNING else measure, tag, threshold, days,
        window or days, PlanSectionKey.EARLY_WARNING, paused, datetime(2026, 1, 1, tzinfo=UTC),
    )


BELOW_5_FOR_3 = _rule(RuleKind.BELOW, threshold=5, days=3)


def test_a_day_is_the_mean_of_its_checkins() -> None:
    checkins = [_checkin(_ago(0), 8, sleep=3), _checkin(_ago(0), 20, sleep=6),
                _checkin(_ago(1), mood=4)]
    assert daily_means(checkins, "sleep") == {TODAY: 4.5}
    # The mean (4.5) is below 5 though one check-in said 6.
    checkins += [_checkin(_ago(1), sleep=4), _checkin(_ago(2), sleep=4.9)]
    assert evaluate(BELOW_5_FOR_3, checkins, TODAY) is not None


def test_three_low_days_running_hold() -> None:
    checkins = [_checkin(_ago(n), sleep=v) for n, v in ((0, 4), (1, 4.5), (2, 3), (3, 8))]
    match = evaluate(BELOW_5_FOR_3, checkins, TODAY)
    assert match is not None
    assert match.days == (_ago(2), _ago(1), _ago(0))


def test_the_threshold_itself_is_not_below() -> None:
    checkins = [_checkin(_ago(n), sleep=v) for n, v in ((0, 4), (1, 5), (2, 3))]
    assert evaluate(BELOW_5_FOR_3, checkins, TODAY) is None


def test_a_day_without_a_checkin_breaks_the_run() -> None:
    checkins = [_checkin(_ago(n), sleep=3) for n in (0, 1, 3, 4)]
    assert evaluate(BELOW_5_FOR_3, checkins, TODAY) is None


def test_a_checkin_without_that_measure_is_a_gap_too() -> None:
    checkins = [_checkin(_ago(0), sleep=3), _checkin(_ago(1), mood=2), _checkin(_ago(2), sleep=3)]
    assert evaluate(BELOW_5_FOR_3, checkins, TODAY) is None


def test_before_todays_checkin_the_run_may_end_yesterday() -> None:
    checkins = [_checkin(_ago(n), sleep=3) for n in (1, 2, 3)]
    match = evaluate(BELOW_5_FOR_3, checkins, TODAY)
    assert match is not None and match.days[-1] == _ago(1)
    # A run that ended two days ago is old news, not a warning.
    older = [_checkin(_ago(n), sleep=3) for n in (2, 3, 4)]
    assert evaluate(BELOW_5_FOR_3, older, TODAY) is None


def test_a_good_day_today_ends_the_run() -> None:
    checkins = [_checkin(_ago(n), sleep=3) for n in (1, 2, 3)] + [_checkin(TODAY, sleep=8)]
    assert evaluate(BELOW_5_FOR_3, checkins, TODAY) is None


def test_above_rules() -> None:
    rule = _rule(RuleKind.ABOVE, measure="anxiety", threshold=7, days=2)
    assert evaluate(rule, [_checkin(_ago(n), anxiety=8) for n in (0, 1)], TODAY) is not None
    assert evaluate(rule, [_checkin(_ago(n), anxiety=7) for n in (0, 1)], TODAY) is None


def test_k_of_the_last_n_days() -> None:
    rule = _rule(RuleKind.AT_MOST_OF, measure="mood", threshold=3, days=4, window=7)
    # Four low days among the last seven, with gaps and good days between them.
    checkins = [_checkin(_ago(n), mood=v) for n, v in ((0, 3), (1, 7), (3, 2), (5, 3), (6, 1))]
    match = evaluate(rule, checkins, TODAY)
    assert match is not None
    assert match.days == (_ago(6), _ago(5), _ago(3), _ago(0))
    # A low day eight days ago is outside the window.
    shifted = [_checkin(_ago(n), mood=v) for n, v in ((0, 3), (1, 7), (3, 2), (5, 3), (7, 1))]
    assert evaluate(rule, shifted, TODAY) is None


def test_k_of_n_uses_the_daily_mean() -> None:
    rule = _rule(RuleKind.AT_MOST_OF, measure="mood", threshold=3, days=2, window=3)
    checkins = [_checkin(_ago(0), 8, mood=2), _checkin(_ago(0), 20, mood=6),
                _checkin(_ago(1), mood=3)]
    assert evaluate(rule, checkins, TODAY) is None  # today's mean is 4
    checkins.append(_checkin(_ago(2), mood=0))
    assert evaluate(rule, checkins, TODAY) is not None


def test_tag_on_days_running() -> None:
    rule = _rule(RuleKind.TAG_RUNNING, tag="Not eating", days=2)
    checkins = [_checkin(_ago(0), tags=("walk",)), _checkin(_ago(0), 21, tags=("not  eating",)),
                _checkin(_ago(1), tags=("NOT EATING",))]
    assert tag_days(checkins, "not eating") == {_ago(0): True, _ago(1): True}
    match = evaluate(rule, checkins, TODAY)
    assert match is not None and match.days == (_ago(1), _ago(0))


def test_tag_run_broken_by_a_day_without_it_or_without_a_checkin() -> None:
    rule = _rule(RuleKind.TAG_RUNNING, tag="not eating", days=2)
    without_tag = [_checkin(_ago(0), tags=("not eating",)), _checkin(_ago(1), tags=("walk",))]
    assert evaluate(rule, without_tag, TODAY) is None
    gap = [_checkin(_ago(0), tags=("not eating",)), _checkin(_ago(2), tags=("not eating",))]
    assert evaluate(rule, gap, TODAY) is None
    # Today has a check-in without the tag: the run would have to include today, so no.
    today_fine = [_checkin(_ago(0)), _checkin(_ago(1), tags=("not eating",)),
                  _checkin(_ago(2), tags=("not eating",))]
    assert evaluate(rule, today_fine, TODAY) is None


def test_paused_rules_never_hold_and_matching_keeps_order() -> None:
    checkins = [_checkin(_ago(n), sleep=2, mood=1) for n in range(5)]
    mood = _rule(RuleKind.BELOW, measure="mood", threshold=3, days=5)
    paused = _rule(RuleKind.BELOW, threshold=5, days=3, paused=True)
    assert evaluate(paused, checkins, TODAY) is None
    found = matching([BELOW_5_FOR_3, paused, mood], checkins, TODAY)
    assert [m.rule for m in found] == [BELOW_5_FOR_3, mood]


def test_no_checkins_no_warning() -> None:
    assert matching([BELOW_5_FOR_3], [], TODAY) == []


def test_days_needed_covers_the_longest_rule() -> None:
    rules = [BELOW_5_FOR_3, _rule(RuleKind.AT_MOST_OF, measure="mood", days=4, window=7)]
    assert days_needed(rules) == 8
    assert days_needed([]) == 1
