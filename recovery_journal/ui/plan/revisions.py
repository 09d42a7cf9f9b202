"""Earlier versions of a plan section: view each, compare with the current text, restore."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import PlanRevision, PlanSection
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.plan import Plan
from recovery_journal.ui.announce import announce
from recovery_journal.ui.widgets.dates import friendly_moment


def _when(revision: PlanRevision) -> str:
    return friendly_moment(revision.saved_at.astimezone())


Row = tuple[str, str]  # ("same" | "removed" | "added" | "gap", the line)
_MARKS = {"removed": "− Removed", "added": "+ Added", "same": "", "gap": "⋯"}


def diff_rows(old: str, new: str) -> list[Row]:
    """The lines of two texts as kept, removed or added, with a gap between changed parts."""
    rows: list[Row] = []
    lines = difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=2)
    for line in lines:
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            if rows:
                rows.append(("gap", ""))  # line numbers help nobody
            continue
        rows.append(({"-": "removed", "+": "added"}.get(line[:1], "same"), line[1:]))
    return rows


def readable_diff(old: str, new: str, old_name: str, new_name: str) -> str:
    """The differences as plain text, each changed line marked in words."""
    rows = diff_rows(old, new)
    if not rows:
        return ""
    words = {"removed": "Removed: ", "added": "Added:   ", "same": "         ", "gap": ""}
    shown = [f"Before: {old_name}", f"After:  {new_name}"]
    shown += [words[kind] + text for kind, text in rows]
    return "\n".join(shown)


def _blend(one: QColor, two: QColor, share: float) -> str:
    mix = [round(a * (1 - share) + b * share) for a, b in
           zip((one.red(), one.green(), one.blue()), (two.red(), two.green(), two.blue()),
               strict=True)]
    return QColor(*mix).name()


Piece = tuple[bool, str]  # (changed, text)
_WORDS = re.compile(r"\w+|\s+|[^\w\s]")


def changed_words(old: str, new: str) -> tuple[list[Piece], list[Piece]]:
    """Both versions of a line in pieces, each marked changed or kept, word by word."""
    old_words, new_words = _WORDS.findall(old), _WORDS.findall(new)
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    before: list[Piece] = []
    after: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i2 > i1:
            before.append((tag != "equal", "".join(old_words[i1:i2])))
        if j2 > j1:
            after.append((tag != "equal", "".join(new_words[j1:j2])))
    return before, after


def _run(rows: list[Row], start: int, kind: str) -> list[int]:
    """The row numbers of the run of `kind` rows beginning at `start`."""
    end = start
    while end < len(rows) and rows[end][0] == kind:
        end += 1
    return list(range(start, end))


def _pairs(rows: list[Row]) -> dict[int, list[Piece]]:
    """For a removed line replaced by an added one, each row's pieces, by row number."""
    pieces: dict[int, list[Piece]] = {}
    index = 0
    while index < len(rows):
        removed = _run(rows, index, "removed")
        added = _run(rows, index + len(removed), "added")
        for old_row, new_row in zip(removed, added, strict=False):
            old, new = rows[old_row][1], rows[new_row][1]
            # Only lines that still share most of their words: otherwise all of it is new.
            if difflib.SequenceMatcher(None, old, new, autojunk=False).ratio() >= 0.5:
                pieces[old_row], pieces[new_row] = changed_words(old, new)
        index += max(len(removed) + len(added), 1)
    return pieces


def _body(kind: str, line: str, pieces: list[Piece] | None) -> str:
    # The words that changed inside a line are bold too, so a long paragraph with one new
    # word shows where it is; the line's own mark ("+ Added") still says what happened.
    if pieces is None:
        body = html.escape(line) or "&nbsp;"
    else:
        body = "".join(f"<b>{html.escape(text)}</b>" if changed else html.escape(text)
                       for changed, text in pieces) or "&nbsp;"
    return f"<s>{body}</s>" if kind == "removed" else body


