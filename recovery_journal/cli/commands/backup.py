"""`recovery-journal backup [PATH] --out FILE`: write a verified encrypted copy of a journal."""

from __future__ import annotations

import argparse
from pathlib import Path

from recovery_journal.cli.base import (
    Command,
    Context,
    add_vault_argument,
    check_output,
    output_failed,
    refuse_unless_file,
    vault_path,
    writable,
)
from recovery_journal.cli.errors import EXIT_OK
from recovery_journal.cli.i18n import N_, _
from recovery_journal.storage import errors


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser, optional=True)
    parser.add_argument(
        "--out", metavar="FILE", type=Path, required=True,
        help=_("where to write the backup (a new file; it keeps the journal's passphrase)"),
    )


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.storage.backups import back_up
    from recovery_journal.storage.vault import Vault

    path = vault_path(args)
    out: Path = args.out
    refuse_unless_file(path)
    check_output(out, path)
    # Never replace an existing file from the command line.
    if out.exists() or out.is_symlink():
        raise errors.VaultExistsError(
            _("A file already exists at --out, so no backup was written."),
            hint=_("Choose a new file name; the existing file was left as it is."),
        )
    with Vault.open(path, ctx.passphrases.current(), kdf_iter=ctx.kdf_iter,
                    read_only=not writable(path)) as vault:
        try:
            back_up(vault, out)
        except (errors.DiskFullError, errors.PermissionDeniedError) as exc:
            raise output_failed(out, exc) from None
    print(
        _("Backup written and checked. It opens with the journal's current passphrase."),
        file=ctx.out,
    )
    return EXIT_OK


COMMAND = Command(
    name="backup",
    summary=N_("write a verified encrypted backup of a journal"),
    description=N_(
        "Write an encrypted copy of a journal to a new file. The copy is written under a "
        "temporary name, checked (both integrity checks and the number of rows in every "
        "table), synced to disk and only then given its name. It opens with the same "
        "passphrase as the journal."
    ),
    add_arguments=_add_arguments,
    run=_run,
)
