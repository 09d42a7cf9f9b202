"""Where the safety plan's steps 4 and 5 find choices, and where hidden tips are remembered.

Step 4 offers the person's own People, never those marked "don't contact"; step 5 their own
numbers and the helplines for their region. Choosing only adds a line of text: nothing is sent
or dialled.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from recovery_journal.storage.errors import VaultError

if TYPE_CHECKING:
    from recovery_journal.model import BundledHelplines
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.ui.plan.safety_plan import SafetyPlanEditor

HIDDEN_TIPS = "safety_plan_tips_hidden"


def _line(name: str, contact: str) -> str:
    return f"{name}: {contact}" if contact.strip() else name


def people_choices(repos: Repositories) -> list[str]:
    """The person's People who may be contacted, with a phone or email when there is one."""
    return [_line(p.name, p.phone or p.email) for p in repos.supporters.list()
            if not p.do_not_contact]


def number_choices(repos: Repositories, bundled: BundledHelplines | None) -> list[str]:
    """The person's own numbers first, then the region's helplines."""
    own = [_line(line.name, line.contact) for line in repos.helplines.list()]
    region = [_line(line.name, line.contact) for line in bundled.lines] if bundled else []
    return own + region


def hidden_tips(repos: Repositories) -> set[int]:
    """The steps whose tips the person hid."""
    text = repos.settings.get(HIDDEN_TIPS)
    return {int(part) for part in str(text).split(",") if part.isdigit()}


def connect_safety_plan(
    editor: SafetyPlanEditor, repos: Repositories,
    region_help: Callable[[], BundledHelplines | None],
) -> None:
    """Give the editor its choices and remember hidden tips in the vault."""
    def choices(index: int) -> list[str]:
        try:
            if index == 4:
                return people_choices(repos)
            if index == 5:
                return number_choices(repos, region_help())
        except VaultError:
            pass
        return []

    def hide(index: int) -> None:
        try:
            hidden = hidden_tips(repos) | {index}
            repos.settings.set(HIDDEN_TIPS, ",".join(str(i) for i in sorted(hidden)))
        except VaultError:
            pass  # the tip stays hidden on screen; it may come back next time

    editor.set_choices(choices)
    editor.tip_hidden.connect(hide)
    with contextlib.suppress(VaultError):
        editor.set_hidden_tips(hidden_tips(repos))
