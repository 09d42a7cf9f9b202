"""Refresh the English plural forms and compile them (run after adding or changing a `%n` text).

    .venv-test/bin/python scripts/translations.py

1. `pyside6-lupdate` reads every translatable text of the package; those holding `%n` (written
   `self.tr("%n helpline(s)", "", n)` or `QCoreApplication.translate("Ctx", "%n …", "", n)`)
   are kept in `recovery_journal/resources/i18n/recovery_journal_en.ts` as plural messages,
   with the forms already written there. (lupdate's Python reader marks only `self.tr` calls
   as plural, so the plural messages are chosen here by their `%n`.)
2. A new text written the usual way, "%n helpline(s)", gets its two English forms filled in
   ("%n helpline", "%n helplines"); any other new text is listed, to be written by hand in the
   `.ts` (e.g. "%n person" / "%n people") before running this again.
3. `pyside6-lrelease` compiles the `.ts` to the `.qm` the app loads. Both are committed: the
   `.qm` is a few hundred bytes, and an install then needs no Qt tools.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "recovery_journal"
TS = PACKAGE / "resources" / "i18n" / "recovery_journal_en.ts"
QM = TS.with_suffix(".qm")
_REGULAR = re.compile(r"\((e?s)\)")  # "entry(ies)" is not regular: written by hand


def tool(name: str) -> str:
    """A Qt tool from the venv PySide6 is installed in, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; install PySide6 in this venv first.")
    return found


def sources() -> list[str]:
    """Every Python file of the package, in a stable order."""
    return sorted(str(path) for path in PACKAGE.rglob("*.py"))


def plural_texts(folder: Path) -> list[tuple[str, str]]:
    """(context, source) of every `%n` text in the package, sorted, found by lupdate."""
    every = folder / "every.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-silent",
         "-ts", str(every)],
        check=True,
    )
    found = set()
    for context in ET.parse(every).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if "%n" in source:
                found.add((name, source))
    return sorted(found)


def written_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) of every plural text in `ts` with its forms ([] when unfinished)."""
    if not ts.exists():
        return {}
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None or translation.get("type") else [
                form.text or "" for form in translation.iter("numerusform")]
            found[(name, message.findtext("source", ""))] = forms
    return found


def regular_forms(source: str) -> list[str]:
    """"%n helpline(s)" as ["%n helpline", "%n helplines"]; [] when not written that way."""
    if not _REGULAR.search(source):
        return []
    return [_REGULAR.sub("", source), _REGULAR.sub(r"\1", source)]


def ts_text(texts: list[tuple[str, str]], forms: dict[tuple[str, str], list[str]]) -> str:
    """The `.ts` file: one plural message per text, its English forms or marked unfinished."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="en" sourcelanguage="en">']
    for context in sorted({name for name, _ in texts}):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for name, source in texts:
            if name != context:
                continue
            written = forms.get((name, source), [])
            lines += ['    <message numerus="yes">', f"        <source>{escape(source)}</source>",
                      "        <translation>" if written else
                      '        <translation type="unfinished">']
            for form in written or ["", ""]:
                lines.append(f"            <numerusform>{escape(form)}</numerusform>")
            lines += ["        </translation>", "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm`."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    """Collect, fill and compile; list the texts that still need their forms written."""
    with tempfile.TemporaryDirectory() as folder:
        texts = plural_texts(Path(folder))
    forms = written_forms(TS)
    for text in texts:
        forms[text] = forms.get(text) or regular_forms(text[1])
    TS.parent.mkdir(parents=True, exist_ok=True)
    TS.write_text(ts_text(texts, forms), encoding="utf-8")
    compile_qm(TS, QM)
    left = [source for context, source in texts if not forms[(context, source)]]
    for source in left:
        print(f"Write the English forms of {source!r} in {TS.relative_to(ROOT)}, then run "
              "this again.", file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
