"""A change in the person's supports as the pivot of the before/after view."""

from __future__ import annotations

from dataclasses import replace

from recovery_journal.insights.before_after import BeforeAfter
from recovery_journal.insights.language import ENGLISH, MARK, Language
from recovery_journal.insights.support_marks import event_words
from recovery_journal.model import Support, SupportEvent

NO_SUPPORT_CHANGES = MARK.translate(
    "ChartNotes", "No changes in your supports yet. Record one in My plan, under Treatments and "
    "supports, to compare around it.")
NO_SUPPORT_EVENT = MARK.translate("ChartNotes", "That change in your supports is no longer in "
                                  "your journal.")




def no_support_words(none_yet: bool, lang: Language = ENGLISH) -> str:
    """`NO_SUPPORT_CHANGES` (when `none_yet`) or `NO_SUPPORT_EVENT` in the person's language."""
    return lang.translate("ChartNotes", NO_SUPPORT_CHANGES if none_yet else NO_SUPPORT_EVENT)


def pivot_on_support(
    result: BeforeAfter, found: tuple[Support, SupportEvent] | None, lang: Language = ENGLISH,
) -> BeforeAfter:
    """`result` naming the change in the person's supports it compares around."""
    return result if found is None else replace(result,
                                                pivot_event=event_words(*found, lang))
