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
4. Welsh and Spanish (`recovery_journal_{cy,es}.ts`) hold EVERY text. Their translations are
   kept from the `.ts` as it was, filled from `scripts/i18n/{cy,es}.json` (source text → its
   translation, or a list of plural forms), and compiled; the texts still unfinished are counted.
5. The command line (Qt-free, cli/i18n.py): its `_("…")`/`N_("…")` texts, the vault's error
   messages (`message = "…"` in storage/errors.py) and export's warning are filed under the
   context "cli" in the `.ts` files too, and each language's translated ones are written to
   `resources/i18n/cli_LANGUAGE.json` (English → translation), which the command line loads.
   `scripts/i18n/cli_LANGUAGE.json` holds a few CLI translations of its own, merged under the
   main lists (those win). Its charts, report and import problems: `words_LANGUAGE.json`
   (scripts/chart_words.py; the import problems are found by scripts/import_words.py).
6. `--pseudo FOLDER` writes a pseudo-translation there (`recovery_journal_pseudo.qm`): every text
   ~40 % longer, with accents, keeping `%1`/`%n`/`{name}` and `&` mnemonics, to find clipped text.
"""

from __future__ import annotations

import ast
import json
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
_REGULAR = re.compile(r"\((e?s)\)")  # "entry(ies)" too, below


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
    for path in sources():
        found.update(text for text in wrapped_texts(Path(path).read_text("utf-8"))
                     if "%n" in text[1] and text[0] != ANY)
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
    if not _REGULAR.search(source) and "y(ies)" not in source:
        return []
    one = _REGULAR.sub("", source.replace("y(ies)", "y"))
    return [one, _REGULAR.sub(r"\1", source.replace("y(ies)", "ies"))]


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
    if len(sys.argv) == 3 and sys.argv[1] == "--pseudo":
        print(pseudo_qm(Path(sys.argv[2])))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        texts = plural_texts(Path(folder))
        every = every_text(Path(folder))
    for language in LANGUAGES:
        left = refresh_language(language, every)
        print(f"{language}: {len(every) - left} of {len(every)} texts translated, "
              f"{left} unfinished")
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


# -- every text, for Welsh and Spanish (and the pseudo-translation) ------------------------

LANGUAGES = ("cy", "es")
WORDS = ROOT / "scripts" / "i18n"
_PLACEHOLDER = re.compile(r"%(?:n|s|r|%|\(\w+\)[sr]|L?\d+)|\{[a-z_0-9]*\}|&&|&(?=\w)|<[^>]*>|\\n")
# Qt's plural forms per language (what lupdate writes for each): Welsh 0, 1, 2-5, 6, other.
NUMERUS = {"en": 2, "cy": 5, "es": 2, "pseudo": 2}
Text = tuple[str, str]
# Every translation once more under this context, by its source alone: the app's translator
# (ui/i18n.py) falls back to it when a text's own context is unknown to lupdate (`parent.tr`).
ANY = "@any"


def every_text(folder: Path) -> list[Text]:
    """(context, source) of every translatable text of the package, in lupdate's order."""
    every = folder / "all.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-silent",
         "-ts", str(every)],
        check=True,
    )
    found: list[Text] = []
    for context in ET.parse(every).getroot().iter("context"):
        name = context.findtext("name", "")
        found += [(name, message.findtext("source", "")) for message in context.iter("message")]
    for path in sources():
        found += wrapped_texts(Path(path).read_text("utf-8"))
    found += cli_texts()
    sys.path.insert(0, str(Path(__file__).parent))
    from import_words import problem_texts

    found += problem_texts()
    return list(dict.fromkeys(found))


