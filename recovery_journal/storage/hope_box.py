"""The hope box: reasons for living, words that help, memories, people, places and pictures.

Pictures are stored as bytes inside the vault. The app re-encodes them before they get here
(ui/hope_box/images.py); storage only checks the type and size it is handed. Lists never load
picture bytes: `image()` fetches one picture when it is shown.
"""

from __future__ import annotations

import builtins
import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from recovery_journal.storage import convert, errors, ordering, softdelete
from recovery_journal.storage.text import storable
from recovery_journal.storage.vault import Vault

# A re-encoded picture is at most 1600 px on the long side, far below this; the cap stops a
# mistake (or a crafted import) from filling the vault.
MAX_IMAGE_BYTES = 8 * 1024 * 1024
IMAGE_TYPES = ("image/png", "image/jpeg")


class HopeKind(enum.StrEnum):
    """What a hope item is."""

    REASON = "reason"
    WORDS = "words"
    MEMORY = "memory"
    PERSON_PLACE = "person_place"
    PICTURE = "picture"


class HopeLink(enum.StrEnum):
    """What a memory may point at."""

    JOURNAL = "journal"
    CHECKIN = "checkin"


@dataclass(frozen=True, slots=True)
class HopeItem:
    """One item of the hope box, without its picture bytes (see `HopeBox.image`)."""

    id: int
    kind: HopeKind
    body: str
    who_said: str
    link_kind: HopeLink | None
    link_id: int | None
    link_date: date | None
    image_type: str | None
    position: int
    created_at: datetime
    updated_at: datetime

    @property
    def has_image(self) -> bool:
        return self.image_type is not None


@dataclass(frozen=True, slots=True)
class HopeImage:
    """The bytes of one stored picture and their type."""

    data: bytes
    mime: str


_ITEM = (
    "SELECT id, kind, body, who_said, link_kind, link_id, link_date, image_type, position, "
    "created_at, updated_at FROM hope_item"
)


def _item(row: tuple[Any, ...]) -> HopeItem:
    return HopeItem(
        id=int(row[0]), kind=HopeKind(row[1]), body=str(row[2]), who_said=str(row[3]),
        link_kind=None if row[4] is None else HopeLink(row[4]),
        link_id=None if row[5] is None else int(row[5]),
        link_date=convert.opt_from_day(row[6]), image_type=row[7], position=int(row[8]),
        created_at=convert.from_iso(row[9]), updated_at=convert.from_iso(row[10]),
    )


def _checked_image(image: HopeImage | None) -> tuple[bytes | None, str | None]:
    if image is None:
        return None, None
    if image.mime not in IMAGE_TYPES:
        raise ValueError("Pictures are kept as PNG or JPEG.")
    if not image.data or len(image.data) > MAX_IMAGE_BYTES:
        raise ValueError("That picture is too large to keep.")
    return bytes(image.data), image.mime


class HopeBox:
    """The person's hope box, in the order they chose."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self) -> builtins.list[HopeItem]:
        """Live items in the person's order (no picture bytes)."""
        rows = self._vault.query(f"{_ITEM} WHERE deleted_at IS NULL ORDER BY position, id")
        return [_item(row) for row in rows]

    def get(self, item_id: int) -> HopeItem:
        row = self._vault.query_one(f"{_ITEM} WHERE id = ? AND deleted_at IS NULL", (item_id,))
        if row is None:
            raise errors.NotFoundError()
        return _item(row)

    def image(self, item_id: int) -> HopeImage | None:
        """The picture of one live item, or None when it has none."""
        row = self._vault.query_one(
            "SELECT image, image_type FROM hope_item WHERE id = ? AND deleted_at IS NULL",
            (item_id,),
        )
        if row is None:
            raise errors.NotFoundError()
        return None if row[0] is None else HopeImage(bytes(row[0]), str(row[1]))

    def add(
        self, kind: HopeKind, body: str = "", *, who_said: str = "",
        link: tuple[HopeLink, int | None, date | None] | None = None,
        image: HopeImage | None = None,
    ) -> HopeItem:
        """Add an item at the end of the box."""
        data, mime = _checked_image(image)
        link_kind, link_id, link_day = (None, None, None) if link is None else link
        now = convert.to_iso(self._vault.now())
        with self._vault.write() as w:
            cursor = w.execute(
                "INSERT INTO hope_item (kind, body, who_said, link_kind, link_id, link_date, "
                "image, image_type, position, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (HopeKind(kind).value, storable(body), storable(who_said),
                 None if link_kind is None else HopeLink(link_kind).value, link_id,
                 convert.opt_to_day(link_day), data, mime,
                 ordering.next_position(w, "hope_item"), now, now),
            )
        return self.get(int(cursor.lastrowid))

    def update(
        self, item_id: int, *, body: str | None = None, who_said: str | None = None,
        image: HopeImage | None = None,
    ) -> HopeItem:
        """Change the words (and, when given, replace the picture); the kind stays."""
        current = self.get(item_id)
        new_body = current.body if body is None else storable(body)
        new_who = current.who_said if who_said is None else storable(who_said)
        now = convert.to_iso(self._vault.now())
        with self._vault.write() as w:
            w.execute(
                "UPDATE hope_item SET body = ?, who_said = ?, updated_at = ? WHERE id = ?",
                (new_body, new_who, now, item_id),
            )
            if image is not None:
                data, mime = _checked_image(image)
                w.execute(
                    "UPDATE hope_item SET image = ?, image_type = ? WHERE id = ?",
                    (data, mime, item_id),
                )
        return self.get(item_id)

    def move(self, item_id: int, new_position: int) -> HopeItem:
        """Move an item to `new_position` (clamped) and renumber the others."""
        with self._vault.write() as w:
            ordering.move(w, "hope_item", item_id, new_position)
        return self.get(item_id)

    def delete(self, item_id: int) -> None:
        """Set an item aside (Undo brings it back); the items after it move up."""
        with self._vault.write() as w:
            softdelete.set_aside(w, "hope_item", item_id, self._vault.now())
            ordering.renumber(w, "hope_item")

    def restore(self, item_id: int) -> HopeItem:
        """Bring an item back at the place it had."""
        row = self._vault.query_one("SELECT position FROM hope_item WHERE id = ?", (item_id,))
        if row is None:
            raise errors.NotFoundError()
        with self._vault.write() as w:
            softdelete.restore(w, "hope_item", item_id)
            ordering.move(w, "hope_item", item_id, int(row[0]))
        return self.get(item_id)

    def recently_deleted(self, limit: int = 10) -> builtins.list[HopeItem]:
        """Items set aside, the most recently first."""
        rows = self._vault.query(
            f"{_ITEM} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [_item(row) for row in rows]

    def purge_deleted(self, before: datetime) -> int:
        """Remove for good the items set aside before `before`."""
        with self._vault.write() as w:
            return softdelete.purge(w, "hope_item", before)
