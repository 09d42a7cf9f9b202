"""Paged journal search: the true count, and every match exactly once, in order, page by page."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_journal.model import JournalEntry, SearchCursor, SearchHit, SearchOrder
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

WORDS = ["walk", "rain", "tea", "garden", "river", "quiet", "friend", "bread"]
EAST = timezone(timedelta(hours=5))


@pytest.fixture(scope="module")
def filled(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Vault, list[JournalEntry]]]:
    """A journal of 140 entries: shuffled dates in two time zones, ties in time and in rank,
    some tagged, some deleted."""
    vault = Vault.create(tmp_path_factory.mktemp("paging") / "j.vault", PASSPHRASE,
                         kdf_iter=FAST_KDF)
    journal = Journal(vault)
    rng = random.Random(5)
    entries = []
    for n in range(140):
        day = datetime(2020, 1, 1, 9, tzinfo=UTC) + timedelta(days=rng.randint(0, 900))
        if n % 10 == 0:
            day = datetime(2021, 6, 1, 9, tzinfo=UTC)  # many written at the very same moment
        if n % 7 == 0:
            day = day.astimezone(EAST)  # the same instant, written in another zone
        # Every fifth entry has the same text, so the same rank: ties go by id.
        body = "walk by the river" if n % 5 == 0 else " ".join(rng.choices(WORDS, k=12))
        entries.append(journal.add(written_at=day, title=f"Entry {n}", body=body,
                                   tags=["outside"] if n % 3 == 0 else ()))
    for entry in entries[::11]:
        journal.delete(entry.id)
    deleted = {entry.id for entry in entries[::11]}
    yield vault, [entry for entry in entries if entry.id not in deleted]
    vault.close()


def _journal(filled: tuple[Vault, list[JournalEntry]]) -> Journal:
    return Journal(filled[0])


def _all_pages(journal: Journal, text: str, order: SearchOrder, size: int,
               **filters: object) -> list[SearchHit]:
    hits: list[SearchHit] = []
    cursor: SearchCursor | None = None
    pages = 0
    while True:
        page = journal.search_page(text, order=order, after=cursor, limit=size,
                                   **filters)  # type: ignore[arg-type]
        pages += 1
        assert len(page.hits) <= size
        hits.extend(page.hits)
        if page.next is None:
            return hits
        assert len(page.hits) == size  # only a full page has a next one
        assert pages < 1000
        cursor = page.next


def _matching(entries: list[JournalEntry], word: str) -> list[JournalEntry]:
    return [e for e in entries if word in f"{e.title} {e.body}".split()]


@pytest.mark.parametrize("word", ["walk", "tea", "bread", "river"])
def test_count_is_the_true_number_of_matching_entries(
    filled: tuple[Vault, list[JournalEntry]], word: str
) -> None:
    expected = len(_matching(filled[1], word))
    assert expected > 50  # more than the one page search used to show
    assert _journal(filled).count_matches(word + " ") == expected


@pytest.mark.parametrize("size", [1, 7, 50])
@pytest.mark.parametrize("order", list(SearchOrder))
def test_paging_returns_every_match_once_in_order(
    filled: tuple[Vault, list[JournalEntry]], order: SearchOrder, size: int
) -> None:
    journal = _journal(filled)
    hits = _all_pages(journal, "walk ", order, size)
    expected = _matching(filled[1], "walk")
    assert sorted(hit.entry_id for hit in hits) == sorted(e.id for e in expected)
    ids = [hit.entry_id for hit in hits]
    assert len(set(ids)) == len(ids)
    if order is SearchOrder.BEST:
        keys = [(hit.rank, hit.entry_id) for hit in hits]
        assert keys == sorted(keys)
        assert len({hit.rank for hit in hits}) < len(hits)  # ties were there to break
    else:
        when = {e.id: e.written_at for e in expected}
        keys2 = [(when[i], i) for i in ids]
        assert keys2 == sorted(keys2, reverse=order is SearchOrder.NEWEST)
    assert all("[walk]" in hit.snippet for hit in hits)  # snippets for every page's rows


def test_best_match_pages_agree_with_one_long_search(
    filled: tuple[Vault, list[JournalEntry]]
) -> None:
    journal = _journal(filled)
    paged = _all_pages(journal, "tea garden", SearchOrder.BEST, 9)
    assert paged == journal.search("tea garden", limit=1000)


@pytest.mark.parametrize("order", list(SearchOrder))
def test_filters_still_apply_to_count_and_pages(
    filled: tuple[Vault, list[JournalEntry]], order: SearchOrder
) -> None:
    journal = _journal(filled)
    start, end = date(2020, 6, 1), date(2021, 6, 1)
    tagged = {e.id for e in filled[1] if "outside" in e.tags}
    expected = {
        e.id for e in _matching(filled[1], "walk")
        if start <= e.local_date <= end and e.id in tagged
    }
    assert expected
    filters = {"start": start, "end": end, "tag": "outside"}
    assert journal.count_matches("walk ", **filters) == len(expected)  # type: ignore[arg-type]
    hits = _all_pages(journal, "walk ", order, 4, **filters)
    assert [hit.entry_id for hit in hits if hit.entry_id in expected] == [
        hit.entry_id for hit in hits]
    assert {hit.entry_id for hit in hits} == expected


def test_no_words_no_matches(filled: tuple[Vault, list[JournalEntry]]) -> None:
    journal = _journal(filled)
    assert journal.count_matches("  ") == 0
    assert journal.count_matches("zebra ") == 0
    page = journal.search_page("(", order=SearchOrder.NEWEST)
    assert page.hits == () and page.next is None
    assert journal.search_page("walk", limit=0).hits == ()


def test_a_cursor_continues_only_its_own_order(
    filled: tuple[Vault, list[JournalEntry]]
) -> None:
    journal = _journal(filled)
    cursor = journal.search_page("walk", order=SearchOrder.NEWEST, limit=3).next
    assert cursor is not None
    with pytest.raises(ValueError, match="order"):
        journal.search_page("walk", order=SearchOrder.OLDEST, after=cursor)


def test_a_deleted_entry_leaves_count_and_pages(vault: Vault) -> None:
    journal = Journal(vault)
    kept = journal.add(written_at=datetime(2026, 1, 2, tzinfo=UTC), body="a calm walk")
    gone = journal.add(written_at=datetime(2026, 1, 3, tzinfo=UTC), body="another walk")
    journal.delete(gone.id)
    assert journal.count_matches("walk") == 1
    assert [hit.entry_id for hit in journal.search_page("walk").hits] == [kept.id]
    journal.restore(gone.id)
    assert journal.count_matches("walk") == 2


_EXAMPLES = iter(range(1_000_000))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    entries=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 4), st.booleans()),
                     max_size=30),
    size=st.integers(1, 8),
    order=st.sampled_from(list(SearchOrder)),
)
def test_any_journal_pages_to_exactly_its_matches_in_order(
    vault: Vault, entries: list[tuple[int, int, bool]], size: int, order: SearchOrder
) -> None:
    journal = Journal(vault)
    word = f"word{next(_EXAMPLES)}"  # a fresh word: earlier examples' entries never match
    added, matching = {}, set()
    for day, times, matches in entries:
        when = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=12 * day)
        body = " ".join([word] * times) + " filler" if matches else "nothing here"
        entry = journal.add(written_at=when, body=body)
        added[entry.id] = when
        if matches:
            matching.add(entry.id)
    assert journal.count_matches(word) == len(matching)
    hits = _all_pages(journal, word, order, size)
    ids = [hit.entry_id for hit in hits]
    if order is SearchOrder.BEST:
        expected = sorted(ids, key=lambda i: (next(h.rank for h in hits if h.entry_id == i), i))
    else:
        expected = sorted(ids, key=lambda i: (added[i], i), reverse=order is SearchOrder.NEWEST)
    assert ids == expected
    assert len(ids) == len(matching) and set(ids) == matching
