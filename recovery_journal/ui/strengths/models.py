"""Table models for the strengths page: the inventory with its use counts, and the log of uses.

Both are read-only QAbstractTableModels over frozen dataclasses; SORT_ROLE gives a value a
QSortFilterProxyModel sorts by (numbers as numbers, dates in date order), ID_ROLE the record id.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from recovery_journal.model import Strength, StrengthKind, StrengthUse

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_NOTE_PREVIEW = 80

_KIND_NAMES = {
    StrengthKind.QUALITY: QT_TRANSLATE_NOOP("Strengths", "Personal quality"),
    StrengthKind.SKILL: QT_TRANSLATE_NOOP("Strengths", "Skill"),
    StrengthKind.PERSON: QT_TRANSLATE_NOOP("Strengths", "Person"),
    StrengthKind.PLACE: QT_TRANSLATE_NOOP("Strengths", "Place"),
    StrengthKind.RESOURCE: QT_TRANSLATE_NOOP("Strengths", "Resource"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Strengths", text)


def kind_name(kind: StrengthKind) -> str:
    """The translated words for a kind of strength ("Personal quality")."""
    return _tr(str(_KIND_NAMES[kind]))


class Period(enum.Enum):
    """The stretch of time the counts and the log of uses cover."""

    DAYS_30 = "30d"
    MONTHS_3 = "3m"
    YEAR = "1y"
    ALL = "all"


_PERIOD_NAMES = {
    Period.DAYS_30: QT_TRANSLATE_NOOP("Strengths", "the last 30 days"),
    Period.MONTHS_3: QT_TRANSLATE_NOOP("Strengths", "the last 3 months"),
    Period.YEAR: QT_TRANSLATE_NOOP("Strengths", "the last year"),
    Period.ALL: QT_TRANSLATE_NOOP("Strengths", "all time"),
}


def period_name(period: Period) -> str:
    """"the last 30 days", "all time"…, to go after "in"."""
    return _tr(str(_PERIOD_NAMES[period]))


def period_range(period: Period, today: date) -> tuple[date | None, date | None]:
    """First and last day (inclusive) of `period` ending today; all time is open at both ends."""
    if period is Period.ALL:
        return None, None
    if period is Period.DAYS_30:
        return today - timedelta(days=29), today
    months = 3 if period is Period.MONTHS_3 else 12
    # QDate clamps 31 May minus three months to 28/29 Feb, as a person would count.
    start = QDate(today.year, today.month, today.day).addMonths(-months).addDays(1)
    return date(start.year(), start.month(), start.day()), today


def describe_day(day: date) -> str:
    """A day as the person's locale writes it, short ("3 Mar 2025")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: its header, the text shown and the value it sorts by."""

    header: str
    text: Callable[[T], str]
    sort: Callable[[T], object]
    align_right: bool = False
    spoken: Callable[[T], str] | None = None  # what a screen reader hears, if not `text`


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are records, columns are `Column`s; the record's `id` is under ID_ROLE."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole and column.spoken is not None:
            return column.spoken(record)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort(record)
        if role == ID_ROLE:
            return int(getattr(record, "id"))  # noqa: B009 (every record here has an id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if int(getattr(record, "id")) == record_id:  # noqa: B009
                return row
        return None


class StrengthTableModel(RecordTableModel[Strength]):
    """The inventory: name, kind, life area and how often each was used in the period."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._counts: dict[int, int] = {}
        self._areas: dict[int, str] = {}
        super().__init__([
            Column(_tr("Strength"), self._name, lambda s: s.name.casefold()),
            Column(_tr("Kind"), lambda s: kind_name(s.kind), lambda s: kind_name(s.kind)),
            # An empty cell has no name a screen reader can say: it hears "no life area".
            Column(_tr("Life area"), self._area, lambda s: self._area(s).casefold(),
                   spoken=lambda s: self._area(s) or _tr("no life area")),
            # A strength not used in the period shows nothing, not a "0" that reads like a
            # score; a screen reader hears the same in words.
            Column(_tr("Uses"), lambda s: str(self._count(s) or ""), self._count, True,
                   lambda s: str(self._count(s) or _tr("not in this period"))),
        ], parent)

    def set_strengths(
        self, strengths: Sequence[Strength], counts: Mapping[int, int],
        areas: Mapping[int, str],
    ) -> None:
        """Show these strengths with their counts; `areas` maps life area id to its name."""
        self._counts, self._areas = dict(counts), dict(areas)
        self.set_records(strengths)

    def record(self, row: int) -> Strength:
        return self._records[row]

    def _name(self, strength: Strength) -> str:
        return _tr("%1 (archived)").replace("%1", strength.name) if strength.archived else (
            strength.name
        )

    def _area(self, strength: Strength) -> str:
        if strength.life_domain_id is None:
            return ""
        return self._areas.get(strength.life_domain_id, "")

    def _count(self, strength: Strength) -> int:
        return self._counts.get(strength.id, 0)


def _first_line(note: str) -> str:
    text = " ".join(note.split())
    return text if len(text) <= _NOTE_PREVIEW else text[: _NOTE_PREVIEW - 1] + "…"


def _note_and_tags(use: StrengthUse) -> str:
    tags = ", ".join(use.tags)
    note = _first_line(use.note)
    return f"{note} · {tags}" if note and tags else note or tags


class UseTableModel(RecordTableModel[StrengthUse]):
    """The log of uses: day, strength, and the start of the note with the tags."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._names: dict[int, str] = {}
        super().__init__([
            # Ties on a day sort by id, so the newest entry of a day comes first when descending.
            Column(_tr("Day"), lambda u: describe_day(u.occurred_on),
                   lambda u: f"{u.occurred_on.isoformat()}-{u.id:012d}"),
            Column(_tr("Strength"), self._name, lambda u: self._name(u).casefold()),
            Column(_tr("Note and tags"), _note_and_tags, lambda u: _note_and_tags(u).casefold(),
                   spoken=lambda u: _note_and_tags(u) or _tr("no note or tags")),
        ], parent)

    def set_uses(self, uses: Sequence[StrengthUse], names: Mapping[int, str]) -> None:
        """Show these uses; `names` maps strength id to its name."""
        self._names = dict(names)
        self.set_records(uses)

    def record(self, row: int) -> StrengthUse:
        return self._records[row]

    def _name(self, use: StrengthUse) -> str:
        return self._names.get(use.strength_id, "")
