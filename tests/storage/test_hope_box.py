"""The hope box: kinds, order, set-aside with Undo, pictures on demand, and the migration."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recovery_journal.storage import errors
from recovery_journal.storage import vault as vault_module
from recovery_journal.storage.hope_box import (
    MAX_IMAGE_BYTES,
    HopeBox,
    HopeImage,
    HopeKind,
    HopeLink,
)
from recovery_journal.storage.migrations import load_migrations
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.clocks import stepping_clock

PNG = HopeImage(b"\x89PNG\r\n\x1a\n" + b"x" * 64, "image/png")


@pytest.fixture
def box(vault: Vault) -> HopeBox:
    stepping_clock(vault)
    return HopeBox(vault)


def bodies(box: HopeBox) -> list[str]:
    return [item.body for item in box.list()]


def test_every_kind_round_trips_and_keeps_its_order(box: HopeBox) -> None:
    reason = box.add(HopeKind.REASON, "My sister's laugh")
    words = box.add(HopeKind.WORDS, "This too shall pass", who_said="My gran")
    memory = box.add(HopeKind.MEMORY, "A day by the sea",
                     link=(HopeLink.JOURNAL, 7, date(2026, 5, 1)))
    picture = box.add(HopeKind.PICTURE, "The garden", image=PNG)
    assert bodies(box) == ["My sister's laugh", "This too shall pass", "A day by the sea",
                           "The garden"]
    assert [i.position for i in box.list()] == [0, 1, 2, 3]
    assert box.get(words.id).who_said == "My gran"
    got = box.get(memory.id)
    assert (got.link_kind, got.link_id, got.link_date) == (HopeLink.JOURNAL, 7, date(2026, 5, 1))
    assert not reason.has_image and picture.has_image
    assert box.image(picture.id) == PNG
    assert box.image(reason.id) is None
    changed = box.update(reason.id, body="Her laugh", who_said="Me")
    assert (changed.body, changed.who_said) == ("Her laugh", "Me")
    assert changed.updated_at > reason.updated_at and changed.created_at == reason.created_at
    assert box.update(words.id, body="Still true").who_said == "My gran"  # None keeps it
    other = HopeImage(b"\xff\xd8other", "image/jpeg")
    box.update(picture.id, image=other)
    assert box.image(picture.id) == other
    box.update(picture.id, body="The garden")
    assert box.image(picture.id) == other  # no image given: the picture stays
    box.move(picture.id, 0)
    assert bodies(box)[0] == "The garden"
    box.move(picture.id, 99)
    assert bodies(box)[-1] == "The garden"


def test_a_list_never_loads_picture_bytes(box: HopeBox, vault: Vault) -> None:
    box.add(HopeKind.PICTURE, image=PNG)
    traced: list[str] = []
    vault._conn().set_trace_callback(traced.append)
    try:
        box.list()
    finally:
        vault._conn().set_trace_callback(None)
    assert traced and not any("image," in sql or "image " in sql.split("FROM")[0]
                              for sql in traced)


def test_set_aside_comes_back_in_its_place(box: HopeBox) -> None:
    first, second, third = (box.add(HopeKind.REASON, text) for text in ("a", "b", "c"))
    box.delete(second.id)
    assert bodies(box) == ["a", "c"]
    assert [i.position for i in box.list()] == [0, 1]  # the gap closed
    assert [i.id for i in box.recently_deleted()] == [second.id]
    with pytest.raises(errors.NotFoundError):
        box.get(second.id)
    with pytest.raises(errors.NotFoundError):
        box.image(second.id)
    assert box.restore(second.id).position == 1
    assert bodies(box) == ["a", "b", "c"]
    assert [i.position for i in box.list()] == [0, 1, 2]
    box.delete(first.id)
    box.delete(second.id)
    assert [i.id for i in box.recently_deleted()] == [second.id, first.id]  # newest first
    box.restore(second.id)  # undone in reverse order, each comes back where it was
    box.restore(first.id)
    assert bodies(box) == ["a", "b", "c"]
    with pytest.raises(errors.NotFoundError):
        box.restore(999)
    box.delete(third.id)
    assert box.purge_deleted(box._vault.now()) == 1
    assert box.recently_deleted() == [] and bodies(box) == ["a", "b"]
    assert first.id in {i.id for i in box.list()}


def test_pictures_of_an_unknown_type_or_too_large_are_refused(box: HopeBox) -> None:
    with pytest.raises(ValueError):
        box.add(HopeKind.PICTURE, image=HopeImage(b"<svg/>", "image/svg+xml"))
    with pytest.raises(ValueError):
        box.add(HopeKind.PICTURE, image=HopeImage(b"x" * (MAX_IMAGE_BYTES + 1), "image/jpeg"))
    with pytest.raises(ValueError):
        box.add(HopeKind.PICTURE, image=HopeImage(b"", "image/png"))
    box.add(HopeKind.PICTURE, image=HopeImage(b"x" * MAX_IMAGE_BYTES, "image/jpeg"))
    assert len(box.list()) == 1


def test_a_vault_of_the_previous_schema_gains_the_hope_box_and_loses_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "previous.vault"
    connection = vault_module._connect(path, vault_module.normalise_passphrase(PASSPHRASE),
                                       FAST_KDF)
    connection.execute(f"PRAGMA application_id = {vault_module.APPLICATION_ID}")
    previous = [m for m in load_migrations() if m.version < 11]  # just before 0011_hope_box
    vault_module._apply_migrations(connection, previous, from_version=0)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 10
    connection.execute("BEGIN")
    connection.execute(
        "INSERT INTO strength (name, description, kind, created_at) "
        "VALUES ('Kindness', 'kept', 'quality', '2026-01-01T00:00:00Z')"
    )
    connection.execute("COMMIT")
    connection.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        assert vault.schema_version == load_migrations()[-1].version >= 11
        assert vault.query("SELECT name, description FROM strength") == [("Kindness", "kept")]
        box = HopeBox(vault)
        assert box.list() == []
        box.add(HopeKind.WORDS, "Still here")
        assert bodies(box) == ["Still here"]
    assert len(list(tmp_path.glob("previous.before-update-10-to-*"))) == 1
