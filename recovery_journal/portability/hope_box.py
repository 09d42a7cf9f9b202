"""The hope box in exports and imports: pictures as base64 in JSON, as files in the CSV zip.

An import takes every picture through the same re-encode path as a picture the person picks
(report/pictures.py), before anything is written: no metadata, no scripts, no huge sizes.
Ids mean nothing outside the vault, so a memory keeps what it pointed at and its day only.
"""

from __future__ import annotations

import base64
import binascii
from collections import Counter

from recovery_journal.portability.formats.fields import Item, items_of
from recovery_journal.portability.provenance import at_row
from recovery_journal.portability.records import HopeItemRecord
from recovery_journal.storage.hope_box import HopeImage, HopeKind, HopeLink
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.text import storable

HOPE_COLUMNS = ("kind", "body", "who_said", "link_kind", "link_date", "image_type",
                "image_file")
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg"}
# A base64 text longer than this can't hold a picture the import would keep (20 MB).
_MAX_BASE64 = 28 * 1024 * 1024


# -- export ------------------------------------------------------------------------------------


def hope_box_document(repos: Repositories) -> list[dict[str, object]]:
    """Every item in the person's order, each picture as base64 text."""
    out: list[dict[str, object]] = []
    for item in repos.hope_box.list():
        image = repos.hope_box.image(item.id) if item.has_image else None
        out.append({
            "kind": item.kind.value, "body": item.body, "who_said": item.who_said,
            "link_kind": item.link_kind.value if item.link_kind else None,
            "link_date": item.link_date.isoformat() if item.link_date else None,
            "image_type": image.mime if image else None,
            "image": base64.b64encode(image.data).decode("ascii") if image else None,
        })
    return out


def hope_box_rows(
    items: list[dict[str, object]],
) -> tuple[list[dict[str, object]], dict[str, bytes]]:
    """CSV rows (each picture named by its file in the zip) and those files' bytes."""
    rows: list[dict[str, object]] = []
    files: dict[str, bytes] = {}
    for n, item in enumerate(items, start=1):
        row = {k: v for k, v in item.items() if k != "image"}
        encoded, mime = item.get("image"), item.get("image_type")
        if isinstance(encoded, str) and isinstance(mime, str) and mime in _EXTENSIONS:
            name = f"hope_box/{n}.{_EXTENSIONS[mime]}"
            files[name] = base64.b64decode(encoded)
            row["image_file"] = name
        rows.append(row)
    return rows, files


# -- import ------------------------------------------------------------------------------------


def parse_hope_box(document: dict[str, object]) -> tuple[HopeItemRecord, ...]:
    """Every hope item of the file, each picture decoded and made safe before any write."""
    return tuple(_record(item) for item in items_of(document, "hope_box"))


def _record(item: Item) -> HopeItemRecord:
    try:
        kind = HopeKind(item.text("kind", None))
    except ValueError:
        raise item.problem("kind", "This isn't a kind of hope box item.") from None
    link_text = item.opt_text("link_kind")
    try:
        link = None if link_text is None else HopeLink(link_text)
    except ValueError:
        raise item.problem("link_kind", "A memory links to a journal entry or a check-in.") \
            from None
    return HopeItemRecord(
        row=item.row, kind=kind, body=item.text("body"), who_said=item.text("who_said"),
        link_kind=link, link_date=item.opt_day("link_date"), image=_image(item),
    )


def _image(item: Item) -> HopeImage | None:
    encoded = item.opt_text("image")
    if encoded is None:
        return None
    if len(encoded) > _MAX_BASE64:
        raise item.problem("image", "This picture is too large to import.")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise item.problem("image", "This picture isn't readable base64 text.") from None
    from recovery_journal.report.pictures import PictureRefusedError, safe_imported_picture

    try:
        return safe_imported_picture(data, item.text("image_type"))
    except PictureRefusedError as refused:
        raise item.problem("image", str(refused)) from None


def add_hope_items(
    repos: Repositories, records: tuple[HopeItemRecord, ...], added: Counter[str],
) -> None:
    """Add each item not already in the box (the same kind, words and who said them)."""
    if not records:
        return
    box = repos.hope_box
    seen = {(i.kind, i.body, i.who_said, i.has_image) for i in box.list()}
    for record in records:
        key = (record.kind, storable(record.body), storable(record.who_said),
               record.image is not None)
        if key in seen:
            continue
        with at_row(record.row, "hope_box"):
            link = None if record.link_kind is None else (record.link_kind, None,
                                                          record.link_date)
            box.add(record.kind, record.body, who_said=record.who_said, link=link,
                    image=record.image)
        seen.add(key)
        added["hope_box"] += 1
