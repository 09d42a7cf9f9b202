"""Share a report: the person picks the period and each section, sees the pages, saves a PDF.

Journal text and phone numbers / email addresses are off until chosen. The sections are read
from the vault on the GUI thread (quick); the charts, the layout and the PDF are made on a
worker, with progress, and can be stopped. The file is written whole or not at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.charts.registry import MOOD_HOPE
from recovery_journal.report.content import (
    CHART_SECTIONS,
    PLAN_SECTIONS,
    ReportChoice,
    gather,
)
from recovery_journal.report.pdf import PREVIEW_WIDTH, PagePreviews
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.announce import announce
from recovery_journal.ui.language import QtLanguage
from recovery_journal.ui.share.page_view import PageFrame, PagePictures
from recovery_journal.ui.share.parts import other_parts, section_label
from recovery_journal.ui.widgets.buttons import mark_main_action
from recovery_journal.ui.widgets.dates import DAY, friendly_day
from recovery_journal.ui.widgets.range_picker import DateEdit
from recovery_journal.ui.worker import Task, run_in_background

ChoosePath = Callable[[QWidget, Path], Path | None]
DEFAULT_DAYS = 90


class ShareReportDialog(QDialog):
    """Choose, preview and save a PDF report."""

    def __init__(self, repos: Repositories, today: date, choose_path: ChoosePath | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repos = repos
        self._today = today
        self._choose_path = choose_path or _ask_path
        self._task: Task | None = None
        self._stop = threading.Event()
        self._progress = (0, 1, "")
        self.last_text = ""  # the laid-out text of the last report made (tests, screen readers)
        self.setWindowTitle(self.tr("Share a report"))
        self._build()
        self._fit_width()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(self.tr("Choose the period and each part to include. Nothing else goes "
                               "into the file."), self)
        intro.setWordWrap(True)
        self.start = self._date(self._today - timedelta(days=DEFAULT_DAYS - 1), self.tr("From"))
        self.end = self._date(self._today, self.tr("To"))
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.footer = QCheckBox(self.tr("Add \u201cShared by me on %s\u201d at the foot of each "
                                        "page") % friendly_day(self._today), self)
        form = QFormLayout()
        for text, field in ((self.tr("&From"), self.start), (self.tr("&To"), self.end),
                            (self.tr("&Paper"), self.paper)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)

        self.boxes: dict[str, QCheckBox] = {}
        charts = self._group(self.tr("Charts (each with its sentence and numbers)"),
                             [(k, section_label(k)) for k in CHART_SECTIONS])
        # Made in the order they stand, so Tab meets them that way.
        other = self._group(self.tr("Other parts"), other_parts())
        self.boxes[MOOD_HOPE.name].setChecked(True)
        self.boxes["checkins"].setChecked(True)
        self.with_contacts = QCheckBox(self.tr("Include phone numbers and email addresses"), self)
        self.with_journal_text = QCheckBox(self.tr("Include the text of journal entries"), self)
        other_layout = other.layout()
        assert other_layout is not None
        other_layout.addWidget(self.with_contacts)
        other_layout.addWidget(self.with_journal_text)
        self.with_hope_pictures = QCheckBox(self.tr("Include the pictures in my hope box"), self)
        other_layout.addWidget(self.with_hope_pictures)
        # Pictures go only with the hope box itself, and only when ticked as well.
        self.with_hope_pictures.setEnabled(False)
        self.boxes["hope_box"].toggled.connect(self.with_hope_pictures.setEnabled)
        plan = self._group(self.tr("My wellness plan"),
                           [(k, section_label(k)) for k in PLAN_SECTIONS])

        choices = QWidget(self)
        left = QVBoxLayout(choices)
        left.addWidget(intro)
        left.addLayout(form)
        left.addWidget(self.footer)
        left.addWidget(charts)
        left.addWidget(other)
        left.addWidget(plan)
        left.addStretch(1)
        scroll = self.choices_scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(choices)
        # Wide enough for its widest line at any text size: with no sideways scrolling, a
        # narrower column cut its words off.
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(choices.minimumSizeHint().width() + bar + 2 * scroll.frameWidth())

        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        # Top only: centring the whole layout made it as narrow as its widest word, so the
        # hint broke after three words; each page image is centred on its own instead.
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview_hint = QLabel(self.tr("Press Preview to see the pages here."), self.pages)
        self.preview_hint.setWordWrap(True)
        self.preview_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.addWidget(self.preview_hint)
        preview = self.preview_area = QScrollArea(self)
        preview.setWidgetResizable(True)
        preview.setWidget(self.pages)
        preview.setAccessibleName(self.tr("Preview of the pages"))

        columns = QHBoxLayout()
        columns.addWidget(scroll, 1)
        columns.addWidget(preview, 1)

        self.note = QLabel(self.tr("The PDF is not encrypted: anyone who has the file can read "
                                   "it. Share it only with people you choose."), self)
        self.note.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.preview_button = self._button(self.tr("Pre&view"), self.preview)
        self.save_button = self._button(self.tr("&Save as PDF…"), self.save)
        # Qt writes untagged PDF: the same report as HTML is what a screen reader can read.
        self.html_button = self._button(self.tr("Save an &accessible copy (HTML)…"),
                                        self.save_accessible)
        self.stop_button = self._button(self.tr("S&top"), self.stop)
        self.close_button = self._button(self.tr("&Close"), self.reject)
        # One row in the platform's order: the main action where the platform puts it.
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.html_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.stop_button.hide()  # only while busy (addButton shows every button it takes)
        mark_main_action(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._show_progress)

    def _fit_width(self) -> None:
        # Two equal columns, each as wide as the choices need (large text makes them wider),
        # within the screen.
        wanted = max(1000, 2 * self.choices_scroll.minimumWidth() + 48)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            wanted = min(wanted, screen.width() - 40)
        self.resize(wanted, 720)

    def _date(self, day: date, name: str) -> QDateEdit:
        edit = DateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DAY)
        edit.setAccessibleName(name)
        return edit

    def _group(self, title: str, items: list[tuple[str, str]]) -> QGroupBox:
        group = QGroupBox(title, self)
        layout = QVBoxLayout(group)
        for key, text in items:
            box = QCheckBox(text, group)
            layout.addWidget(box)
            self.boxes[key] = box
        return group

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    # -- the choice ----------------------------------------------------------------------------

    def choice(self) -> ReportChoice:
        """What is chosen now (ValueError for a period that ends before it starts)."""
        return ReportChoice(
            start=_day(self.start.date()), end=_day(self.end.date()),
            sections=tuple(k for k, box in self.boxes.items() if box.isChecked()),
            made_on=self._today, with_contacts=self.with_contacts.isChecked(),
            with_journal_text=self.with_journal_text.isChecked(),
            with_hope_pictures=self.with_hope_pictures.isChecked(),
            paper=str(self.paper.currentData()), footer=self.footer.isChecked(),
            language=QtLanguage(),
        )

    # -- running -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def preview(self) -> None:
        """Make the pages and show them (nothing is written)."""
        self._start(None)

    def save(self) -> Path | None:
        """Ask where, then make and write the PDF; returns the path asked for, if any."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = self._choose_path(self, Path(folder or Path.home()) / "my-recovery-report.pdf")
        if path is not None:
            self._start(path)
        return path

    def save_accessible(self) -> Path | None:
        """Ask where, then write the same report as accessible HTML; returns the path asked."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = self._choose_path(self, Path(folder or Path.home()) / "my-recovery-report.html")
        if path is not None:
            self._start(path, accessible=True)
        return path

    def stop(self) -> None:
        """Stop making the report; no file is left behind."""
        self._stop.set()
        self._say(self.tr("Stopping…"))

    def _start(self, path: Path | None, accessible: bool = False) -> None:
        if self._task is not None:
            return
        try:
            choice = self.choice()
        except ValueError:
            self._say(self.tr("The first day comes after the last day."))
            return
        if not choice.sections:
            self._say(self.tr("Choose at least one part to include."))
            return
        content = gather(self._repos, choice)
        self._stop = threading.Event()
        stop = self._stop
        self._progress = (0, 1, "")

        def progress(done: int, total: int, what: str) -> None:
            self._progress = (done, total, what)  # read by the GUI thread's timer

        def work() -> object:
            from recovery_journal.report.accessible_html import make_accessible_report, write_html
            from recovery_journal.report.build import make_report, write_report

            if accessible and path is not None:
                write_html(make_accessible_report(content, progress, stop.is_set), path)
                return path
            if path is None:
                return make_report(content, progress, stop.is_set, want_images=True)
            return write_report(content, path, progress, stop.is_set, want_images=True)

        self._set_busy(True)
        # The task belongs to the application: locking may delete this dialog mid-report,
        # and the worker must still have somewhere to hand its (discarded) result.
        app = QCoreApplication.instance()
        assert app is not None
        self._task = run_in_background(work, app, lambda out: self._done(out, path),
                                       self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.html_button.setEnabled(not busy)
        if busy:
            self.bar.setValue(0)
            self._timer.start()
            self.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._timer.stop()

    def _show_progress(self) -> None:
        done, total, what = self._progress
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        if what:
            self.status.setText(what)

    def _done(self, output: object, path: Path | None) -> None:
        from recovery_journal.report.build import ReportOutput

        if not shiboken6.isValid(self):
            return

        self._task = None
        self._set_busy(False)
        if isinstance(output, ReportOutput):
            self.last_text = output.plain_text
            self._show_pages(output.pages)
        if isinstance(output, Path):
            self._say(self.tr("Saved an accessible copy as %s. It is not encrypted.")
                      % output.name)
        elif path is None:
            count = len(self._page_labels())
            self._say(self.tr("Preview ready: %n page(s).", "", count))
        else:
            self._say(self.tr("Saved the report as %s. It is not encrypted.") % path.name)
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: object) -> None:
        from recovery_journal.report.pdf import Cancelled

        if not shiboken6.isValid(self):
            return

        self._task = None
        self._set_busy(False)
        if isinstance(error, Cancelled):
            self._say(self.tr("Stopped. No file was written."))
        elif isinstance(error, OSError):
            self._say(self.tr("The report couldn't be saved there (the disk may be full or the "
                              "folder read-only). No file was left behind."))
        else:
            self._say(self.tr("The report couldn't be made. No file was written."))
        self.preview_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _page_labels(self) -> list[QLabel]:
        return [w for w in self.pages.findChildren(QLabel) if w is not self.preview_hint]

    def _show_pages(self, pages: PagePreviews) -> None:
        for label in self._page_labels():
            label.setParent(None)  # out of findChildren now: a second preview counts its own
            label.deleteLater()
        self.preview_hint.hide()
        width = max(200, min(PREVIEW_WIDTH, self.preview_area.viewport().width() - 30))
        pictures = PagePictures(pages, width)
        for number in range(1, len(pages) + 1):
            name = self.tr("Page %1 of %2").replace("%1", str(number)).replace(
                "%2", str(len(pages)))
            frame = PageFrame(pictures, number - 1, name, self.pages)
            self.pages_layout.addWidget(frame, 0, Qt.AlignmentFlag.AlignHCenter)

    def _say(self, text: str) -> None:
        announce(self, text, self.status)

    def reject(self) -> None:
        """Closing stops a report being made; nothing half-made is written."""
        self._stop.set()
        super().reject()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _ask_path(parent: QWidget, suggested: Path) -> Path | None:
    suffix = suggested.suffix.lower()
    kind = parent.tr("Web page (*.html)") if suffix == ".html" else parent.tr("PDF (*.pdf)")
    chosen, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save the report"), str(suggested), kind)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)
