"""The hope box's words: what each kind is called and the gentle suggestions when it is empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_journal.storage.hope_box import HopeKind

_CONTEXT = "HopeBox"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_title(kind: HopeKind) -> str:
    """The short name of a kind, shown above each item."""
    return {
        HopeKind.REASON: _tr("A reason to keep going"),
        HopeKind.WORDS: _tr("Words that help"),
        HopeKind.MEMORY: _tr("A good memory"),
        HopeKind.PERSON_PLACE: _tr("A person or place"),
        HopeKind.PICTURE: _tr("A picture"),
    }[kind]


def add_label(kind: HopeKind) -> str:
    """The text of the button that adds an item of `kind`."""
    return {
        HopeKind.REASON: _tr("Add a reason"),
        HopeKind.WORDS: _tr("Add words that help"),
        HopeKind.MEMORY: _tr("Add a memory"),
        HopeKind.PERSON_PLACE: _tr("Add a person or place"),
        HopeKind.PICTURE: _tr("Add a picture…"),
    }[kind]


def prompt(kind: HopeKind) -> str:
    """A quiet hint in the text box while it is empty."""
    return {
        HopeKind.REASON: _tr("Someone or something that matters to me…"),
        HopeKind.WORDS: _tr("Words I wrote, or words someone said that stayed with me…"),
        HopeKind.MEMORY: _tr("A day, a moment, a time I felt all right…"),
        HopeKind.PERSON_PLACE: _tr("Someone who is glad I'm here, a place I feel calm…"),
        HopeKind.PICTURE: _tr("A few words about the picture, if you like…"),
    }[kind]


def empty_text() -> str:
    """The calm words shown while the box is empty."""
    return _tr(
        "Your hope box is empty for now, and that's fine. When you're ready, you could add a "
        "reason to keep going, a few words that help, a good day you remember, someone who "
        "matters to you, or a picture that makes you feel a little lighter. Everything here is "
        "yours, and all of it is optional."
    )
