"""What every subcommand gets: its description, its context, and shared path handling.

A subcommand is one module in `cli/commands/` exposing a `COMMAND`; it imports the vault and
anything heavy inside `run`, so starting the desktop window never pays for it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from recovery_journal.cli.passphrase import PassphraseReader
from recovery_journal.paths import default_vault_path
from recovery_journal.storage import errors


@dataclass(frozen=True, slots=True)
class Context:
    """What a subcommand may use besides its arguments; passed in, never global."""

    passphrases: PassphraseReader
    out: TextIO
    kdf_iter: int | None
    today: date


@dataclass(frozen=True, slots=True)
class Command:
    """One subcommand: `summary` is its line in `--help`, `run` returns the exit code."""

    name: str
    summary: str
    description: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Context], int]


def add_vault_argument(parser: argparse.ArgumentParser, *, optional: bool) -> None:
    """Add the PATH positional; an optional one falls back to the default journal."""
    if optional:
        parser.add_argument(
            "path", metavar="PATH", nargs="?", type=Path, default=None,
            help="the journal file (default: your usual journal, shown below)",
        )
    else:
        parser.add_argument("path", metavar="PATH", type=Path, help="the journal file")


def vault_path(args: argparse.Namespace) -> Path:
    """The PATH given, or the default journal when none was."""
    path: Path | None = args.path
    return path if path is not None else default_vault_path()


def refuse_unless_file(path: Path) -> None:
    """Stop before asking for a passphrase when there is plainly no journal to open.

    The vault checks again (and more) when it opens; this only spares a pointless prompt.
    """
    if path.is_dir():
        raise errors.NotAFileError(f"{path} is a folder, not a journal file.")
    if not path.exists():
        raise errors.VaultMissingError(f"There is no journal file at {path}.")


def refuse_existing(path: Path) -> None:
    """Stop before asking for a passphrase when a new journal can't be created at `path`."""
    if path.exists() or path.is_symlink():
        raise errors.VaultExistsError()
    if not path.parent.is_dir():
        raise errors.VaultMissingError("The folder for the new journal doesn't exist.")
