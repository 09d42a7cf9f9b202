"""A screen reader's walk: reads the app's accessibility tree each time the app asks, over AT-SPI.

    /usr/bin/python3 tests/ui/atspi_tree_walker.py SHARED_DIR SECONDS

Runs under the system Python that has pyatspi (Debian's python3-pyatspi), not in the project's
venv: standard library and pyatspi only. The app (tests/ui/screen_reader_walk.py) writes
SHARED_DIR/step ({"n", "name", "pid"}); the walker reads every showing object of that process
(role, name, description, numeric value, states) into SHARED_DIR/tree.jsonl, one line per step,
then writes n to SHARED_DIR/done. Announcements, name changes and focus changes heard meanwhile
go to SHARED_DIR/events.jsonl. A step named "end", or SECONDS, ends the walk.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import pyatspi  # type: ignore[import-not-found, unused-ignore]
from gi.repository import GLib  # type: ignore[import-not-found, unused-ignore]

EVENTS = ("object:announcement", "object:property-change:accessible-name",
          "object:property-change:accessible-description",
          "focus:")
MAX_CHILDREN = 80
MAX_ROWS = 12  # a long list or table is sampled: its first rows say what every row says
PLAIN = {"table cell", "list item", "filler", "table column header", "menu item"}
SAMPLED = {"table", "list", "tree", "tree table", "list box"}
MAX_DEPTH = 40
VALUED = {"slider", "spin button", "scroll bar", "progress bar", "dial"}


def _safe(read: Any, default: Any = "") -> Any:
    try:
        return read()
    except Exception:  # an object gone while we look: a screen reader meets the same
        return default


def _value(node: Any, role: str) -> float | None:
    if role not in VALUED:
        return None
    try:
        return float(node.queryValue().currentValue)
    except Exception:  # no value interface: nothing numeric is said
        return None


def _record(node: Any, path: str, role: str, states: Any) -> dict[str, object]:
    return {
        "path": path,
        "role": role,
        "name": _safe(lambda: node.name),
        "description": "" if role in PLAIN else _safe(lambda: node.description),
        "value": _value(node, role),
        "focused": bool(states and states.contains(pyatspi.STATE_FOCUSED)),
        "focusable": bool(states and states.contains(pyatspi.STATE_FOCUSABLE)),
        "enabled": bool(states and states.contains(pyatspi.STATE_ENABLED)),
    }


SEEN: set[str] = set()


def walk(node: Any, path: str, out: list[dict[str, object]], depth: int = 0) -> None:
    """Every showing object below `node`, parents before children, in the tree's order.

    What an earlier step read already (the same object: the window's frame, a page met
    before) is only looked through, not read again: every call crosses the bus, and is slow.
    """
    key = str(_safe(lambda: node.path))  # the object's own D-Bus path: no call on the bus
    states = _safe(lambda: node.getState(), None)
    if states is None or (depth > 1 and not states.contains(pyatspi.STATE_SHOWING)):
        return
    seen = bool(key) and key in SEEN
    if key:
        SEEN.add(key)
    role = _safe(lambda: node.getRoleName())
    if not seen:
        out.append(_record(node, path, role, states))
    if depth >= MAX_DEPTH:
        return
    count = int(_safe(lambda: node.childCount, 0))
    limit = MAX_ROWS if role in SAMPLED else MAX_CHILDREN
    for index in range(min(count, limit)):
        child = _safe(lambda i=index: node.getChildAtIndex(i), None)
        if child is not None:
            walk(child, f"{path}/{index}", out, depth + 1)


def app_of(pid: int) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = _safe(lambda i=index: desktop.getChildAtIndex(i), None)
        if app is not None and _safe(lambda a=app: a.get_process_id(), -1) == pid:
            return app
    return None


def main(argv: list[str]) -> int:
    shared, seconds = Path(argv[1]), float(argv[2])
    step_file, done_file = shared / "step", shared / "done"
    tree, events = (shared / "tree.jsonl").open("w", encoding="utf-8"), (
        shared / "events.jsonl").open("w", encoding="utf-8")
    last = -1
    found: dict[str, Any] = {}

    def heard(event: Any) -> None:
        source = event.source
        role, states = _safe(lambda: source.getRoleName()), _safe(lambda: source.getState(), None)
        record = {"type": str(event.type), "any_data": _safe(lambda: str(event.any_data)),
                  "detail1": event.detail1, **_record(source, "", role, states)}
        events.write(json.dumps(record, ensure_ascii=False) + "\n")
        events.flush()

    def poll() -> bool:
        nonlocal last
        try:
            step = json.loads(step_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return True
        if step["n"] == last:
            return True
        last = step["n"]
        if step["name"] == "end":
            pyatspi.Registry.stop()
            return False
        nodes: list[dict[str, object]] = []
        started = time.monotonic()
        app = found.get("app") or app_of(int(step["pid"]))
        if app is not None:
            found["app"] = app  # the desktop's list of apps is not always answered: keep it
            # The main window once; then only the windows (dialogs) that are not it.
            skip = step.get("skip_window", "")
            for index in range(int(_safe(lambda: app.childCount, 0))):
                window = _safe(lambda i=index: app.getChildAtIndex(i), None)
                if window is not None and not (skip and _safe(lambda w=window: w.name) == skip):
                    walk(window, f"/{index}", nodes, 1)
        seconds = round(time.monotonic() - started, 2)
        tree.write(json.dumps({"step": step["name"], "seconds": seconds, "nodes": nodes},
                              ensure_ascii=False) + "\n")
        tree.flush()
        done_file.write_text(str(last), encoding="utf-8")
        return True

    def give_up() -> bool:
        events.write(json.dumps({"type": "walker:timeout"}) + "\n")
        pyatspi.Registry.stop()
        return False

    pyatspi.Registry.registerEventListener(heard, *EVENTS)
    GLib.timeout_add(100, poll)
    GLib.timeout_add(int(seconds * 1000), give_up)
    GLib.idle_add(lambda: (shared / "ready").write_text("ready", encoding="utf-8") and False)
    pyatspi.Registry.start()
    tree.close()
    events.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
