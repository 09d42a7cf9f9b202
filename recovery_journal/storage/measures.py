"""The measures a person tracks in check-ins: built-in mood and hope, plus their own."""

from __future__ import annotations

import builtins
import math
import re
import unicodedata
from decimal import Decimal
from typing import Any

from recovery_journal.model import Measure
from recovery_journal.storage import ordering
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.text import clean_name, storable
from recovery_journal.storage.vault import Vault, Writer

_COLUMNS = (
    "id, key, name, min_value, max_value, low_label, high_label, built_in, position, archived, "
    "step"
)
# How far one move of a measure's slider goes: whole numbers, halves or tenths.
STEPS = (1.0, 0.5, 0.1)
# What a chart can draw and a slider can hold: ends within a million, at most two decimals.
RANGE_LIMIT = 1_000_000
RANGE_DECIMALS = 2
_KEY_LENGTH = 40
# Letters NFKD leaves whole, spelled the way their languages write them in plain ASCII.
_ASCII_SPELLING = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}
)
def key_from_name(name: str) -> str:
    """A lowercase ASCII slug of `name` (accents folded), or "measure" if nothing is left."""
    spelled = unicodedata.normalize("NFKD", name.lower().translate(_ASCII_SPELLING))
    folded = spelled.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "_", folded).strip("_")
    return slug[:_KEY_LENGTH].rstrip("_") or "measure"


def plain_number(value: float) -> str:
    """A number as a person writes it, exact and without an exponent: 6, 7.5, 1000000.

    Beyond what a measure can hold (1e15 and more, or below a millionth) it is shortened.
    """
    if not math.isfinite(value):
        return "∞" if value > 0 else "−∞" if value < 0 else "?"
    if value == 0:
        return "0"  # also -0.0
    if not 1e-6 <= abs(value) < 1e15:
        # Only an odd old vault holds these (ranges are bounded): short beats 300 digits.
        return f"{value:.6g}"
    text = repr(float(value))  # the shortest text that reads back as the same number
    if "e" in text:
        text = format(Decimal(text), "f")
    return text.removesuffix(".0")


def suggested_shape(name: str) -> tuple[float, float, float]:
    """Range and step a new measure starts with: sleep 0-16 hours in halves, else 0-10 whole."""
    key = key_from_name(name)
    if "sleep" in key or "slept" in key:
        return 0.0, 16.0, 0.5
    return 0.0, 10.0, 1.0


def check_step(step: float) -> float:
    """`step` as a float if it is one of STEPS; otherwise a ValueError saying which are."""
    if isinstance(step, bool) or not isinstance(step, int | float) or float(step) not in STEPS:
        raise ValueError("The step must be whole numbers (1), halves (0.5) or tenths (0.1).")
    return float(step)


def _finite(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"The {what} must be a number.")
    if not math.isfinite(value):
        raise ValueError(f"The {what} must be an ordinary number.")
    return float(value)


def _bounded(value: float, what: str) -> float:
    number = _finite(value, what)
    if abs(number) > RANGE_LIMIT:
        raise ValueError(f"The {what} must be between -1,000,000 and 1,000,000.")
    if round(number, RANGE_DECIMALS) != number:
        raise ValueError(f"The {what} can have at most two decimals.")
    return number


def check_range(min_value: float, max_value: float) -> tuple[float, float]:
    """The range as floats, or a ValueError in plain words (order, size, decimals)."""
    low, high = _bounded(min_value, "lowest value"), _bounded(max_value, "highest value")
    if low >= high:
        raise ValueError("The lowest value must be below the highest value.")
    return low, high


def _refuse_values_outside(writer: Writer, id: int, low: float, high: float) -> None:
    outside = writer.query(
        "SELECT count(*) FROM checkin_value WHERE measure_id = ? AND (value < ? OR value > ?)",
        (id, low, high),
    )[0][0]
    if outside:
        raise ValueError(
            "Some check-ins hold values outside that range, so the range can't be narrowed "
            "that far."
        )


def _measure(row: tuple[Any, ...]) -> Measure:
    return Measure(
        id=int(row[0]), key=str(row[1]), name=str(row[2]), min_value=float(row[3]),
        max_value=float(row[4]), low_label=str(row[5]), high_label=str(row[6]),
        built_in=bool(row[7]), position=int(row[8]), archived=bool(row[9]),
        step=float(row[10]),
    )


