"""About Recovery Journal: the version, the licence, where the data lives, and that nothing is
sent anywhere. Help > About opens it; it reads nothing from the journal itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_journal import __version__
from recovery_journal.paths import default_vault_path
from recovery_journal.resources import app_icon_svg

# Dynamic properties the app controller keeps up to date on the main window.
JOURNAL_PROPERTY = "recoveryJournalPath"
SETTINGS_PROPERTY = "recoveryJournalSettingsFile"
LICENCE = "GPL-3.0-or-later"


def backup_folder_of(journal: Path) -> Path:
    """Where the automatic backups of `journal` go (as storage/backups.py names it)."""
    return journal.parent / f"backups-{journal.stem}"


def _text(text: str, *, bold: bool = False, factor: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold or factor != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
        label.setFont(font)
    return label


def _path_field(path: str, name: str) -> QLineEdit:
    # A read-only line: a long path scrolls instead of stretching the dialog, and can be copied.
    field = QLineEdit(path)
    field.setReadOnly(True)
    field.setAccessibleName(name)
    field.setCursorPosition(0)
    return field


class AboutDialog(QDialog):
    """The About box. `journal` is the journal in use (the usual one when None)."""

    def __init__(self, journal: Path | None = None, settings_file: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Recovery Journal"))
        self.setObjectName("aboutDialog")
        journal = journal or default_vault_path()

        icon = QLabel()
        icon.setPixmap(QIcon(str(app_icon_svg())).pixmap(64, 64))
        icon.setAccessibleName(self.tr("Recovery Journal icon"))
        heading = QVBoxLayout()
        heading.addWidget(_text(self.tr("Recovery Journal"), bold=True, factor=1.6))
        self.version = _text(self.tr("Version %s") % __version__)
        heading.addWidget(self.version)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.privacy = _text(self.tr(
            "Recovery Journal contains no network code: what you write stays on this "
            "computer, in one file encrypted under your passphrase, and leaves it only when "
            "you export or share something yourself."
        ))
        places = QFormLayout()
        places.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.journal_field = _path_field(str(journal), self.tr("Your journal file"))
        self.backups_field = _path_field(str(backup_folder_of(journal)),
                                         self.tr("Automatic backups folder"))
        places.addRow(self.tr("Your journal:"), self.journal_field)
        places.addRow(self.tr("Automatic backups:"), self.backups_field)
        self.settings_field: QLineEdit | None = None
        if settings_file:
            self.settings_field = _path_field(settings_file, self.tr("App settings file"))
            places.addRow(self.tr("App settings:"), self.settings_field)
        self.places_note = _text(self.tr(
            "The app settings hold only the window's size, the theme, the text size, the "
            "language and where your journal is; nothing you wrote."
        ))
        self.licence = _text(self.tr(
            "Free software under the GNU General Public License, version 3 or later (%s): "
            "you may use, study, share and change it."
        ) % LICENCE)

        buttons = QDialogButtonBox()
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close About Recovery Journal"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        self.close_button = close

        layout = QVBoxLayout(self)
        layout.setSpacing(18)
        layout.addLayout(top)
        self._section(layout, self.tr("Nothing is sent anywhere"), self.privacy)
        self._section(layout, self.tr("Where your data lives"), places, self.places_note)
        self._section(layout, self.tr("Licence"), self.licence)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        # Wrapped text asks for its height at the narrowest width; size for the real one.
        self.resize(560, layout.totalHeightForWidth(560))

    def _section(self, layout: QVBoxLayout, title: str, *parts: QWidget | QFormLayout) -> None:
        """A heading with its content kept close under it."""
        section = QVBoxLayout()
        section.setSpacing(6)
        section.addWidget(_text(title, bold=True, factor=1.15))
        for part in parts:
            if isinstance(part, QFormLayout):
                section.addLayout(part)
            else:
                section.addWidget(part)
        layout.addLayout(section)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Start on Close, so Enter or Escape leaves at once and no path looks selected."""
        super().showEvent(event)
        self.close_button.setFocus()

    def plain_text(self) -> str:
        """Everything the dialog says, as one string (for tests and screen-reader checks)."""
        parts = [label.text() for label in self.findChildren(QLabel) if label.text()]
        parts += [field.text() for field in self.findChildren(QLineEdit)]
        return "\n".join(parts)


def show_about(window: QWidget) -> AboutDialog:
    """Open the About box over `window`, for the journal the window has open (if any)."""
    journal = window.property(JOURNAL_PROPERTY)
    settings_file = window.property(SETTINGS_PROPERTY)
    dialog = AboutDialog(Path(journal) if isinstance(journal, str) and journal else None,
                         settings_file if isinstance(settings_file, str) else "", window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
