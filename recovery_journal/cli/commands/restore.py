"""`recovery-journal restore [PATH] --from FILE`: put a backup in place of a journal."""

from __future__ import annotations

import argparse
from pathlib import Path

from recovery_journal.cli.base import Command, Context, add_vault_argument, vault_path
from recovery_journal.cli.errors import EXIT_OK
from recovery_journal.cli.i18n import N_, _
from recovery_journal.storage import errors


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser, optional=True)
    parser.add_argument(
        "--from", dest="backup", metavar="FILE", type=Path, required=True,
        help=_("the backup to restore"),
    )


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.storage.backups import restore

    path = vault_path(args)
    if not args.backup.exists():
        raise errors.VaultMissingError(
            _("There is no backup file at {path}.").format(path=args.backup),
            hint=_("Nothing was changed."))
    done = restore(path, args.backup, ctx.passphrases.current(N_("Backup passphrase: ")),
                   kdf_iter=ctx.kdf_iter)
    print(_("The backup was checked and restored."), file=ctx.out)
    if done.kept is not None:
        print(_("Your previous journal was kept, whole, at: {path}").format(path=done.kept),
              file=ctx.out)
    for note in done.notes():
        print(note, file=ctx.out)
    return EXIT_OK


COMMAND = Command(
    name="restore",
    summary=N_("restore a journal from a backup"),
    description=N_(
        "Check a backup first (its passphrase, both integrity checks), then put it in place of "
        "the journal. The journal that was there is kept with the date and time in its name, "
        "never deleted, with every save it held. If PATH is a link, the link stays and the "
        "file it points to is replaced. You are told if the backup came from another journal. "
        "If the backup doesn't check out, nothing is changed. The passphrase "
        "asked for is the one the journal had when the backup was made."
    ),
    add_arguments=_add_arguments,
    run=_run,
)
