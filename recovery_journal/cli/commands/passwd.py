"""`recovery-journal passwd [PATH]`: change a journal's passphrase."""

from __future__ import annotations

import argparse

from recovery_journal.cli.base import (
    Command,
    Context,
    add_vault_argument,
    refuse_unless_file,
    vault_path,
)
from recovery_journal.cli.errors import EXIT_OK
from recovery_journal.cli.i18n import N_, _


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser, optional=True)


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.storage.passphrase import change_passphrase
    from recovery_journal.storage.vault import Vault

    path = vault_path(args)
    refuse_unless_file(path)
    current = ctx.passphrases.current(N_("Current passphrase: "))
    with Vault.open(path, current, kdf_iter=ctx.kdf_iter) as vault:
        # Asked only once the current one has proved right, so a typo costs one prompt.
        result = change_passphrase(vault, current, ctx.passphrases.new(N_("New passphrase: ")))
    print(_("Passphrase changed. Use the new one from now on."), file=ctx.out)
    if result.changed:
        print(_("Backups changed with it: {count}.").format(count=len(result.changed)),
              file=ctx.out)
    for copy in result.left:
        print(_("Left as it was, still under the passphrase it had before: {path}").format(
            path=copy), file=ctx.out)
    return EXIT_OK


COMMAND = Command(
    name="passwd",
    summary=N_("change a journal's passphrase"),
    description=N_(
        "Change the passphrase of a journal. The journal is re-encrypted and reopened with the "
        "new passphrase to prove the change, then each automatic backup and each copy kept "
        "beside it is re-encrypted too; any copy that can't be is named and left as it was. If "
        "the computer stops during the change, one of the two passphrases still opens the "
        "journal and each copy: try the previous one too."
    ),
    add_arguments=_add_arguments,
    run=_run,
)
