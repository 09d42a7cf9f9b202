"""Feelings in export and import: the vocabulary as a list, and the words a file brings in.

Every feeling word a file names is kept: a word not in the person's vocabulary is added to it,
in the group the file gives (our own JSON, How We Feel, Pixels' emotions) or else in "other",
and the preview names the new words before anything is saved.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from recovery_journal.model import Feeling, FeelingGroup
from recovery_journal.portability.formats.fields import Item, items_of
from recovery_journal.portability.records import FeelingRecord, ImportPlan

if TYPE_CHECKING:
    from recovery_journal.storage.repositories import Repositories

FEELING_COLUMNS = ("name", "group", "archived")


def feelings_document(feelings: list[Feeling]) -> list[dict[str, object]]:
    """The whole vocabulary, hidden words too, group by group in the person's order."""
    return [{"name": f.name, "group": f.group.value, "archived": f.archived} for f in feelings]


def parse_feelings(document: dict[str, object]) -> tuple[FeelingRecord, ...]:
    """The vocabulary in our own JSON (absent in older files: none)."""
    return tuple(_feeling(item) for item in items_of(document, "feelings"))


def _feeling(item: Item) -> FeelingRecord:
    group = item.text("group", "other")
    if group not in {g.value for g in FeelingGroup}:
        raise item.problem("group", "This isn't one of the feeling groups.")
    return FeelingRecord(row=item.row, name=item.text("name", None), group=group,
                         archived=item.flag("archived"))


def feeling_words(plan: ImportPlan) -> dict[str, FeelingGroup | None]:
    """Every feeling word in the plan (first spelling kept) with its group when known."""
    words: dict[str, FeelingGroup | None] = {}
    folded: dict[str, str] = {}

    def note(name: str, group: str | None) -> None:
        name = " ".join(name.split())
        if not name:
            return
        key = folded.setdefault(name.casefold(), name)
        if words.get(key) is None:
            words[key] = FeelingGroup(group) if group else None

    for record in plan.rest.feelings:
        note(record.name, record.group)
    for checkin in plan.checkins:
        groups = dict(checkin.feeling_groups)
        for name in checkin.feelings:
            note(name, groups.get(name))
    return words


def add_feelings(plan: ImportPlan, repos: Repositories, added: Counter[str],
                 new_words: list[str]) -> None:
    """Add the plan's feeling words the vocabulary lacks, before its check-ins name them."""
    words = feeling_words(plan)
    if not words:
        return
    new = repos.feelings.ensure(words)
    hidden = {r.name.casefold() for r in plan.rest.feelings if r.archived}
    for name in new:
        if name.casefold() in hidden:
            found = repos.feelings.by_name(name)
            if found is not None:
                repos.feelings.set_archived(found.id, True)
    added["feelings"] += len(new)
    new_words += new
