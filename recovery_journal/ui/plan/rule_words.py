"""The words for early-warning rules: how a rule reads in the list, and the gentle note on Today."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_journal.insights.warnings import WarningMatch
from recovery_journal.model import RuleKind, WarningRule
from recovery_journal.storage.measures import RANGE_LIMIT


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanRuleWords", text)


def number(value: float) -> str:
    """5.0 as "5", 4.5 as "4.5"."""
    return f"{value:g}"


def _days(count: int) -> str:
    return _tr("1 day") if count == 1 else _tr("%s days") % count


def _in_a_row(count: int) -> str:
    """"1 day", "3 days in a row": one day has no row to be in."""
    return _tr("1 day") if count == 1 else _tr("%s days in a row") % count


def default_threshold(kind: RuleKind, low: float, high: float) -> float:
    """A first number that can hold: low for "below" (mood below 4 on 0–10), high for "above"."""
    share = 0.7 if kind is RuleKind.ABOVE else 0.4
    # An odd range kept from an older vault may be endless; suggest within what can be drawn.
    low, high = max(low, -RANGE_LIMIT), min(high, RANGE_LIMIT)
    return float(round(low + share * (high - low)))


def condition(rule: WarningRule, measure_name: str) -> str:
    """What the rule looks for, without the days: "sleep hours below 5", "“not eating”"."""
    name = measure_name.lower() if measure_name else rule.measure_key
    if rule.kind is RuleKind.BELOW:
        return _tr("%1 below %2").replace("%1", name).replace("%2", number(rule.threshold))
    if rule.kind is RuleKind.ABOVE:
        return _tr("%1 above %2").replace("%1", name).replace("%2", number(rule.threshold))
    if rule.kind is RuleKind.AT_MOST_OF:
        return _tr("%1 %2 or lower").replace("%1", name).replace("%2", number(rule.threshold))
    return _tr("the tag “%s”") % rule.tag_name


def describe(rule: WarningRule, measure_name: str) -> str:
    """The rule in one line: "Sleep hours below 5 for 3 days in a row"."""
    what = condition(rule, measure_name)
    what = what[:1].upper() + what[1:]
    if rule.kind is RuleKind.AT_MOST_OF:
        text = _tr("%1 on %2 of the last %3").replace("%1", what)
        return text.replace("%2", str(rule.days)).replace("%3", _days(rule.window_days))
    return _tr("%1 for %2").replace("%1", what).replace("%2", _in_a_row(rule.days))


def note(match: WarningMatch, measure_name: str) -> str:
    """The gentle note on Today when a rule holds."""
    rule = match.rule
    what = condition(rule, measure_name)
    if rule.kind is RuleKind.AT_MOST_OF:
        lead = _tr("On %1 of the last %2: %3.").replace("%1", str(len(match.days)))
        lead = lead.replace("%2", _days(rule.window_days)).replace("%3", what)
    else:
        lead = _tr("For %1: %2.").replace("%1", _in_a_row(rule.days)).replace("%2", what)
    return lead + " " + _tr("Your plan has ideas for this.")
