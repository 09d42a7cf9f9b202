"""The journal's item models: Qt's model checks, lazy loading, and what each row says."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.journal.list import (
    ENTRY_ID_ROLE,
    PAGE_SIZE,
    JournalListModel,
    ListFilter,
    first_line,
    summarise,
)
from recovery_journal.ui.journal.search import MARK, SearchResultsModel


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


def _fill(repos: Repositories, count: int) -> list[int]:
    start = datetime.now().astimezone() - timedelta(days=count)
    return [
        repos.journal.add(written_at=start + timedelta(days=n), title=f"Day {n}",
                          body=f"# Heading {n}\n\nbody {n}", tags=["walk"] if n % 2 else []).id
        for n in range(count)
    ]


def test_list_model_passes_qt_model_checks(qtmodeltester: ModelTester,
                                           repos: Repositories) -> None:
    _fill(repos, PAGE_SIZE + 30)
    model = JournalListModel(repos.journal)
    model.reload()
    # Every row is there from the start (the count); their pages are read as they are asked.
    assert model.rowCount() == PAGE_SIZE + 30 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(PAGE_SIZE + 29), ENTRY_ID_ROLE) is not None


def test_list_model_reset_passes_qt_model_checks(qtmodeltester: ModelTester,
                                                 repos: Repositories) -> None:
    # One page only: pytest-qt's tester fetches more from inside its own reset handler, before
    # it notes that the reset has ended, which it then reports as an insert during a reset.
    _fill(repos, 5)
    model = JournalListModel(repos.journal)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    repos.journal.add(written_at=datetime.now().astimezone(), body="one more")
    model.reload()
    assert model.rowCount() == 6


def test_empty_list_model_passes_qt_model_checks(qtmodeltester: ModelTester,
                                                 repos: Repositories) -> None:
    model = JournalListModel(repos.journal)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0 and model.total() == 0


def test_search_model_passes_qt_model_checks(qtmodeltester: ModelTester,
                                             repos: Repositories) -> None:
    _fill(repos, 5)
    model = SearchResultsModel()
    model.show_results(5, lambda after: repos.journal.search_page(
        "body", after=after, limit=2, mark=MARK))
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)  # fetches the later pages, checking each insert
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 5 == model.total()
    empty = SearchResultsModel()
    empty.show_results(0, lambda after: repos.journal.search_page("zebra ", after=after))
    assert empty.rowCount() == 0 and not empty.canFetchMore()


def test_rows_are_newest_first_with_date_title_and_first_line(repos: Repositories) -> None:
    ids = _fill(repos, 3)
    model = JournalListModel(repos.journal)
    model.reload()
    assert [model.data(model.index(r), ENTRY_ID_ROLE) for r in range(3)] == ids[::-1]
    shown = model.data(model.index(0), Qt.ItemDataRole.DisplayRole)
    assert isinstance(shown, str) and "Day 2" in shown and "Heading 2" in shown
    assert "#" not in shown  # Markdown marks are left out of the first line
    spoken = model.data(model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert isinstance(spoken, str) and "\n" not in spoken


def test_any_entry_is_found_by_reading_only_the_page_around_it(repos: Repositories) -> None:
    ids = _fill(repos, 3 * PAGE_SIZE + 17)
    for entry_id in ids[5:40:7]:
        repos.journal.delete(entry_id)
    expected = [entry.id for entry in repos.journal.list()]
    model = JournalListModel(repos.journal)
    model.reload()
    assert model.rowCount() == len(expected) == model.total()
    # The oldest entry: its row, and the rows around it read from its own place.
    row = model.row_of(ids[0])
    assert row == len(expected) - 1
    assert model.row_of(ids[5]) is None  # set aside
    middle = expected[PAGE_SIZE + 40]
    assert model.row_of(middle) == PAGE_SIZE + 40
    # Rows in any order, across pages read from a neighbour, from an entry or by a jump.
    for at in (PAGE_SIZE + 39, PAGE_SIZE + 41, PAGE_SIZE, PAGE_SIZE - 1, 2 * PAGE_SIZE + 3,
               len(expected) - 2, 2 * PAGE_SIZE - 1, 5, 0):
        assert model.summary(at).id == expected[at], at
        assert model.data(model.index(at), ENTRY_ID_ROLE) == expected[at]
    with pytest.raises(IndexError):
        model.summary(len(expected))
    # A new entry written meanwhile (the list not yet read again) is still found.
    newest = repos.journal.add(written_at=datetime.now().astimezone() + timedelta(days=2))
    assert model.row_of(newest.id) == 0 and model.rowCount() == len(expected) + 1


def test_a_far_entry_keeps_its_place_with_a_filter(repos: Repositories) -> None:
    ids = _fill(repos, 2 * PAGE_SIZE + 30)  # odd days have the tag "walk"
    model = JournalListModel(repos.journal)
    model.reload(ListFilter(tag="walk"))
    walks = [entry.id for entry in repos.journal.list(tag="walk")]
    assert model.rowCount() == len(walks)
    assert model.row_of(ids[1]) == len(walks) - 1 == walks.index(ids[1])
    assert model.row_of(ids[0]) is None  # no walk that day
    assert [model.summary(r).id for r in range(len(walks) - 3, len(walks))] == walks[-3:]
    changed = summarise(repos.journal.update(ids[1], title="A long walk"))
    assert model.replace(changed) and model.summary(len(walks) - 1).title == "A long walk"


def test_filters_narrow_the_list(repos: Repositories) -> None:
    _fill(repos, 10)
    model = JournalListModel(repos.journal)
    model.reload(ListFilter(tag="WALK"))
    assert model.total() == 5 and model.rowCount() == 5


def test_first_line_skips_blank_lines_and_cuts_long_ones() -> None:
    assert first_line("\n\n  ## A title  \nmore") == "A title"
    assert first_line("- item") == "item"
    assert first_line("") == ""
    long = first_line("word " * 200)
    assert len(long) == 160 and long.endswith("…")


def test_a_row_asked_for_while_the_vault_closes_is_shown_empty(
    repos: Repositories, vault: Vault
) -> None:
    _fill(repos, PAGE_SIZE + 5)
    model = JournalListModel(repos.journal)
    model.reload()
    assert model.data(model.index(1), ENTRY_ID_ROLE) is not None
    vault.close()  # a lock, while the list is still on screen
    assert model.data(model.index(PAGE_SIZE + 2), ENTRY_ID_ROLE) is None
    assert model.data(model.index(1), ENTRY_ID_ROLE) is not None  # read before: still there
