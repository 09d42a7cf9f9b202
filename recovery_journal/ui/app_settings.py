"""The one owner of application settings: what lives in QSettings, outside the vault.

Only things that are not personal live here (theme, text size, window geometry, the last
journal's path and the region whose helplines Get help now shows, which must work while the
journal is locked); everything personal lives in the vault. Every key, type and default is declared
once, below, and the one `QSettings` is passed in, so tests point it at a file of their own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from recovery_journal.ui import theme
from recovery_journal.ui.i18n import LANGUAGES, system_language
from recovery_journal.ui.region import default_region

ORGANISATION = "recovery-journal"
APP_NAME = "Recovery Journal"

LAST_VAULT_KEY = "vault/last_path"
THEME_KEY = "appearance/theme"
TEXT_SCALE_KEY = "appearance/text_scale"
GEOMETRY_KEY = "window/geometry"
NEUTRAL_TITLE_KEY = "appearance/neutral_title"
REGION_KEY = "help/region"
LANGUAGE_KEY = "appearance/language"
# On a shared computer the taskbar shows the window's title; this one says nothing about why.
NEUTRAL_TITLE = "Journal"
# Walking away and the tray (issue 14): choices about behaviour, never anything personal.
LOCK_ON_SCREEN_LOCK_KEY = "privacy/lock_on_screen_lock"
LOCK_ON_MINIMISE_KEY = "privacy/lock_on_minimise"
TRAY_ICON_KEY = "tray/icon"
KEEP_IN_TRAY_KEY = "tray/keep_running"
TRAY_NOTICE_SHOWN_KEY = "tray/keep_running_notice_shown"


def user_settings() -> QSettings:
    """The person's own settings store (the platform's usual place for it)."""
    return QSettings(ORGANISATION, APP_NAME)


class AppSettings(QObject):
    """Typed access to the app's QSettings; emits a signal when the look changes."""

    theme_changed = Signal(str)
    text_scale_changed = Signal(int)
    window_title_changed = Signal(str)
    privacy_changed = Signal()
    region_changed = Signal(str)

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    # -- the look ---------------------------------------------------------------------------

    def theme(self) -> str:
        """The chosen theme: one of `theme.THEMES`; anything else reads as the default."""
        name = str(self.store.value(THEME_KEY, theme.DEFAULT_THEME))
        return name if name in theme.THEMES else theme.DEFAULT_THEME

    def set_theme(self, name: str) -> None:
        """Keep the theme `name` and tell whoever applies it."""
        self.store.setValue(THEME_KEY, name)
        self.store.sync()
        self.theme_changed.emit(self.theme())

    def text_scale(self) -> int:
        """The text size in percent, 100-200."""
        try:
            stored = int(str(self.store.value(TEXT_SCALE_KEY, 100)))
        except ValueError:
            return 100
        return theme.clamp_text_scale(stored)

    def set_text_scale(self, percent: int) -> None:
        """Keep the text size (clamped to 100-200 %) and tell whoever applies it."""
        self.store.setValue(TEXT_SCALE_KEY, theme.clamp_text_scale(percent))
        self.store.sync()
        self.text_scale_changed.emit(self.text_scale())

    def neutral_title(self) -> bool:
        """Whether the window is called just "Journal" (on a taskbar others may see)."""
        return str(self.store.value(NEUTRAL_TITLE_KEY, "false")).lower() == "true"

    def set_neutral_title(self, neutral: bool) -> None:
        """Keep the choice of window title and tell the window."""
        self.store.setValue(NEUTRAL_TITLE_KEY, "true" if neutral else "false")
        self.store.sync()
        self.window_title_changed.emit(self.window_title())

    def window_title(self) -> str:
        """The title the window and the taskbar show."""
        return NEUTRAL_TITLE if self.neutral_title() else APP_NAME

    # -- walking away and the tray ---------------------------------------------------------

    def _flag(self, key: str, default: bool) -> bool:
        return str(self.store.value(key, "true" if default else "false")).lower() == "true"

    def _set_flag(self, key: str, on: bool) -> None:
        self.store.setValue(key, "true" if on else "false")
        self.store.sync()
        self.privacy_changed.emit()

    def lock_on_screen_lock(self) -> bool:
        """Lock when the screen locks or the computer sleeps (on unless turned off)."""
        return self._flag(LOCK_ON_SCREEN_LOCK_KEY, True)

    def set_lock_on_screen_lock(self, on: bool) -> None:
        self._set_flag(LOCK_ON_SCREEN_LOCK_KEY, on)

    def lock_on_minimise(self) -> bool:
        """Lock when the window is minimised (off unless turned on)."""
        return self._flag(LOCK_ON_MINIMISE_KEY, False)

    def set_lock_on_minimise(self, on: bool) -> None:
        self._set_flag(LOCK_ON_MINIMISE_KEY, on)

    def tray_icon(self) -> bool:
        """Show an icon in the notification area, where the desktop has one (on by default)."""
        return self._flag(TRAY_ICON_KEY, True)

    def set_tray_icon(self, on: bool) -> None:
        self._set_flag(TRAY_ICON_KEY, on)

    def keep_running_in_tray(self) -> bool:
        """Closing the window leaves the app running, locked, in the tray (off by default)."""
        return self._flag(KEEP_IN_TRAY_KEY, False)

    def set_keep_running_in_tray(self, on: bool) -> None:
        self._set_flag(KEEP_IN_TRAY_KEY, on)

    def tray_notice_shown(self) -> bool:
        """Whether the person was told, once, that closing leaves the app in the tray."""
        return self._flag(TRAY_NOTICE_SHOWN_KEY, False)

    def set_tray_notice_shown(self) -> None:
        self.store.setValue(TRAY_NOTICE_SHOWN_KEY, "true")
        self.store.sync()

    # -- where the person is -----------------------------------------------------------------

    def region(self) -> str:
        """The region (ISO 3166 alpha-2) whose helplines Get help now and the crisis card show:
        the person's choice, else the system's."""
        chosen = str(self.store.value(REGION_KEY, "") or "").upper()
        return chosen if len(chosen) == 2 and chosen.isalpha() else default_region()

    def set_region(self, code: str) -> None:
        """Keep the region `code` and tell whoever shows helplines."""
        self.store.setValue(REGION_KEY, code.upper())
        self.store.sync()
        self.region_changed.emit(self.region())

    def language(self) -> str:
        """The language the app speaks (a code of `i18n.LANGUAGES`): the person's choice, else
        the system's when the app speaks it, else English."""
        chosen = str(self.store.value(LANGUAGE_KEY, "") or "")
        return chosen if chosen in LANGUAGES else system_language()

    def set_language(self, code: str) -> None:
        """Keep the language `code`; it is applied when the app next starts."""
        self.store.setValue(LANGUAGE_KEY, code if code in LANGUAGES else "")
        self.store.sync()

    # -- the window and the journal file ----------------------------------------------------

    def last_vault(self) -> Path | None:
        """The journal opened last, if any."""
        remembered = str(self.store.value(LAST_VAULT_KEY, "") or "")
        return Path(remembered) if remembered else None

    def set_last_vault(self, path: Path) -> None:
        self.store.setValue(LAST_VAULT_KEY, str(path))

    def forget_last_vault(self) -> None:
        self.store.remove(LAST_VAULT_KEY)

    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry, if any."""
        value = self.store.value(GEOMETRY_KEY)
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self.store.setValue(GEOMETRY_KEY, geometry)
