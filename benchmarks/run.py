"""Speed and memory of the vault with ten years of daily use; prints a table.

Run: `.venv/bin/python benchmarks/run.py [--years 10]`. Targets come from DESIGN.md ("Speed it is
held to"); they are checked here, never in timed tests.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

PASSPHRASE = "benchmark passphrase"
_VOCABULARY = (
    "walk tea friend garden rain sleep work music call sister park bus kitchen bread letter "
    "morning evening tired calm hopeful café river book class group doctor dog cat film sun "
    "wind quiet laugh write paint cook shop run swim bike library church mosque temple choir"
)
WORDS = _VOCABULARY.split()


def build(path: Path, years: int) -> tuple[int, int]:
    """A vault with a check-in on most days (some twice) and a journal entry every third day."""
    rng = random.Random(3)
    start = date.today() - timedelta(days=365 * years)
    vault = Vault.create(path, PASSPHRASE)
    repos = Repositories.from_vault(vault)
    repos.measures.add("Sleep hours", 0, 12)
    repos.measures.add("Energy", 0, 10)
    tags = ["walk", "friends", "work", "music", "cooking", "rest", "park", "family"]
    checkins = entries = 0
    for offset in range(365 * years):
        day = start + timedelta(days=offset)
        for _ in range(rng.choice((0, 1, 1, 1, 1, 2))):
            when = datetime(day.year, day.month, day.day, rng.randint(7, 22), tzinfo=UTC)
            repos.checkins.add(
                recorded_at=when,
                values={"mood": rng.randint(2, 9), "hope": rng.randint(2, 9),
                        "sleep_hours": rng.randint(4, 9), "energy": rng.randint(1, 9)},
                tags=rng.sample(tags, rng.randint(0, 3)),
                note=" ".join(rng.choices(WORDS, k=rng.randint(0, 30))),
            )
            checkins += 1
        if offset % 3 == 0:
            body = "\n\n".join(
                " ".join(rng.choices(WORDS, k=rng.randint(20, 120))) for _ in range(3)
            )
            repos.journal.add(
                written_at=datetime(day.year, day.month, day.day, 21, tzinfo=UTC),
                title=" ".join(rng.choices(WORDS, k=3)), body=body,
            )
            entries += 1
    vault.close()
    return checkins, entries


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median milliseconds over `repeat` runs."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def first_window_ms() -> float | None:
    """Time for a fresh process to import the app and show its first window (offscreen)."""
    code = (
        "import time; t=time.perf_counter()\n"
        "import os, sys, tempfile; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from recovery_journal.ui.app import build_app\n"
        "folder = tempfile.mkdtemp()\n"
        "settings = QSettings(os.path.join(folder, 's.ini'), QSettings.Format.IniFormat)\n"
        "controller = build_app(Path(folder) / 'none.vault', settings)\n"
        "controller.window.show(); app.processEvents()\n"
        "print((time.perf_counter()-t)*1000)\n"
        "print('matplotlib' in sys.modules)\n"
    )
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=60, check=True)
        elapsed, matplotlib_loaded = out.stdout.strip().splitlines()[-2:]
        if matplotlib_loaded != "False":
            print("warning: matplotlib was imported at start-up", file=sys.stderr)
        return float(elapsed)
    except (subprocess.SubprocessError, ValueError, IndexError):
        return None


def chart_rows(repos: Repositories, years: int) -> list[tuple[str, str, str]]:
    """Each chart over the whole period: load, compute and draw on screen (100 dpi, 8x4.5 in)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from recovery_journal.charts import (
        CHART_NAMES,
        ChartOptions,
        ChartTheme,
        build_figure,
        load_chart_data,
    )

    end = date.today()
    options = ChartOptions(start=end - timedelta(days=365 * years), end=end, pivot_tag="walk")
    theme = ChartTheme.named("light")

    def chart(name: str) -> None:
        data = load_chart_data(repos, name, options)
        FigureCanvasAgg(build_figure(data, theme)).draw()  # type: ignore[no-untyped-call]

    chart("mood-hope")  # the first chart pays for importing matplotlib and its fonts
    rows = []
    for name in CHART_NAMES:
        load = timed(lambda n=name: load_chart_data(repos, n, options), 3)  # type: ignore[misc]
        total = timed(lambda n=name: chart(n), 3)  # type: ignore[misc]
        rows.append((f"chart {name}: load / load and draw", f"{load:.0f} / {total:.0f} ms",
                     "≤ 250 ms"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.vault"
        started = time.perf_counter()
        checkins, entries = build(path, args.years)
        size_mb = path.stat().st_size / 1e6
        print(f"built {checkins} check-ins and {entries} entries ({size_mb:.1f} MB) "
              f"in {time.perf_counter() - started:.0f} s", file=sys.stderr)

        def unlock() -> None:
            Vault.open(path, PASSPHRASE).close()

        rows.append(("unlock (default KDF, both integrity checks)", f"{timed(unlock):.0f} ms",
                     "≤ 300 ms"))
        vault = Vault.open(path, PASSPHRASE)
        repos = Repositories.from_vault(vault)
        now = datetime.now(UTC)

        def save() -> None:
            repos.checkins.add(recorded_at=now, values={"mood": 6, "hope": 7}, tags=["walk"],
                               note="a short note")

        rows.append(("save a check-in", f"{timed(save, 20):.1f} ms", "≤ 30 ms"))
        for word in ("walk", "caf", "tea garden", "zzz"):
            ms = timed(lambda w=word: repos.journal.search(w, limit=50), 20)  # type: ignore[misc]
            rows.append((f"search '{word}' (50 ranked hits)", f"{ms:.1f} ms", "≤ 30 ms"))
        ms = timed(lambda: repos.checkins.between(date(1900, 1, 1), date(2999, 1, 1)), 3)
        rows.append(("load every check-in (for charts)", f"{ms:.0f} ms", "part of ≤ 250 ms"))
        rows.extend(chart_rows(repos, args.years))
        ms = timed(lambda: vault.check_integrity(), 3)
        rows.append(("both integrity checks", f"{ms:.0f} ms", "—"))
        vault.close()
    window = first_window_ms()
    rows.append(("first window after start (offscreen)",
                 f"{window:.0f} ms" if window is not None else "n/a", "≤ 350 ms"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak memory of this process", f"{peak:.0f} MB", "≤ 250 MB"))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'result':>10}  target")
    for name, result, target in rows:
        print(f"{name.ljust(width)}  {result:>10}  {target}")


if __name__ == "__main__":
    main()
