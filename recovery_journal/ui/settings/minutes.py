"""A spin box of whole minutes that reads "1 minute", "5 minutes" (Qt's plural forms)."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

_NUMBER = re.compile(r"\d+")


class MinutesBox(QSpinBox):
    """Whole minutes, the unit in the number's own form; a person may type just the number."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt override)
        return self.tr("%n minute(s)", "", value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt override)
        found = _NUMBER.search(text)
        return int(found.group()) if found else self.minimum()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        found = _NUMBER.search(text)
        if found is None:
            return QValidator.State.Intermediate, text, pos
        fits = self.minimum() <= int(found.group()) <= self.maximum()
        return (QValidator.State.Acceptable if fits else QValidator.State.Intermediate,
                text, pos)
