"""Adding the life checks of our own JSON: a check already here (the same moment, the same
ratings and notes) is skipped; a life area the journal doesn't have is added."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC

from recovery_journal.model import LifeCheck, LifeRating
from recovery_journal.portability.provenance import at_row
from recovery_journal.portability.records import LifeCheckRecord
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.text import storable

CheckKey = tuple[str, tuple[tuple[int, int | None, str], ...]]


def _key(moment_utc: str, ratings: list[LifeRating]) -> CheckKey:
    return moment_utc, tuple(sorted((r.life_domain_id, r.rating, r.going_well)
                                    for r in ratings))


def _stored_key(check: LifeCheck) -> CheckKey:
    return _key(check.taken_at.astimezone(UTC).isoformat(), list(check.ratings))


def add_life_checks(
    repos: Repositories, records: tuple[LifeCheckRecord, ...], added: Counter[str],
    domain_id: Callable[[str, int, str], int | None],
) -> None:
    """Add each life check not already here; `domain_id` finds (or adds) an area by name."""
    if not records:
        return
    seen = {_stored_key(c) for c in repos.life_checks.list()}
    for record in records:
        with at_row(record.row, "life_checks"):
            ratings = []
            for rating in record.ratings:
                found = domain_id(rating.life_domain, record.row, "life_checks")
                assert found is not None  # a name always finds or makes an area
                # Stored the way storage keeps it, so an identical check is recognised.
                ratings.append(LifeRating(found, rating.rating,
                                          storable(rating.going_well).strip()))
            key = _key(record.taken_at.astimezone(UTC).isoformat(),
                       [r for r in ratings if r.rating is not None or r.going_well])
            if key in seen:
                continue
            made = repos.life_checks.add(record.taken_at, ratings)
        seen.add(_stored_key(made))
        added["life_checks"] += 1
