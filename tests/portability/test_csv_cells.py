"""CSV cells a spreadsheet could evaluate are neutralised; the person's text never changes."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_journal.portability.cells import is_formula_like, neutralise
from recovery_journal.portability.export import write_csv_zip, write_json
from recovery_journal.portability.importing import apply, read_import
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

# What may come before the sign: spaces, line breaks, NBSP, BOM, zero-width and bidi marks.
_INVISIBLE = " \n\u00a0\u2007\u202f\u3000\ufeff\u200b\u200c\u200d\u2060\u200e\u202e\x0b\x0c"
_SIGNS = "=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212"


@pytest.mark.parametrize("text", [
    "=1+1", "+1", "-2", "@SUM(A1)", " =1+1", "  +cmd|' /C calc'!A0", "\n=1", "\r\n=1",
    "\u00a0=1", "\ufeff=1", "\u200b=1", "\u2060@x", "\u202e=1", "\uff1d1+1", "\uff0b1",
    "\uff0d1", "\uff20SUM(A1)", " \uff1dHYPERLINK(\"x\")", "\u3000=1", "\u2212 5",
    "\t1", "\thello", "\rhello", "\ufe66x", "\x01=1", "\x1b\x7f+1", "\u2a75x",
])
def test_formula_like_cells_get_a_leading_quote(text: str) -> None:
    assert is_formula_like(text)
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", [
    "", " ", "\u200b", "hello", " hello = 1", "1+1", "'=already", "a-b", "e-mail@x",
    "\u00a0hello", "\ufeffhi", "(=1)", "#note", "5 - 3", "¬=1",
])
def test_ordinary_cells_are_left_alone(text: str) -> None:
    assert not is_formula_like(text)
    assert neutralise(text) == text


@given(
    prefix=st.text(alphabet=_INVISIBLE, max_size=6),
    sign=st.sampled_from(_SIGNS),
    rest=st.text(max_size=30),
)
def test_any_invisible_prefix_before_a_sign_is_neutralised(
    prefix: str, sign: str, rest: str
) -> None:
    text = prefix + sign + rest
    assert neutralise(text) == "'" + text


@given(st.text(max_size=40))
def test_neutralising_only_ever_adds_one_quote(text: str) -> None:
    cell = neutralise(text)
    assert cell in (text, "'" + text)
    visible = text.lstrip(_INVISIBLE + "\t\r")
    if (visible and visible[0] in _SIGNS) or text.startswith(("\t", "\r")):
        assert cell == "'" + text


def _rows(path: Path, name: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        text = archive.read(name).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


_WRITTEN = (" =1+1", "\ufeff@x", "\uff1dHYPERLINK(\"x\")", "\u200b-2", "\tTabbed", "plain")


def test_csv_export_neutralises_and_json_round_trip_keeps_the_text(
    vault: Vault, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    repos = Repositories.from_vault(vault)
    for number, note in enumerate(_WRITTEN):
        repos.checkins.add(recorded_at=datetime(2024, 1, 2 + number, 9, tzinfo=UTC), note=note)
        repos.journal.add(written_at=datetime(2024, 1, 2 + number, 9, tzinfo=UTC), title=note,
                          body=note)
    zipped = tmp_path / "all.zip"
    write_csv_zip(repos, zipped)
    notes = [row["note"] for row in _rows(zipped, "checkins.csv")]
    titles = [row["title"] for row in _rows(zipped, "journal_entries.csv")]
    expected = ["'" + n if n != "plain" else n for n in _WRITTEN]
    assert notes == expected
    assert sorted(titles) == sorted(expected)

    # The JSON export (and an import of it) sees exactly what was written.
    first = tmp_path / "first.json"
    write_json(repos, first)
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    apply(read_import("json", first), fresh)
    assert [c.note for c in fresh.checkins.recent(10)][::-1] == list(_WRITTEN)
    assert sorted(e.body for e in fresh.journal.list()) == sorted(_WRITTEN)
    second = tmp_path / "second.json"
    write_json(fresh, second)
    assert second.read_bytes() == first.read_bytes()
