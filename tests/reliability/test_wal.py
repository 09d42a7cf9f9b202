"""Saves still only in a `-wal`: folded in without the key, and damage told, not hidden."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from recovery_journal.storage import errors, wal
from recovery_journal.storage.vault import Vault
from tests.reliability import walfiles
from tests.reliability.crashed import tag_names, write_then_die


def _crashed(make_vault: Callable[..., Vault], rows: int = 40) -> tuple[Path, list[str]]:
    vault = make_vault()
    path = vault.path
    vault.close()
    return path, write_then_die(path, rows)


def test_a_crashed_writer_leaves_saves_only_in_the_wal(make_vault: Callable[..., Vault]) -> None:
    path, _names = _crashed(make_vault)
    report = wal.inspect(path)
    assert report.holds_saves and not report.damaged
    assert report.page_size == 4096
    assert report.size * 4096 > path.stat().st_size or report.pages


def test_copy_whole_holds_every_save_without_the_wal(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    path, names = _crashed(make_vault)
    copy = tmp_path / "copy.vault"
    wal.copy_whole(path, copy)
    assert not copy.with_name("copy.vault-wal").exists()
    assert tag_names(copy) == names
    assert tag_names(path) == names  # the original, with its -wal, agrees


def test_a_closed_vault_has_nothing_waiting(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    vault.close()
    report = wal.inspect(vault.path)
    assert report == wal.WalReport()
    assert not report.holds_saves


def test_a_frame_damaged_in_the_middle_is_detected(make_vault: Callable[..., Vault]) -> None:
    path, _ = _crashed(make_vault)
    log = wal.wal_path(path)
    data = bytearray(log.read_bytes())
    data[32 + 24 + 100] ^= 0xFF  # inside the first frame's page
    log.write_bytes(bytes(data))
    assert wal.inspect(path).damaged


def test_a_wal_cut_short_is_detected_by_the_wal_index(make_vault: Callable[..., Vault]) -> None:
    path, _ = _crashed(make_vault)
    log = wal.wal_path(path)
    frame = 24 + 4096
    log.write_bytes(log.read_bytes()[: 32 + 3 * frame])
    assert wal.inspect(path).damaged


def test_a_lost_wal_is_detected_by_the_wal_index(make_vault: Callable[..., Vault]) -> None:
    path, _ = _crashed(make_vault)
    wal.wal_path(path).unlink()
    assert wal.inspect(path).damaged


def test_a_changed_wal_header_is_detected(make_vault: Callable[..., Vault]) -> None:
    path, _ = _crashed(make_vault)
    log = wal.wal_path(path)
    data = bytearray(log.read_bytes())
    data[10] ^= 0x01  # the page size
    log.write_bytes(bytes(data))
    assert wal.inspect(path).damaged
    log.write_bytes(b"SQLite")  # shorter than a header
    assert wal.inspect(path).damaged


def test_a_torn_last_frame_without_wal_index_is_normal(make_vault: Callable[..., Vault]) -> None:
    path, names = _crashed(make_vault)
    path.with_name(path.name + "-shm").unlink()
    log = wal.wal_path(path)
    data = log.read_bytes()
    log.write_bytes(data[:-100])  # the last frame half written, as a crash mid-write leaves it
    report = wal.inspect(path)
    assert not report.damaged and report.holds_saves


def test_frames_of_an_older_generation_are_not_damage(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    path, _ = _crashed(make_vault, rows=40)
    older = wal.wal_path(path).read_bytes()
    # A checkpoint, then a few more saves: SQLite rewrites the -wal from its start with new salts.
    with Vault.open(path, "correct horse battery staple", kdf_iter=2) as vault:
        vault.query("PRAGMA wal_checkpoint(TRUNCATE)")
    names = write_then_die(path, rows=2, first=40)
    newer = wal.wal_path(path).read_bytes()
    wal.wal_path(path).write_bytes(newer + older[len(newer):])
    path.with_name(path.name + "-shm").unlink()
    report = wal.inspect(path)
    assert not report.damaged
    copy = tmp_path / "copy.vault"
    wal.copy_whole(path, copy)
    assert tag_names(copy)[-2:] == names


def test_a_passphrase_change_cut_short_opens_with_the_new_one_tried_first(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    """Bug: tried first, the new passphrase heard "damaged": SQLCipher's page check reads the
    main file, still half under the old key, and not the -wal that holds it whole."""
    import subprocess
    import sys
    import textwrap

    from tests.conftest import FAST_KDF, PASSPHRASE
    from tests.storage.test_crash_safety import _REKEY_NO_CHECKPOINT

    vault = make_vault()
    with vault.write() as w:
        w.executemany("INSERT INTO tag (name) VALUES (?)", [(f"t{i} " + "x" * 900,)
                                                            for i in range(400)])
    path = vault.path
    vault.close()
    fresh = tmp_path / "fresh.vault"
    shutil.copyfile(path, fresh)
    with Vault.open(fresh, PASSPHRASE, kdf_iter=FAST_KDF) as rekeyed:
        rekeyed.change_passphrase("the new one")
    subprocess.run([sys.executable, "-c", textwrap.dedent(_REKEY_NO_CHECKPOINT), str(path),
                    PASSPHRASE, "the new one", str(FAST_KDF)], check=False)
    half = (path.stat().st_size // 4096 // 2) * 4096
    with fresh.open("rb") as new_pages, path.open("r+b") as main:
        main.write(new_pages.read(half))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(errors.WrongPassphraseError):
        Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)
    # The old passphrase changed nothing, not even by SQLite's checkpoint on close.
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    with Vault.open(path, "the new one", kdf_iter=FAST_KDF) as reopened:
        assert reopened.query("SELECT count(*) FROM tag WHERE name LIKE 't%'") == [(400,)]


# -- against hand-built files ---------------------------------------------------------------

PAGE = 512


def _write(tmp_path: Path, wal_bytes: bytes | None, shm_bytes: bytes | None = None) -> Path:
    vault = tmp_path / "x.vault"
    vault.write_bytes(b"\0" * PAGE * 4)
    wal.wal_path(vault).unlink(missing_ok=True)
    if wal_bytes is not None:
        wal.wal_path(vault).write_bytes(wal_bytes)
    if shm_bytes is not None:
        vault.with_name("x.vault-shm").write_bytes(shm_bytes)
    return vault


def _page(n: int) -> bytes:
    return bytes([n]) * PAGE


@pytest.mark.parametrize("big_endian", [False, True])
def test_committed_frames_in_either_byte_order(tmp_path: Path, big_endian: bool) -> None:
    log = walfiles.wal([(2, 0, _page(1)), (3, 5, _page(2)), (2, 0, _page(3))],
                       page_size=PAGE, big_endian=big_endian)
    report = wal.inspect(_write(tmp_path, log))
    # The third frame was never committed: page 2 keeps its first version.
    assert report == wal.WalReport(PAGE, {2: 32 + 24, 3: 32 + 2 * (24 + PAGE) - PAGE}, 5)
    copy = tmp_path / "copy.vault"
    wal.copy_whole(tmp_path / "x.vault", copy)
    data = copy.read_bytes()
    assert len(data) == 5 * PAGE
    assert data[PAGE:2 * PAGE] == _page(1) and data[2 * PAGE:3 * PAGE] == _page(2)


def test_frames_without_a_commit_hold_no_saves(tmp_path: Path) -> None:
    report = wal.inspect(_write(tmp_path, walfiles.wal([(2, 0, _page(1))], page_size=PAGE)))
    assert report == wal.WalReport(PAGE, {}, 0) and not report.holds_saves
    copy = tmp_path / "copy.vault"
    wal.copy_whole(tmp_path / "x.vault", copy)
    assert copy.read_bytes() == (tmp_path / "x.vault").read_bytes()


def test_a_header_alone_is_an_empty_wal(tmp_path: Path) -> None:
    assert wal.inspect(_write(tmp_path, walfiles.wal([], page_size=PAGE))) == wal.WalReport(PAGE)


@pytest.mark.parametrize("page_size", [256, 1000, 131072])
def test_an_impossible_page_size_is_damage(tmp_path: Path, page_size: int) -> None:
    report = wal.inspect(_write(tmp_path, walfiles.wal([], page_size=page_size)))
    assert report.damaged is True


def test_an_unknown_wal_version_is_damage(tmp_path: Path) -> None:
    assert wal.inspect(_write(tmp_path, walfiles.wal([], version=3007001))).damaged is True


def test_a_broken_frame_followed_by_its_generation_is_damage_without_a_wal_index(
    tmp_path: Path
) -> None:
    log = bytearray(walfiles.wal([(2, 2, _page(1)), (3, 3, _page(2)), (4, 4, _page(3))],
                                 page_size=PAGE))
    log[32 + (24 + PAGE) + 24 + 7] ^= 1  # the second frame's page
    report = wal.inspect(_write(tmp_path, bytes(log)))
    assert report == wal.WalReport(PAGE, {2: 32 + 24}, 2, damaged=True)  # the sound part kept
    # The same break in the last frame is a torn write: normal after a crash.
    log = bytearray(walfiles.wal([(2, 2, _page(1)), (3, 3, _page(2))], page_size=PAGE))
    log[-1] ^= 1
    assert wal.inspect(_write(tmp_path, bytes(log))).damaged is False


def test_frames_of_another_generation_after_a_break_are_not_damage(tmp_path: Path) -> None:
    new = walfiles.wal([(2, 2, _page(1)), (3, 3, _page(2))], page_size=PAGE)
    old = walfiles.wal([(5, 0, _page(9))] * 4, page_size=PAGE, salts=b"oldSALTs")
    log = bytearray(new + old[len(new):])
    log[32 + (24 + PAGE) + 24] ^= 1
    assert wal.inspect(_write(tmp_path, bytes(log))).damaged is False


@pytest.mark.parametrize("big_endian", [False, True])
def test_the_wal_index_tells_what_the_wal_should_hold(tmp_path: Path, big_endian: bool) -> None:
    three = walfiles.wal([(2, 2, _page(1)), (3, 3, _page(2)), (4, 4, _page(3))], page_size=PAGE,
                         big_endian=big_endian)
    index = walfiles.shm(3, 0, big_endian=big_endian)
    assert wal.inspect(_write(tmp_path, three, index)).damaged is False
    two = three[: 32 + 2 * (24 + PAGE)]  # the last committed frame is gone
    report = wal.inspect(_write(tmp_path, two, index))
    assert report.damaged is True and report.pages and report.size == 3
    assert wal.inspect(_write(tmp_path, None, index)).damaged is True  # the -wal is gone
    other = walfiles.wal([(2, 2, _page(1))] * 5, page_size=PAGE, salts=b"newSALTs")
    assert wal.inspect(_write(tmp_path, other, index)).damaged is True  # overwritten
    torn = bytearray(three)
    torn[-1] ^= 1  # a torn last frame is damage when the wal-index says it was committed
    assert wal.inspect(_write(tmp_path, bytes(torn), index)).damaged is True
    one = walfiles.shm(1, 0, big_endian=big_endian)
    assert wal.inspect(_write(tmp_path, None, one)).damaged is True


def test_the_largest_page_size_is_a_page_size(tmp_path: Path) -> None:
    assert wal.inspect(_write(tmp_path, walfiles.wal([], page_size=65536))).damaged is False


def test_a_wal_index_with_everything_copied_expects_nothing(tmp_path: Path) -> None:
    vault = _write(tmp_path, None, walfiles.shm(3, 3))
    assert wal.inspect(vault) == wal.WalReport()
    vault.with_name("x.vault-shm").write_bytes(walfiles.shm(3, 0)[:99])  # too short to read
    assert wal.inspect(vault) == wal.WalReport()
    halves = bytearray(walfiles.shm(3, 0))
    halves[60] ^= 1  # the two copies of the header differ: SQLite was mid-write
    vault.with_name("x.vault-shm").write_bytes(bytes(halves))
    assert wal.inspect(vault) == wal.WalReport()


def test_a_damaged_wal_is_kept_aside_exactly_as_found(tmp_path: Path) -> None:
    import re

    from recovery_journal.storage import upkeep

    vault = _write(tmp_path, b"broken wal", walfiles.shm(3, 0))
    found = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    first = upkeep.keep_damaged_wal(vault)
    again = upkeep.keep_damaged_wal(vault)  # twice in one second: a new name, nothing replaced
    stamp = r"\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?"
    for kept in (first, again):
        assert [re.sub(stamp, "STAMP", p.name) for p in kept] == [
            "x.before-wal-repair-STAMP.vault", "x.before-wal-repair-STAMP.vault.damaged-wal",
            "x.before-wal-repair-STAMP.vault.damaged-wal-shm"]
        assert [p.read_bytes() for p in kept] == [
            found["x.vault"], found["x.vault-wal"], found["x.vault-shm"]]
    assert not set(first) & set(again)
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "journal").write_bytes(b"\0" * 512)
    assert [p.name.split("-repair-")[1][17:] for p in upkeep.keep_damaged_wal(
        bare / "journal")] == [".vault"]  # no suffix: the copy still ends in .vault
