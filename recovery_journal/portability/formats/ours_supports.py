"""Treatments and supports in our own JSON export (optional; files without it carry none)."""

from __future__ import annotations

from recovery_journal.model import SupportEventKind, SupportKind
from recovery_journal.portability.formats.fields import Item, items_of
from recovery_journal.portability.records import SupportEventRecord, SupportRecord


def parse_supports(document: dict[str, object]) -> tuple[SupportRecord, ...]:
    """Every support in the document with its events, each checked before any write."""
    return tuple(_support(item) for item in items_of(document, "supports"))


def _support(item: Item) -> SupportRecord:
    kind = item.text("kind", None)
    if kind not in {k.value for k in SupportKind}:
        raise item.problem("kind", "A support is a medicine, a therapy, a group or other.")
    name = item.text("name", None)
    if not name.strip():
        raise item.problem("name", "This support has no name.")
    return SupportRecord(
        row=item.row, kind=SupportKind(kind), kind_name=item.text("kind_name"), name=name,
        dose=item.text("dose"), how_often=item.text("how_often"), note=item.text("note"),
        events=tuple(_event(e) for e in item.items("events")),
    )


def _event(item: Item) -> SupportEventRecord:
    kind = item.text("kind", None)
    if kind not in {k.value for k in SupportEventKind}:
        raise item.problem("kind", "That is not a kind of change this log knows.")
    return SupportEventRecord(
        day=item.day("date"), kind=SupportEventKind(kind), dose=item.opt_text("dose"),
        how_often=item.opt_text("how_often"), note=item.text("note"),
    )
