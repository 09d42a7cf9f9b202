"""Typed reads from one JSON object, each failure an ImportProblem naming item and field."""

from __future__ import annotations

from datetime import UTC, date, datetime

from recovery_journal.portability.formats.common import FIRST_DAY, LAST_DAY, TOO_FAR
from recovery_journal.portability.records import ImportProblem


class Item:
    """One object of a list in a JSON file; `row` is its 1-based place in `kind`."""

    def __init__(self, value: object, kind: str, row: int) -> None:
        self.kind = kind
        self.row = row
        if not isinstance(value, dict):
            raise ImportProblem("Each item in %1 must be an object.", kind, row=row)
        self._value: dict[str, object] = value

    def problem(self, name: str, template: str, *args: object) -> ImportProblem:
        return ImportProblem(template, *args, row=self.row, column=f"{self.kind}.{name}")

    def raw(self, name: str) -> object:
        return self._value.get(name)

    def text(self, name: str, default: str | None = "") -> str:
        value = self._value.get(name)
        if value is None and default is not None:
            return default
        if not isinstance(value, str):
            raise self.problem(name, "This must be text.")
        return value

    def opt_text(self, name: str) -> str | None:
        value = self._value.get(name)
        return None if value is None else self.text(name)

    def flag(self, name: str, default: bool = False) -> bool:
        value = self._value.get(name, default)
        if not isinstance(value, bool):
            raise self.problem(name, "This must be true or false.")
        return value

    def number(self, name: str) -> float:
        value = self._value.get(name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.problem(name, "This must be a number.")
        return float(value)

    def integer(self, name: str) -> int:
        value = self._value.get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.problem(name, "This must be a whole number.")
        return value

    def moment(self, name: str) -> datetime:
        text = self.text(name, default=None)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise self.problem(name, "This isn't a date and time.") from None
        if moment.tzinfo is None:
            raise self.problem(name, "This date and time has no UTC offset.")
        try:
            utc = moment.astimezone(UTC)
        except OverflowError:
            raise self.problem(name, TOO_FAR) from None
        self._within(name, moment.date())
        self._within(name, utc.date())
        return moment

    def opt_moment(self, name: str) -> datetime | None:
        return None if self._value.get(name) is None else self.moment(name)

    def day(self, name: str) -> date:
        text = self.text(name, default=None)
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise self.problem(name, "This isn't a date (YYYY-MM-DD).") from None
        return self._within(name, day)

    def _within(self, name: str, day: date) -> date:
        if not FIRST_DAY <= day <= LAST_DAY:
            raise self.problem(name, TOO_FAR)
        return day

    def opt_day(self, name: str) -> date | None:
        return None if self._value.get(name) is None else self.day(name)

    def texts(self, name: str) -> tuple[str, ...]:
        value = self._value.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.problem(name, "This must be a list of text.")
        return tuple(value)

    def items(self, name: str) -> list[Item]:
        value = self._value.get(name, [])
        if not isinstance(value, list):
            raise self.problem(name, "This must be a list.")
        return [Item(v, f"{self.kind}.{name}", n) for n, v in enumerate(value, start=1)]


def items_of(document: dict[str, object], kind: str) -> list[Item]:
    """The objects of one top-level list (absent = empty)."""
    value = document.get(kind, [])
    if not isinstance(value, list):
        raise ImportProblem("%1 must be a list.", kind, column=kind)
    return [Item(v, kind, n) for n, v in enumerate(value, start=1)]
