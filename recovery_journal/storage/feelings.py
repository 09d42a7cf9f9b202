"""Feelings in words: the person's vocabulary and the feelings named on each check-in.

Like tags, a feeling is added, renamed and hidden, never deleted; a check-in names feelings
by word, and a word not yet in the vocabulary is added to it (in the "other" group) so that
nothing the person or an import named is dropped.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import Any

from recovery_journal.model import Feeling, FeelingGroup, FeelingTallies, FeelingTally
from recovery_journal.storage.convert import stamp
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.tagging import clean_names
from recovery_journal.storage.text import clean_name
from recovery_journal.storage.vault import Params, Vault, Writer

_COLUMNS = "id, name, grouping, archived, position"
_GROUP_ORDER = (
    "CASE grouping WHEN 'pleasant_high' THEN 0 WHEN 'pleasant_low' THEN 1 "
    "WHEN 'unpleasant_high' THEN 2 WHEN 'unpleasant_low' THEN 3 ELSE 4 END"
)


def _feeling(row: tuple[Any, ...]) -> Feeling:
    return Feeling(
        id=int(row[0]), name=str(row[1]), group=FeelingGroup(row[2]),
        archived=bool(row[3]), position=int(row[4]),
    )


def _ids_by_folded_name(reader: Vault | Writer) -> dict[str, int]:
    # casefold in Python: SQLite's NOCASE folds ASCII only ("Ärger" / "ärger").
    found: dict[str, int] = {}
    for feeling_id, name in reader.query("SELECT id, name FROM feeling ORDER BY id"):
        found.setdefault(str(name).casefold(), int(feeling_id))
    return found


def _next_position(writer: Writer, group: FeelingGroup) -> int:
    row = writer.query("SELECT coalesce(max(position), 0) + 1 FROM feeling WHERE grouping = ?",
                       (group.value,))
    return int(row[0][0])


def _insert(writer: Writer, name: str, group: FeelingGroup, now: str) -> int:
    return int(writer.execute(
        "INSERT INTO feeling (name, grouping, position, created_at) VALUES (?, ?, ?, ?)",
        (name, group.value, _next_position(writer, group), now),
    ).lastrowid)


def resolve_feelings(writer: Writer, names: Iterable[str], now: str) -> builtins.list[int]:
    """Ids for `names` (any case), adding a word not yet there to the "other" group."""
    if isinstance(names, str):
        raise TypeError("feelings must be a collection of names, not a single string")
    existing = _ids_by_folded_name(writer)
    ids: builtins.list[int] = []
    for name in clean_names(names):
        key = name.casefold()
        if key not in existing:
            existing[key] = _insert(writer, name, FeelingGroup.OTHER, now)
        ids.append(existing[key])
    return ids


def set_checkin_feelings(writer: Writer, checkin_id: int, names: Iterable[str], now: str) -> None:
    """Replace the feelings named on one check-in."""
    ids = resolve_feelings(writer, names, now)
    writer.execute("DELETE FROM checkin_feeling WHERE checkin_id = ?", (checkin_id,))
    writer.executemany(
        "INSERT INTO checkin_feeling (checkin_id, feeling_id) VALUES (?, ?)",
        [(checkin_id, feeling_id) for feeling_id in ids],
    )


def checkin_feelings(vault: Vault, where: str, params: Params) -> dict[int, builtins.list[str]]:
    """Feeling names per check-in matching `where` (over `checkin c`), in vocabulary order."""
    found: dict[int, builtins.list[str]] = {}
    for checkin_id, name in vault.query(
        "SELECT l.checkin_id, f.name FROM checkin c "
        "CROSS JOIN checkin_feeling l ON l.checkin_id = c.id "
        "JOIN feeling f ON f.id = l.feeling_id "
        f"WHERE {where} ORDER BY {_GROUP_ORDER.replace('grouping', 'f.grouping')}, "
        "f.position, f.id",
        params,
    ):
        found.setdefault(int(checkin_id), []).append(str(name))
    return found


# A check-in's mood and hope beside it (at most one each: the value's key is the pair).
_MOOD_AND_HOPE = (
    "LEFT JOIN checkin_value mv ON mv.checkin_id = c.id "
    "AND mv.measure_id = (SELECT id FROM measure WHERE key = 'mood') "
    "LEFT JOIN checkin_value hv ON hv.checkin_id = c.id "
    "AND hv.measure_id = (SELECT id FROM measure WHERE key = 'hope') "
)
_ADDED_UP = "count(*), total(mv.value), count(mv.value), total(hv.value), count(hv.value)"


def _tally(name: str, row: tuple[Any, ...]) -> FeelingTally:
    return FeelingTally(name=name, checkins=int(row[0]), mood_total=float(row[1]),
                        mood_count=int(row[2]), hope_total=float(row[3]),
                        hope_count=int(row[4]))


def feeling_tallies(vault: Vault, where: str, params: Params) -> FeelingTallies:
    """Each feeling named on the check-ins matching `where` (over `checkin c`), and those
    check-ins, with mood and hope added up: counted by SQLite, no check-in read."""
    feelings = tuple(
        _tally(str(row[0]), row[1:]) for row in vault.query(
            f"SELECT f.name, {_ADDED_UP} FROM checkin c "
            "CROSS JOIN checkin_feeling l ON l.checkin_id = c.id "
            f"JOIN feeling f ON f.id = l.feeling_id {_MOOD_AND_HOPE}"
            f"WHERE {where} GROUP BY f.id ORDER BY f.id",
            params,
        )
    )
    row = vault.query(  # an aggregate without GROUP BY: always one row
        f"SELECT {_ADDED_UP}, "
        "total(EXISTS (SELECT 1 FROM checkin_feeling n WHERE n.checkin_id = c.id)) "
        f"FROM checkin c {_MOOD_AND_HOPE}WHERE {where}",
        params,
    )[0]
    return FeelingTallies(feelings=feelings, period=_tally("", row), named=int(row[5]))


def _refuse_taken(writer: Writer, name: str, own_id: int | None) -> None:
    for other_id, other in writer.query("SELECT id, name FROM feeling"):
        if other_id != own_id and str(other).casefold() == name.casefold():
            raise ValueError("There is already a feeling with that name.")


class Feelings:
    """Read, add, rename, regroup and hide the words of the feelings vocabulary."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self, include_archived: bool = False) -> builtins.list[Feeling]:
        """Feelings group by group, each group in the person's order; hidden ones when asked."""
        where = "" if include_archived else "WHERE archived = 0"
        rows = self._vault.query(
            f"SELECT {_COLUMNS} FROM feeling {where} ORDER BY {_GROUP_ORDER}, position, id"
        )
        return [_feeling(r) for r in rows]

    def get(self, id: int) -> Feeling:
        row = self._vault.query_one(f"SELECT {_COLUMNS} FROM feeling WHERE id = ?", (id,))
        if row is None:
            raise NotFoundError()
        return _feeling(row)

    def by_name(self, name: str) -> Feeling | None:
        """The feeling with this name, ignoring case and extra spaces, or None."""
        cleaned = clean_names([name])
        if not cleaned:
            return None
        found = _ids_by_folded_name(self._vault).get(cleaned[0].casefold())
        return None if found is None else self.get(found)

    def add(self, name: str, group: FeelingGroup = FeelingGroup.OTHER) -> Feeling:
        """Add a word at the end of its group; a name that exists (ignoring case) is refused."""
        name = clean_name(name, "name for the feeling")
        group = FeelingGroup(group)
        with self._vault.write() as w:
            _refuse_taken(w, name, None)
            new_id = _insert(w, name, group, stamp(self._vault.now()))
        return self.get(new_id)

    def rename(self, id: int, name: str) -> Feeling:
        """Rename a feeling everywhere it was named; another feeling's name is refused."""
        name = clean_name(name, "name for the feeling")
        with self._vault.write() as w:
            _refuse_taken(w, name, id)
            _update(w, "UPDATE feeling SET name = ?, renamed_at = ? WHERE id = ?",
                    (name, stamp(self._vault.now()), id))
        return self.get(id)

    def set_group(self, id: int, group: FeelingGroup) -> Feeling:
        """Move a feeling to the end of another group."""
        group = FeelingGroup(group)
        with self._vault.write() as w:
            held = w.query("SELECT grouping FROM feeling WHERE id = ?", (id,))
            if not held:
                raise NotFoundError()
            if held[0][0] != group.value:
                _update(w, "UPDATE feeling SET grouping = ?, position = ? WHERE id = ?",
                        (group.value, _next_position(w, group), id))
        return self.get(id)

    def set_archived(self, id: int, archived: bool) -> Feeling:
        """Hide a feeling from the picker (past check-ins keep it), or show it again."""
        with self._vault.write() as w:
            _update(w, "UPDATE feeling SET archived = ? WHERE id = ?", (int(archived), id))
        return self.get(id)

    def usage_counts(self) -> dict[int, int]:
        """How many live check-ins name each feeling (feelings never named are left out)."""
        rows = self._vault.query(
            "SELECT l.feeling_id, count(*) FROM checkin_feeling l "
            "JOIN checkin c ON c.id = l.checkin_id WHERE c.deleted_at IS NULL "
            "GROUP BY l.feeling_id"
        )
        return {int(fid): int(n) for fid, n in rows}

    def ensure(self, words: Mapping[str, FeelingGroup | None]) -> builtins.list[str]:
        """Add the words not yet in the vocabulary (in their group, else "other").

        Returns the words that were new, for an import to name them.
        """
        new: builtins.list[str] = []
        placed = {" ".join(k.split()).casefold(): g for k, g in words.items()}
        with self._vault.write() as w:
            existing = _ids_by_folded_name(w)
            now = stamp(self._vault.now())
            for name in clean_names(words):
                if name.casefold() not in existing:
                    group = placed.get(name.casefold()) or FeelingGroup.OTHER
                    existing[name.casefold()] = _insert(w, name, FeelingGroup(group), now)
                    new.append(name)
        return new


def _update(writer: Writer, sql: str, params: tuple[Any, ...]) -> None:
    if writer.execute(sql, params).rowcount == 0:
        raise NotFoundError()
