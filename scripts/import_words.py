"""What an import says, for scripts/translations.py: every `ImportProblem("…", …)` and
`item.problem(name, "…", …)` in portability/, filed under the context "ImportProblems".

Their texts are templates worded later (portability/problems.py) by a `Language`, so neither
lupdate nor the `lang.translate` finder sees them at the call.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORTABILITY = ROOT / "recovery_journal" / "portability"
CONTEXT = "ImportProblems"
# The call and the place of its literal text: ImportProblem(text, …), Item.problem(name, text).
MARKERS = {"ImportProblem": 0, "problem": 1}


def template_of(node: ast.Call) -> ast.expr | None:
    """The argument of an ImportProblem-making call that holds its text; None for other calls."""
    func = node.func
    name = func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else "")
    place = MARKERS.get(name)
    if place is None or len(node.args) <= place:
        return None
    return node.args[place]


def problem_texts() -> list[tuple[str, str]]:
    """(CONTEXT, text) of every literal import problem in portability/, in file order."""
    found: list[tuple[str, str]] = []
    for path in sorted(PORTABILITY.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            text = template_of(node)
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((CONTEXT, text.value))
    return found
