"""`recovery-journal demo PATH`: create a journal filled with an invented year."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from recovery_journal.cli.base import Command, Context, refuse_existing
from recovery_journal.cli.errors import EXIT_OK
from recovery_journal.cli.i18n import N_, _


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", type=Path, help=_("the new journal file"))
    parser.add_argument(
        "--seed", type=int, default=7, metavar="N",
        help=_("another number gives another invented year (default: %(default)s)"),
    )


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.demo import fill_demo
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault

    path: Path = args.path
    refuse_existing(path)
    passphrase = ctx.passphrases.new()
    vault = Vault.create(path, passphrase, kdf_iter=ctx.kdf_iter)
    try:
        fill_demo(Repositories.from_vault(vault), end=ctx.today, seed=args.seed)
    except BaseException:
        # A half-filled demo is worth nothing; the file is ours, made a moment ago.
        vault.close()
        _remove_vault_files(path)
        raise
    vault.close()
    print(_("Created a demo journal with a year of invented entries at {path}.").format(
        path=path), file=ctx.out)
    return EXIT_OK


def _remove_vault_files(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


COMMAND = Command(
    name="demo",
    summary=N_("create a journal filled with an invented year, to try the app"),
    description=N_(
        "Create a new journal at PATH filled with a year of invented check-ins, journal "
        "entries, strengths, goals, a wellness plan and supporters, ending today. Everything "
        "in it is made up; it is meant for trying the app and its charts."
    ),
    add_arguments=_add_arguments,
    run=_run,
)
