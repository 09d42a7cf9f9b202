"""What every subcommand gets: its description, its context, and shared path handling.

A subcommand is one module in `cli/commands/` exposing a `COMMAND`; it imports the vault and
anything heavy inside `run`, so starting the desktop window never pays for it.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from recovery_journal.cli.i18n import _
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
    """One subcommand: `summary` is its line in `--help`, `run` returns the exit code; `values`
    fill `description`'s `{names}` once it is translated (so it stays one literal)."""

    name: str
    summary: str
    description: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Context], int]
    values: Mapping[str, str] = field(default_factory=dict)


def add_vault_argument(parser: argparse.ArgumentParser, *, optional: bool) -> None:
    """Add the PATH positional; an optional one falls back to the default journal."""
    if optional:
        parser.add_argument(
            "path", metavar="PATH", nargs="?", type=Path, default=None,
            help=_("the journal file (default: your usual journal, shown below)"),
        )
    else:
        parser.add_argument("path", metavar="PATH", type=Path, help=_("the journal file"))


def vault_path(args: argparse.Namespace) -> Path:
    """The PATH given, or the default journal when none was."""
    path: Path | None = args.path
    return path if path is not None else default_vault_path()


def refuse_unless_file(path: Path) -> None:
    """Stop before asking for a passphrase when there is plainly no journal to open.

    The vault checks again (and more) when it opens; this only spares a pointless prompt.
    """
    if path.is_dir():
        raise errors.NotAFileError(_("{path} is a folder, not a journal file.").format(path=path))
    if not path.exists():
        raise errors.VaultMissingError(_("There is no journal file at {path}.").format(path=path))


def writable(path: Path) -> bool:
    """Whether the journal and its folder may be written; if not, it is opened read-only."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def refuse_existing(path: Path) -> None:
    """Stop before asking for a passphrase when a new journal can't be created at `path`."""
    if path.exists() or path.is_symlink():
        raise errors.VaultExistsError()
    if not path.parent.is_dir():
        raise errors.VaultMissingError(_("The folder for the new journal doesn't exist."))


def check_output(out: Path, journal: Path | None = None) -> None:
    """Refuse an --out that can't be meant, before a passphrase is asked, and remove what a
    killed command of ours left beside it (plaintext first)."""
    from recovery_journal import files
    from recovery_journal.cli.errors import OutputError

    if journal is not None and files.is_side_file_of(out, journal):
        raise OutputError(_(
            "--out names {path}, which is the journal itself or one of its own side files "
            "(-wal, -shm, -journal); nothing was written.").format(path=out))
    why = files.refuse_special_output(out)
    if why is not None:
        # `why` comes from files.py in English; the sentence around it is translated.
        raise OutputError(_("--out names {path}, but {why}; nothing was written.").format(
            path=out, why=why))
    if not out.parent.is_dir():
        raise OutputError(_("The folder for --out ({folder}) doesn't exist; nothing was "
                            "written.").format(folder=out.parent))
    files.remove_stale_temporaries(out.parent)


def output_failed(out: Path, exc: BaseException) -> Exception:
    """The error for an --out that couldn't be written, naming it and, when known, why."""
    import errno

    from recovery_journal.cli.errors import OutputError

    number = getattr(exc, "errno", None)
    if number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or \
            isinstance(exc, errors.DiskFullError):
        why = _("the disk is full")
    elif isinstance(exc, PermissionError | errors.PermissionDeniedError):
        why = _("this computer account may not write there")
    else:
        why = _("the disk or folder refused it")
    return OutputError(_("{path} couldn't be written: {why}. Nothing was left there; any "
                         "earlier file at that place was kept as it was.").format(
                             path=out, why=why))
