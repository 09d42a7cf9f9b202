"""One command for the whole benchmark: `python -m benchmarks [--years 10] [--runs 5]`.

Every step group runs in a fresh child process, on a copy of a cached generated journal
(benchmarks/lifedata.py); each step alternates ours and the floor's run (benchmarks/floor.py).
The table shows the median and min–max of each, their ratio and the peak memory of ours alone:
the group run once more in another fresh process, without the floor, whose own figures and
rows would otherwise count as ours (the allocator keeps what they freed). The last line counts
the budgets of issue 19 that were met.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.lifedata import PASSPHRASE, cache_dir, cached_vault, first_day
from benchmarks.report import Row, budgets, print_table

GUI_GROUPS = ("start", "unlock", "today", "search", "open", "insights")
CORE_GROUPS = ("charts", "report", "export", "import", "passphrase", "backup")
GROUPS = GUI_GROUPS + CORE_GROUPS


def time_steps(steps: Sequence[tuple[str, Callable[[], object], Callable[[], object]]],
               runs: int) -> list[dict[str, Any]]:
    """Run each step `runs` times, ours then the floor's, alternately; samples in ms."""
    results = []
    for name, ours, floor in steps:
        ours_ms: list[float] = []
        floor_ms: list[float] = []
        ours()  # one untimed run each: imports, fonts and first layouts are paid once
        floor()
        for _ in range(runs):
            for action, samples in ((ours, ours_ms), (floor, floor_ms)):
                started = time.perf_counter()
                returned = action()
                elapsed = (time.perf_counter() - started) * 1000
                # A step timing its own parts (each keystroke) returns their times.
                if isinstance(returned, list) and returned and all(
                        isinstance(value, float) for value in returned):
                    samples.extend(float(value) for value in returned)
                else:
                    samples.append(elapsed)
        results.append({"name": name, "ours": ours_ms, "floor": floor_ms})
    return results


def without_floor(
    steps: Sequence[tuple[str, Callable[[], object], Callable[[], object]]],
) -> list[tuple[str, Callable[[], object], Callable[[], object]]]:
    """The same steps with the floor doing nothing: to see what ours alone holds."""
    return [(name, ours, lambda: None) for name, ours, _floor in steps]


def run_group(group: str, vault_path: Path, runs: int, *,
              floor: bool = True) -> list[dict[str, Any]]:
    """Run one group in this process on a private copy of the vault (without the floor's
    steps when `floor` is false)."""

    def timed(steps: Sequence[tuple[str, Callable[[], object], Callable[[], object]]],
              ) -> list[dict[str, Any]]:
        return time_steps(steps if floor else without_floor(steps), runs)

    from recovery_journal.storage.vault import Vault

    with tempfile.TemporaryDirectory(prefix="rj-bench-") as name:
        folder = Path(name)
        copy = folder / "journal.vault"
        shutil.copyfile(vault_path, copy)
        if group in GUI_GROUPS:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            from benchmarks.gui_steps import run_gui_group

            app = QApplication.instance() or QApplication([])
            result: list[dict[str, Any]] = run_gui_group(
                group, copy, folder, timed)
            del app
            return result
        from benchmarks import core_steps

        if group in ("report", "charts"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            _app = QApplication.instance() or QApplication([])
        vault = Vault.open(copy, PASSPHRASE)
        try:
            years = _years_of(vault_path)
            builders: dict[str, Callable[[], list[Any]]] = {
                "charts": lambda: core_steps.chart_steps(vault, first_day(years)),
                "report": lambda: core_steps.report_steps(vault, first_day(years)),
                "export": lambda: core_steps.export_steps(vault),
                "import": lambda: core_steps.import_steps(folder, runs),
                "passphrase": lambda: core_steps.passphrase_steps(vault, folder),
                "backup": lambda: core_steps.backup_steps(vault, folder),
            }
            return timed(builders[group]())
        finally:
            vault.close()


def _years_of(vault_path: Path) -> float:
    return float(vault_path.name.split("-")[0])


def _child(group: str, vault_path: Path, runs: int, *extra: str) -> dict[str, Any] | None:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--child", group, "--vault", str(vault_path),
         "--runs", str(runs), *extra],
        capture_output=True, text=True, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        print(f"{group}: failed\n{out.stderr[-2000:]}", file=sys.stderr)
        return None
    document: dict[str, Any] = json.loads(lines[-1])
    return document


def run_child(group: str, vault_path: Path, runs: int) -> tuple[list[Row], float]:
    """Run `group` in a fresh process, then ours alone in another (two runs a step); its rows
    and the peak memory of ours alone in MiB."""
    document = _child(group, vault_path, runs)
    alone = _child(group, vault_path, 2, "--ours-only")
    if document is None or alone is None:
        return [], 0.0
    peak = alone["maxrss_kib"] / 1024
    rows = [Row(group, item["name"], item["ours"], item["floor"], peak)
            for item in document["steps"]]
    return rows, peak


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--years", type=float, default=10, help="1, 10 or 50 (default 10)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each step (default 5)")
    parser.add_argument("--steps", default="", help=f"a subset of: {','.join(GROUPS)}")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--markdown", action="store_true", help="print a markdown table")
    parser.add_argument("--cache", type=Path, default=None, help="where generated vaults go")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--vault", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--ours-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        from recovery_journal.heaps import share_one_heap

        share_one_heap()  # as the app's entry point does (recovery_journal/cli)
        steps = run_group(args.child, args.vault, args.runs, floor=not args.ours_only)
        maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"steps": steps, "maxrss_kib": maxrss}))
        return 0
    groups = [g for g in args.steps.split(",") if g] or list(GROUPS)
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown steps: {', '.join(sorted(unknown))}")
    vault_path = cached_vault(args.years, args.seed, args.cache)
    rows: list[Row] = []
    for group in groups:
        print(f"running {group} …", file=sys.stderr, flush=True)
        group_rows, _peak = run_child(group, vault_path, args.runs)
        rows.extend(group_rows)
    results = cache_dir() if args.cache is None else args.cache
    print_table(rows, args.years, args.markdown)
    met, total = budgets(rows, args.years, results)
    print(f"budgets: {met} of {total} met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
