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
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)  # fetches the rest on its own, as a view would
    assert model.rowCount() == PAGE_SIZE + 30 and not model.canFetchMore(QModelIndex())


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


def test_a_far_entry_is_found_by_loading_up_to_its_day(repos: Repositories) -> None:
    ids = _fill(repos, 3 * PAGE_SIZE)
    model = JournalListModel(repos.journal)
    model.reload()
    oldest = repos.journal.get(ids[0])
    row = model.row_of(oldest.id, oldest.local_date)
    assert row == 3 * PAGE_SIZE - 1


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
