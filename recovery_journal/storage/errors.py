"""Vault errors, each with one plain sentence a person can act on.

Messages never contain personal content or the passphrase. `exit_code` is the command line's
exit status for that kind of error (documented in `recovery-journal --help`).
"""

from __future__ import annotations


class VaultError(Exception):
    """Base for every error the vault reports to a person."""

    exit_code = 10
    message = "Something went wrong with the journal file."
    hint = ""

    def __init__(self, message: str | None = None, *, hint: str | None = None) -> None:
        self.message = message or type(self).message
        self.hint = hint if hint is not None else type(self).hint
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class EmptyPassphraseError(VaultError):
    exit_code = 11
    message = "Please type a passphrase; an empty one can't protect your journal."


class UnusablePassphraseError(VaultError):
    exit_code = 11
    message = "That passphrase contains a character that can't be used (a null character)."


class WrongPassphraseError(VaultError):
    exit_code = 12
    message = "That passphrase doesn't open this journal, or this is not a Recovery Journal file."
    hint = (
        "Check Caps Lock and try again. If you changed your passphrase recently, "
        "try the previous one too."
    )


class WrongCurrentPassphraseError(VaultError):
    exit_code = 12
    message = "That isn't the passphrase your journal has now, so nothing was changed."
    hint = "Check Caps Lock and type your current passphrase again."


class SamePassphraseError(VaultError):
    exit_code = 11
    message = "The new passphrase is the same as the one you have now, so nothing was changed."
    hint = "Choose a different one to change it."


class VaultMissingError(VaultError):
    exit_code = 13
    message = "There is no journal file at that place."
    hint = "It may have been moved or renamed. Choose the file again, or create a new journal."


class NotAFileError(VaultError):
    exit_code = 14
    message = "That is a folder or a special file, not a journal file."
    hint = "Choose the journal file itself."


class EmptyFileError(VaultError):
    exit_code = 15
    message = "This file is empty, so it holds no journal (it may be damaged)."
    hint = "If you have a backup, restore it. Your other files were not touched."


class PlainDatabaseError(VaultError):
    exit_code = 16
    message = "This is an ordinary, unencrypted database file, not a Recovery Journal."
    hint = "Choose your journal file, or import your data from another app instead."


class NotAVaultError(VaultError):
    exit_code = 17
    message = "This encrypted file opened, but it belongs to another app, not Recovery Journal."
    hint = "Nothing in it was changed. Choose your journal file instead."


class DamagedVaultError(VaultError):
    exit_code = 18
    message = "Your passphrase is right, but part of this journal file is damaged."
    hint = (
        "The file was not changed. Restore your latest backup, and keep this file in case "
        "it can be repaired."
    )


class NewerVersionError(VaultError):
    exit_code = 19
    message = "This journal was saved by a newer version of Recovery Journal."
    hint = "Update the app to open it. The file was not changed."


class AlreadyOpenError(VaultError):
    exit_code = 20
    message = "This journal is already open in another window or program."
    hint = "Switch to that window, or close it and try again."


class PermissionDeniedError(VaultError):
    exit_code = 21
    message = "This computer account isn't allowed to read or change that journal file."
    hint = "Check the file's permissions, or copy it somewhere you can write to."


class VaultExistsError(VaultError):
    exit_code = 22
    message = "A file already exists there, so a new journal was not created."
    hint = "Choose another name or place; the existing file was left as it is."


class DiskFullError(VaultError):
    exit_code = 23
    message = "There isn't enough free space on the disk to save."
    hint = "Nothing was lost: free some space and save again."


class StorageError(VaultError):
    exit_code = 24
    message = "The journal file couldn't be read or written just now."
    hint = "Nothing was lost. Try again; if it keeps happening, restore a backup."


class VaultClosedError(VaultError):
    exit_code = 25
    message = "The journal is locked."
    hint = "Unlock it to go on."


class VaultBusyError(VaultError):
    exit_code = 25
    message = "The journal is busy changing its passphrase."
    hint = "Try again in a moment."


class NotFoundError(VaultError):
    exit_code = 26
    message = "That item no longer exists in the journal."


class DamagedWalError(VaultError):
    exit_code = 27
    message = (
        "Your passphrase is right, but the side file holding this journal's most recent saves "
        "was damaged or lost when the computer stopped, so some of those saves may be missing."
    )
    hint = "Unlock again to go on with everything that could be read."

    def __init__(self, kept: str = "") -> None:
        hint = type(self).hint
        if kept:
            hint = f"The files as they were found are kept beside your journal as {kept}. {hint}"
        super().__init__(hint=hint)


class TruncatedFileError(VaultError):
    exit_code = 28
    message = (
        "This file ends before its first page does, so it was cut short or it isn't a "
        "journal file."
    )
    hint = "The file was not changed. If you have a backup, restore it."
