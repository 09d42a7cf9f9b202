"""`recovery-journal export [PATH] --format json|csv --out FILE`: take everything out."""

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


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser, optional=True)
    parser.add_argument(
        "--format", choices=("json", "csv"), default="json",
        help=_("json: one file holding everything; csv: a zip with one CSV file per kind "
               "of record (default: %(default)s)"),
    )
    parser.add_argument("--out", metavar="FILE", type=Path, required=True,
                        help=_("the file to write (an existing file is replaced)"))


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.portability.export import NOT_ENCRYPTED, write_csv_zip, write_json
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault

    path = vault_path(args)
    out: Path = args.out
    refuse_unless_file(path)
    check_output(out, path)
    with Vault.open(path, ctx.passphrases.current(), kdf_iter=ctx.kdf_iter,
                    read_only=not writable(path)) as vault:
        repos = Repositories.from_vault(vault)
        try:
            if args.format == "csv":
                write_csv_zip(repos, out)
            else:
                write_json(repos, out)
        except OSError as exc:
            raise output_failed(out, exc) from None
    print(_("Exported everything to {path}.").format(path=out), file=ctx.out)
    print(_(NOT_ENCRYPTED), file=ctx.out)
    return EXIT_OK


COMMAND = Command(
    name="export",
    summary=N_("write everything in a journal to a JSON file or a zip of CSV files"),
    description=N_(
        "Write everything in a journal (check-ins, journal entries, strengths, goals, the "
        "wellness plan, supporters, helplines, settings) to an open format: one JSON file "
        "described in docs/export-format.md, or a zip with one CSV file per kind of record. "
        "The file is written whole or not at all and only you can read it (mode 0600), but "
        "it is NOT encrypted: anyone who gets the file can read it."
    ),
    add_arguments=_add_arguments,
    run=_run,
)