def diff_html(rows: list[Row], palette: QPalette, old_name: str, new_name: str) -> str:
    """The differences inline: each changed line says so in words, with a calm tint behind
    it (never colour alone); removed lines are struck through, changed words are bold."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    tints = {"added": _blend(base, accent, 0.2), "removed": _blend(base, text, 0.1)}
    quiet = _blend(base, text, 0.6)
    parts = [f"<p style='color:{quiet}'>{html.escape(old_name)} → {html.escape(new_name)}</p>"]
    pieces = _pairs(rows)
    for number, (kind, line) in enumerate(rows):
        mark = html.escape(_MARKS[kind])
        if kind == "gap":
            parts.append(f"<p style='color:{quiet}'>{mark}</p>")
            continue
        body = _body(kind, line, pieces.get(number))
        style = f"background-color:{tints[kind]};" if kind in tints else ""
        label = f"<b>{mark}:</b> " if mark else ""
        parts.append(f"<p style='{style} margin:0px; white-space:pre-wrap'>{label}{body}</p>")
    return "".join(parts)


class RevisionDialog(QDialog):
    """Lists a section's saved versions (newest first); `restored` carries the new section."""

    restored = Signal(object)

    def __init__(self, plan: Plan, section: PlanSection, title: str,
                 parent: QWidget | None = None,
                 readable: Callable[[str], str] = lambda body: body) -> None:
        super().__init__(parent)
        self._readable = readable  # how a stored body reads (the safety plan's steps)
        self._plan = plan
        self._section = section
        self._revisions: Sequence[PlanRevision] = ()
        self.setWindowTitle(self.tr("Earlier versions: %s") % title)
        # Sized by the text, so large text gets a larger dialog, within the screen.
        metrics, room = self.fontMetrics(), self.screen().availableGeometry()
        self.resize(min(max(820, metrics.averageCharWidth() * 120), room.width() * 9 // 10),
                    min(max(560, metrics.lineSpacing() * 32), room.height() * 9 // 10))
        intro = QLabel(self.tr(
            "Every time you save, the earlier text is kept here. Restoring a version saves it "
            "as the newest one, so nothing is lost."))
        intro.setWordWrap(True)
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Saved versions, newest first"))
        self.versions.setWordWrap(True)  # a long date wraps rather than scrolls sideways
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("The chosen version"))
        self.compare_button = QPushButton(self.tr("Compare with now"))
        self.compare_button.setCheckable(True)
        self.compare_button.setAccessibleName(
            self.tr("Show what changed between this version and the text now"))
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen version"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close earlier versions"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.versions.currentRowChanged.connect(self._show)
        self.compare_button.toggled.connect(lambda _on: self._show(self.versions.currentRow()))
        self.restore_button.clicked.connect(self.restore)
        close.clicked.connect(self.accept)
        columns = QHBoxLayout()
        columns.addWidget(self.versions, 1)
        columns.addWidget(self.text, 2)
        buttons = QDialogButtonBox()
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the versions again and show the newest."""
        self._revisions = self._plan.revisions(self._section.key)
        self.versions.clear()
        for index, revision in enumerate(self._revisions):
            label = _when(revision)
            if index == 0 and revision.body == self._section.body:
                label = self.tr("%s (now)") % label
            self.versions.addItem(label)
        self.versions.setCurrentRow(0 if self._revisions else -1)
        self._show(self.versions.currentRow())

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._revisions):
            self.text.clear()
            self.restore_button.setEnabled(False)
            return
        revision = self._revisions[row]
        self.restore_button.setEnabled(revision.body != self._section.body)
        if self.compare_button.isChecked():
            rows = diff_rows(self._readable(revision.body), self._readable(self._section.body))
            if not rows:
                self.text.setPlainText(self.tr("This version is the same as the text now."))
                return
            self.text.setHtml(diff_html(rows, self.text.palette(),
                                        self.tr("Saved %s") % _when(revision), self.tr("Now")))
        else:
            self.text.setPlainText(self._readable(revision.body))

    def restore(self) -> None:
        """Make the chosen version the current text (as a new version)."""
        row = self.versions.currentRow()
        if not 0 <= row < len(self._revisions):
            return
        try:
            self._section = self._plan.restore_revision(self._revisions[row].id)
        except VaultError as error:
            announce(self, error.message, self.status)
            return
        self.reload()
        announce(self, self.tr("Restored. The text before is kept as a version too."),
                 self.status)
        self.restored.emit(self._section)
        self.versions.setFocus(Qt.FocusReason.OtherFocusReason)
