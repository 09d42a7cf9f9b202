"""Questionnaires with a clean licence: their published wording, options, credit and scoring.

Pure data and arithmetic: no Qt, no SQL, nothing of the package but `model`.
"""

from recovery_journal.questionnaires.instruments import (
    GAD7,
    INSTRUMENTS,
    ONS4,
    PHQ9,
    QPR15,
    Band,
    Instrument,
    Item,
    instrument,
)
from recovery_journal.questionnaires.scoring import ItemScore, Result, score

__all__ = [
    "GAD7", "INSTRUMENTS", "ONS4", "PHQ9", "QPR15", "Band", "Instrument", "Item", "ItemScore",
    "Result", "instrument", "score",
]
