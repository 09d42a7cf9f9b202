"""A screen reader's ears: records every AT-SPI event as one JSON line, until a marker is heard.

    /usr/bin/python3 tests/ui/atspi_listener.py OUT_FILE READY_FILE STOP_MARKER SECONDS

Runs under the system Python that has pyatspi (Debian's python3-pyatspi), not in the project's
venv: standard library and pyatspi only. Each line holds the event's type, its details, its
any_data as text, and the source's name, description, role and (for text) its whole text, which
is what a screen reader can say. It stops when an event's source name or any_data holds
STOP_MARKER, or after SECONDS at the latest.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pyatspi  # type: ignore[import-not-found, unused-ignore]
from gi.repository import GLib  # type: ignore[import-not-found, unused-ignore]

EVENT_KINDS = ("object", "window", "focus", "document", "mouse:button")


def _safe(read: Any) -> str:
    try:
        return str(read())
    except Exception:  # an object gone while we look: a screen reader meets the same
        return ""


def describe(event: Any) -> dict[str, object]:
    """What a screen reader can learn from one event and its source."""
    source = event.source
    text = ""
    characters = -1
    try:
        text_iface = source.queryText()
        characters = int(text_iface.characterCount)
        text = str(text_iface.getText(0, -1))
    except Exception:  # no text interface: not a text field
        pass
    value = _safe(lambda: source.queryValue().currentValue)  # "" without a value interface
    return {
        "type": str(event.type),
        "detail1": event.detail1,
        "detail2": event.detail2,
        "any_data": _safe(lambda: event.any_data),
        "name": _safe(lambda: source.name),
        "description": _safe(lambda: source.description),
        "role": _safe(lambda: source.getRoleName()),
        "text": text,
        "characters": characters,
        "value": value,
    }


def main(argv: list[str]) -> int:
    out_path, ready_path, marker, seconds = argv[1], argv[2], argv[3], float(argv[4])
    with Path(out_path).open("w", encoding="utf-8") as out:

        def heard(event: Any) -> None:
            record = describe(event)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            if marker in str(record["name"]) or marker in str(record["any_data"]):
                pyatspi.Registry.stop()

        def give_up() -> bool:
            out.write(json.dumps({"type": "listener:timeout"}) + "\n")
            pyatspi.Registry.stop()
            return False

        pyatspi.Registry.registerEventListener(heard, *EVENT_KINDS)
        GLib.timeout_add(int(seconds * 1000), give_up)
        # Ready once the registry knows what we listen to: the app decides what to send by it.
        GLib.idle_add(lambda: Path(ready_path).write_text("ready", encoding="utf-8") and False)
        pyatspi.Registry.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
