"""Tags against real vaults: unique names, kinds, domains, hiding, usage and completion."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from recovery_journal.model import Tag, TagKind
from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.life_domains import LifeDomains
from recovery_journal.storage.strengths import Strengths
from recovery_journal.storage.tags import Tags
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

NOON = datetime(2026, 2, 1, 12, tzinfo=UTC)


@pytest.fixture
def tags(vault: Vault) -> Tags:
    return Tags(vault)


def names(found: list[Tag]) -> list[str]:
    return [t.name for t in found]


def test_add_round_trips(tags: Tags, vault: Vault) -> None:
    family = LifeDomains(vault).list()[2]
    made = tags.add("  Mum  ", TagKind.PERSON, family.id)
    assert made == tags.get(made.id) == tags.by_name("mum")
    assert (made.name, made.kind, made.life_domain_id, made.archived) == (
        "Mum", TagKind.PERSON, family.id, False,
    )
    plain = tags.add("walk")
    assert (plain.kind, plain.life_domain_id) == (TagKind.ACTIVITY, None)


def test_kind_may_be_given_as_text_but_must_be_known(tags: Tags) -> None:
    assert tags.add("park", TagKind("place")).kind is TagKind.PLACE
    with pytest.raises(ValueError):
        tags.add("x", "colour")  # type: ignore[arg-type]
    assert tags.by_name("x") is None


def test_list_is_by_name_ignoring_case(tags: Tags) -> None:
    for name in ("walk", "Art", "baking", "Zoo"):
        tags.add(name)
    assert names(tags.list()) == ["Art", "baking", "walk", "Zoo"]


@pytest.mark.parametrize("clash", ["walk", "WALK", "  Walk ", "wALk"])
def test_names_are_unique_ignoring_case(tags: Tags, clash: str) -> None:
    tags.add("Walk")
    with pytest.raises(ValueError, match="already"):
        tags.add(clash)
    assert names(tags.list()) == ["Walk"]


def test_non_ascii_names_are_unique_ignoring_case(tags: Tags) -> None:
    made = tags.add("Ärger")
    with pytest.raises(ValueError, match="already"):
        tags.add("ärger")
    assert tags.by_name("ÄRGER") == made
    assert tags.by_name("ärger") == made


def test_typed_tags_reuse_a_tag_equal_under_casefold(tags: Tags, vault: Vault) -> None:
    checkins, journal = CheckIns(vault), Journal(vault)
    first = checkins.add(recorded_at=NOON, tags=["ärger"])
    second = checkins.add(recorded_at=NOON, tags=["Ärger", "STRASSE", "straße"])
    entry = journal.add(written_at=NOON, tags=["ÄRGER"])
    assert sorted(names(tags.list())) == ["STRASSE", "ärger"]
    assert (first.tags, entry.tags) == (("ärger",), ("ärger",))
    assert sorted(second.tags) == ["STRASSE", "ärger"]
    assert journal.list(tag="  ÄrGeR ") == [entry]
    assert journal.count(tag="strasse") == 0
    found = tags.by_name("ÄRGER")
    assert found is not None and found.name == "ärger"


def test_a_pair_made_before_casefold_matching_keeps_working(tags: Tags, vault: Vault) -> None:
    # Older vaults may hold two tags that differ only in non-ASCII case: the first is reused.
    with vault.write() as w:
        w.execute("INSERT INTO tag (name) VALUES ('ärger')")
        w.execute("INSERT INTO tag (name) VALUES ('Ärger')")
    older = [t.id for t in tags.list()]
    entry = Journal(vault).add(written_at=NOON, tags=["ÄRGER"])
    assert entry.tags == ("ärger",)
    assert Journal(vault).list(tag="ärger") == [entry]
    assert [t.id for t in tags.list()] == older


def test_by_name_finds_nothing(tags: Tags) -> None:
    tags.add("walk")
    assert tags.by_name("walks") is None
    assert tags.by_name("wälk") is None
    assert tags.by_name("") is None


def test_empty_names_are_refused(tags: Tags) -> None:
    with pytest.raises(ValueError, match="name"):
        tags.add("   ")
    made = tags.add("walk")
    with pytest.raises(ValueError, match="name"):
        tags.rename(made.id, "")
    assert tags.get(made.id) == made


def test_rename(tags: Tags, vault: Vault) -> None:
    made = tags.add("walk")
    checkin = CheckIns(vault).add(recorded_at=NOON, tags=["walk"])
    renamed = tags.rename(made.id, "Long  walk")
    assert renamed.name == "Long walk"
    assert tags.by_name("walk") is None
    assert CheckIns(vault).get(checkin.id).tags == ("Long walk",)
    assert tags.rename(made.id, "LONG WALK").name == "LONG WALK"


def test_rename_onto_another_tags_name_is_refused(tags: Tags) -> None:
    walk = tags.add("walk")
    tags.add("Swim")
    for clash in ("swim", "SWIM", " Swim "):
        with pytest.raises(ValueError, match="already"):
            tags.rename(walk.id, clash)
    assert tags.get(walk.id) == walk


def test_set_kind_domain_and_archived(tags: Tags, vault: Vault) -> None:
    made = tags.add("Sam")
    friends = LifeDomains(vault).list()[3]
    assert tags.set_kind(made.id, TagKind.PERSON).kind is TagKind.PERSON
    assert tags.set_domain(made.id, friends.id).life_domain_id == friends.id
    assert tags.set_domain(made.id, None).life_domain_id is None
    assert tags.set_archived(made.id, True).archived
    assert tags.list() == []
    assert tags.list(include_archived=True) == [tags.get(made.id)]
    assert not tags.set_archived(made.id, False).archived
    assert tags.get(made.id).kind is TagKind.PERSON


def test_a_missing_domain_is_refused(tags: Tags) -> None:
    made = tags.add("walk")
    with pytest.raises(NotFoundError):
        tags.set_domain(made.id, 999)
    with pytest.raises(NotFoundError):
        tags.add("swim", life_domain_id=999)
    assert tags.get(made.id).life_domain_id is None
    assert tags.by_name("swim") is None


def test_missing_ids(tags: Tags) -> None:
    calls: list[Callable[[], object]] = [
        lambda: tags.get(404),
        lambda: tags.rename(404, "x"),
        lambda: tags.set_kind(404, TagKind.TOPIC),
        lambda: tags.set_domain(404, None),
        lambda: tags.set_archived(404, True),
    ]
    for call in calls:
        with pytest.raises(NotFoundError):
            call()


@pytest.fixture
def used(vault: Vault) -> dict[str, int]:
    """Tags used across check-ins, journal entries and strength uses; name -> id."""
    checkins, journal, strengths = CheckIns(vault), Journal(vault), Strengths(vault)
    for hour in range(3):
        checkins.add(recorded_at=NOON + timedelta(hours=hour), tags=["walk", "tea"])
    checkins.add(recorded_at=NOON, tags=["Work"])
    for _ in range(2):
        journal.add(written_at=NOON, body="b", tags=["writing", "tea"])
    courage = strengths.add("Courage")
    for day in range(4):
        strengths.log_use(courage.id, date(2026, 2, 1 + day), tags=["wild swim"])
    ids = {t.name: t.id for t in Tags(vault).list()}
    Tags(vault).add("wallpaper")
    return ids


def test_usage_counts_every_kind_of_link(tags: Tags, used: dict[str, int]) -> None:
    assert tags.usage_counts() == {
        used["walk"]: 3, used["tea"]: 5, used["Work"]: 1, used["writing"]: 2,
        used["wild swim"]: 4,
    }


def test_usage_skips_deleted_records(tags: Tags, used: dict[str, int], vault: Vault) -> None:
    checkins = CheckIns(vault)
    work = next(c for c in checkins.recent() if c.tags == ("Work",))
    checkins.delete(work.id)
    entry = Journal(vault).list()[0]
    Journal(vault).delete(entry.id)
    counts = tags.usage_counts()
    assert used["Work"] not in counts
    assert counts[used["tea"]] == 4
    assert counts[used["writing"]] == 1


def test_complete_is_case_insensitive_and_most_used_first(
    tags: Tags, used: dict[str, int]
) -> None:
    assert names(tags.complete("w")) == ["wild swim", "walk", "writing", "Work", "wallpaper"]
    assert names(tags.complete("W")) == names(tags.complete("w"))
    assert names(tags.complete("WA")) == ["walk", "wallpaper"]
    assert names(tags.complete("  wi")) == ["wild swim"]
    assert names(tags.complete("wild  s")) == ["wild swim"]
    assert names(tags.complete("w", limit=2)) == ["wild swim", "walk"]
    assert tags.complete("w", limit=0) == []
    assert tags.complete("xyz") == []
    assert names(tags.complete(""))[:2] == ["tea", "wild swim"]


def test_complete_leaves_out_hidden_tags(tags: Tags, used: dict[str, int]) -> None:
    tags.set_archived(used["walk"], True)
    assert names(tags.complete("wa")) == ["wallpaper"]


def test_complete_takes_the_prefix_literally(tags: Tags) -> None:
    for name in ("50% effort", "5 a day", "a_b", "ab", "Ärger", "ärgerlich"):
        tags.add(name)
    assert names(tags.complete("50%")) == ["50% effort"]
    assert names(tags.complete("5")) == ["5 a day", "50% effort"]
    assert names(tags.complete("a_")) == ["a_b"]
    assert names(tags.complete("är")) == ["Ärger", "ärgerlich"]
    assert names(tags.complete("ÄR")) == ["Ärger", "ärgerlich"]


def test_odd_names_round_trip(tags: Tags) -> None:
    for name in ("🙂 café", "שלום", "\u202eevil\u202c", "a\x00b", "'; DROP TABLE tag; --"):
        assert tags.get(tags.add(name).id).name == name
        assert tags.by_name(name) is not None


def test_changes_survive_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    tags = Tags(vault)
    made = tags.add("Sam", TagKind.PERSON, LifeDomains(vault).list()[3].id)
    tags.add("hidden")
    tags.set_archived(tags.add("old").id, True)
    CheckIns(vault).add(recorded_at=NOON, tags=["Sam"])
    before = (tags.list(include_archived=True), tags.usage_counts())
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        again = Tags(reopened)
        assert (again.list(include_archived=True), again.usage_counts()) == before
        assert again.complete("s") == [again.get(made.id)]
