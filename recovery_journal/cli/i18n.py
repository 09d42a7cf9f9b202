"""The command line's messages in the person's language, without Qt (the CLI must not load it).

`scripts/translations.py` writes `resources/i18n/cli_{cy,es}.json` (English text → its
translation) from the same `scripts/i18n/*.json` the app's `.ts` files are filled from, so
there is one source. Texts are written `_("Created a new journal at {path}.").format(path=…)`
(a whole sentence, values by name, so a translation may move them); texts kept in constants
are marked `N_("…")` so the generator finds them, and translated where they are shown.
The language: `--language`, else LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else English.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from recovery_journal.resources import resource

LANGUAGES = ("en", "cy", "es")
DEFAULT_LANGUAGE = "en"
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_table: dict[str, str] = {}
_chosen = [DEFAULT_LANGUAGE]  # the language `use_language` last loaded


def _(text: str) -> str:
    """`text` in the chosen language; the English when it is not translated (yet)."""
    return _table.get(text) or text


def N_(text: str) -> str:  # noqa: N802 - gettext's name for "translated later"
    """Marks a text kept in a constant as translatable; `_()` translates it where it is shown."""
    return text


def language_from(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The language asked for: `--language xx` (or `=xx`) in `argv`, else the environment's."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word.startswith("--language="):
            return _known(word.partition("=")[2])
        if word == "--language" and index + 1 < len(argv):
            return _known(argv[index + 1])
    for name in _ENVIRONMENT:
        value = environ.get(name, "")
        if name == "LANGUAGE":  # a list of choices, "cy:en"; one we don't speak is skipped
            for choice in value.split(":"):
                if _known(choice) != DEFAULT_LANGUAGE:
                    return _known(choice)
        elif value:  # the first locale set decides ("es_ES.UTF-8"; "C" means English)
            return _known(value)
    return DEFAULT_LANGUAGE


def _known(locale: str) -> str:
    code = locale.split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def use_language(language: str) -> None:
    """Load `language`'s messages (English clears them); a missing file leaves English."""
    _table.clear()
    _chosen[0] = language if language in LANGUAGES else DEFAULT_LANGUAGE
    if language == DEFAULT_LANGUAGE or language not in LANGUAGES:
        return
    try:
        loaded = json.loads(resource("i18n", f"cli_{language}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return  # English is readable; a broken install is not worth a traceback here
    _table.update({key: value for key, value in loaded.items()
                   if isinstance(key, str) and isinstance(value, str) and value})


def current_language() -> str:
    """The language the command line speaks now ("en", "cy", "es"); its charts use it too."""
    return _chosen[0]
