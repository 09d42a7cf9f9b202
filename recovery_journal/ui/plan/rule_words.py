"""The words for early-warning rules: how a rule reads in the list, and the gentle note on Today."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from recovery_journal.insights.warnings import WarningMatch
from recovery_journal.model import RuleKind, WarningRule
from recovery_journal.storage.measures import RANGE_LIMIT


def number(value: float) -> str:
    """5.0 as "5", 4.5 as "4.5"."""
    return f"{value:g}"


def _days(count: int) -> str:
    """"1 day", "7 days"."""
    return QCoreApplication.translate("PlanRuleWords", "%n day(s)", "", count)


def _in_a_row(count: int) -> str:
    """"1 day", "3 days in a row": one day has no row to be in."""
    return QCoreApplication.translate("PlanRuleWords", "%n day(s) in a row", "", count)


def default_threshold(kind: RuleKind, low: float, high: float) -> float:
    """A first number that can hold: low for "below" (mood below 4 on 0–10), high for "above"."""
    share = 0.7 if kind is RuleKind.ABOVE else 0.4
    # An odd range kept from an older vault may be endless; suggest within what can be drawn.
    low, high = max(low, -RANGE_LIMIT), min(high, RANGE_LIMIT)
    return float(round(low + share * (high - low)))


def _fill(text: str, *values: str) -> str:
    """Put `values` in for %1, %2, … in one pass (a translation may reorder them; a name that
    holds "%2" itself stays as written)."""
    return re.sub(r"%([1-9])", lambda found: values[int(found[1]) - 1]
                  if int(found[1]) <= len(values) else found[0], text)


def condition(rule: WarningRule, measure_name: str) -> str:
    """What the rule looks for, without the days: "sleep hours below 5", "the tag “not eating”"."""
    name = measure_name.lower() if measure_name else rule.measure_key
    limit = number(rule.threshold)
    if rule.kind is RuleKind.BELOW:
        return _fill(QCoreApplication.translate("PlanRuleWords", "%1 below %2"), name, limit)
    if rule.kind is RuleKind.ABOVE:
        return _fill(QCoreApplication.translate("PlanRuleWords", "%1 above %2"), name, limit)
    if rule.kind is RuleKind.AT_MOST_OF:
        return _fill(QCoreApplication.translate("PlanRuleWords", "%1 %2 or lower"), name, limit)
    return _fill(QCoreApplication.translate("PlanRuleWords", "the tag “%1”"), rule.tag_name)


def describe(rule: WarningRule, measure_name: str) -> str:
    """The rule in one line: "Sleep hours below 5 for 3 days in a row"."""
    what = condition(rule, measure_name)
    what = what[:1].upper() + what[1:]
    if rule.kind is RuleKind.AT_MOST_OF:
        return _fill(QCoreApplication.translate("PlanRuleWords", "%1 on %2 of the last %3"),
                     what, str(rule.days), _days(rule.window_days))
    return _fill(QCoreApplication.translate("PlanRuleWords", "%1 for %2"),
                 what, _in_a_row(rule.days))


def note(match: WarningMatch, measure_name: str) -> str:
    """The gentle note on Today when a rule holds: one plain sentence, then where to look."""
    rule = match.rule
    what = condition(rule, measure_name)
    if rule.kind is RuleKind.AT_MOST_OF:
        lead = _fill(QCoreApplication.translate(
            "PlanRuleWords", "Your check-ins show %1 on %2 of the last %3."),
            what, str(len(match.days)), _days(rule.window_days))
    elif rule.days == 1:
        lead = _fill(QCoreApplication.translate(
            "PlanRuleWords", "Your latest check-in shows %1."), what)
    else:
        lead = _fill(QCoreApplication.translate(
            "PlanRuleWords", "Your check-ins show %1 for %2."), what, _in_a_row(rule.days))
    return lead + " " + QCoreApplication.translate(
        "PlanRuleWords", "Your plan has your own ideas for times like this.")
