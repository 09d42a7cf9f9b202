"""The subcommands, in the order `--help` lists them.

To add one (export, import, backup, ...): write `cli/commands/<name>.py` with a `COMMAND`, and
list it here.
"""

from __future__ import annotations

from recovery_journal.cli.base import Command
from recovery_journal.cli.commands import (
    backup,
    chart,
    check,
    demo,
    export,
    import_,
    init,
    passwd,
    report,
    restore,
)


def all_commands() -> tuple[Command, ...]:
    """Every subcommand the command line offers."""
    return (
        init.COMMAND, check.COMMAND, passwd.COMMAND, demo.COMMAND, backup.COMMAND,
        restore.COMMAND, export.COMMAND, import_.COMMAND, chart.COMMAND, report.COMMAND,
    )
