"""Journal search: typed text to a safe FTS5 query, ranking, snippets, filters and fuzzing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_journal.storage.journal import Journal, to_fts_query
from recovery_journal.storage.vault import Vault


def at(day: int) -> datetime:
    return datetime(2026, 2, day, 12, 0, tzinfo=UTC)


@pytest.fixture
def journal(vault: Vault) -> Journal:
    return Journal(vault)


def found(journal: Journal, text: str, **filters: object) -> set[str]:
    """Titles of the entries a search finds."""
    return {hit.title for hit in journal.search(text, **filters)}  # type: ignore[arg-type]


# -- to_fts_query ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("walk ", '"walk"'),
        ("walk", '"walk"*'),
        ("walk dog", '"walk" "dog"*'),
        ("wa", '"wa"'),
        ("walk*", '"walk"*'),
        ("walk** ", '"walk"*'),
        ('"long walk"', '"long walk"'),
        ('"long wal"*', '"long wal"*'),
        ('"unbalanced', '"""unbalanced"*'),
        ('say "hi', '"say" """hi"'),
        ("a-b", '"a-b"'),
        ("c:d ", '"c:d"'),
        ("AND ", '"AND"'),
        ("NOT OR NEAR ", '"NOT" "OR" "NEAR"'),
        ("title:secret ", '"title:secret"'),
        ("(walk) ", '"(walk)"'),
        ("x\x00y", '"x" "y"'),
        ("café ", '"café"'),
        ("\ud800walk ", '"walk"'),
    ],
)
def test_to_fts_query(typed: str, query: str) -> None:
    assert to_fts_query(typed) == query


@pytest.mark.parametrize("typed", ["", "   ", "*", "(", '"', '""', "-", ":", "😊", "\x00", "** --"])
def test_to_fts_query_without_words_is_none(typed: str) -> None:
    assert to_fts_query(typed) is None


def test_to_fts_query_caps_a_pasted_page() -> None:
    query = to_fts_query("word " * 100 + "last")
    assert query is not None
    assert query.count('"word"') == 64
    assert query.endswith('"word"')  # the cut-off word is not guessed as a prefix
    long = to_fts_query("w" * 1_000_000)
    assert long == '"' + "w" * 2000 + '"'


# -- searching -------------------------------------------------------------------------------


def test_finds_words_and_marks_them(journal: Journal) -> None:
    entry = journal.add(written_at=at(1), title="Tuesday", body="A long walk by the river.")
    journal.add(written_at=at(2), title="Other", body="Stayed in and read.")
    hits = journal.search("river ", mark=("<b>", "</b>"))
    assert [hit.entry_id for hit in hits] == [entry.id]
    assert hits[0].snippet == "A long walk by the <b>river</b>."
    assert hits[0].title == "Tuesday"
    assert hits[0].local_date == date(2026, 2, 1)
    assert journal.search("river ")[0].snippet == "A long walk by the [river]."


def test_title_outranks_body(journal: Journal) -> None:
    journal.add(written_at=at(1), title="Notes", body="garden " + "filler " * 5)
    journal.add(written_at=at(2), title="Garden", body="filler " * 6)
    hits = journal.search("garden ")
    assert [hit.title for hit in hits] == ["Garden", "Notes"]
    assert hits[0].rank < hits[1].rank


def test_accents_are_folded_both_ways(journal: Journal) -> None:
    journal.add(written_at=at(1), title="accented", body="Coffee at the café")
    journal.add(written_at=at(2), title="plain", body="Coffee at the cafe")
    journal.add(written_at=at(3), title="decomposed", body="Coffee at the cafe\u0301")
    everything = {"accented", "plain", "decomposed"}
    assert found(journal, "cafe ") == everything
    assert found(journal, "café ") == everything
    assert found(journal, "CAFÉ ") == everything


def test_quoted_phrase_needs_the_words_side_by_side(journal: Journal) -> None:
    journal.add(written_at=at(1), title="together", body="a long walk home")
    journal.add(written_at=at(2), title="apart", body="walk was long")
    assert found(journal, '"long walk"') == {"together"}
    assert found(journal, "long walk ") == {"together", "apart"}


def test_prefixes(journal: Journal) -> None:
    journal.add(written_at=at(1), title="walking", body="walking the dog")
    journal.add(written_at=at(2), title="walk", body="a walk")
    journal.add(written_at=at(3), title="wardrobe", body="tidied the wardrobe")
    assert found(journal, "walk*") == {"walking", "walk"}
    assert found(journal, "walk") == {"walking", "walk"}  # still typing
    assert found(journal, "walk ") == {"walk"}  # the word is finished
    assert found(journal, "wa") == set()  # too short to guess
    assert found(journal, "wa*") == {"walking", "walk", "wardrobe"}


@pytest.mark.parametrize(
    "typed",
    ['"unbalanced', "a-b", "c:d", "AND", "NOT", "OR", "*", "(", ")", "NEAR(a b)", "^walk",
     "body:walk", "walk -dog", "+", '"', '""', "'", "\\", "{walk}", "a AND", "x\x00", "\ud800"],
)
def test_syntax_characters_are_plain_text(journal: Journal, typed: str) -> None:
    journal.add(written_at=at(1), title="syntax", body="a-b c:d and not or walk near")
    journal.search(typed)  # never raises
    journal.search(typed + " ")


