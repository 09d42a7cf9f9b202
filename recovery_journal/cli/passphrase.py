"""Reading passphrases: from the terminal without echo, or one per line from standard input."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import TextIO

from recovery_journal.cli.errors import PassphraseMismatchError
from recovery_journal.cli.i18n import N_, _
from recovery_journal.storage import errors

STDIN_RULE = N_(
    "On a terminal, passphrases are asked without showing what you type, and a new one is "
    "asked twice. When standard input is not a terminal, the passphrase is read from its first "
    "line (for passwd: the current passphrase on line 1, the new one on line 2). Only the line "
    "ending (\\n or \\r\\n) is removed; every other space is part of the passphrase."
)


def _ask_terminal(prompt: str) -> str:
    # getpass talks to the controlling terminal itself, so the prompt never reaches stdout.
    return getpass.getpass(prompt)


def strip_line_ending(line: str) -> str:
    """Remove one trailing \\n or \\r\\n, nothing else."""
    if line.endswith("\r\n"):
        return line[:-2]
    if line.endswith("\n"):
        return line[:-1]
    return line


class PassphraseReader:
    """Hands out passphrases in the order a command needs them."""

    def __init__(
        self, stdin: TextIO | None, *, ask: Callable[[str], str] = _ask_terminal
    ) -> None:
        self._stdin = stdin
        self._ask = ask
        self._line = 0

    @property
    def interactive(self) -> bool:
        """True when a person is typing at a terminal."""
        try:
            return self._stdin is not None and self._stdin.isatty()
        except ValueError:  # a closed stream
            return False

    def current(self, prompt: str = N_("Passphrase: ")) -> str:
        """The passphrase of an existing journal (asked once)."""
        if not self.interactive:
            return self._next_line()
        return self._ask_once(prompt)

    def new(self, prompt: str = N_("New passphrase: ")) -> str:
        """A passphrase for a new journal or a change; on a terminal it is typed twice."""
        if not self.interactive:
            return self._next_line()
        first = self._ask_once(prompt)
        if not first:
            raise errors.EmptyPassphraseError()
        if self._ask_once(N_("Type it again: ")) != first:
            raise PassphraseMismatchError()
        return first

    def _ask_once(self, prompt: str) -> str:
        try:
            return self._ask(_(prompt))
        except EOFError:
            raise errors.EmptyPassphraseError(_("No passphrase was typed.")) from None

    def _next_line(self) -> str:
        self._line += 1
        raw = self._read_line()
        if not raw:
            raise errors.EmptyPassphraseError(
                _("No passphrase was found on line {number} of standard input.").format(
                    number=self._line)
            )
        return strip_line_ending(raw)

    def _read_line(self) -> str:
        if self._stdin is None:
            return ""
        buffer = getattr(self._stdin, "buffer", None)
        if buffer is None:
            return self._stdin.readline()
        # Read bytes and decode as UTF-8 ourselves, so a piped passphrase with accents or emoji
        # gives the same key whatever the terminal's locale says.
        try:
            return bytes(buffer.readline()).decode("utf-8")
        except UnicodeDecodeError:
            raise errors.UnusablePassphraseError(
                _("The passphrase on standard input isn't UTF-8 text.")
            ) from None
