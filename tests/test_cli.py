"""The command line, run in-process through `main` and as a real `python -m` subprocess."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from recovery_journal.cli import main
from recovery_journal.cli.base import Command
from recovery_journal.cli.commands import check as check_command
from recovery_journal.cli.errors import PassphraseMismatchError
from recovery_journal.cli.passphrase import PassphraseReader, strip_line_ending
from recovery_journal.paths import default_vault_path
from recovery_journal.storage import errors
from recovery_journal.storage.backups import automatic_backup, verify_backup
from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.life_domains import LifeDomains
from recovery_journal.storage.measures import Measures
from recovery_journal.storage.vault import Vault

FAST = ["--kdf-iter", "2"]
PASS = "correct horse battery staple"


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal, so passphrases go through getpass."""

    def isatty(self) -> bool:
        return True


def run(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A vault made with `init` (fast key derivation)."""
    path = tmp_path / "made.vault"
    assert run([*FAST, "init", str(path)], PASS + "\n", monkeypatch) == 0
    return path


# -- help and usage -------------------------------------------------------------------------


def _vault_error_classes(cls: type[errors.VaultError]) -> Iterator[type[errors.VaultError]]:
    yield cls
    for sub in cls.__subclasses__():
        yield from _vault_error_classes(sub)


def test_help_documents_commands_stdin_rule_and_every_exit_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # undo the wrapping
    for name in ("init", "check", "passwd", "demo"):
        assert f" {name} " in out
    assert "first line" in out and "line 2" in out
    for cls in _vault_error_classes(errors.VaultError):
        assert f"{cls.exit_code} {cls.message}" in out
    for code in ("0 Done.", "2 The command line", "3 The two passphrases", "130 Stopped",
                 "4 The file couldn't be imported"):
        assert code in out
    assert "--kdf-iter" not in out  # a test-only option stays hidden


@pytest.mark.parametrize(
    "argv",
    [["frobnicate"], ["check", "a", "b"], ["--kdf-iter", "0", "check", "x"], ["demo"]],
)
def test_usage_errors_exit_2_with_one_sentence(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    # A subcommand's own mistakes point to its own help ("recovery-journal demo --help").
    expected = "recovery-journal demo --help" if argv == ["demo"] else "recovery-journal --help"
    assert expected in one_line(captured.err)


# -- init and check -------------------------------------------------------------------------


def test_init_makes_an_empty_vault_with_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.vault"
    assert run([*FAST, "init", str(path)], PASS + "\n", monkeypatch) == 0
    assert "Created a new, empty journal" in one_line(capsys.readouterr().out)
    with Vault.open(path, PASS, kdf_iter=2) as vault:
        assert {m.key for m in Measures(vault).list()} == {"mood", "hope"}
        assert len(LifeDomains(vault).list()) == 10
        assert CheckIns(vault).count() == 0


def test_init_then_check_prints_one_line(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([*FAST, "check", str(made)], PASS + "\n", monkeypatch) == 0
    captured = capsys.readouterr()
    assert "integrity checks passed" in one_line(captured.out)
    assert captured.err == ""


def test_init_without_path_uses_the_default_place(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # conftest points XDG_DATA_HOME at a throwaway folder, so this never touches a real home.
    path = default_vault_path()
    assert not path.exists()
    try:
        assert run([*FAST, "init"], PASS + "\n", monkeypatch) == 0
        assert path.is_file()
        assert run([*FAST, "check"], PASS + "\n", monkeypatch) == 0
    finally:
        path.unlink(missing_ok=True)


def test_init_refuses_an_existing_path_and_leaves_it_alone(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = made.read_bytes()
    assert run([*FAST, "init", str(made)], "other\n", monkeypatch) == 22
    assert "already exists" in one_line(capsys.readouterr().err)
    assert made.read_bytes() == before


def test_init_into_a_missing_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([*FAST, "init", str(tmp_path / "no" / "j.vault")], PASS + "\n", monkeypatch) == 13
    one_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [("pass word \r\n", "pass word "), ("  spaced\t\n", "  spaced\t"), ("no newline", "no newline"),
     ("café ☕\n", "café ☕")],
)
def test_only_the_line_ending_is_stripped(
    stdin: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.vault"
    assert run([*FAST, "init", str(path)], stdin, monkeypatch) == 0
    Vault.open(path, expected, kdf_iter=2).close()


@pytest.mark.parametrize("stdin", ["", "\n", "\r\n"])
def test_an_empty_or_missing_passphrase_creates_nothing(
    stdin: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "j.vault"
    assert run([*FAST, "init", str(path)], stdin, monkeypatch) == 11
    one_line(capsys.readouterr().err)
    assert list(tmp_path.iterdir()) == []


# -- every kind of file that isn't a vault ----------------------------------------------------


def _plain_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: None, 13),
        (lambda p: p.write_bytes(b""), 15),
        (lambda p: p.mkdir(), 14),
        (_plain_sqlite, 16),
    ],
    ids=["missing", "empty", "folder", "plain-sqlite"],
)
def test_check_reports_each_kind_of_non_vault(
    make: object, code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "thing.vault"
    assert callable(make)
    make(path)
    assert run([*FAST, "check", str(path)], PASS + "\n", monkeypatch) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in one_line(captured.err)


def test_wrong_passphrase_exits_12_and_changes_nothing(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = made.read_bytes()
    names = sorted(p.name for p in made.parent.iterdir())
    assert run([*FAST, "check", str(made)], "not it\n", monkeypatch) == 12
    assert "doesn't open this journal" in one_line(capsys.readouterr().err)
    assert made.read_bytes() == before
    assert sorted(p.name for p in made.parent.iterdir()) == names


# -- passwd --------------------------------------------------------------------------------


def test_passwd_then_open_with_the_new_passphrase(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.open(made, PASS, kdf_iter=2) as vault:
        backup = automatic_backup(vault, today=date(2026, 11, 30))
    assert backup is not None
    assert run([*FAST, "passwd", str(made)], f"{PASS}\nnew one  \n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert "Passphrase changed" in out and "Backups changed with it: 1." in out
    Vault.open(made, "new one  ", kdf_iter=2).close()
    with pytest.raises(errors.WrongPassphraseError):
        Vault.open(made, PASS, kdf_iter=2)
    verify_backup(made, backup, "new one  ", kdf_iter=2)


def test_passwd_without_a_second_line_keeps_the_old_passphrase(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([*FAST, "passwd", str(made)], f"{PASS}\n", monkeypatch) == 11
    assert "line 2" in one_line(capsys.readouterr().err)
    Vault.open(made, PASS, kdf_iter=2).close()


def test_passwd_with_a_wrong_current_passphrase(
    made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run([*FAST, "passwd", str(made)], "wrong\nnew\n", monkeypatch) == 12
    Vault.open(made, PASS, kdf_iter=2).close()


# -- the terminal: asked twice, without echo --------------------------------------------------


def _typing(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """Make getpass return `answers` in turn; return the prompts it was shown."""
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        if not answers:
            raise EOFError
        return answers.pop(0)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    return prompts


def test_terminal_init_asks_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prompts = _typing(monkeypatch, [PASS, PASS])
    assert main([*FAST, "init", str(tmp_path / "j.vault")]) == 0
    assert prompts == ["New passphrase: ", "Type it again: "]


def test_terminal_mismatch_exits_3_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _typing(monkeypatch, [PASS, PASS + "!"])
    assert main([*FAST, "init", str(tmp_path / "j.vault")]) == 3
    assert one_line(capsys.readouterr().err) == PassphraseMismatchError.message
    assert list(tmp_path.iterdir()) == []


def test_terminal_ctrl_d_is_an_empty_passphrase(
    made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _typing(monkeypatch, [])
    assert main([*FAST, "check", str(made)]) == 11


def test_terminal_passwd_asks_current_once_and_new_twice(
    made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts = _typing(monkeypatch, [PASS, "fresh", "fresh"])
    assert main([*FAST, "passwd", str(made)]) == 0
    assert len(prompts) == 3
    Vault.open(made, "fresh", kdf_iter=2).close()


def test_reader_reads_lines_in_order() -> None:
    reader = PassphraseReader(io.StringIO("one\r\ntwo\n"))
    assert not reader.interactive
    assert (reader.current(), reader.new()) == ("one", "two")
    with pytest.raises(errors.EmptyPassphraseError, match="line 3"):
        reader.current()
    assert strip_line_ending("a\n\n") == "a\n"


def test_reader_refuses_bytes_that_are_not_utf8() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"\xff\xfe\n"))
    with pytest.raises(errors.UnusablePassphraseError):
        PassphraseReader(stdin).current()


# -- failures that aren't the vault's ----------------------------------------------------------


def _replace_check(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    def broken(args: object, ctx: object) -> int:
        raise error

    command = check_command.COMMAND
    monkeypatch.setattr(check_command, "COMMAND", Command(
        command.name, command.summary, command.description, command.add_arguments, broken,
    ))


def test_an_unexpected_error_is_one_generic_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _replace_check(monkeypatch, RuntimeError("dear diary, a private sentence"))
    assert main(["check", "x"]) == 1
    err = one_line(capsys.readouterr().err)
    assert "diary" not in err and "Traceback" not in err


def test_ctrl_c_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _replace_check(monkeypatch, KeyboardInterrupt())
    assert main(["check", "x"]) == 130
    assert one_line(capsys.readouterr().err) == "Stopped at your request."


# -- a real process --------------------------------------------------------------------------


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recovery_journal", *args], input=stdin, capture_output=True,
        text=True, encoding="utf-8", timeout=60, check=False,
    )


@pytest.mark.slow
def test_process_with_the_real_key_derivation(tmp_path: Path) -> None:
    path = str(tmp_path / "real.vault")
    created = cli("init", path, stdin="pässphrase ☕\n")
    assert (created.returncode, created.stderr) == (0, "")
    wrong = cli("check", path, stdin="nope\n")
    assert wrong.returncode == 12
    assert "Traceback" not in one_line(wrong.stderr)
    right = cli("check", path, stdin="pässphrase ☕\r\n")
    assert right.returncode == 0, right.stderr
    assert "integrity checks passed" in one_line(right.stdout)


@pytest.mark.parametrize(
    ("args", "code"),
    [(["check", "{dir}"], 14), (["check", "{dir}/missing.vault"], 13), (["frobnicate"], 2),
     (["init", "{dir}"], 22)],
    ids=["folder", "missing", "usage", "init-existing"],
)
def test_process_errors_have_codes_and_no_traceback(
    args: list[str], code: int, tmp_path: Path
) -> None:
    result = cli(*FAST, *(a.format(dir=tmp_path) for a in args), stdin=PASS + "\n")
    assert result.returncode == code
    assert result.stdout == ""
    assert "Traceback" not in one_line(result.stderr)


def test_process_help() -> None:
    result = cli("--help")
    assert result.returncode == 0
    assert "Exit codes:" in result.stdout


def _read_until(fd: int, wanted: bytes, seen: bytearray) -> None:
    """Read a pty into `seen` until `wanted` appears (or the process ends)."""
    import select

    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], 30)
        assert ready, bytes(seen)
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # Linux reports the end of a pty as EIO
            return
        if not chunk:
            return
        seen.extend(chunk)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_real_terminal_never_shows_the_passphrase(tmp_path: Path) -> None:
    import pty

    path = tmp_path / "tty.vault"
    main_fd, child_fd = pty.openpty()
    # A new session has no controlling terminal, so getpass uses this pty, never the test's.
    process = subprocess.Popen(
        [sys.executable, "-m", "recovery_journal", *FAST, "init", str(path)],
        stdin=child_fd, stdout=child_fd, stderr=child_fd, start_new_session=True,
    )
    os.close(child_fd)
    seen = bytearray()
    try:
        _read_until(main_fd, b"New passphrase: ", seen)
        os.write(main_fd, b"tty secret\n")
        _read_until(main_fd, b"Type it again: ", seen)
        os.write(main_fd, b"tty secret\n")
        _read_until(main_fd, b"\x00never", seen)
        assert process.wait(timeout=30) == 0
    finally:
        os.close(main_fd)
        if process.poll() is None:
            process.kill()
            process.wait()
    assert b"Created a new, empty journal" in seen
    assert b"tty secret" not in seen
    Vault.open(path, "tty secret", kdf_iter=2).close()
