"""Questionnaire responses, stored item by item; soft-deleted like the other records.

Which items an instrument has and how it scores live in `recovery_journal.questionnaires`;
storage only keeps the numbers the person chose, and None for an item they skipped.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from recovery_journal.model import QuestionnaireResponse
from recovery_journal.storage import convert, errors, softdelete
from recovery_journal.storage.vault import Vault

_RESPONSE = (
    "SELECT id, instrument, taken_at, local_date, extra_value FROM questionnaire_response"
)
_OLDEST_FIRST = "ORDER BY local_date, julianday(taken_at), id"
_MAX_VALUE = 10


def _value(value: int | None) -> int | None:
    if value is None:
        return None
    if type(value) is not int or not 0 <= value <= _MAX_VALUE:
        raise ValueError("an answer is a whole number from 0 to 10, or skipped")
    return value


class Questionnaires:
    """Responses to the questionnaires the person chose to answer."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(
        self, instrument: str, answers: Sequence[int | None], *, taken_at: datetime,
        extra: int | None = None,
    ) -> QuestionnaireResponse:
        """Keep one response; its day is `taken_at`'s date in its own UTC offset."""
        if not instrument.strip():
            raise ValueError("a response needs its questionnaire")
        if not answers:
            raise ValueError("a response needs at least one item")
        values = [_value(v) for v in answers]
        when = convert.to_iso(taken_at)
        with self._vault.write() as w:
            cursor = w.execute(
                "INSERT INTO questionnaire_response (instrument, taken_at, local_date, "
                "extra_value, created_at) VALUES (?, ?, ?, ?, ?)",
                (instrument, when, convert.to_day(taken_at.date()), _value(extra),
                 convert.stamp(self._vault.now())),
            )
            response_id = int(cursor.lastrowid)
            w.executemany(
                "INSERT INTO questionnaire_answer (response_id, item_index, value) "
                "VALUES (?, ?, ?)",
                [(response_id, i, v) for i, v in enumerate(values)],
            )
        return self.get(response_id)

    def get(self, response_id: int) -> QuestionnaireResponse:
        """One live response; NotFoundError when there is none."""
        row = self._vault.query_one(
            f"{_RESPONSE} WHERE id = ? AND deleted_at IS NULL", (response_id,)
        )
        if row is None:
            raise errors.NotFoundError()
        return self._with_answers([row])[0]

    def history(self, instrument: str | None = None) -> builtins.list[QuestionnaireResponse]:
        """Every live response (of one instrument, when given), oldest first."""
        where = "deleted_at IS NULL" + ("" if instrument is None else " AND instrument = ?")
        params: tuple[Any, ...] = () if instrument is None else (instrument,)
        return self._with_answers(
            self._vault.query(f"{_RESPONSE} WHERE {where} {_OLDEST_FIRST}", params)
        )

    def last_day(self, instrument: str) -> date | None:
        """The day this questionnaire was last answered, or None if never."""
        row = self._vault.query_one(
            "SELECT max(local_date) FROM questionnaire_response "
            "WHERE instrument = ? AND deleted_at IS NULL", (instrument,)
        )
        return convert.opt_from_day(row[0] if row else None)

    def delete(self, response_id: int) -> None:
        """Set a response aside; `restore` brings it back."""
        with self._vault.write() as w:
            softdelete.set_aside(w, "questionnaire_response", response_id, self._vault.now())

    def restore(self, response_id: int) -> QuestionnaireResponse:
        """Bring a deleted response back."""
        with self._vault.write() as w:
            softdelete.restore(w, "questionnaire_response", response_id)
        return self.get(response_id)

    def recently_deleted(self, limit: int = 10) -> builtins.list[QuestionnaireResponse]:
        """Deleted responses, the most recently deleted first."""
        rows = self._vault.query(
            f"{_RESPONSE} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC "
            "LIMIT ?", (limit,),
        )
        return self._with_answers(rows)

    def purge_deleted(self, before: datetime) -> int:
        """Remove responses deleted before `before` for good (their answers go with them)."""
        with self._vault.write() as w:
            return softdelete.purge(w, "questionnaire_response", before)

    def _with_answers(
        self, rows: Sequence[tuple[Any, ...]],
    ) -> builtins.list[QuestionnaireResponse]:
        if not rows:
            return []
        ids = [int(row[0]) for row in rows]
        answers: dict[int, dict[int, int | None]] = {i: {} for i in ids}
        # One read for all the responses' answers (json_each keeps the statement's size fixed).
        for response_id, index, value in self._vault.query(
            "SELECT response_id, item_index, value FROM questionnaire_answer "
            "WHERE response_id IN (SELECT value FROM json_each(?))",
            (_ids_json(ids),),
        ):
            answers[int(response_id)][int(index)] = None if value is None else int(value)
        return [
            QuestionnaireResponse(
                id=int(row[0]), instrument=str(row[1]), taken_at=convert.from_iso(str(row[2])),
                local_date=convert.from_day(str(row[3])),
                answers=_in_order(answers[int(row[0])]),
                extra=None if row[4] is None else int(row[4]),
            )
            for row in rows
        ]


def _ids_json(ids: Sequence[int]) -> str:
    """Ids as one JSON array, bound as a single parameter."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _in_order(by_index: dict[int, int | None]) -> tuple[int | None, ...]:
    size = max(by_index, default=-1) + 1
    return tuple(by_index.get(i) for i in range(size))