def _wrapper_context(tree: ast.AST) -> str:
    """The literal context of a module's `def _tr(text): return translate("Ctx", text)`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and call.args
                        and isinstance(call.args[0], ast.Constant)
                        and isinstance(call.args[0].value, str)):
                    return call.args[0].value
    return ANY


def wrapped_texts(source: str) -> list[Text]:
    """Texts lupdate cannot see: `_tr("…")` through a module's wrapper, `parent.tr("…")` or a
    local `tr("…")` (lupdate files those under the wrong context or none), and
    `lang.translate("Ctx", "…", …)` of the Qt-free code."""
    tree = ast.parse(source)
    context = _wrapper_context(tree)
    found: list[Text] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        if isinstance(func, ast.Name) and func.id == "_tr":
            found.append((context, first.value))
        elif (isinstance(func, ast.Attribute) and func.attr == "translate"
              and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
              and isinstance(node.args[1].value, str)):
            # `lang.translate("Ctx", "…", value, n=…)` (insights/language.py): lupdate drops
            # calls with more than two arguments.
            found.append((first.value, node.args[1].value))
        elif isinstance(func, ast.Name) and func.id == "tr" or (
                isinstance(func, ast.Attribute) and func.attr == "tr"
                and not (isinstance(func.value, ast.Name) and func.value.id == "self")):
            found.append((ANY, first.value))
    return found


def kept_translations(ts: Path) -> dict[Text, list[str]]:
    """The finished translations in `ts`: one string, or the plural forms."""
    kept: dict[Text, list[str]] = {}
    if not ts.exists():
        return kept
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            kept[(name, message.findtext("source", ""))] = forms or [translation.text or ""]
    return kept


def word_list(language: str) -> dict[str, list[str]]:
    """The translations kept by hand in scripts/i18n/LANGUAGE.json ("Context|source" wins)."""
    loaded: dict[str, str | list[str]] = {}
    for path in (WORDS / f"cli_{language}.json", WORDS / f"{language}.json"):  # the last wins
        if path.exists():
            loaded.update(json.loads(path.read_text("utf-8")))
    return {key: value if isinstance(value, list) else [value] for key, value in loaded.items()}


def _fits(source: str, forms: list[str], numerus: int) -> bool:
    """A translation keeps the source's placeholders, and a plural text has all its forms."""
    want = sorted(set(_PLACEHOLDER.findall(source)) - {"&"})
    have = {tuple(sorted(set(_PLACEHOLDER.findall(form)) - {"&"})) for form in forms}
    count_ok = len(forms) == numerus if "%n" in source else len(forms) == 1
    if "%n" in source and len(forms) == 1:  # one form for every count, e.g. "%n munud"
        count_ok = True
    return count_ok and all(form.strip() for form in forms) and have <= {tuple(want)} | {
        tuple(sorted(set(want) - {"%n"}))}


def language_ts(language: str, every: list[Text], done: dict[Text, list[str]]) -> str:
    """The `.ts` of `language`: every text, translated or marked unfinished."""
    numerus = NUMERUS[language]
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    by_source = {source: forms for (_, source), forms in done.items()}
    every = every + [(ANY, source) for source in dict.fromkeys(source for _, source in every)
                     if (ANY, source) not in every]
    done = {**{(ANY, source): forms for source, forms in by_source.items()}, **done}
    contexts = list(dict.fromkeys(name for name, _ in every))
    for context in contexts:
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for name, source in every:
            if name != context:
                continue
            forms = done.get((name, source), [])
            finished = "" if forms else ' type="unfinished"'
            if "%n" in source:
                forms = (forms * numerus)[:numerus] if len(forms) == 1 else forms
                lines += ['    <message numerus="yes">',
                          f"        <source>{escape(source)}</source>",
                          f"        <translation{finished}>"]
                lines += [f"            <numerusform>{escape(form)}</numerusform>"
                          for form in forms or [""] * numerus]
                lines.append("        </translation>")
            else:
                lines += ["    <message>", f"        <source>{escape(source)}</source>",
                          f"        <translation{finished}>{escape(forms[0] if forms else '')}"
                          "</translation>"]
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def refresh_language(language: str, every: list[Text]) -> int:
    """Rewrite and compile `language`'s `.ts`; the number of texts left unfinished."""
    ts = TS.with_name(f"recovery_journal_{language}.ts")
    kept = kept_translations(ts)
    words = word_list(language)
    done: dict[Text, list[str]] = {}
    for context, source in every:
        forms = words.get(f"{context}|{source}") or words.get(source) or kept.get((context, source))
        if forms and _fits(source, forms, NUMERUS[language]):
            done[(context, source)] = forms
    ts.write_text(language_ts(language, every, done), encoding="utf-8")
    compile_qm(ts, ts.with_suffix(".qm"))
    write_cli_table(language, done)
    sys.path.insert(0, str(Path(__file__).parent))
    from chart_words import write_words

    write_words(TS.with_name(f"words_{language}.json"), language, every, done, ANY)
    return len(every) - len(done)


