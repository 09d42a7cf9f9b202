"""The person's early-warning rules: list, add, change, pause and delete.

Rules are only evaluated on this machine (see insights/warnings.py); nothing is sent anywhere.
"""

from __future__ import annotations

import builtins
import math
from typing import Any

from recovery_journal.model import PlanSectionKey, RuleKind, WarningRule
from recovery_journal.storage import convert, errors
from recovery_journal.storage.text import clean_name
from recovery_journal.storage.vault import Vault, Writer

MAX_DAYS = 366
_RULE = (
    "SELECT id, kind, measure_key, tag_name, threshold, days, window_days, section_key, paused, "
    "created_at FROM early_warning_rule"
)
_UNSET: Any = object()


def _rule(row: tuple[Any, ...]) -> WarningRule:
    return WarningRule(
        id=int(row[0]), kind=RuleKind(row[1]), measure_key=str(row[2]), tag_name=str(row[3]),
        threshold=float(row[4]), days=int(row[5]), window_days=int(row[6]),
        section_key=PlanSectionKey(row[7]), paused=bool(row[8]),
        created_at=convert.from_iso(row[9]),
    )


def _checked(
    writer: Writer, kind: RuleKind, measure_key: str, tag_name: str, threshold: float,
    days: int, window_days: int,
) -> tuple[str, str, float, int, int]:
    """The stored form of a rule's fields, or ValueError with a plain sentence."""
    if not 1 <= days <= MAX_DAYS:
        raise ValueError("A rule looks at between 1 and 366 days.")
    if kind is RuleKind.AT_MOST_OF:
        if not days <= window_days <= MAX_DAYS:
            raise ValueError("The number of days can't be more than the days looked at.")
    else:
        window_days = days
    if kind is RuleKind.TAG_RUNNING:
        return "", clean_name(tag_name, "tag"), 0.0, days, window_days
    if not math.isfinite(threshold):
        raise ValueError("Please give the rule a number to compare with.")
    found = writer.query("SELECT 1 FROM measure WHERE key = ?", (measure_key,))
    if not found:
        raise ValueError("That measure isn't in this journal.")
    return measure_key, "", float(threshold), days, window_days


class WarningRules:
    """Early-warning rules, in the order they were added."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self, include_paused: bool = True) -> builtins.list[WarningRule]:
        """Every rule (or only the active ones), oldest first."""
        where = "" if include_paused else " WHERE paused = 0"
        return [_rule(row) for row in self._vault.query(f"{_RULE}{where} ORDER BY id")]

    def get(self, rule_id: int) -> WarningRule:
        row = self._vault.query_one(f"{_RULE} WHERE id = ?", (rule_id,))
        if row is None:
            raise errors.NotFoundError()
        return _rule(row)

    def add(
        self, kind: RuleKind, *, measure_key: str = "", tag_name: str = "",
        threshold: float = 0.0, days: int = 3, window_days: int | None = None,
        section_key: PlanSectionKey = PlanSectionKey.EARLY_WARNING,
    ) -> WarningRule:
        """Add a rule (active); ValueError for an unknown measure, empty tag or odd day counts."""
        kind = RuleKind(kind)
        section = PlanSectionKey(section_key)
        with self._vault.write() as w:
            fields = _checked(w, kind, measure_key, tag_name, threshold, days,
                              days if window_days is None else window_days)
            cursor = w.execute(
                "INSERT INTO early_warning_rule (kind, measure_key, tag_name, threshold, days, "
                "window_days, section_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (kind.value, *fields, section.value, convert.stamp(self._vault.now())),
            )
        return self.get(int(cursor.lastrowid))

    def update(
        self, rule_id: int, *, kind: RuleKind | None = None, measure_key: str | None = None,
        tag_name: str | None = None, threshold: float | None = None, days: int | None = None,
        window_days: int | None = None, section_key: PlanSectionKey | None = None,
    ) -> WarningRule:
        """Change the given fields; the others stay as they are."""
        old = self.get(rule_id)
        new_kind = old.kind if kind is None else RuleKind(kind)
        section = old.section_key if section_key is None else PlanSectionKey(section_key)
        with self._vault.write() as w:
            fields = _checked(
                w, new_kind,
                old.measure_key if measure_key is None else measure_key,
                old.tag_name if tag_name is None else tag_name,
                old.threshold if threshold is None else threshold,
                old.days if days is None else days,
                old.window_days if window_days is None else window_days,
            )
            w.execute(
                "UPDATE early_warning_rule SET kind = ?, measure_key = ?, tag_name = ?, "
                "threshold = ?, days = ?, window_days = ?, section_key = ? WHERE id = ?",
                (new_kind.value, *fields, section.value, rule_id),
            )
        return self.get(rule_id)

    def set_paused(self, rule_id: int, paused: bool) -> WarningRule:
        """Pause a rule (it is kept but never checked) or start it again."""
        with self._vault.write() as w:
            changed = w.execute(
                "UPDATE early_warning_rule SET paused = ? WHERE id = ?",
                (int(bool(paused)), rule_id),
            ).rowcount
        if not changed:
            raise errors.NotFoundError()
        return self.get(rule_id)

    def delete(self, rule_id: int) -> None:
        """Remove a rule for good (it holds no personal writing, so there is no soft delete)."""
        with self._vault.write() as w:
            changed = w.execute(
                "DELETE FROM early_warning_rule WHERE id = ?", (rule_id,)
            ).rowcount
        if not changed:
            raise errors.NotFoundError()
