"""The `recovery-journal` command: the desktop app by default, plus init, check, passwd, demo.

Every failure ends in one plain sentence on stderr and a documented exit code, never a
traceback: a traceback could show a path or a fragment of someone's journal.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from recovery_journal.cli.base import Context
from recovery_journal.cli.commands import all_commands
from recovery_journal.cli.errors import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_UNEXPECTED,
    INTERRUPTED_MESSAGE,
    UNEXPECTED_MESSAGE,
    CommandError,
    UsageError,
)
from recovery_journal.cli.i18n import _, language_from, use_language
from recovery_journal.cli.parser import argparse_in_language, build_parser
from recovery_journal.cli.passphrase import PassphraseReader
from recovery_journal.hardening import forbid_core_dumps
from recovery_journal.heaps import share_one_heap
from recovery_journal.storage.errors import VaultError

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line with `argv` (default: the process arguments); return the exit code."""
    forbid_core_dumps()  # before any passphrase is read or any journal text loaded
    share_one_heap()  # before any thread starts
    # Before the parser is built: its help texts are translated as they are added.
    use_language(language_from(sys.argv[1:] if argv is None else argv, os.environ))
    try:
        return _dispatch(argv)
    except VaultError as exc:
        # Two sentences, each translated on its own (the hint may be empty).
        return _fail(" ".join(_(part) for part in (exc.message, exc.hint) if part), exc.exit_code)
    except CommandError as exc:
        return _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return _fail(INTERRUPTED_MESSAGE, EXIT_INTERRUPTED)
    except SystemExit as exc:  # --help and --version end here, with code 0
        return exc.code if isinstance(exc.code, int) else EXIT_UNEXPECTED
    except Exception:
        return _fail(UNEXPECTED_MESSAGE, EXIT_UNEXPECTED)


def _dispatch(argv: list[str] | None) -> int:
    with argparse_in_language():  # --help and usage mistakes end inside, as SystemExit
        args = build_parser(all_commands()).parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        if args.command is not None:
            raise UsageError(_("--install-desktop-entry and --uninstall-desktop-entry go "
                               "without a command. See 'recovery-journal --help'."))
        return _desktop_entry(install=args.install_desktop_entry)
    if args.command is None:
        return _open_app(args.vault)
    ctx = Context(
        passphrases=PassphraseReader(sys.stdin),
        out=sys.stdout,
        kdf_iter=args.kdf_iter,
        today=date.today(),
    )
    code: int = args.run(args, ctx)
    return code


def _desktop_entry(*, install: bool) -> int:
    from recovery_journal import desktop

    base = desktop.data_home()
    try:
        if install:
            desktop.install(base)
            print(_("Recovery Journal is now in your app menu (its files are under {folder})."
                    ).format(folder=base))
        elif desktop.uninstall(base):
            print(_("Recovery Journal was taken out of your app menu."))
        else:
            print(_("Recovery Journal wasn't in your app menu, so nothing was removed."))
    except OSError:
        raise CommandError(_("The app menu entry couldn't be changed under {folder} (the "
                             "folder may be read-only or the disk full).").format(folder=base)
                           ) from None
    return EXIT_OK


def _open_app(vault_path: Path | None) -> int:
    # Imported here: the commands above must work without Qt, and the window starts faster.
    from recovery_journal.ui.app import run_app

    code: int = run_app(vault_path)
    return code


def _fail(message: str, code: int) -> int:
    # A message kept in a constant (an error class's own) is translated here, as it is shown.
    print(_(message), file=sys.stderr)
    return code
