"""`python -m recovery_journal`: the same as the `recovery-journal` command."""

from recovery_journal.cli import main

raise SystemExit(main())
