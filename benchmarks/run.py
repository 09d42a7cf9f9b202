"""The old entry point, kept: `.venv/bin/python benchmarks/run.py` is `python -m benchmarks`."""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, Python puts benchmarks/ on the path, not the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.__main__ import main  # noqa: E402 (after the path is set)

if __name__ == "__main__":
    sys.exit(main())
