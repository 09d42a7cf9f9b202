"""The README as a newcomer reads it: every command in it works exactly as written."""

from __future__ import annotations

import importlib.util
import io
import re
import shlex
import sys
from pathlib import Path

import pytest

from recovery_journal.cli import main
from recovery_journal.cli.commands import all_commands
from recovery_journal.cli.parser import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")
# What a reader puts in place of each placeholder in the command table.
PLACEHOLDERS = {
    "PATH": "j.vault", "FILE.pdf": "r.pdf", "FILE": "f.out", "FORMAT": "json",
    "NAME": "calendar", "DATE": "2026-01-01", "SECTIONS": "mood-hope,checkins",
}


def _code_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL)


def _command_lines() -> list[str]:
    """Each command line in the README's shell blocks, without its comment."""
    lines = []
    for block in _code_blocks():
        for line in block.splitlines():
            line = line.split("#")[0].strip()
            if line:
                lines.append(line)
    return lines


def _table_commands() -> list[list[str]]:
    found = []
    for cell in re.findall(r"^\| `(recovery-journal[^`]*)` \|", README, flags=re.MULTILINE):
        words = [PLACEHOLDERS.get(word, word) for word in cell.replace("[", "").replace(
            "]", "").split()[1:]]
        found.append(words)
    return found


def test_the_table_lists_every_subcommand_and_each_row_parses() -> None:
    rows = _table_commands()
    assert {row[0] for row in rows if row and not row[0].startswith("-")} == {
        command.name for command in all_commands()}
    parser = build_parser(all_commands())
    for row in rows:
        parser.parse_args(row)  # a missing argument would raise UsageError here


@pytest.mark.slow  # the real key derivation, as a reader would meet it
def test_the_example_runs_exactly_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    example = [line for line in _command_lines() if line.startswith(".venv/bin/")]
    assert len(example) >= 4
    for line in example:
        argv = shlex.split(line)
        assert argv[0] == ".venv/bin/recovery-journal"
        monkeypatch.setattr(sys, "stdin", io.StringIO("my passphrase\n"))
        assert main(argv[1:]) == 0, (line, capsys.readouterr().err)
    for written in ("demo.vault", "year.png", "report.pdf", "demo.json"):
        assert (tmp_path / written).stat().st_size > 0


def test_every_script_and_document_named_is_in_the_repository() -> None:
    for line in _command_lines():
        for word in shlex.split(line):
            if word.startswith(("scripts/", ".ci/")):
                assert (ROOT / word).is_file(), line
    for name in set(re.findall(r"`((?:docs|scripts|recovery_journal|tests)/[\w./-]+)`", README)):
        assert (ROOT / name).exists(), name
    assert "../" not in README  # the design is in docs/, not outside the repository


def _prereqs() -> object:
    spec = importlib.util.spec_from_file_location("prereqs", ROOT / "scripts" / "prereqs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_listed_prerequisites_are_what_the_check_installs() -> None:
    prereqs = _prereqs()
    offscreen = list(prereqs.OFFSCREEN_LIBRARIES)  # type: ignore[attr-defined]
    window = list(prereqs.WINDOW_LIBRARIES)  # type: ignore[attr-defined]
    table = prereqs.libraries_for("window")  # type: ignore[attr-defined]
    packages = prereqs.packages  # type: ignore[attr-defined]
    lines = _command_lines()
    assert "sudo apt-get install -y " + " ".join(packages("apt-get", offscreen, True, table)) \
        in lines
    assert "sudo apt-get install -y " + " ".join(packages("apt-get", window, False, table)) \
        in lines
    assert "sudo dnf install -y " + " ".join(packages("dnf", offscreen + window, False, table)) \
        in lines
