"""Built-in life areas are named in the person's language; any other name stays as typed."""

from __future__ import annotations

from recovery_journal.insights.language import English
from recovery_journal.insights.life_areas import BUILT_IN_AREAS, life_area_name
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault


class Shouting(English):
    """A stand-in language whose every translation is in capitals."""

    def translate(self, context: str, source: str, *args: object, n: int | None = None) -> str:
        return super().translate(context, source, *args, n=n).upper()


def test_only_the_built_in_english_names_are_translated(vault: Vault) -> None:
    stored = {d.name for d in Repositories.from_vault(vault).life_domains.list()}
    assert stored == BUILT_IN_AREAS  # exactly what migration 0001 stores
    assert life_area_name("Home & money", Shouting()) == "HOME & MONEY"
    assert life_area_name("Home & money") == "Home & money"  # English by default
    for typed in ("Home and money", "learning", "My allotment", ""):
        assert life_area_name(typed, Shouting()) == typed
