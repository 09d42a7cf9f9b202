"""The import dialog's column step: what each column of a CSV holds, from a preset or by hand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from recovery_journal.model import Measure

if TYPE_CHECKING:
    from recovery_journal.portability.formats.mapped_csv import CsvMapping

ROLES = ("skip", "date", "time", "hour", "minute", "note", "tags")


def preset_roles(mapping: CsvMapping) -> dict[str, str]:
    """Column (lower case) -> the role a preset gives it."""
    roles: dict[str, str] = {}
    for column, key in mapping.measures.items():
        roles[column.lower()] = f"m:{key}"
    for column in (*mapping.tags, *mapping.hashtags):
        roles.setdefault(column.lower(), "tags")
    for name in (mapping.note, *mapping.notes):
        if name:
            roles[name.lower()] = "note"
    for role, where in (("date", mapping.date), ("time", mapping.time),
                        ("hour", mapping.hour), ("minute", mapping.minute)):
        if where:
            roles[where.lower()] = role
    return roles


class ColumnsBox(QGroupBox):
    """A role for each column; `mapping()` turns the choices into a CsvMapping."""

    changed = Signal()

    def __init__(self, columns: Sequence[str], measures: Sequence[Measure],
                 base: CsvMapping | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What each column holds"))
        words = {"skip": self.tr("Not imported"), "date": self.tr("Date"),
                 "time": self.tr("Time"), "hour": self.tr("Hour"), "minute": self.tr("Minute"),
                 "note": self.tr("Note"), "tags": self.tr("Tags")}
        self.base = base
        self.boxes: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        have = {m.key for m in measures}
        roles = preset_roles(base) if base is not None else {}
        for column in columns:
            box = QComboBox()
            for role in ROLES:
                box.addItem(words[role], role)
            for measure in measures:
                box.addItem(self.tr("Value: %1").replace("%1", measure.name),
                            f"m:{measure.key}")
            for made in base.new_measures if base is not None else ():
                if made.key not in have:
                    box.addItem(self.tr("Value: %1 (a new measure)").replace("%1", made.name),
                                f"m:{made.key}")
            box.addItem(self.tr("Value: a new measure “%1”").replace("%1", column),
                        f"new:{column}")
            guess = roles.get(column.strip().lower()) or guess_role(column, measures)
            box.setCurrentIndex(max(0, box.findData(guess)))
            box.setAccessibleName(self.tr("Column “%1” holds").replace("%1", column))
            box.currentIndexChanged.connect(self.changed)
            form.addRow(column, box)
            self.boxes[column] = box

    def set_role(self, column: str, role: str) -> None:
        box = self.boxes[column]
        box.setCurrentIndex(box.findData(role))

    def measure_columns(self) -> dict[str, str]:
        """Column -> measure key, for the columns given to a measure."""
        return {column: str(box.currentData())[2:] for column, box in self.boxes.items()
                if str(box.currentData()).startswith("m:")}

    def mapping(self, scales: dict[str, dict[str, float]], text: str = "") -> CsvMapping:
        """The mapping chosen; `scales` are the numbers given to words, by column."""
        from recovery_journal.portability.formats.mapped_csv import CsvMapping, new_measure_for

        roles = {column: str(box.currentData()) for column, box in self.boxes.items()}
        made = [new_measure_for(text, c) for c, r in roles.items() if r.startswith("new:")]
        roles |= {c: f"m:{m.key}" for c, m in zip(
            [c for c, r in roles.items() if r.startswith("new:")], made, strict=True)}
        dates = [c for c, r in roles.items() if r == "date"]
        if not dates:
            raise ValueError(self.tr("Choose the column that holds the date."))
        first = {role: next((c for c, r in roles.items() if r == role), None)
                 for role in ROLES}
        notes = [c for c, r in roles.items() if r == "note"]
        measures = {c: r[2:] for c, r in roles.items() if r.startswith("m:")}
        base = self.base or CsvMapping(date=dates[0])
        return replace(
            base, date=dates[0], time=first["time"], hour=first["hour"],
            minute=first["minute"], note=notes[0] if notes else None, notes=tuple(notes[1:]),
            measures=measures, tags=tuple(
                c for c, r in roles.items() if r == "tags" or (
                    r.startswith("m:") and c in base.labels and c in base.tags)),
            hashtags=tuple(c for c in base.hashtags if roles.get(c) in {"tags", "note"}),
            labels={c: words for c, words in {**base.labels, **scales}.items()
                    if c in measures},
            new_measures=(*base.new_measures, *made),
        )


def guess_role(column: str, measures: Sequence[Measure]) -> str:
    """A first guess from the column's name (the person can change it)."""
    name = column.strip().casefold()
    for role in ("date", "time", "hour", "minute", "note", "tags"):
        if name == role or name == f"{role}s" or (role == "date" and name in {"day",
                                                                             "full_date"}):
            return role
    for measure in measures:
        if measure.name.casefold() == name or measure.key == name:
            return f"m:{measure.key}"
    return "skip"
