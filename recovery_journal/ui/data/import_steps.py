"""The import dialog's mapping steps for words and Bearable categories, and its extra lines.

Words: a column of mood words (How We Feel's feelings) gets a number for each word, the way
Daylio's labels do. Categories: each kind of Bearable reading becomes a value, tags, part of
the note, or is not brought in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QWidget

from recovery_journal.model import Measure

if TYPE_CHECKING:
    from recovery_journal.portability.formats.mapped_csv import NewMeasure
    from recovery_journal.portability.records import ImportPlan


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class WordsBox(QGroupBox):
    """A number for each word of one column, within the measure's range."""

    changed = Signal()

    def __init__(self, column: str, words: Sequence[str], scale: dict[str, float],
                 low: float, high: float, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Your words in “%1” as numbers from %2 to %3").replace(
            "%1", column).replace("%2", f"{low:g}").replace("%3", f"{high:g}"), parent)
        self.column = column
        self.boxes: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout(self)
        for word in words:
            box = QDoubleSpinBox()
            box.setRange(low, high)
            box.setSingleStep(0.5)
            box.setDecimals(1)
            box.setValue(scale.get(word.casefold(), (low + high) / 2))
            box.setAccessibleName(_tr("Number for “%1”").replace("%1", word))
            box.valueChanged.connect(self.changed)
            form.addRow(word, box)
            self.boxes[word] = box

    def scale(self) -> dict[str, float]:
        """Word (any case) -> the number chosen."""
        return {word.casefold(): box.value() for word, box in self.boxes.items()}


class CategoriesBox(QGroupBox):
    """What each kind of reading in a long-form file becomes."""

    changed = Signal()

    def __init__(self, categories: dict[str, int], uses: dict[str, str],
                 measures: Sequence[Measure], new: Sequence[NewMeasure],
                 parent: QWidget | None = None) -> None:
        super().__init__(_tr("What each kind of reading becomes"), parent)
        self.boxes: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        have = {m.key for m in measures}
        for category, count in categories.items():
            box = QComboBox()
            box.addItem(_tr("Not brought in"), "skip")
            box.addItem(_tr("Tags"), "tags")
            box.addItem(_tr("Part of the note"), "note")
            for measure in measures:
                box.addItem(_tr("Value: %1").replace("%1", measure.name), f"m:{measure.key}")
            for made in new:
                if made.key not in have:
                    box.addItem(_tr("Value: %1 (a new measure)").replace("%1", made.name),
                                f"m:{made.key}")
            box.setCurrentIndex(max(0, box.findData(uses.get(category.casefold(), "skip"))))
            box.setAccessibleName(
                _tr("“%1” (%2 rows) becomes").replace("%1", category).replace("%2", str(count)))
            box.currentIndexChanged.connect(self.changed)
            form.addRow(f"{category} ({count})", box)
            self.boxes[category] = box

    def uses(self) -> dict[str, str]:
        """Category -> "m:KEY", "tags", "note" or "skip"."""
        return {category: str(box.currentData()) for category, box in self.boxes.items()}

    def set_use(self, category: str, use: str) -> None:
        box = self.boxes[category]
        box.setCurrentIndex(box.findData(use))


def plan_lines(plan: ImportPlan, new_measures: Sequence[str]) -> list[str]:
    """New measures the import makes, and what the file holds that has no place."""
    lines = []
    if new_measures:
        lines.append(_tr("It adds these measures to your journal: %1.").replace(
            "%1", ", ".join(new_measures)))
    if plan.left_out:
        lines.append(_tr("Not brought in, as nothing here holds it: %1.").replace(
            "%1", ", ".join(f"{what} ({count})" for what, count in plan.left_out)))
    return lines
