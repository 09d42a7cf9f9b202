"""Life checks: the person's own 1-7 ratings of each life area, taken now and then, if they want.

Our own words, not a licensed instrument. Any area may be skipped; deleting is undoable.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable
from datetime import date, datetime
from itertools import groupby
from typing import Any

from recovery_journal.model import LifeCheck, LifeRating
from recovery_journal.storage import convert, softdelete
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.life_domains import check_life_domain
from recovery_journal.storage.text import storable
from recovery_journal.storage.vault import Params, Vault, Writer

LOWEST = 1
HIGHEST = 7
_IN_IDS = "id IN (SELECT value FROM json_each(?))"
_CHECK = "SELECT id, taken_at, local_date FROM life_check"
# Ratings follow the person's order of life areas, so every view reads the same way.
_RATINGS = (
    "SELECT r.life_check_id, r.life_domain_id, r.rating, r.going_well "
    "FROM life_check_rating r JOIN life_domain d ON d.id = r.life_domain_id "
    "WHERE r.life_check_id IN (SELECT value FROM json_each(?)) "
    "ORDER BY r.life_check_id, d.position, d.id"
)


def _checked(ratings: Iterable[LifeRating]) -> list[LifeRating]:
    """The ratings worth keeping, or ValueError with a plain sentence."""
    kept: list[LifeRating] = []
    seen: set[int] = set()
    for rating in ratings:
        if rating.life_domain_id in seen:
            raise ValueError("Each life area can be rated once in a life check.")
        seen.add(rating.life_domain_id)
        value = rating.rating
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int)
            or not LOWEST <= value <= HIGHEST
        ):
            raise ValueError("A rating is a whole number from 1 to 7.")
        note = storable(rating.going_well).strip()
        if value is not None or note:
            kept.append(LifeRating(rating.life_domain_id, value, note))
    if not kept:
        raise ValueError("Rate at least one life area, or note what is going well.")
    return kept


def _write_ratings(writer: Writer, check_id: int, ratings: list[LifeRating]) -> None:
    for rating in ratings:
        check_life_domain(writer, rating.life_domain_id)
    writer.execute("DELETE FROM life_check_rating WHERE life_check_id = ?", (check_id,))
    writer.executemany(
        "INSERT INTO life_check_rating (life_check_id, life_domain_id, rating, going_well) "
        "VALUES (?, ?, ?, ?)",
        [(check_id, r.life_domain_id, r.rating, r.going_well) for r in ratings],
    )


class LifeChecks:
    """Take, read, change and (undoably) delete life checks; lists run oldest first."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, taken_at: datetime, ratings: Iterable[LifeRating]) -> LifeCheck:
        """Save a life check; its day is `taken_at`'s date in its own UTC offset.

        Skipped areas (no rating, no note) are not stored.
        """
        moment = convert.to_iso(taken_at)
        kept = _checked(ratings)
        with self._vault.write() as w:
            check_id = int(w.execute(
                "INSERT INTO life_check (taken_at, local_date, created_at) VALUES (?, ?, ?)",
                (moment, convert.to_day(taken_at.date()), convert.stamp(self._vault.now())),
            ).lastrowid)
            _write_ratings(w, check_id, kept)
        return self.get(check_id)

    def update(self, check_id: int, ratings: Iterable[LifeRating]) -> LifeCheck:
        """Replace a life check's ratings and notes with `ratings`."""
        kept = _checked(ratings)
        self.get(check_id)
        with self._vault.write() as w:
            _write_ratings(w, check_id, kept)
        return self.get(check_id)

    def get(self, check_id: int) -> LifeCheck:
        found = self._load("id = ? AND deleted_at IS NULL", (check_id,))
        if not found:
            raise NotFoundError()
        return found[0]

    def list(self) -> builtins.list[LifeCheck]:
        """Every life check, oldest first (a few a season, so a lifetime stays small)."""
        return self._load("deleted_at IS NULL", ())

    def between(self, start: date, end: date) -> builtins.list[LifeCheck]:
        """The life checks whose day is in `start`..`end`, oldest first."""
        return self._load("deleted_at IS NULL AND local_date BETWEEN ? AND ?",
                          (convert.to_day(start), convert.to_day(end)))

    def latest(self, limit: int = 2, before: date | None = None) -> builtins.list[LifeCheck]:
        """The newest `limit` life checks (of the days before `before`, when given), oldest
        first (the last one is the newest)."""
        day = "" if before is None else " AND local_date < ?"
        params = () if before is None else (convert.to_day(before),)
        newest = self._vault.query(
            f"SELECT id FROM life_check WHERE deleted_at IS NULL{day} "
            "ORDER BY julianday(taken_at) DESC, id DESC LIMIT ?", (*params, limit)
        )
        ids = [int(row[0]) for row in newest]
        if not ids:
            return []
        return self._load(_IN_IDS, (json.dumps(ids),))

    def latest_ratings(self, on_or_before: date) -> dict[int, tuple[date, int]]:
        """Each life area's most recent rating on or before a day: area id -> (day, 1-7).

        One small query per area, walking back from the day on the local_date index, so fifty
        years of life checks cost what one does.
        """
        day = convert.to_day(on_or_before)
        found: dict[int, tuple[date, int]] = {}
        for (area,) in self._vault.query("SELECT id FROM life_domain"):
            row = self._vault.query_one(
                "SELECT c.local_date, r.rating FROM life_check c "
                "JOIN life_check_rating r ON r.life_check_id = c.id AND r.life_domain_id = ? "
                "WHERE c.deleted_at IS NULL AND r.rating IS NOT NULL AND c.local_date <= ? "
                "ORDER BY c.local_date DESC, julianday(c.taken_at) DESC, c.id DESC LIMIT 1",
                (int(area), day),
            )
            if row is not None:
                found[int(area)] = (convert.from_day(str(row[0])), int(row[1]))
        return found

    def delete(self, check_id: int) -> None:
        """Set a life check aside (undoable with `restore`)."""
        with self._vault.write() as w:
            softdelete.set_aside(w, "life_check", check_id, self._vault.now())

    def restore(self, check_id: int) -> LifeCheck:
        with self._vault.write() as w:
            softdelete.restore(w, "life_check", check_id)
        return self.get(check_id)

    def recently_deleted(self, limit: int = 10) -> builtins.list[LifeCheck]:
        """The most recently deleted first."""
        rows = self._vault.query(
            "SELECT id FROM life_check WHERE deleted_at IS NOT NULL "
            "ORDER BY deleted_at DESC LIMIT ?", (limit,)
        )
        ids = [int(row[0]) for row in rows]
        by_id = {c.id: c for c in self._load(_IN_IDS, (json.dumps(ids),))}
        return [by_id[i] for i in ids]

    def purge_deleted(self, before: datetime) -> int:
        """Remove for good the life checks deleted before `before`; returns how many."""
        with self._vault.write() as w:
            return softdelete.purge(w, "life_check", before)

    def _load(self, where: str, params: Params) -> builtins.list[LifeCheck]:
        checks = self._vault.query(
            f"{_CHECK} WHERE {where} ORDER BY julianday(taken_at), id", params
        )
        if not checks:
            return []
        ids = [int(row[0]) for row in checks]
        ratings = self._vault.query(_RATINGS, (json.dumps(ids),))
        by_check: dict[int, tuple[LifeRating, ...]] = {
            int(key): tuple(_rating(row) for row in rows)
            for key, rows in groupby(ratings, key=lambda row: row[0])
        }
        return [
            LifeCheck(
                id=int(row[0]), taken_at=convert.from_iso(str(row[1])),
                local_date=convert.from_day(str(row[2])),
                ratings=by_check.get(int(row[0]), ()),
            )
            for row in checks
        ]


def _rating(row: tuple[Any, ...]) -> LifeRating:
    return LifeRating(
        life_domain_id=int(row[1]), rating=None if row[2] is None else int(row[2]),
        going_well=str(row[3]),
    )
