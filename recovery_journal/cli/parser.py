"""The argument parser: subcommands, the passphrase rule and the exit code table in `--help`."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from recovery_journal import __version__
from recovery_journal.cli.base import Command
from recovery_journal.cli.errors import UsageError, exit_code_table
from recovery_journal.cli.i18n import LANGUAGES, N_, _
from recovery_journal.cli.passphrase import STDIN_RULE
from recovery_journal.paths import default_vault_path

DESCRIPTION = N_(
    "Recovery Journal: a private, offline-first wellness journal. With no command, the "
    "desktop app opens your journal."
)

# argparse's own words, which it looks up through its module's `_` (gettext's, and Python
# ships no Welsh or Spanish for them); marked here so the generator files them under "cli".
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"), N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"), N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"), N_("expected one argument"),
    N_("not allowed with argument %s"), N_("ignored explicit argument %r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """While building and using a parser, argparse's own words come from our table too."""
    module = vars(argparse)
    before = module["_"]
    module["_"] = _
    try:
        yield
    finally:
        module["_"] = before


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports mistakes as an exception, so main prints one sentence."""

    def error(self, message: str) -> NoReturn:
        # A subcommand's parser has prog "recovery-journal chart": point to its own --help.
        # `message` is argparse's, in the chosen language inside `argparse_in_language`.
        raise UsageError(_("{problem}. See '{command} --help'.").format(
            problem=f"{message[:1].upper()}{message[1:]}", command=self.prog))


WIDTH = 78


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, width=WIDTH, initial_indent=indent, subsequent_indent=indent)


def _epilog() -> str:
    return (
        f"{_('Your usual journal:')}\n  {default_vault_path()}\n\n"
        f"{_('Passphrases:')}\n{_wrap(_(STDIN_RULE), '  ')}\n\n"
        f"{_('Exit codes:')}\n{exit_code_table(WIDTH)}"
    )


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


def build_parser(commands: tuple[Command, ...]) -> argparse.ArgumentParser:
    """The full parser; each subcommand's `run` ends up in `args.run`."""
    parser = _Parser(
        prog="recovery-journal",
        description=_wrap(_(DESCRIPTION)),
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_("show the version number, then stop"))
    parser.add_argument(
        "--vault", metavar="PATH", type=Path, default=None,
        help=_("the journal the desktop app opens (default: your usual journal)"),
    )
    # Read before the parser is built (cli/i18n.py); here so --help lists it and it is allowed.
    parser.add_argument(
        "--language", metavar="CODE", choices=LANGUAGES, default=None,
        help=_("the language of these messages: en, cy (Cymraeg) or es (Español); "
               "default: your system's"),
    )
    menu = parser.add_mutually_exclusive_group()
    menu.add_argument(
        "--install-desktop-entry", action="store_true",
        help=_("add Recovery Journal to your desktop's app menu, for you only (under "
               "$XDG_DATA_HOME, usually ~/.local/share), then stop"),
    )
    menu.add_argument(
        "--uninstall-desktop-entry", action="store_true",
        help=_("take Recovery Journal out of your app menu again, then stop"),
    )
    # Only for tests: a vault made with a low cost can only be opened with the same cost.
    parser.add_argument("--kdf-iter", type=_positive_int, default=None, help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(
        title=_("commands"), dest="command", metavar="COMMAND", parser_class=_Parser
    )
    for command in commands:
        sub = subparsers.add_parser(
            command.name,
            help=_(command.summary),
            description=_(command.description).format_map(command.values),
            epilog=_("Passphrases: {rule}").format(rule=_(STDIN_RULE)),
        )
        command.add_arguments(sub)
        sub.set_defaults(run=command.run)
    return parser
