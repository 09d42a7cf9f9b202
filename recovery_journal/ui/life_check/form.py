"""The life check's questions: one per life area, a rating from 1 to 7 or skipped, and a note.

A rating is a choice list, not seven radio buttons: one Tab stop per area, arrow keys or a
number to choose, and it fits at 200 % text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from recovery_journal.model import LifeDomain, LifeRating
from recovery_journal.ui import tokens
from recovery_journal.ui.widgets.life_areas import area_name


class RatingRow:
    """The widgets of one life area's question."""

    def __init__(self, domain: LifeDomain, parent: QWidget, grid: QGridLayout, row: int) -> None:
        self.domain = domain
        tr = parent.tr
        name = area_name(domain.name)
        # "&&": the label is the choice's buddy, so a lone "&" would mark a shortcut key.
        self.question = QLabel(tr("How satisfied are you with %1?").replace(
            "%1", name.replace("&", "&&")), parent)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.rating = QComboBox(parent)
        self.rating.addItem(tr("Skip"), None)
        for value in range(1, 8):
            words = {1: tr("1 – not at all"), 7: tr("7 – completely")}.get(value, str(value))
            self.rating.addItem(words, value)
        self.rating.setAccessibleName(
            tr("How satisfied you are with %1, 1 to 7").replace("%1", name)
        )
        self.going_well = QLineEdit(parent)
        self.going_well.setPlaceholderText(tr("What is going well (optional)"))
        self.going_well.setAccessibleName(
            tr("What is going well in %1").replace("%1", name)
        )
        self.question.setBuddy(self.rating)
        grid.addWidget(self.question, row, 0, 1, 2)
        grid.addWidget(self.rating, row + 1, 0)
        grid.addWidget(self.going_well, row + 1, 1)

    def value(self) -> LifeRating:
        data = self.rating.currentData()
        return LifeRating(self.domain.id, None if data is None else int(data),
                          self.going_well.text())

    def set_value(self, rating: LifeRating | None) -> None:
        found = self.rating.findData(None if rating is None else rating.rating)
        self.rating.setCurrentIndex(max(0, found))
        self.going_well.setText("" if rating is None else rating.going_well)


class LifeCheckForm(QWidget):
    """Every life area the person keeps, in their order; each may be skipped."""

    def __init__(self, domains: list[LifeDomain], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(tokens.SPACE_M)
        grid.setVerticalSpacing(tokens.SPACE_XS)
        grid.setColumnStretch(1, 1)
        self.rows: list[RatingRow] = []
        for index, domain in enumerate(domains):
            if index:
                grid.setRowMinimumHeight(3 * index - 1, tokens.SPACE_M)
            self.rows.append(RatingRow(domain, self, grid, 3 * index))
        order = [w for row in self.rows for w in (row.rating, row.going_well)]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def ratings(self) -> list[LifeRating]:
        """What the person chose, one per area (skipped ones included; storage drops them)."""
        return [row.value() for row in self.rows]

    def is_empty(self) -> bool:
        return all(r.rating is None and not r.going_well.strip() for r in self.ratings())

    def clear(self) -> None:
        for row in self.rows:
            row.set_value(None)
