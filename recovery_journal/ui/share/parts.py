"""The names of the parts a person can pick in the share dialog, in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from recovery_journal.model import PlanSectionKey
from recovery_journal.report.content import PLAN_PREFIX, SECTION_TITLES
from recovery_journal.ui.plan.section_editor import section_title

# Marked so lupdate sees each one; shown through `other_label`.
OTHER = (("checkins", QT_TRANSLATE_NOOP("ShareReportDialog", "Check-in summary table")),
         ("strengths", QT_TRANSLATE_NOOP("ShareReportDialog", "Strengths: chart and inventory")),
         ("goals", QT_TRANSLATE_NOOP("ShareReportDialog", "Goals: chart and each goal")),
         ("people", QT_TRANSLATE_NOOP("ShareReportDialog", "My people")),
         ("journal", QT_TRANSLATE_NOOP("ShareReportDialog",
                                       "Journal entries (dates, titles and tags)")),
         ("supports", QT_TRANSLATE_NOOP(
             "ShareReportDialog",
             "Treatments and supports (the log, and its changes on the charts)")),
         ("hope_box", QT_TRANSLATE_NOOP("ShareReportDialog", "My hope box (its words)")))


def other_parts() -> list[tuple[str, str]]:
    """The parts that are not charts or plan sections, as (key, translated name)."""
    return [(key, QCoreApplication.translate("ShareReportDialog", str(text)))
            for key, text in OTHER]


def section_label(key: str) -> str:
    """A chart's or plan section's title as Insights and the plan page show it, translated."""
    if key.startswith(PLAN_PREFIX):
        return section_title(PlanSectionKey(key.removeprefix(PLAN_PREFIX)))
    return QCoreApplication.translate("Charts", SECTION_TITLES[key])
