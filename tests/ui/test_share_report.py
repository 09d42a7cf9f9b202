"""Share a report: defaults keep private things out; preview, save and stop on a real vault."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.model import PlanSectionKey
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.share.dialog import ShareReportDialog
from recovery_journal.ui.share.page_view import KEPT, PageFrame, PagePictures
from tests.ui.audit import assert_accessible, assert_tab_cycles

TODAY = date(2025, 3, 10)
PHONE = "07700 555666"
BODY = "PRIVATEJOURNALMARKER"


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    repos = Repositories.from_vault(vault)
    repos.checkins.add(recorded_at=datetime(2025, 3, 9, 9, tzinfo=UTC), values={"mood": 7})
    repos.journal.add(written_at=datetime(2025, 3, 9, 20, tzinfo=UTC), title="Sunday",
                      body=BODY)
    repos.supporters.add("Jo", "Friend", phone=PHONE)
    repos.plan.save(PlanSectionKey.DAILY, "DAILYMARKER")
    repos.plan.save(PlanSectionKey.TOOLBOX, "TOOLBOXMARKER")
    return repos


def _dialog(qtbot: QtBot, repos: Repositories, target: Path | None = None) -> ShareReportDialog:
    dialog = ShareReportDialog(repos, TODAY, choose_path=lambda parent, suggested: target)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _only(dialog: ShareReportDialog, *keys: str) -> None:
    for key, box in dialog.boxes.items():
        box.setChecked(key in keys)


def test_private_things_are_off_by_default_and_stay_out(
    qtbot: QtBot, repos: Repositories
) -> None:
    dialog = _dialog(qtbot, repos)
    assert not dialog.with_contacts.isChecked() and not dialog.with_journal_text.isChecked()
    assert "not encrypted" in dialog.note.text()
    _only(dialog, "checkins", "people", "journal", "plan:daily")
    dialog.preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    text = dialog.last_text
    assert "Jo" in text and "Sunday" in text and "DAILYMARKER" in text
    assert PHONE not in text and BODY not in text and "TOOLBOXMARKER" not in text
    pages = dialog.pages.findChildren(PageFrame)
    assert pages and pages[0].accessibleName() == f"Page 1 of {len(pages)}"
    assert f"{len(pages)} page" in dialog.status.text()
    # Drawn when shown: the first page's picture has the report's dark text on white.
    picture = pages[0].grab().toImage()
    colours = {picture.pixelColor(x, y).lightness() < 100
               for x in range(0, picture.width(), 3) for y in range(0, picture.height(), 3)}
    assert colours == {True, False}
    dialog.preview()  # again: the new pages replace the old, none left behind
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert len(dialog.pages.findChildren(PageFrame)) == len(pages)
    assert f"{len(pages)} page" in dialog.status.text()


def test_save_writes_the_whole_file(qtbot: QtBot, repos: Repositories, tmp_path: Path) -> None:
    target = tmp_path / "shared.pdf"
    dialog = _dialog(qtbot, repos, target)
    _only(dialog, "plan:toolbox")
    dialog.with_journal_text.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert "not encrypted" in dialog.status.text()
    assert "TOOLBOXMARKER" in dialog.last_text and BODY not in dialog.last_text


def test_stop_leaves_nothing(qtbot: QtBot, repos: Repositories, tmp_path: Path) -> None:
    target = tmp_path / "out" / "shared.pdf"
    target.parent.mkdir()
    dialog = _dialog(qtbot, repos, target)
    _only(dialog, "mood-hope", "checkins")
    assert not dialog.stop_button.isVisible()  # nothing to stop yet
    dialog.save()
    assert dialog.stop_button.isVisible()
    dialog.stop()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert list(target.parent.iterdir()) == []
    assert "No file was written" in dialog.status.text()


def test_nothing_chosen_or_a_backwards_period_is_said_plainly(
    qtbot: QtBot, repos: Repositories
) -> None:
    dialog = _dialog(qtbot, repos)
    _only(dialog)
    dialog.preview()
    assert not dialog.busy and "at least one" in dialog.status.text()
    _only(dialog, "checkins")
    dialog.start.setDate(dialog.end.date().addDays(3))
    dialog.preview()
    assert not dialog.busy and "after the last day" in dialog.status.text()


def test_accessible_and_no_keyboard_trap(qtbot: QtBot, repos: Repositories) -> None:
    dialog = _dialog(qtbot, repos)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert_accessible(dialog)
    assert_tab_cycles(dialog)
    assert isinstance(dialog.pages, QWidget)


def test_dates_read_in_the_one_friendly_style(qtbot: QtBot, repos: Repositories) -> None:
    """Bug: "2025-03-10" in the footer choice next to "10 Mar 2025" in the date fields."""
    dialog = ShareReportDialog(repos, TODAY)
    qtbot.addWidget(dialog)
    assert "Mon 10 Mar 2025" in dialog.footer.text()
    assert dialog.end.text() == "Mon 10 Mar 2025"


def test_the_columns_have_room(qtbot: QtBot, repos: Repositories) -> None:
    """Bug: the preview hint broke after three words; at large text the choices were cut."""
    dialog = ShareReportDialog(repos, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    viewport = dialog.preview_area.viewport().width()
    assert dialog.preview_hint.width() >= viewport * 0.8
    choices = dialog.choices_scroll.widget()
    assert choices is not None
    assert dialog.choices_scroll.viewport().width() >= choices.minimumSizeHint().width()


def test_a_long_preview_keeps_only_a_few_pictures(qtbot: QtBot, repos: Repositories) -> None:
    # A year with journal text ran to 222 pages, drawn up front: ~1 GiB of pictures.
    from recovery_journal.report.build import make_report
    from recovery_journal.report.content import ReportChoice, gather

    day = date.today()
    choice = ReportChoice(start=day - timedelta(days=30), end=day, sections=("plan:crisis",),
                          made_on=day)
    pages = make_report(gather(repos, choice), want_images=True).pages
    pictures = PagePictures(pages, 300)
    shown = [pictures.picture(0) for _ in range(3)]
    assert shown[0].width() == 300 and abs(shown[0].height() - pictures.height()) <= 1
    assert pictures.height() > 300  # a portrait page
    assert pictures.kept() == 1  # the same page again is the same picture
    assert len(pages) >= 1 and pages[0].width() > pictures.width
    with pytest.raises(IndexError):
        pages[len(pages)]
    long = PagePictures(type(pages)(pages.document, KEPT * 3, pages.footer, pages.size,
                                    pages.font, pages.page, pages.keep), 200)
    for index in range(KEPT * 3):
        long.picture(index)
    assert long.kept() == KEPT
