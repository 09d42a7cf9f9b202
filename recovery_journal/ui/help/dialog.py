"""Get help now: a calm, read-only view with a Copy button on every number. Never dials or
opens anything.

Locked, it shows only the region's bundled helplines; unlocked, first the person's crisis plan
(extra sections passed in), their own numbers and the people they chose who may be contacted.
For a region without bundled helplines it names the emergency number where known and invites
the person to add their own numbers, which are edited in Settings. The region can be changed
here, locked or not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.helplines import HelplineCatalogue, helplines_path, load_catalogue
from recovery_journal.model import BundledHelplines, Supporter
from recovery_journal.storage.errors import VaultError
from recovery_journal.ui import tokens
from recovery_journal.ui.announce import announce
from recovery_journal.ui.clipboard import ClipboardGuard
from recovery_journal.ui.region import help_for
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.region_choice import RegionCombo

if TYPE_CHECKING:
    from recovery_journal.storage.helplines import Helplines
    from recovery_journal.ui.app_settings import AppSettings

__all__ = ["HelpDialog", "HelpSection", "helplines_path"]


@dataclass(frozen=True, slots=True)
class HelpSection:
    """Extra content shown first in the dialog (the person's crisis plan)."""

    title: str
    body: str


def _plain_label(text: str) -> QLabel:
    """A label that shows text as typed: never rich text, so never a link that opens."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * factor)
    font.setBold(bold)
    return font


def _person_name(person: Supporter) -> str:
    return person.name + (f" ({person.relationship})" if person.relationship else "")


class HelpDialog(QDialog):
    """The "Get help now" dialog. Call `reload()` after building it, then `open()`."""

    def __init__(
        self,
        bundled: BundledHelplines | None,
        helplines: Helplines | None = None,
        sections: Sequence[HelpSection] = (),
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
        *,
        people: Sequence[Supporter] = (),
        settings: AppSettings | None = None,
        catalogue: HelplineCatalogue | None = None,
        open_settings: Callable[[], None] | None = None,
        open_hope_box: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_hope_box = open_hope_box  # unlocked only: the hope box is in the vault
        self._bundled = bundled
        self._helplines = helplines
        self._sections = tuple(sections)
        # Only those the person may be contacted about: a "don't contact" wish is kept.
        self._people = tuple(p for p in people if not p.do_not_contact)
        self._catalogue = catalogue
        self._open_settings = open_settings
        # The window's guard takes the number back on lock; on its own, the dialog keeps one.
        self._clipboard = clipboard or ClipboardGuard(parent=self)
        self.setWindowTitle(self.tr("Get help now"))
        self.setObjectName("helpDialog")
        self.resize(720, 680)

        self._content = QWidget()
        self._rows = QVBoxLayout(self._content)
        self._rows.setSpacing(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self._content)

        self.status = _plain_label("")
        self.status.setAccessibleName(self.tr("Status"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close Get help now"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.close_button = close

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        self.region: RegionCombo | None = None
        if settings is not None:
            label = QLabel(self.tr("&Region"))
            self.region = RegionCombo(settings, self)
            label.setBuddy(self.region)
            bottom.addWidget(label)
            bottom.addWidget(self.region)
            settings.region_changed.connect(self._region_changed)
        bottom.addStretch(1)
        buttons = QDialogButtonBox()
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    @property
    def bundled(self) -> BundledHelplines | None:
        """The region's help shown now."""
        return self._bundled

    def _region_changed(self, code: str) -> None:
        catalogue = self._catalogue if self._catalogue is not None else load_catalogue()
        self._bundled = None if catalogue is None else help_for(code, catalogue)
        self.reload()

    # -- content ---------------------------------------------------------------------------

    def reload(self) -> None:
        """(Re)build the view: the plan, own numbers, chosen people, then the region's help."""
        while (item := self._rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self._add_heading(self.tr("Get help now"), tokens.TITLE)
        self._add_text(self.tr(
            "You don't have to go through this alone. The people at these numbers are there "
            "to listen. This app never calls or opens anything itself: each number has a "
            "Copy button."
        ))
        self._add_hope_box_button()
        for section in self._sections:
            self._add_heading(section.title, tokens.HEADING)
            self._add_text(section.body, 1.15)
        if self._helplines is not None:
            self._add_own_lines()
        if self._people:
            self._add_heading(self.tr("People I'd like contacted"), tokens.HEADING)
            for person in self._people:
                reach = person.phone or person.email
                details = person.email if person.phone and person.email else ""
                self._rows.addWidget(self._row(_person_name(person), reach, details, reach))
        self._add_region_help()
        self._rows.addStretch(1)
        if not self.isVisible():
            # Opening lands on the first number, not on the region (arrows would change it).
            first = next((b for b in self._content.findChildren(QPushButton)
                          if b.objectName() != "openHopeBox"), None)
            (first or self.close_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_own_lines(self) -> None:
        assert self._helplines is not None
        self._add_heading(self.tr("Your own numbers"), tokens.HEADING)
        try:
            own = self._helplines.list()
        except VaultError as error:
            self._add_text(error.message)
            return
        if not own:
            self._add_text(self.tr(
                "You can add your own numbers in Settings: your GP, a local crisis team, a "
                "friend. They will be shown here."
            ))
        for line in own:
            self._rows.addWidget(self._row(line.name, line.contact, line.details, line.contact))
        if self._bundled is None or self._bundled.lines:  # else the region's panel invites
            self._add_settings_button(
                self.tr("Add or change your numbers in Settings…") if own
                else self.tr("Add your own numbers in Settings…")
            )

    def _add_settings_button(self, text: str) -> None:
        if self._open_settings is None:
            return
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(self._go_to_settings)
        button.setObjectName("ownNumbersInSettings")
        self._rows.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def _go_to_settings(self) -> None:
        if self._open_settings is not None:
            self.accept()
            self._open_settings()

    def _add_region_help(self) -> None:
        bundled = self._bundled
        if bundled is None:
            self._add_text(self.tr(
                "The list of helplines couldn't be read. In an emergency, call your local "
                "emergency number."
            ), 1.2)
            return
        if bundled.lines:
            self._add_heading(self.tr("Helplines (%s)") % bundled.region, tokens.HEADING)
            self._add_text(self.tr("Checked in %s.") % bundled.checked_words)
            for line in bundled.lines:
                self._rows.addWidget(self._row(line.name, line.contact, line.details, line.copy))
            return
        self._add_heading(self.tr("Help in %s") % bundled.region, tokens.HEADING)
        self._add_text(self.tr(
            "The app doesn't have a list of helplines for %s yet."
        ) % bundled.region)
        if bundled.emergency:
            self._rows.addWidget(self._row(
                self.tr("Emergency"), self.tr("Call %s") % bundled.emergency_text,
                self.tr("If a life is at risk right now."), bundled.emergency,
            ))
        else:
            self._add_text(self.tr(
                "If a life is at risk right now, call your local emergency number."
            ), 1.2)
        if self._open_settings is not None:
            self._add_text(self.tr(
                "You can add numbers you trust, like a local crisis line, your doctor or a "
                "friend. They will be shown here, with a Copy button each."
            ))
            self._add_settings_button(self.tr("Add your own numbers in Settings…"))
        else:
            self._add_text(self.tr(
                "Once your journal is open, you can add numbers you trust in Settings, like a "
                "local crisis line, your doctor or a friend. They will be shown here."
            ))

    def _add_heading(self, text: str, factor: float) -> None:
        self._rows.addWidget(heading(text, scale=factor))

    def _add_text(self, text: str, factor: float = 1.1) -> None:
        label = _plain_label(text)
        label.setFont(_scaled_font(self.font(), factor))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._rows.addWidget(label)

    def _row(self, name: str, contact: str, details: str, copy_text: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("helplineRow")
        outer = QVBoxLayout(frame)
        top = QHBoxLayout()
        texts = QVBoxLayout()
        texts.setSpacing(2)
        title = _plain_label(name)
        title.setFont(_scaled_font(self.font(), tokens.HEADING, bold=True))
        number = _plain_label(contact)
        number.setFont(_scaled_font(self.font(), tokens.TITLE, bold=True))
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(title)
        texts.addWidget(number)
        if details:
            note = _plain_label(details)
            note.setFont(_scaled_font(self.font(), 1.1))
            texts.addWidget(note)
        top.addLayout(texts, 1)
        if copy_text.strip():
            copy = QPushButton(self.tr("Copy"))
            copy.setAccessibleName(
                self.tr("Copy %1: %2").replace("%1", name).replace("%2", copy_text)
            )
            copy.setAutoDefault(False)
            copy.clicked.connect(lambda: self.copy_number(copy_text))
            top.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        return frame

    # -- actions ---------------------------------------------------------------------------

    def copy_number(self, text: str) -> None:
        """Put `text` on the clipboard and say "Copied"; nothing is dialled or opened."""
        self._clipboard.copy(text)
        self._say(self.tr("Copied"))

    def _say(self, text: str) -> None:
        announce(self, text, self.status)

    def _add_hope_box_button(self) -> None:
        if self._open_hope_box is None:
            return
        button = QPushButton(self.tr("Open my hope box"))
        button.setAccessibleName(self.tr("Open my hope box"))
        button.setObjectName("openHopeBox")
        button.setAutoDefault(False)
        button.clicked.connect(self._go_to_hope_box)
        self._rows.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def _go_to_hope_box(self) -> None:
        if self._open_hope_box is not None:
            self.accept()  # the hope box opens over the window, not behind this dialog
            self._open_hope_box()
