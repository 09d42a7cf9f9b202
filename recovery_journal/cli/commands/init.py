"""`recovery-journal init [PATH]`: create a new, empty journal."""

from __future__ import annotations

import argparse

from recovery_journal.cli.base import (
    Command,
    Context,
    add_vault_argument,
    refuse_existing,
    vault_path,
)
from recovery_journal.cli.errors import EXIT_OK
from recovery_journal.cli.i18n import N_, _


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser, optional=True)


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.files import make_private_folder
    from recovery_journal.storage.vault import Vault

    path = vault_path(args)
    if args.path is None:
        # The usual place may not exist yet on a first run; only that folder is ever made.
        make_private_folder(path.parent)
    refuse_existing(path)
    passphrase = ctx.passphrases.new()
    Vault.create(path, passphrase, kdf_iter=ctx.kdf_iter).close()
    print(_("Created a new, empty journal at {path}.").format(path=path), file=ctx.out)
    return EXIT_OK


COMMAND = Command(
    name="init",
    summary=N_("create a new, empty journal"),
    description=N_(
        "Create a new, empty journal protected by a passphrase. It starts with the usual "
        "measures (mood, hope) and life areas, and nothing personal. An existing file is never "
        "replaced."
    ),
    add_arguments=_add_arguments,
    run=_run,
)
