"""`recovery-journal check [PATH]`: run both integrity checks on a journal."""

from __future__ import annotations

import argparse

from recovery_journal.cli.base import (
    Command,
    Context,
    add_vault_argument,
    refuse_unless_file,
    vault_path,
    writable,
)
from recovery_journal.cli.errors import EXIT_OK
from recovery_journal.cli.i18n import N_, _
from recovery_journal.storage import errors


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser, optional=True)


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.storage.vault import Vault

    path = vault_path(args)
    refuse_unless_file(path)
    with Vault.open(path, ctx.passphrases.current(), kdf_iter=ctx.kdf_iter,
                    read_only=not writable(path)) as vault:
        report = vault.check_integrity()
    if not report.ok:
        raise errors.DamagedVaultError()
    print(_("Both integrity checks passed: this journal is sound."), file=ctx.out)
    return EXIT_OK


COMMAND = Command(
    name="check",
    summary=N_("check a journal's integrity"),
    description=N_(
        "Unlock a journal and run both integrity checks (SQLCipher's page check and SQLite's "
        "structure check). Nothing is changed unless the journal needs an update to this "
        "version, which is made after a verified backup."
    ),
    add_arguments=_add_arguments,
    run=_run,
)
