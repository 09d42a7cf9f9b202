"""The import dialog's mapping steps for words and Bearable categories, and its extra lines.

Words: a column of mood words (How We Feel's feelings) gets a number for each word, the way
Daylio's labels do. Categories: each kind of Bearable reading becomes a value, tags, part of
the note, or is not brought in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QWidget

from recovery_journal.model import Measure
from recovery_journal.portability.problems import left_out_name
from recovery_journal.ui.data.import_columns import ColumnsBox
from recovery_journal.ui.language import QtLanguage

if TYPE_CHECKING:
    from recovery_journal.portability.formats.mapped_csv import NewMeasure
    from recovery_journal.portability.records import ImportPlan


class WordsBox(QGroupBox):
    """A number for each word of one column, within the measure's range."""

    changed = Signal()

    def __init__(self, column: str, words: Sequence[str], scale: dict[str, float],
                 low: float, high: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your words in “%1” as numbers from %2 to %3").replace(
            "%1", column).replace("%2", f"{low:g}").replace("%3", f"{high:g}"))
        self.column = column
        self.boxes: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout(self)
        for word in words:
            box = QDoubleSpinBox()
            box.setRange(low, high)
            box.setSingleStep(0.5)
            box.setDecimals(1)
            box.setValue(scale.get(word.casefold(), (low + high) / 2))
            box.setAccessibleName(self.tr("Number for “%1”").replace("%1", word))
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
        super().__init__(parent)
        self.setTitle(self.tr("What each kind of reading becomes"))
        self.boxes: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        have = {m.key for m in measures}
        for category, count in categories.items():
            box = QComboBox()
            box.addItem(self.tr("Not brought in"), "skip")
            box.addItem(self.tr("Tags"), "tags")
            box.addItem(self.tr("Part of the note"), "note")
            for measure in measures:
                box.addItem(self.tr("Value: %1").replace("%1", measure.name),
                            f"m:{measure.key}")
            for made in new:
                if made.key not in have:
                    box.addItem(self.tr("Value: %1 (a new measure)").replace("%1", made.name),
                                f"m:{made.key}")
            box.setCurrentIndex(max(0, box.findData(uses.get(category.casefold(), "skip"))))
            box.setAccessibleName(self.tr("“%1” (%2 rows) becomes").replace(
                "%1", category).replace("%2", str(count)))
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
        lines.append(QCoreApplication.translate(
            "ImportDialog", "It adds these measures to your journal: %1.").replace(
            "%1", ", ".join(new_measures)))
    if plan.left_out:
        lang = QtLanguage()
        lines.append(QCoreApplication.translate(
            "ImportDialog", "Not brought in, as nothing here holds it: %1.").replace(
            "%1", ", ".join(f"{left_out_name(what, lang)} ({count})"
                            for what, count in plan.left_out)))
    return lines


def column_steps(path: Path, preset: str,
                 measures: Sequence[Measure]) -> tuple[ColumnsBox, str]:
    """The column step for a CSV (from `preset` when one is chosen), and the file's text."""
    from recovery_journal.portability.formats.common import read_text
    from recovery_journal.portability.formats.mapped_csv import columns_of
    from recovery_journal.portability.presets import mapping_for_file

    text = read_text(path)
    base = mapping_for_file(preset, path) if preset else None
    return ColumnsBox(columns_of(text), measures, base), text


def word_steps(text: str, columns: ColumnsBox, measures: Sequence[Measure],
               before: dict[str, dict[str, float]]) -> list[WordsBox]:
    """A words step for each column given to a measure that holds words, not numbers.

    Numbers come from `before` (what the person chose already), then the preset, then the
    middle of the measure's range.
    """
    from recovery_journal.portability.formats.mapped_csv import CsvMapping, label_words

    base = columns.base
    ranges = {m.key: (m.min_value, m.max_value) for m in measures}
    if base is not None:
        ranges |= {m.key: (m.min_value, m.max_value) for m in base.new_measures}
    chosen = columns.measure_columns()
    separators = base.tag_separators if base is not None else "|,;"
    probe = CsvMapping(date="", labels={c: {} for c in chosen}, tag_separators=separators)
    steps = []
    for column, words in label_words(text, probe).items():
        if not words or all(_is_number(w) for w in words):
            continue
        known = {**(base.labels.get(column, {}) if base is not None else {}),
                 **before.get(column, {})}
        steps.append(WordsBox(column, words, known, *ranges.get(chosen[column], (0.0, 10.0))))
    return steps


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def category_step(path: Path, measures: Sequence[Measure]) -> CategoriesBox:
    """The step for what each kind of reading in a Bearable file becomes."""
    from recovery_journal.portability.formats import bearable
    from recovery_journal.portability.formats.common import read_text
    from recovery_journal.portability.formats.mapped_csv import categories_of, columns_of

    text = read_text(path)
    mapping = bearable.mapping_for(columns_of(text))
    assert mapping.long is not None
    return CategoriesBox(categories_of(text, mapping.long), mapping.long.uses, measures,
                         bearable.NEW_MEASURES)