def test_operators_and_punctuation_are_searched_as_words(journal: Journal) -> None:
    journal.add(written_at=at(1), title="hyphen", body="a well-known place")
    journal.add(written_at=at(2), title="and", body="this and that")
    journal.add(written_at=at(3), title="colon", body="time 10:30")
    assert found(journal, "well-known") == {"hyphen"}
    assert found(journal, "AND ") == {"and"}
    assert found(journal, "10:30") == {"colon"}
    assert found(journal, "-known ") == {"hyphen"}


def test_empty_or_wordless_query_finds_nothing(journal: Journal) -> None:
    journal.add(written_at=at(1), title="t", body="anything")
    for typed in ["", "  ", "*", "😊", "--"]:
        assert journal.search(typed) == []


def test_deleted_entries_are_not_found_until_restored(journal: Journal) -> None:
    entry = journal.add(written_at=at(1), title="hidden", body="secret word")
    journal.delete(entry.id)
    assert journal.search("secret ") == []
    journal.restore(entry.id)
    assert found(journal, "secret ") == {"hidden"}


def test_edits_and_purges_keep_the_index_in_step(vault: Vault, journal: Journal) -> None:
    entry = journal.add(written_at=at(1), title="first", body="apples")
    journal.update(entry.id, body="pears")
    assert journal.search("apples ") == []
    assert found(journal, "pears ") == {"first"}
    journal.update(entry.id, title="renamed")
    assert found(journal, "renamed ") == {"renamed"}
    journal.delete(entry.id)
    journal.purge_deleted(datetime(2100, 1, 1, tzinfo=UTC))
    with vault.write() as w:  # raises if the index and the table disagree
        w.execute("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)")
    assert journal.search("pears ") == []


def test_filters_by_date_and_tag(journal: Journal) -> None:
    for day in range(1, 6):
        journal.add(written_at=at(day), title=f"day {day}", body="rain again",
                    tags=["Weather"] if day % 2 else [])
    assert found(journal, "rain ", start=date(2026, 2, 2), end=date(2026, 2, 3)) == {
        "day 2", "day 3"}
    assert found(journal, "rain ", start=date(2026, 2, 5)) == {"day 5"}
    assert found(journal, "rain ", end=date(2026, 2, 1)) == {"day 1"}
    assert found(journal, "rain ", tag="weather") == {"day 1", "day 3", "day 5"}
    assert found(journal, "rain ", tag="weather", start=date(2026, 2, 2)) == {"day 3", "day 5"}
    assert found(journal, "rain ", tag="unknown") == set()


def test_limit_caps_the_results(journal: Journal) -> None:
    for day in range(1, 8):
        journal.add(written_at=at(day), title=str(day), body="same words " * day)
    assert len(journal.search("same ")) == 7
    assert len(journal.search("same ", limit=3)) == 3
    assert journal.search("same ", limit=0) == []


def test_odd_text_is_found(journal: Journal) -> None:
    journal.add(written_at=at(1), title="nul", body="before\x00after")
    journal.add(written_at=at(2), title="rtl", body="\u202eevil\u202c text")
    journal.add(written_at=at(3), title="hebrew", body="שלום world")
    assert found(journal, "after ") == {"nul"}
    assert found(journal, "evil ") == {"rtl"}
    assert found(journal, "שלום ") == {"hebrew"}


@pytest.mark.slow
def test_a_five_megabyte_entry_is_found(journal: Journal) -> None:
    body = ("ordinary words fill this long page " * 150_000)[:5_000_000] + " needle at the end"
    entry = journal.add(written_at=at(1), title="big", body=body)
    hits = journal.search("needle ")
    assert [hit.entry_id for hit in hits] == [entry.id]
    assert "[needle]" in hits[0].snippet
    assert len(hits[0].snippet) < 1000
    assert journal.get(entry.id).body == body


# -- fuzzing ---------------------------------------------------------------------------------

# Any character, lone surrogates included, mixed with FTS5 syntax so the fuzzer meets both.
FUZZ = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.characters(categories=["Cs"]),
        st.sampled_from(list('"*-:()^+{}, ANDORNTEawlk\x00é ')),
    ),
    max_size=80,
)
MARKS = st.sampled_from([("[", "]"), ("\x01", "\x02"), ("<b>", "</b>"), ("", ""), ('"', "*")])


@given(FUZZ)
def test_to_fts_query_never_raises(text: str) -> None:
    query = to_fts_query(text)
    assert query is None or (query.startswith('"') and query.strip())


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None,
          max_examples=300)
@given(text=FUZZ, mark=MARKS, tag=st.none() | FUZZ)
def test_search_never_raises(
    journal: Journal, text: str, mark: tuple[str, str], tag: str | None
) -> None:
    # The same vault serves every example: searching never writes.
    if journal.count() == 0:
        journal.add(written_at=at(1), title="seed", body="and or not near a-b c:d walk café")
    hits = journal.search(text, mark=mark, tag=tag, start=date(2026, 1, 1))
    assert len(hits) <= 1


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None,
          max_examples=50)
@given(word=st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=12))
def test_any_stored_word_is_found(journal: Journal, word: str) -> None:
    entry = journal.add(written_at=at(1), title="w", body=f"before {word} after")
    try:
        assert entry.id in {hit.entry_id for hit in journal.search(word + " ")}
        assert entry.id in {hit.entry_id for hit in journal.search(f'"before {word}"')}
    finally:
        journal.delete(entry.id)
