"""Words the report and the crisis card share, in the person's `Language` (context "Report").

The stored English of built-in things (goal states, kinds of strength, plan titles, the
built-in measures, the safety plan's steps) is marked here for the translation tools and shown
translated; anything the person wrote is shown as written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.safety_plan import STEP_HEADINGS
from recovery_journal.model import GoalStatus, Measure, StrengthKind
from recovery_journal.storage.measures import plain_number

STATUS_WORDS = {GoalStatus.ACTIVE: str(QT_TRANSLATE_NOOP("Report", "Active")),
                GoalStatus.PAUSED: str(QT_TRANSLATE_NOOP("Report", "Paused")),
                GoalStatus.ACHIEVED: str(QT_TRANSLATE_NOOP("Report", "Achieved")),
                GoalStatus.LET_GO: str(QT_TRANSLATE_NOOP("Report", "Let go"))}
KIND_WORDS = {StrengthKind.QUALITY: str(QT_TRANSLATE_NOOP("Report", "Quality")),
              StrengthKind.SKILL: str(QT_TRANSLATE_NOOP("Report", "Skill")),
              StrengthKind.PERSON: str(QT_TRANSLATE_NOOP("Report", "Person")),
              StrengthKind.PLACE: str(QT_TRANSLATE_NOOP("Report", "Place")),
              StrengthKind.RESOURCE: str(QT_TRANSLATE_NOOP("Report", "Resource"))}
# The plan's titles as storage keeps them (tests/test_report_language.py keeps them equal).
PLAN_TITLES = (
    str(QT_TRANSLATE_NOOP("Report", "What I'm like when I'm well")),
    str(QT_TRANSLATE_NOOP("Report", "My wellness toolbox")),
    str(QT_TRANSLATE_NOOP("Report", "Daily maintenance")),
    str(QT_TRANSLATE_NOOP("Report", "Triggers and what I'll do")),
    str(QT_TRANSLATE_NOOP("Report", "Early warning signs and what I'll do")),
    str(QT_TRANSLATE_NOOP("Report", "When things are breaking down")),
    str(QT_TRANSLATE_NOOP("Report", "Crisis plan")),
    str(QT_TRANSLATE_NOOP("Report", "After a crisis")),
)
# Migration 0001's built-in measures, translated while still named so (ui/widgets/measure_words.py).
_BUILT_IN_MEASURES = {"mood": str(QT_TRANSLATE_NOOP("Measures", "Mood")),
                      "hope": str(QT_TRANSLATE_NOOP("Measures", "Hope"))}


def measure_name(measure: Measure, lang: Language = ENGLISH) -> str:
    """A built-in measure's English name translated; a name the person typed as typed."""
    if measure.built_in and _BUILT_IN_MEASURES.get(measure.key) == measure.name:
        return lang.translate("Measures", measure.name)
    return measure.name


def plain(value: float, lang: Language = ENGLISH) -> str:
    """A scale's end as the person set it ("10", "7.5"), with the language's decimal mark."""
    text = plain_number(value)
    return text.replace(".", lang.number(0.5)[1]) if "." in text else text


def step_heading(index: int, lang: Language = ENGLISH) -> str:
    """A safety plan step's heading, numbered after the first ("1. Signs that …"), as the plan
    page words it (context "SafetyPlan")."""
    heading = lang.translate("SafetyPlan", STEP_HEADINGS[index])
    return heading if index == 0 else lang.translate("SafetyPlan", "%1. %2", str(index), heading)
