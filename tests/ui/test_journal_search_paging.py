"""Journal search shows everything: the true count, more rows on scrolling or arrowing down,
three sort orders, a paste searched at once, and each key too while searches are quick."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from recovery_journal.model import SearchOrder
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.journal.page import JournalPage
from recovery_journal.ui.journal.search import FETCH_AHEAD, FIRST_PAGE, RESULT_LIMIT
from recovery_journal.ui.journal.search_bar import (
    SEARCH_DELAY_MS,
    TYPING_PAUSE_MS,
    changed_chars,
)

MATCHES = 2 * RESULT_LIMIT + 12


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    built = Repositories.from_vault(vault)
    start = datetime.now().astimezone() - timedelta(days=400)
    for n in range(MATCHES):
        # Older entries say "walk" more often, so best match and newest first differ.
        body = "a walk " * (1 + n % 4 if n < MATCHES // 2 else 1) + f"number {n}"
        built.journal.add(written_at=start + timedelta(days=n), title=f"Day {n}", body=body,
                          tags=["outside"] if n % 2 else ())
    built.journal.add(written_at=start, title="Other", body="stayed in and read")
    return built


@pytest.fixture
def page(qtbot: QtBot, repos: Repositories) -> Iterator[JournalPage]:
    stack = QUndoStack()
    built = JournalPage(repos, stack)
    qtbot.addWidget(built)
    built.resize(1100, 750)
    built.show()
    qtbot.waitExposed(built)
    yield built
    stack.clear()


def _paste(page: JournalPage, text: str) -> None:
    page.search.field.clear()
    page.search.field.insert(text)  # one change of several characters, as a paste makes


def _titles(page: JournalPage) -> list[str]:
    model = page.results_model
    return [model.hit(row).title for row in range(model.rowCount())]


def test_the_header_says_the_true_number_and_scrolling_loads_the_rest(
    qtbot: QtBot, page: JournalPage
) -> None:
    _paste(page, "walk ")
    assert page.results.isVisible()
    assert page.result_note.text() == f"{MATCHES} entries match"
    assert page.results_model.rowCount() == FIRST_PAGE  # a screenful first, the rest to come
    bar = page.results.verticalScrollBar()
    while page.results_model.canFetchMore():
        loaded = page.results_model.rowCount()
        qtbot.waitUntil(lambda: bar.value() < bar.maximum())  # the view laid the new rows out
        bar.setValue(bar.maximum())
        assert page.results_model.rowCount() > loaded  # the view asked for the next page
    titles = _titles(page)
    assert len(titles) == MATCHES == len(set(titles))
    assert page.result_note.text() == f"{MATCHES} entries match"


def test_arrow_keys_reach_rows_beyond_the_first_page(qtbot: QtBot, page: JournalPage) -> None:
    _paste(page, "walk ")
    page.results.setFocus()
    # Near the end, not at it: the next page is there before the arrow gets to the last row.
    page.results.setCurrentIndex(page.results_model.index(FIRST_PAGE - FETCH_AHEAD))
    assert page.results.verticalScrollBar().value() < page.results.verticalScrollBar().maximum()
    assert page.results_model.rowCount() > FIRST_PAGE
    qtbot.keyClick(page.results, Qt.Key.Key_End)
    last_loaded = page.results.currentIndex().row()
    assert last_loaded >= FIRST_PAGE
    for _ in range(3):
        qtbot.keyClick(page.results, Qt.Key.Key_Down)
    assert page.results.currentIndex().row() == last_loaded + 3
    for _ in range(MATCHES):
        qtbot.keyClick(page.results, Qt.Key.Key_Down)
    assert page.results_model.rowCount() == MATCHES
    assert page.results.currentIndex().row() == MATCHES - 1
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert page.editor.entry_id == page.results_model.hit(MATCHES - 1).entry_id


def test_changing_the_sort_reorders_and_is_kept_for_the_next_search(page: JournalPage) -> None:
    sort = page.search.sort
    assert sort.accessibleName() == "Sort results"
    assert sort.currentText() == "Best match"
    _paste(page, "walk ")
    best = _titles(page)
    assert best[0] in {f"Day {n}" for n in range(3, MATCHES // 2, 4)}  # "walk" four times
    sort.setCurrentIndex(sort.findData(SearchOrder.NEWEST.value))
    assert _titles(page)[:3] == [f"Day {MATCHES - 1}", f"Day {MATCHES - 2}", f"Day {MATCHES - 3}"]
    assert "Newest first" in page.results.accessibleDescription()
    sort.setCurrentIndex(sort.findData(SearchOrder.OLDEST.value))
    assert _titles(page)[:2] == ["Day 0", "Day 1"]
    _paste(page, "number ")  # a new search keeps the chosen order
    assert page.search.order() is SearchOrder.OLDEST
    assert _titles(page)[:2] == ["Day 0", "Day 1"]


def test_filters_still_apply_to_the_count_and_every_page(page: JournalPage) -> None:
    page.search.tag.setCurrentIndex(page.search.tag.findData("outside"))
    _paste(page, "walk ")
    assert page.result_note.text() == f"{MATCHES // 2} entries match"
    while page.results_model.canFetchMore():
        page.results_model.fetchMore()
    titles = _titles(page)
    assert len(titles) == MATCHES // 2
    assert all(int(title.split()[1]) % 2 == 1 for title in titles)


def test_a_paste_searches_at_once_and_typing_after_a_slow_search_waits_a_moment(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every search counts as slow here (how long one takes is the benchmark's business).
    monkeypatch.setattr("recovery_journal.ui.journal.search_bar.QUICK_SEARCH_MS", -1.0)
    _paste(page, "stayed in ")
    assert _titles(page) == ["Other"]  # no wait: the paste was searched straight away
    page.search.field.clear()
    page.search.field.setFocus()
    assert page.left_stack.currentWidget() is page.entries
    # Key presses are sent without running the event loop, so the pause cannot pass meanwhile.
    with qtbot.waitSignal(page.search.changed, timeout=2000):
        qtbot.keyClicks(page.search.field, "read")
        assert page.left_stack.currentWidget() is page.entries  # still waiting for a pause
    assert page.left_stack.currentWidget() is page.results
    assert _titles(page) == ["Other"]


def test_each_key_is_searched_without_waiting_when_the_last_search_was_quick(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every search counts as quick here, whatever this machine's speed.
    monkeypatch.setattr("recovery_journal.ui.journal.search_bar.QUICK_SEARCH_MS", 1e9)
    page.search.field.setFocus()
    assert not page.search.searches_at_once()  # nothing searched yet: the first key waits
    _paste(page, "stayed in ")
    assert page.search.searches_at_once()
    page.search.field.clear()
    page.search.field.setFocus()
    # Key presses are sent without running the event loop: no pause can pass meanwhile.
    qtbot.keyClicks(page.search.field, "rea")
    assert page.left_stack.currentWidget() is page.results
    assert _titles(page) == ["Other"]
    qtbot.keyClick(page.search.field, Qt.Key.Key_D)
    assert page.search.text() == "read" and _titles(page) == ["Other"]
    qtbot.keyClick(page.search.field, Qt.Key.Key_S)  # "reads": nothing matches any more
    assert _titles(page) == []


def test_even_a_one_letter_paste_searches_at_once_and_slow_searches_wait_longer(
    qtbot: QtBot, page: JournalPage
) -> None:
    from PySide6.QtWidgets import QApplication

    assert page.search.typing_pause_ms() == TYPING_PAUSE_MS  # nothing searched yet
    QApplication.clipboard().setText("a")
    page.search.field.setFocus()
    qtbot.keyClick(page.search.field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.search.text() == "a"
    assert page.left_stack.currentWidget() is page.results  # searched without a pause
    # A slow search makes typing wait longer for a pause (a quick one keeps it short).
    slow = page.search.changed.connect(lambda: qtbot.wait(SEARCH_DELAY_MS // 2))
    page.search.flush()
    _paste(page, "walk ")
    assert page.search.typing_pause_ms() == SEARCH_DELAY_MS
    page.search.changed.disconnect(slow)


@pytest.mark.parametrize(
    ("old", "new", "count"),
    [("", "a", 1), ("walk", "walks", 1), ("walk", "wal", 1), ("", "a long walk", 11),
     ("walk", "", 4), ("a walk", "a talk", 1), ("rain", "snow", 4), ("aa", "aaa", 1)],
)
def test_changed_chars(old: str, new: str, count: int) -> None:
    assert changed_chars(old, new) == count


def test_a_common_word_is_counted_only_up_to_a_cap_and_every_hit_still_loads(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("recovery_journal.ui.journal.page.COUNT_CAP", MATCHES - 2)
    _paste(page, "walk")
    assert page.result_note.text() == f"More than {MATCHES - 2} entries match"
    while page.results_model.canFetchMore():
        page.results_model.fetchMore()
    assert len(set(_titles(page))) == MATCHES  # the cap is on the counting, never the hits
    monkeypatch.setattr("recovery_journal.ui.journal.page.COUNT_CAP", MATCHES)
    _paste(page, "walk ")
    assert page.result_note.text() == f"{MATCHES} entries match"
