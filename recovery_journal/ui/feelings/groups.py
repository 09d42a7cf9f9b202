"""The names of the feeling groups, shown in the picker, Settings and Insights."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from recovery_journal.model import FeelingGroup

_NAMES = {
    FeelingGroup.PLEASANT_HIGH: QT_TRANSLATE_NOOP("FeelingGroup", "Pleasant, more energy"),
    FeelingGroup.PLEASANT_LOW: QT_TRANSLATE_NOOP("FeelingGroup", "Pleasant, less energy"),
    FeelingGroup.UNPLEASANT_HIGH: QT_TRANSLATE_NOOP("FeelingGroup", "Unpleasant, more energy"),
    FeelingGroup.UNPLEASANT_LOW: QT_TRANSLATE_NOOP("FeelingGroup", "Unpleasant, less energy"),
    FeelingGroup.OTHER: QT_TRANSLATE_NOOP("FeelingGroup", "Not placed yet"),
}


def group_name(group: FeelingGroup) -> str:
    """The translated name of a feeling group."""
    return QCoreApplication.translate("FeelingGroup", str(_NAMES[FeelingGroup(group)]))
