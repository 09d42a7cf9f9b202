"""Journal search through the page: typing, accents, phrases, prefixes, filters, Enter, 5 MB."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.journal.page import JournalPage
from recovery_journal.ui.journal.search import MARK, first_match, snippet_html
from recovery_journal.ui.journal.search_bar import BETWEEN, LAST_MONTH, to_qdate


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


@pytest.fixture
def page(qtbot: QtBot, repos: Repositories) -> Iterator[JournalPage]:
    stack = QUndoStack()
    built = JournalPage(repos, stack)
    qtbot.addWidget(built)
    built.resize(1100, 750)
    built.show()
    built.activateWindow()
    qtbot.waitUntil(built.isActiveWindow)
    yield built
    stack.clear()


def _at(days_ago: int) -> datetime:
    return datetime.now().astimezone() - timedelta(days=days_ago)


def _add(repos: Repositories, title: str, body: str, days_ago: int = 0,
         tags: tuple[str, ...] = ()) -> int:
    return repos.journal.add(written_at=_at(days_ago), title=title, body=body, tags=tags).id


def _search(qtbot: QtBot, page: JournalPage, text: str) -> list[str]:
    """Type `text` into the search field as a person would; return the titles found."""
    page.search.field.clear()
    page.search.field.setFocus()
    with qtbot.waitSignal(page.search.changed, timeout=2000):
        qtbot.keyClicks(page.search.field, text)
    model = page.results_model
    return [model.hit(row).title for row in range(model.rowCount())]


def _reload(page: JournalPage) -> None:
    page.list_model.reload()
    page.search.reload_tags()


def test_accents_are_ignored_both_ways(qtbot: QtBot, page: JournalPage,
                                       repos: Repositories) -> None:
    _add(repos, "Coffee", "A café on the corner")
    _add(repos, "Hope", "Maybe a naive hope")
    _reload(page)
    assert _search(qtbot, page, "cafe") == ["Coffee"]
    # The test keyboard types ASCII only; the field gets accented text as a paste would.
    page.search.field.setText("naïve")
    page.search.flush()
    assert [page.results_model.hit(r).title for r in range(page.results_model.rowCount())] == [
        "Hope"]


def test_results_update_while_typing_and_show_a_count(
    qtbot: QtBot, page: JournalPage, repos: Repositories
) -> None:
    _add(repos, "One", "walking in the rain")
    _add(repos, "Two", "a walk by the sea", days_ago=1)
    _reload(page)
    assert set(_search(qtbot, page, "walk")) == {"One", "Two"}  # "walk" while typing: a prefix
    assert page.results.isVisible()
    assert page.result_note.text() == "2 entries match"
    assert _search(qtbot, page, "walk ") == ["Two"]  # a finished word is a whole word
    assert _search(qtbot, page, "zebra") == []
    assert page.empty.isVisible() and "Nothing found" in page.empty.text()
    page.search.field.setFocus()
    qtbot.keyClick(page.search.field, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.entries.isVisible()


def test_phrases_and_prefixes(qtbot: QtBot, page: JournalPage, repos: Repositories) -> None:
    _add(repos, "Together", "the river walk was calm")
    _add(repos, "Apart", "a walk, then the river", days_ago=1)
    _reload(page)
    assert _search(qtbot, page, '"river walk"') == ["Together"]
    assert set(_search(qtbot, page, "riv* ")) == {"Together", "Apart"}


def test_title_matches_rank_first(qtbot: QtBot, page: JournalPage, repos: Repositories) -> None:
    _add(repos, "Nothing much", "garden garden and more", days_ago=2)
    _add(repos, "Garden", "planted beans")
    _reload(page)
    assert _search(qtbot, page, "garden ")[0] == "Garden"


def test_tag_and_date_filters(qtbot: QtBot, page: JournalPage, repos: Repositories) -> None:
    _add(repos, "Recent with tag", "a quiet evening", tags=("Reading",))
    _add(repos, "Old with tag", "a quiet evening", days_ago=90, tags=("Reading",))
    _add(repos, "Recent no tag", "a quiet evening", days_ago=1)
    _reload(page)
    page.search.tag.setCurrentIndex(page.search.tag.findText("Reading"))
    assert set(_search(qtbot, page, "quiet")) == {"Recent with tag", "Old with tag"}
    page.search.period.setCurrentIndex(LAST_MONTH)
    assert [page.results_model.hit(0).title] == ["Recent with tag"]
    assert page.results_model.rowCount() == 1
    page.search.tag.setCurrentIndex(0)  # any tag
    page.search.period.setCurrentIndex(BETWEEN)
    page.search.start.setDate(to_qdate(date.today() - timedelta(days=100)))
    page.search.end.setDate(to_qdate(date.today() - timedelta(days=80)))
    assert page.results_model.rowCount() == 1
    assert page.results_model.hit(0).title == "Old with tag"
    # With nothing typed, the filters narrow the list itself.
    page.search.field.clear()
    page.search.flush()
    assert page.list_model.rowCount() == 1 and page.list_model.summary(0).title == "Old with tag"


def test_enter_opens_the_entry_at_the_match(qtbot: QtBot, page: JournalPage,
                                            repos: Repositories) -> None:
    body = "First line.\n" + "Filler words here.\n" * 400 + "Then the Lighthouse at dusk."
    target = _add(repos, "Far down", body, days_ago=3)
    _add(repos, "Other", "nothing to see")
    _reload(page)
    assert _search(qtbot, page, "lighthouse") == ["Far down"]
    qtbot.keyClick(page.search.field, Qt.Key.Key_Return)
    assert page.editor.entry_id == target
    assert QApplication.focusWidget() is page.editor.body
    cursor = page.editor.body.textCursor()
    assert cursor.selectedText() == "Lighthouse"
    assert page.editor.body.verticalScrollBar().value() > 0  # scrolled down to it
    assert page.entries.currentIndex().row() == 1  # selected in the list too


def test_down_arrow_then_enter_opens_another_result(
    qtbot: QtBot, page: JournalPage, repos: Repositories
) -> None:
    first = _add(repos, "Kite", "kite kite kite")
    second = _add(repos, "Also", "a kite", days_ago=1)
    _reload(page)
    _search(qtbot, page, "kite")
    qtbot.keyClick(page.search.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.results
    qtbot.keyClick(page.results, Qt.Key.Key_Down)
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert page.editor.entry_id in {first, second}
    assert page.editor.entry_id == page.results_model.hit(1).entry_id


def test_odd_input_never_breaks_the_search(qtbot: QtBot, page: JournalPage,
                                           repos: Repositories) -> None:
    _add(repos, "Plain", "AND OR NOT - : ( ) words")
    _reload(page)
    for text in ('"', "AND", "-", ":(", "a OR", "*"):
        _search(qtbot, page, text)  # no exception, whatever is typed


def test_snippets_escape_the_text_but_keep_the_highlight() -> None:
    snippet = f"a <b>bold</b> & {MARK[0]}café{MARK[1]} <script>"
    shown = snippet_html(snippet, "#112233", "#ffffff")
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;" in shown
    assert 'background-color:#112233' in shown and "café</span>" in shown
    assert first_match(snippet) == "café"
    assert first_match("no marks") is None


def test_a_highlighted_entry_shows_escaped_markup(qtbot: QtBot, page: JournalPage,
                                                  repos: Repositories) -> None:
    _add(repos, "Markup", "I typed <i>tags</i> and an ampersand & more")
    _reload(page)
    _search(qtbot, page, "ampersand")
    [hit] = [page.results_model.hit(0)]
    assert MARK[0] + "ampersand" + MARK[1] in hit.snippet
    text = page.results_model.data(page.results_model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert isinstance(text, str) and MARK[0] not in text and "<i>tags</i>" in text


def test_a_5_mb_entry_opens_and_is_found(qtbot: QtBot, page: JournalPage,
                                         repos: Repositories) -> None:
    # Paragraphs, as a person writes (one 5 MB line takes Qt seconds to lay out, see the
    # report).
    paragraph = "calm river stone morning " * 20 + "\n"
    half = paragraph * (5 * 1024 * 1024 // len(paragraph) // 2 + 1)
    body = half + "serendipity\n" + half
    assert len(body) >= 5 * 1024 * 1024
    entry_id = _add(repos, "Very long", body)
    _add(repos, "Short", "calm", days_ago=1)
    _reload(page)
    assert _search(qtbot, page, "serendipity") == ["Very long"]
    qtbot.keyClick(page.search.field, Qt.Key.Key_Return)
    assert page.editor.entry_id == entry_id
    assert page.editor.body.textCursor().selectedText() == "serendipity"
    assert page.list_model.summary(0).first_line.startswith("calm river stone")
    assert len(page.list_model.summary(0).first_line) <= 160  # the list never holds the body
