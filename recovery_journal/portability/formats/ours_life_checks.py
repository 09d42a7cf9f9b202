"""Life checks in our own JSON export (an optional list; files without it carry none)."""

from __future__ import annotations

from recovery_journal.portability.formats.fields import Item, items_of
from recovery_journal.portability.records import LifeCheckRecord, LifeRatingRecord


def parse_life_checks(document: dict[str, object]) -> tuple[LifeCheckRecord, ...]:
    """Every life check in the document, each rating checked (1-7 or null) before any write."""
    return tuple(_check(item) for item in items_of(document, "life_checks"))


def _check(item: Item) -> LifeCheckRecord:
    ratings = tuple(_rating(r) for r in item.items("ratings"))
    names = [r.life_domain.casefold() for r in ratings]
    if len(set(names)) != len(names):
        raise item.problem("ratings", "A life area is rated twice in this life check.")
    if not any(r.rating is not None or r.going_well.strip() for r in ratings):
        raise item.problem("ratings", "This life check has no rating and no note.")
    return LifeCheckRecord(row=item.row, taken_at=item.moment("taken_at"), ratings=ratings)


def _rating(item: Item) -> LifeRatingRecord:
    value = None if item.raw("rating") is None else item.integer("rating")
    if value is not None and not 1 <= value <= 7:
        raise item.problem("rating", "A life check rating is a whole number from 1 to 7.")
    return LifeRatingRecord(life_domain=item.text("life_domain", None), rating=value,
                            going_well=item.text("going_well"))
