"""Journal entries and their ranked full-text search (FTS5, inside the encrypted vault)."""

from __future__ import annotations

import builtins
import json
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from recovery_journal.model import JournalEntry, SearchCursor, SearchHit, SearchOrder, SearchPage
from recovery_journal.storage import convert, errors, journal_list, journal_search, softdelete
from recovery_journal.storage.journal_list import EntryLine
from recovery_journal.storage.tagging import set_tags, tag_ids_named, tags_of
from recovery_journal.storage.text import storable
from recovery_journal.storage.vault import Vault

_ENTRY = (
    "SELECT e.id, e.written_at, e.local_date, e.title, e.body, e.created_at, e.updated_at "
    "FROM journal_entry e"
)
_TAGS = "journal_entry_tag"
# Tag ids reach SQL as one JSON array (see `tag_ids_named`: usually one id, or none).
_HAS_TAG = (
    "EXISTS (SELECT 1 FROM journal_entry_tag jt WHERE jt.entry_id = e.id "
    "AND jt.tag_id IN (SELECT value FROM json_each(?)))"
)
_NEWEST_FIRST = "ORDER BY julianday(e.written_at) DESC, e.id DESC"
# For storage/export_rows.py, which reads every entry the way `list()` does.
ENTRY_SQL, NEWEST_FIRST, TAG_TABLE = _ENTRY, _NEWEST_FIRST, _TAGS
# A pasted page of text is searched by its first words; FTS5 refuses very deep expressions.
_MAX_TERMS = 64
_MAX_QUERY_CHARS = 2000
_PREFIX_MIN_LETTERS = 3


# -- turning typed text into an FTS5 query ---------------------------------------------------


def _is_word_char(char: str) -> bool:
    # The unicode61 tokenizer keeps letters, numbers and private-use characters; the rest
    # separates words.
    category = unicodedata.category(char)
    return category[0] in "LN" or category == "Co"


def _letters(text: str) -> int:
    return sum(1 for char in text if _is_word_char(char))


def _scrub(text: str) -> str:
    """Make typed text safe to bind: control characters (NUL ends an FTS5 query) and broken
    surrogates become spaces, which separate words anyway."""
    return "".join(
        " " if unicodedata.category(char) in ("Cc", "Cs") else char for char in text
    )


