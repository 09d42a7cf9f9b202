"""The command line's own errors and its exit code table.

Vault errors carry their own exit codes (storage/errors.py); the table in `--help` is built from
those classes, so it can't drift from what the command really returns.
"""

from __future__ import annotations

import textwrap
from typing import TypeVar

from recovery_journal.cli.i18n import N_, _
from recovery_journal.storage.errors import VaultError

E = TypeVar("E", bound=Exception)

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

UNEXPECTED_MESSAGE = N_(
    "Something unexpected went wrong, so the command stopped. Your journal file was left as "
    "the last finished step saved it."
)
INTERRUPTED_MESSAGE = N_("Stopped at your request.")


class CommandError(Exception):
    """An error of the command line itself, with one plain sentence and an exit code."""

    exit_code = EXIT_UNEXPECTED
    message = UNEXPECTED_MESSAGE

    def __init__(self, message: str | None = None) -> None:
        self.message = message or type(self).message
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class UsageError(CommandError):
    exit_code = EXIT_USAGE
    message = N_("The command wasn't understood. See 'recovery-journal --help'.")


class PassphraseMismatchError(CommandError):
    exit_code = 3
    message = N_("The two passphrases you typed are different, so nothing was changed.")


class OutputError(CommandError):
    """The file named by --out couldn't be written or mustn't be; the message names it."""

    exit_code = 5
    message = N_("The file named by --out couldn't be written, so nothing was written there.")


def _all_subclasses(cls: type[E]) -> list[type[E]]:
    found: list[type[E]] = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_all_subclasses(sub))
    return found


def exit_codes() -> list[tuple[int, str]]:
    """Every exit code with what it means, in order; one row per distinct message."""
    rows: list[tuple[int, str]] = [
        (EXIT_OK, N_("Done.")),
        (EXIT_UNEXPECTED, N_("Something unexpected went wrong (the message says no more).")),
        (EXIT_USAGE, N_("The command line wasn't understood.")),
        (EXIT_INTERRUPTED, N_("Stopped with Ctrl+C.")),
    ]
    # Commands define their own errors (import's "couldn't be imported"); they join the table
    # once their modules are loaded, which building the parser does.
    for command_error in _all_subclasses(CommandError):
        if command_error is not UsageError:
            rows.append((command_error.exit_code, command_error.message))
    classes: list[type[VaultError]] = [VaultError, *_all_subclasses(VaultError)]
    for cls in classes:
        rows.append((cls.exit_code, cls.message))
    unique = dict.fromkeys(rows)  # keeps order, drops repeats
    return sorted(unique, key=lambda row: row[0])


def exit_code_table(width: int = 78) -> str:
    """The exit codes as indented text for `--help`."""
    lines: list[str] = []
    for code, meaning in exit_codes():
        lines.append(
            textwrap.fill(_(meaning), width=width, initial_indent=f"  {code:>3}  ",
                          subsequent_indent=" " * 7)
        )
    return "\n".join(lines)
