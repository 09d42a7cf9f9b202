"""Life domains against real vaults: defaults, unique names, hiding and order."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.life_domains import LifeDomains
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

DEFAULTS = [
    "Work & meaningful activity", "Learning", "Relationships & family", "Friends & social life",
    "Community", "Spirituality & faith", "Culture & identity", "Physical health",
    "Emotional wellbeing", "Home & money",
]


@pytest.fixture
def domains(vault: Vault) -> LifeDomains:
    return LifeDomains(vault)


def names(domains: LifeDomains, include_archived: bool = False) -> list[str]:
    return [d.name for d in domains.list(include_archived)]


def test_a_new_vault_has_the_default_domains_in_order(domains: LifeDomains) -> None:
    listed = domains.list()
    assert [d.name for d in listed] == DEFAULTS
    assert [d.position for d in listed] == list(range(10))
    assert not any(d.archived for d in listed)


def test_add_round_trips_and_goes_last(domains: LifeDomains) -> None:
    made = domains.add("  Creativity   & art ")
    assert made == domains.get(made.id)
    assert (made.name, made.position, made.archived) == ("Creativity & art", 10, False)
    assert names(domains)[-1] == "Creativity & art"


@pytest.mark.parametrize("name", ["learning", "LEARNING", " Learning  ", "home &  money"])
def test_names_are_unique_ignoring_case_and_spaces(domains: LifeDomains, name: str) -> None:
    with pytest.raises(ValueError, match="already"):
        domains.add(name)
    assert names(domains) == DEFAULTS


def test_non_ascii_names_are_unique_ignoring_case(domains: LifeDomains) -> None:
    domains.add("Ärzte & Gesundheit")
    with pytest.raises(ValueError, match="already"):
        domains.add("ärzte & gesundheit")


def test_an_empty_name_is_refused(domains: LifeDomains) -> None:
    with pytest.raises(ValueError, match="name"):
        domains.add(" \t ")
    first = domains.list()[0]
    with pytest.raises(ValueError, match="name"):
        domains.rename(first.id, "")
    assert domains.get(first.id) == first


def test_rename(domains: LifeDomains) -> None:
    work = domains.list()[0]
    renamed = domains.rename(work.id, "Work, volunteering & purpose")
    assert renamed == domains.get(work.id)
    assert (renamed.name, renamed.position) == ("Work, volunteering & purpose", 0)
    # Changing only the case of its own name is fine.
    assert domains.rename(work.id, "WORK, volunteering & purpose").name.startswith("WORK")


def test_rename_onto_another_name_is_refused(domains: LifeDomains) -> None:
    work = domains.list()[0]
    with pytest.raises(ValueError, match="already"):
        domains.rename(work.id, "community")
    assert domains.get(work.id) == work


def test_archive_hides_and_shows_again(domains: LifeDomains) -> None:
    learning = domains.list()[1]
    assert domains.set_archived(learning.id, True).archived
    assert "Learning" not in names(domains)
    assert names(domains, include_archived=True) == DEFAULTS
    assert not domains.set_archived(learning.id, False).archived
    assert names(domains) == DEFAULTS


def test_move_renumbers_every_position(domains: LifeDomains) -> None:
    home = domains.list()[-1]
    domains.move(home.id, 0)
    assert names(domains) == [DEFAULTS[-1], *DEFAULTS[:-1]]
    domains.move(home.id, 4)
    assert names(domains) == [*DEFAULTS[:4], DEFAULTS[-1], *DEFAULTS[4:-1]]
    domains.move(home.id, 500)
    assert names(domains) == DEFAULTS
    domains.move(home.id, -1)
    assert names(domains)[0] == DEFAULTS[-1]
    assert [d.position for d in domains.list()] == list(range(10))


def test_missing_ids(domains: LifeDomains) -> None:
    for call in (
        lambda: domains.get(404),
        lambda: domains.rename(404, "x"),
        lambda: domains.set_archived(404, True),
        lambda: domains.move(404, 0),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_odd_names_round_trip(domains: LifeDomains) -> None:
    for name in ("الأسرة 👨‍👩‍👧", "\u202eFaith\u202c", "nul\x00inside"):
        assert domains.get(domains.add(name).id).name == name


def test_changes_survive_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    domains = LifeDomains(vault)
    made = domains.add("Music")
    domains.move(made.id, 2)
    domains.rename(domains.list()[0].id, "Work")
    domains.set_archived(domains.list()[1].id, True)
    before = domains.list(include_archived=True)
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert LifeDomains(reopened).list(include_archived=True) == before