def _terms(text: str) -> builtins.list[tuple[str, bool, bool]]:
    """Split typed text into (text, is_prefix, was_quoted) terms."""
    terms: builtins.list[tuple[str, bool, bool]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        close = text.find('"', i + 1) if text[i] == '"' else -1
        if close != -1:
            phrase = text[i + 1 : close]
            star = text.startswith("*", close + 1)
            terms.append((phrase, star, True))
            i = close + 1 + star
            continue
        end = i
        while end < n and not text[end].isspace():
            end += 1
        token = text[i:end]
        i = end
        stem = token.rstrip("*")
        star = stem != token and _letters(stem) > 0
        terms.append((stem if star else token, star, False))
    return terms


def to_fts_query(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query, or None when it holds no words.

    `"a phrase"` matches those words side by side; `walk*` matches words starting with "walk";
    while typing, a last bare word of three or more letters (not followed by a space) is also
    matched as a prefix, so "walk" finds "walking" before the word is finished. Every other
    character is plain text: each term is quoted for FTS5, so `AND`, `-`, `:`, `(` or an
    unbalanced `"` are searched for as words, never read as syntax. All terms must match.
    """
    cleaned = _scrub(text[:_MAX_QUERY_CHARS])
    found = [term for term in _terms(cleaned) if _letters(term[0]) > 0]
    terms = found[:_MAX_TERMS]
    if not terms:
        return None
    last, is_prefix, quoted = terms[-1]
    cut_short = len(found) > len(terms) or len(text) > _MAX_QUERY_CHARS
    still_typing = not cut_short and not cleaned[-1:].isspace()
    if still_typing and not (is_prefix or quoted) and _letters(last) >= _PREFIX_MIN_LETTERS:
        terms[-1] = (last, True, False)
    return " ".join(
        '"' + term.replace('"', '""') + '"' + ("*" if prefix else "") for term, prefix, _ in terms
    )


# -- the repository --------------------------------------------------------------------------


class Journal:
    """Journal entries: write, list newest first, soft-delete, and search."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(
        self, *, written_at: datetime, title: str = "", body: str = "", tags: Iterable[str] = (),
    ) -> JournalEntry:
        """Add an entry; its day is `written_at`'s date in its own UTC offset."""
        when = convert.to_iso(written_at)
        values = (storable(title), storable(body))
        names = list(tags)
        now = convert.stamp(self._vault.now())
        with self._vault.write() as w:
            cursor = w.execute(
                "INSERT INTO journal_entry (written_at, local_date, title, body, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (when, convert.to_day(written_at.date()), *values, now, now),
            )
            entry_id = int(cursor.lastrowid)
            set_tags(w, _TAGS, entry_id, names)
        return self.get(entry_id)

    def update(
        self, entry_id: int, *, title: str | None = None, body: str | None = None,
        tags: Iterable[str] | None = None, written_at: datetime | None = None,
    ) -> JournalEntry:
        """Change the given fields; `tags` replaces all of the entry's tags."""
        current = self.get(entry_id)
        when = current.written_at if written_at is None else written_at
        new_title = current.title if title is None else storable(title)
        new_body = current.body if body is None else storable(body)
        names = None if tags is None else list(tags)
        with self._vault.write() as w:
            w.execute(
                "UPDATE journal_entry SET written_at = ?, local_date = ?, title = ?, body = ?, "
                "updated_at = ? WHERE id = ?",
                (convert.to_iso(when), convert.to_day(when.date()), new_title, new_body,
                 convert.stamp(self._vault.now()), entry_id),
            )
            if names is not None:
                set_tags(w, _TAGS, entry_id, names)
        return self.get(entry_id)

    def get(self, entry_id: int) -> JournalEntry:
        entries = self._entries(f"{_ENTRY} WHERE e.id = ? AND e.deleted_at IS NULL", [entry_id])
        if not entries:
            raise errors.NotFoundError()
        return entries[0]

    def list(
        self, limit: int | None = None, offset: int = 0, start: date | None = None,
        end: date | None = None, tag: str | None = None,
    ) -> builtins.list[JournalEntry]:
        """Entries newest first, optionally between two days (inclusive) or with one tag."""
        where, params = _filters(self._vault, start, end, tag)
        return self._entries(
            f"{_ENTRY} WHERE {where} {_NEWEST_FIRST} LIMIT ? OFFSET ?",
            [*params, -1 if limit is None else max(0, limit), max(0, offset)],
        )

    def summaries(
        self, *, limit: int, after: EntryLine | None = None, start: date | None = None,
        end: date | None = None, tag: str | None = None, before: EntryLine | None = None,
        offset: int = 0,
    ) -> builtins.list[EntryLine]:
        """Short rows for the list, newest first, starting just after `after` (a keyset page:
        a late page costs what the first does), or the `limit` rows just before `before`, or
        from row `offset`; no bodies beyond their opening, no tags."""
        where, params = _filters(self._vault, start, end, tag)
        return journal_list.page(
            self._vault, where, params, after=after, limit=limit, start=start, end=end,
            before=before, offset=offset,
        )

    def position(
        self, entry_id: int, *, start: date | None = None, end: date | None = None,
        tag: str | None = None,
    ) -> tuple[int, EntryLine] | None:
        """(its row in `summaries`' order, its short row) for a listed entry, else None; as
        quick for the first year's entry as for today's."""
        where, params = _filters(self._vault, start, end, tag)
        return journal_list.position(self._vault, entry_id, where, params, start=start, end=end)

    def count(
        self, *, start: date | None = None, end: date | None = None, tag: str | None = None,
    ) -> int:
        """How many entries there are (with the same filters as `list`)."""
        where, params = _filters(self._vault, start, end, tag)
        row = self._vault.query_one(f"SELECT count(*) FROM journal_entry e WHERE {where}", params)
        return int(row[0]) if row else 0

    def tagged_days(self, start: date, end: date) -> builtins.list[tuple[date, tuple[str, ...]]]:
        """(day, tag names) for each live entry with tags from `start` to `end`, oldest first;
        for charts, which need no bodies."""
        rows = self._vault.query(
            "SELECT e.id, e.local_date, t.name FROM journal_entry e "
            "JOIN journal_entry_tag jt ON jt.entry_id = e.id JOIN tag t ON t.id = jt.tag_id "
            "WHERE e.deleted_at IS NULL AND e.local_date BETWEEN ? AND ? "
            "ORDER BY e.local_date, e.id, t.name COLLATE NOCASE",
            [convert.to_day(start), convert.to_day(end)],
        )
        found: dict[int, tuple[date, builtins.list[str]]] = {}
        for entry_id, day, name in rows:
            found.setdefault(int(entry_id), (convert.from_day(day), []))[1].append(str(name))
        return [(day, tuple(names)) for day, names in found.values()]

    def first_day_with_tag(self, tag: str) -> date | None:
        """The first day of a live entry with `tag` (casefold match), or None."""
        where, params = _filters(self._vault, None, None, tag)
        row = self._vault.query_one(f"SELECT min(e.local_date) FROM journal_entry e WHERE {where}",
                                    params)
        return convert.from_day(row[0]) if row and row[0] is not None else None

    def delete(self, entry_id: int) -> None:
        """Soft-delete an entry; it leaves lists and search until restored."""
        with self._vault.write() as w:
            softdelete.set_aside(w, "journal_entry", entry_id, self._vault.now())

    def restore(self, entry_id: int) -> JournalEntry:
        with self._vault.write() as w:
            softdelete.restore(w, "journal_entry", entry_id)
        return self.get(entry_id)

    def recently_deleted(self, limit: int = 10) -> builtins.list[JournalEntry]:
        """Deleted entries, the most recently deleted first."""
        return self._entries(
            f"{_ENTRY} WHERE e.deleted_at IS NOT NULL ORDER BY e.deleted_at DESC, e.id DESC "
            "LIMIT ?",
            [limit],
        )

    def purge_deleted(self, before: datetime) -> int:
        """Remove entries deleted before `before` (and their search index); return how many."""
        with self._vault.write() as w:
            return softdelete.purge(w, "journal_entry", before)

    def search(
        self, text: str, *, start: date | None = None, end: date | None = None,
        tag: str | None = None, limit: int = 50, mark: tuple[str, str] = ("[", "]"),
    ) -> builtins.list[SearchHit]:
        """Entries matching `text` (see `to_fts_query`), best first, at most `limit`.

        The snippet comes from the body with `mark` around each match; `rank` is FTS5's bm25
        score with the title weighted higher, so a smaller (more negative) rank is a better match.
        """
        found = self.search_page(text, start=start, end=end, tag=tag, limit=limit, mark=mark)
        return builtins.list(found.hits)

    def count_matches(
        self, text: str, *, start: date | None = None, end: date | None = None,
        tag: str | None = None, cap: int | None = None,
    ) -> int:
        """The true number of live entries matching `text` with the same filters as `search`;
        with a `cap`, counting stops at `cap + 1` (so a common word needn't count them all)."""
        query = to_fts_query(text)
        if query is None:
            return 0
        where, params = _filters(self._vault, start, end, tag)
        return journal_search.count(self._vault, query, where, params, cap=cap)

    def search_page(
        self, text: str, *, order: SearchOrder = SearchOrder.BEST,
        after: SearchCursor | None = None, start: date | None = None, end: date | None = None,
        tag: str | None = None, limit: int = 50, mark: tuple[str, str] = ("[", "]"),
    ) -> SearchPage:
        """One page of entries matching `text` in `order`; pass its `next` as `after` for more.

        Hits are as in `search`. Paging is by keyset, so a late page is as quick as the first.
        """
        query = to_fts_query(text)
        if query is None:
            return SearchPage((), None)
        where, params = _filters(self._vault, start, end, tag)
        return journal_search.page(
            self._vault, query, where, params, order=order, after=after, limit=limit, mark=mark
        )

    def _entries(self, sql: str, params: builtins.list[Any]) -> builtins.list[JournalEntry]:
        rows = self._vault.query(sql, params)
        tags = tags_of(self._vault, _TAGS, (int(row[0]) for row in rows))
        return [
            JournalEntry(
                id=int(row[0]), written_at=convert.from_iso(row[1]),
                local_date=convert.from_day(row[2]), title=str(row[3]), body=str(row[4]),
                tags=tags[int(row[0])], created_at=convert.from_iso(row[5]),
                updated_at=convert.from_iso(row[6]),
            )
            for row in rows
        ]


def _filters(
    vault: Vault, start: date | None, end: date | None, tag: str | None
) -> tuple[str, builtins.list[Any]]:
    """The WHERE clause (over alias `e`) for live entries in a day range with a tag."""
    where = ["e.deleted_at IS NULL"]
    params: builtins.list[Any] = []
    if start is not None:
        where.append("e.local_date >= ?")
        params.append(convert.to_day(start))
    if end is not None:
        where.append("e.local_date <= ?")
        params.append(convert.to_day(end))
    if tag is not None:
        where.append(_HAS_TAG)
        params.append(json.dumps(tag_ids_named(vault, tag)))
    return " AND ".join(where), params