# -- the command line's texts (no Qt there: a JSON table per language) ----------------------

CLI_CONTEXT = "cli"
# Shown by the command line but kept outside cli/ (storage and portability can't import it).
CLI_ALSO = {PACKAGE / "storage" / "errors.py": ("message", "hint"),
            PACKAGE / "portability" / "export.py": ("NOT_ENCRYPTED",)}


def cli_texts() -> list[Text]:
    """("cli", source) of every `_("…")` and `N_("…")` in cli/, and of the constants above."""
    found: list[Text] = []
    for path in sorted((PACKAGE / "cli").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_") and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append((CLI_CONTEXT, node.args[0].value))
    for path, names in CLI_ALSO.items():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name) and node.targets[0].id in names
                    and isinstance(node.value, ast.Constant)
                    and isinstance(node.value.value, str)
                    and node.value.value.strip()):  # an empty hint is never shown
                found.append((CLI_CONTEXT, node.value.value))
    return found


def cli_table(done: dict[Text, list[str]]) -> dict[str, str]:
    """The command line's finished translations: English text → translation."""
    return {source: forms[0] for (context, source), forms in sorted(done.items())
            if context == CLI_CONTEXT and forms and "%n" not in source}


def write_cli_table(language: str, done: dict[Text, list[str]]) -> None:
    """Write `resources/i18n/cli_LANGUAGE.json`, which cli/i18n.py loads."""
    path = TS.with_name(f"cli_{language}.json")
    path.write_text(json.dumps(cli_table(done), ensure_ascii=False, indent=1, sort_keys=True)
                    + "\n", encoding="utf-8")


_ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "àéïòüÿÀÉÏÒÜŸçñÇÑ")


def _padding(text: str) -> str:
    """~40 % of `text`'s length in tildes, as words of at most five (as real words wrap)."""
    count = max(1, round(len(text) * 0.4))
    words = ["~" * 5] * (count // 5) + (["~" * (count % 5)] if count % 5 else [])
    return " ".join(words)


def pseudo(source: str) -> str:
    """`source` with accents and ~40 % longer; placeholders, tags and mnemonics kept as they are."""
    parts = _PLACEHOLDER.split(source)
    out = parts[0].translate(_ACCENTS)
    for keep, part in zip(_PLACEHOLDER.findall(source), parts[1:], strict=True):
        out += keep + part.translate(_ACCENTS)
    if not source.strip():
        return source
    # Every line stretched, not just the last.
    return "\n".join(f"{line} {_padding(line)}" if line else line for line in out.split("\n"))


def pseudo_qm(folder: Path) -> Path:
    """Build the pseudo-translation `.qm` in `folder` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    every = every_text(folder)
    done = {text: [pseudo(text[1])] for text in every}
    ts = folder / "recovery_journal_pseudo.ts"
    ts.write_text(language_ts("en", every, done), encoding="utf-8")
    qm = ts.with_suffix(".qm")
    compile_qm(ts, qm)
    return qm


if __name__ == "__main__":
    sys.exit(main())
