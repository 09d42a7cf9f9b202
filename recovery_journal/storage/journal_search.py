"""Paged journal search: the true number of matches, and pages of hits in three orders.

Each page is found by keyset (the sort key and id of the last hit shown, never an OFFSET), so
the hundredth page costs what the first does; snippets are built only for the rows of the page.
`Journal` (journal.py) turns typed text into the FTS5 query and the filters into SQL; this module
only runs them.
"""

from __future__ import annotations

import json
from typing import Any

from recovery_journal.model import SearchCursor, SearchHit, SearchOrder, SearchPage
from recovery_journal.storage import convert
from recovery_journal.storage.vault import Vault

# Matches are joined to this narrow index of the entries (migration 0006), never to their rows.
_LIVE = "journal_entry AS e INDEXED BY journal_entry_search"
# The title counts five times as much as the body when ranking.
BM25 = "bm25(journal_fts, 5.0, 1.0)"
_SNIPPET_TOKENS = 24

# Per order: the sort key, the direction, and the keyset condition "after (key, id)".
_KEYS: dict[SearchOrder, tuple[str, str, str]] = {
    SearchOrder.BEST: (BM25, "ASC", "(m.key > ? OR (m.key = ? AND m.id > ?))"),
    SearchOrder.NEWEST: (
        "julianday(e.written_at)", "DESC", "(m.key < ? OR (m.key = ? AND m.id < ?))"
    ),
    SearchOrder.OLDEST: (
        "julianday(e.written_at)", "ASC", "(m.key > ? OR (m.key = ? AND m.id > ?))"
    ),
}


def count(
    vault: Vault, query: str, where: str, params: list[Any], *, cap: int | None = None
) -> int:
    """How many live entries match the FTS5 `query` and the filter `where` (over alias `e`);
    at most `cap + 1` when `cap` is given (the count stops there: "more than `cap`")."""
    limit = -1 if cap is None else max(0, cap) + 1
    row = vault.query_one(
        "SELECT count(*) FROM (SELECT 1 FROM journal_fts "
        f"JOIN {_LIVE} ON e.id = journal_fts.rowid "
        f"WHERE journal_fts MATCH ? AND {where} LIMIT ?)",
        [query, *params, limit],
    )
    return int(row[0]) if row else 0


def page(
    vault: Vault, query: str, where: str, params: list[Any], *, order: SearchOrder,
    after: SearchCursor | None, limit: int, mark: tuple[str, str],
) -> SearchPage:
    """Up to `limit` hits in `order`, starting just after `after` (from the start when None)."""
    if limit <= 0:
        return SearchPage((), None)
    if after is not None and after.order is not order:
        raise ValueError("a search cursor continues only the order it came from")
    key, direction, keyset = _KEYS[order]
    bounds: list[Any] = []
    condition = ""
    if after is not None:
        condition = f"WHERE {keyset}"
        bounds = [after.key, after.key, after.entry_id]
    # One more row than shown tells whether there is a next page. Ranking reads only ids,
    # keys and the filter columns; titles and snippets are read below for this page alone.
    rows = vault.query(
        "SELECT m.id, m.key FROM ("
        f"  SELECT e.id AS id, {key} AS key FROM journal_fts "
        f"  JOIN {_LIVE} ON e.id = journal_fts.rowid "
        f"  WHERE journal_fts MATCH ? AND {where}) AS m "
        f"{condition} ORDER BY m.key {direction}, m.id {direction} LIMIT ?",
        [query, *params, *bounds, limit + 1],
    )
    shown = rows[:limit]
    ids = [int(row[0]) for row in shown]
    found = _hits(vault, query, ids, mark)
    hits = tuple(found[entry_id] for entry_id in ids if entry_id in found)
    following = None
    if len(rows) > limit:
        last = shown[-1]
        following = SearchCursor(order, float(last[1]), int(last[0]))
    return SearchPage(hits, following)


def _hits(
    vault: Vault, query: str, ids: list[int], mark: tuple[str, str]
) -> dict[int, SearchHit]:
    """The hits for entries `ids` (one page) with day, title, snippet and rank, by id."""
    if not ids:
        return {}
    # One pass over the matches between the page's lowest and highest id (a date-ordered page
    # is a narrow span). Looking each id up by itself would re-expand a prefix query per row,
    # and "+" keeps SQLite from doing just that with the IN list.
    rows = vault.query(
        "SELECT e.id, e.local_date, e.title, "
        f"  snippet(journal_fts, 1, ?, ?, '…', {_SNIPPET_TOKENS}), {BM25} "
        "FROM journal_fts JOIN journal_entry e ON e.id = journal_fts.rowid "
        "WHERE journal_fts MATCH ? AND journal_fts.rowid BETWEEN ? AND ? "
        "AND +journal_fts.rowid IN (SELECT value FROM json_each(?))",
        [mark[0], mark[1], query, min(ids), max(ids), json.dumps(ids)],
    )
    return {
        int(row[0]): SearchHit(
            entry_id=int(row[0]), local_date=convert.from_day(row[1]), title=str(row[2]),
            snippet=str(row[3] or ""), rank=float(row[4]),
        )
        for row in rows
    }
