"""Run each GUI test file in its own pytest process and print one closing summary line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Run tests/ui/test_*.py one file per process; exit non-zero if any file fails."""
    passed = failed = skipped = 0
    failures: list[str] = []
    for test_file in sorted((ROOT / "tests" / "ui").glob("test_*.py")):
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             str(test_file.relative_to(ROOT))],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )
        summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
        counts = {k: int(n) for n, k in re.findall(r"(\d+) (passed|failed|skipped|error)", summary)}
        passed += counts.get("passed", 0)
        skipped += counts.get("skipped", 0)
        bad = counts.get("failed", 0) + counts.get("error", 0)
        if result.returncode != 0 and bad == 0:
            bad = 1  # crashed or exited early: count the file as a failure
        failed += bad
        print(f"{test_file.relative_to(ROOT)}: {summary or 'no summary'}", flush=True)
        if result.returncode != 0:
            failures.append(test_file.name)
            print(result.stdout[-4000:], result.stderr[-4000:], sep="\n", flush=True)
    print(f"gui: {passed} passed, {failed} failed, {skipped} skipped")
    if failures:
        print("failed files: " + ", ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