class Measures:
    """Read and change the measures; mood and hope may be renamed or hidden, never deleted."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self, include_archived: bool = False) -> builtins.list[Measure]:
        """Measures in the person's order; hidden ones only when asked for."""
        where = "" if include_archived else "WHERE archived = 0"
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM measure {where} ORDER BY position, id")
        return [_measure(r) for r in rows]

    def get(self, id: int) -> Measure:
        row = self._vault.query_one(f"SELECT {_COLUMNS} FROM measure WHERE id = ?", (id,))
        if row is None:
            raise NotFoundError()
        return _measure(row)

    def by_key(self, key: str) -> Measure:
        row = self._vault.query_one(f"SELECT {_COLUMNS} FROM measure WHERE key = ?", (key,))
        if row is None:
            raise NotFoundError()
        return _measure(row)

    def add(
        self, name: str, min_value: float | None = None, max_value: float | None = None,
        low_label: str = "", high_label: str = "", step: float | None = None,
    ) -> Measure:
        """Add a measure at the end; its key comes from the name and never changes.

        What is not given comes from `suggested_shape` (sleep: 0 to 16 in halves).
        """
        name = clean_name(name, "name for the measure")
        suggested_low, suggested_high, suggested_step = suggested_shape(name)
        low, high = check_range(
            suggested_low if min_value is None else min_value,
            suggested_high if max_value is None else max_value,
        )
        step = check_step(suggested_step if step is None else step)
        with self._vault.write() as w:
            keys = {str(r[0]) for r in w.query("SELECT key FROM measure")}
            key = base = key_from_name(name)
            suffix = 2
            while key in keys:
                key = f"{base}_{suffix}"
                suffix += 1
            new_id = int(w.execute(
                "INSERT INTO measure (key, name, min_value, max_value, low_label, high_label, "
                "position, step) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (key, name, low, high, storable(low_label), storable(high_label),
                 ordering.next_position(w, "measure"), step),
            ).lastrowid)
        return self.get(new_id)

    def update(
        self, id: int, *, name: str | None = None, min_value: float | None = None,
        max_value: float | None = None, low_label: str | None = None,
        high_label: str | None = None, step: float | None = None,
    ) -> Measure:
        """Change what is given; a range that would leave saved values outside it is refused.

        A range stored before ranges were bounded is kept as it is until a new one is given.
        """
        current = self.get(id)
        new_name = current.name if name is None else clean_name(name, "name for the measure")
        new_step = current.step if step is None else check_step(step)
        low, high = current.min_value, current.max_value
        if min_value is not None or max_value is not None:
            low, high = check_range(
                low if min_value is None else min_value, high if max_value is None else max_value
            )
        with self._vault.write() as w:
            if (low, high) != (current.min_value, current.max_value):
                _refuse_values_outside(w, id, low, high)
            w.execute(
                "UPDATE measure SET name = ?, min_value = ?, max_value = ?, low_label = ?, "
                "high_label = ?, step = ? WHERE id = ?",
                (
                    new_name, low, high,
                    current.low_label if low_label is None else storable(low_label),
                    current.high_label if high_label is None else storable(high_label),
                    new_step, id,
                ),
            )
        return self.get(id)

    def set_archived(self, id: int, archived: bool) -> Measure:
        """Hide a measure from check-ins (its past values stay), or show it again."""
        with self._vault.write() as w:
            cursor = w.execute(
                "UPDATE measure SET archived = ? WHERE id = ?", (int(archived), id)
            )
            if cursor.rowcount == 0:
                raise NotFoundError()
        return self.get(id)

    def move(self, id: int, new_position: int) -> None:
        """Put a measure at `new_position` among all measures, hidden ones included."""
        with self._vault.write() as w:
            ordering.move(w, "measure", id, new_position)

    def delete(self, id: int) -> None:
        """Remove a measure the person added that holds no values; otherwise hide it instead."""
        measure = self.get(id)
        if measure.built_in:
            raise ValueError(
                f"{measure.key.capitalize()} is built in: it can be hidden, but not deleted."
            )
        with self._vault.write() as w:
            # Values of deleted (restorable) check-ins count too, so a restore loses nothing.
            used = w.query("SELECT 1 FROM checkin_value WHERE measure_id = ? LIMIT 1", (id,))
            if used:
                raise ValueError(
                    "This measure holds values from past check-ins, so it can be hidden "
                    "but not deleted."
                )
            w.execute("DELETE FROM measure WHERE id = ?", (id,))
            ordering.renumber(w, "measure")
