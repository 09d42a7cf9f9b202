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
from gi.repository import Atspi, Gio, GLib  # type: ignore[import-not-found, unused-ignore]

EVENTS = ("object:announcement", "object:property-change:accessible-name",
          "object:property-change:accessible-description",
          "focus:")
MAX_CHILDREN = 80
MAX_ROWS = 12  # a long list or table is sampled: its first rows say what every row says
PLAIN = {"table cell", "list item", "filler", "table column header", "menu item"}
# Containers a screen reader passes through without saying them: their name is not read.
UNNAMED = {"filler", "panel", "layered pane", "scroll pane"}
SAMPLED = {"table", "list", "tree", "tree table", "list box"}
MAX_DEPTH = 40
VALUED = {"slider", "spin button", "scroll bar", "progress bar", "dial"}
ACCESSIBLE, VALUE = "org.a11y.atspi.Accessible", "org.a11y.atspi.Value"
ROOT = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
CALL_MS = 25000
Node = tuple[str, str]  # an object's bus name and D-Bus path


def _safe(read: Any, default: Any = "") -> Any:
    try:
        return read()
    except Exception:  # an object gone while we look: a screen reader meets the same
        return default


class Bus:
    """Plain D-Bus calls on the accessibility bus: its children in one call (pyatspi makes one
    per child, and one more for their number), role and states, name and description."""

    def __init__(self) -> None:
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        reply = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                                  None, GLib.VariantType("(s)"), 0, 5000, None)
        flags = (Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
                 | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION)
        self.connection = Gio.DBusConnection.new_for_address_sync(
            reply.unpack()[0], flags, None, None)

    def call(self, node: Node, interface: str, method: str, args: Any = None) -> Any:
        reply = self.connection.call_sync(node[0], node[1], interface, method, args, None, 0,
                                          CALL_MS, None)
        return reply.unpack()

    def text(self, node: Node, name: str) -> str:
        """The object's Name or Description (Qt's bridge answers Get, not GetAll)."""
        return str(self.call(node, "org.freedesktop.DBus.Properties", "Get",
                             GLib.Variant("(ss)", (ACCESSIBLE, name)))[0])

    def states(self, node: Node) -> int:
        low, high = self.call(node, ACCESSIBLE, "GetState")[0]
        return int(low) | int(high) << 32

    def role(self, node: Node) -> str:
        return str(Atspi.role_get_name(Atspi.Role(self.call(node, ACCESSIBLE, "GetRole")[0])))

    def children(self, node: Node) -> list[Node]:
        return [(str(bus), str(path)) for bus, path in
                self.call(node, ACCESSIBLE, "GetChildren")[0]]

    def value(self, node: Node, role: str) -> float | None:
        if role not in VALUED:
            return None
        try:
            return float(self.call(node, "org.freedesktop.DBus.Properties", "Get",
                                   GLib.Variant("(ss)", (VALUE, "CurrentValue")))[0])
        except Exception:  # no value interface: nothing numeric is said
            return None

    def pid(self, bus_name: str) -> int:
        return int(self.connection.call_sync(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "GetConnectionUnixProcessID", GLib.Variant("(s)", (bus_name,)), None, 0, CALL_MS,
            None).unpack()[0])


def _has(states: int, state: Any) -> bool:
    return bool(states >> int(state) & 1)


SEEN: set[Node] = set()


def walk(bus: Bus, node: Node, path: str, out: list[dict[str, object]], depth: int = 0) -> None:
    """Every showing object below `node`, parents before children, in the tree's order.

    What an earlier step read already (the same object: the window's frame, a page met
    before) is only looked through, not read again: every call crosses the bus, and is slow.
    """
    states = _safe(lambda: bus.states(node), None)
    if states is None or (depth > 1 and not _has(states, Atspi.StateType.SHOWING)):
        return
    seen = node in SEEN
    SEEN.add(node)
    role = _safe(lambda: bus.role(node))
    if not seen:
        out.append({
            "path": path,
            "role": role,
            "name": "" if role in UNNAMED else _safe(lambda: bus.text(node, "Name")),
            "description": "" if role in PLAIN | UNNAMED
            else _safe(lambda: bus.text(node, "Description")),
            "value": bus.value(node, role),
            "focused": _has(states, Atspi.StateType.FOCUSED),
            "focusable": _has(states, Atspi.StateType.FOCUSABLE),
            "enabled": _has(states, Atspi.StateType.ENABLED),
        })
    if depth >= MAX_DEPTH:
        return
    limit = MAX_ROWS if role in SAMPLED else MAX_CHILDREN
    for index, child in enumerate(_safe(lambda: bus.children(node), [])[:limit]):
        walk(bus, child, f"{path}/{index}", out, depth + 1)


def app_of(bus: Bus, pid: int) -> Node | None:
    for app in _safe(lambda: bus.children(ROOT), []):
        if _safe(lambda a=app: bus.pid(a[0]), -1) == pid:
            return (app[0], "/org/a11y/atspi/accessible/root")
    return None


def _record(node: Any, path: str, role: str, states: Any) -> dict[str, object]:
    """An event's source, read through pyatspi (the listener's own objects)."""
    return {
        "path": path,
        "role": role,
        "name": _safe(lambda: node.name),
        "description": "" if role in PLAIN else _safe(lambda: node.description),
        "focused": bool(states and states.contains(pyatspi.STATE_FOCUSED)),
        "focusable": bool(states and states.contains(pyatspi.STATE_FOCUSABLE)),
        "enabled": bool(states and states.contains(pyatspi.STATE_ENABLED)),
    }


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
        bus = found.get("bus") or Bus()
        found["bus"] = bus
        app = found.get("app") or app_of(bus, int(step["pid"]))
        if app is not None:
            found["app"] = app  # the desktop's list of apps is not always answered: keep it
            # The main window once; then only the windows (dialogs) that are not it.
            skip = step.get("skip_window", "")
            for index, window in enumerate(_safe(lambda: bus.children(app), [])):
                name = _safe(lambda w=window: bus.text(w, "Name"))
                if not (skip and name == skip):
                    walk(bus, window, f"/{index}", nodes, 1)
        seconds = round(time.monotonic() - started, 2)
        tree.write(json.dumps({"step": step["name"], "seconds": seconds, "at": time.time(),
                               "nodes": nodes},
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
