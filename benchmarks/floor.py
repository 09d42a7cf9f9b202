"""The floor: plain sqlcipher3 + Qt + matplotlib doing the least each step needs.

Each benchmark step runs its floor in the same process, interleaved, so the table reads our time
divided by the floor's, not the machine's speed.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks.lifedata import PASSPHRASE


def connect(path: Path, passphrase: str = PASSPHRASE) -> Any:
    """A raw connection keyed the way SQLCipher does by itself (its own key derivation)."""
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    escaped = passphrase.replace("'", "''")
    connection.execute(f"PRAGMA key = '{escaped}'")
    return connection


def unlock(path: Path) -> None:
    """Derive the key and read the schema: what any unlock must do."""
    connection = connect(path)
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    connection.close()


def entry_body(connection: Any, entry_id: int) -> str:
    """The body of one entry by id."""
    row = connection.execute("SELECT body FROM journal_entry WHERE id = ?", [entry_id]).fetchone()
    return str(row[0])


def search_ids(connection: Any, text: str) -> list[tuple[int, str]]:
    """The best 50 matches of `text` (a prefix search on its last word) with their titles."""
    words = [word.replace('"', "") for word in text.split()]
    if not words:
        return []
    query = " ".join(f'"{word}"' for word in words[:-1])
    query = f'{query} "{words[-1]}"*'.strip()
    rows = connection.execute(
        "SELECT rowid, title FROM journal_fts WHERE journal_fts MATCH ? ORDER BY rank LIMIT 50",
        [query],
    ).fetchall()
    return [(int(row[0]), str(row[1])) for row in rows]


def chart(points: int = 3650) -> None:
    """One matplotlib figure of one line (ten years of daily points), drawn."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4.5), dpi=100)
    figure.add_subplot().plot(range(points), [n % 10 for n in range(points)])
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]


def export(connection: Any) -> bytes:
    """Every row of the tables a person fills, as JSON."""
    document: dict[str, list[list[object]]] = {}
    for table in ("measure", "tag", "checkin", "checkin_value", "checkin_tag", "journal_entry",
                  "journal_entry_tag", "strength", "strength_use", "goal", "goal_step",
                  "plan_section", "plan_revision"):
        document[table] = [list(row) for row in connection.execute(f"SELECT * FROM {table}")]
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def import_csv(connection: Any, path: Path) -> int:
    """Read a CSV and insert its rows in one transaction."""
    connection.execute("CREATE TABLE IF NOT EXISTS floor_import (day TEXT, mood TEXT, note TEXT)")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [(row[0], row[4], row[7]) for row in list(csv.reader(handle))[1:]]
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO floor_import VALUES (?, ?, ?)", rows)
    connection.execute("DELETE FROM floor_import")
    connection.execute("COMMIT")
    return len(rows)


def rekey(connection: Any, passphrase: str) -> None:
    """Change the passphrase (SQLCipher rewrites every page)."""
    escaped = passphrase.replace("'", "''")
    connection.execute(f"PRAGMA rekey = '{escaped}'")


def copy(path: Path, target: Path) -> None:
    """A byte copy of the vault file: the least a backup does."""
    shutil.copyfile(path, target)
