"""The full export: one versioned JSON document, or a zip of CSV files built from it.

The document never holds database ids: tags, life areas and measures are named, strengths get a
`ref` (their place in the list), so export -> import into a new vault -> export gives the same
text. The format is described in docs/export-format.md.
"""

from __future__ import annotations

import csv
import io
import json
import math
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from recovery_journal.model import Goal, LifeDomain, Strength, WarningRule
from recovery_journal.portability.cells import neutralise
from recovery_journal.portability.export_json import Encoded, checkin_json, entry_json
from recovery_journal.portability.export_life_checks import (
    LIFE_CHECK_COLUMNS,
    life_check_rows,
    life_checks_document,
)
from recovery_journal.portability.export_supports import (
    SUPPORT_COLUMNS,
    support_rows,
    supports_document,
)
from recovery_journal.portability.feelings import FEELING_COLUMNS, feelings_document
from recovery_journal.portability.hope_box import (
    HOPE_COLUMNS,
    hope_box_document,
    hope_box_rows,
)
from recovery_journal.storage.convert import stamp, to_iso
from recovery_journal.storage.export_rows import checkin_rows, entry_rows
from recovery_journal.storage.measures import plain_number
from recovery_journal.storage.repositories import Repositories

FORMAT = "recovery-journal"
VERSION = 1
NOT_ENCRYPTED = (
    "This export is not encrypted: anyone who can open the file can read everything in it. "
    "Keep it somewhere private, and delete it when you no longer need it."
)


def export_document(repos: Repositories, *, lean: bool = False) -> dict[str, object]:
    """Everything in the vault (deleted items aside) as the versioned JSON document.

    `lean`: check-ins and journal entries come as `Encoded` JSON text, only for writing JSON."""
    domains = repos.life_domains.list(include_archived=True)
    domain_names = {d.id: d.name for d in domains}
    strengths = repos.strengths.list(include_archived=True)
    refs = {s.id: index for index, s in enumerate(strengths, start=1)}
    return {
        "format": FORMAT,
        "version": VERSION,
        "measures": [
            {"key": m.key, "name": m.name, "min_value": _number(m.min_value),
             "max_value": _number(m.max_value),
             "step": m.step, "low_label": m.low_label, "high_label": m.high_label,
             "built_in": m.built_in, "archived": m.archived}
            for m in repos.measures.list(include_archived=True)
        ],
        "life_domains": [_domain(d) for d in domains],
        "tags": [
            {"name": t.name, "kind": t.kind.value,
             "life_domain": domain_names.get(t.life_domain_id) if t.life_domain_id else None,
             "archived": t.archived}
            for t in repos.tags.list(include_archived=True)
        ],
        "checkins": _checkins(repos, lean),
        "journal_entries": _entries(repos, lean),
        "strengths": [_strength(s, refs[s.id], domain_names) for s in strengths],
        "strength_uses": [
            {"strength": refs[u.strength_id], "occurred_on": u.occurred_on.isoformat(),
             "note": u.note, "tags": list(u.tags)}
            for u in reversed(repos.strengths.uses())
            if u.strength_id in refs
        ],
        "goals": [_goal(g, refs, domain_names) for g in repos.goals.list()],
        "plan_sections": [
            {"key": s.key.value, "body": s.body, "updated_at": _opt_stamp(s.updated_at),
             "last_viewed_at": _opt_stamp(s.last_viewed_at),
             "revisions": [
                 {"body": r.body, "saved_at": stamp(r.saved_at)}
                 for r in reversed(repos.plan.revisions(s.key))
             ]}
            for s in repos.plan.sections()
        ],
        "supporters": [
            {"name": p.name, "relationship": p.relationship, "phone": p.phone,
             "email": p.email, "helps_with": p.helps_with,
             "plan_stages": [k.value for k in p.plan_stages],
             "in_crisis_plan": p.in_crisis_plan, "do_not_contact": p.do_not_contact}
            for p in repos.supporters.list()
        ],
        "helplines": [
            {"name": h.name, "contact": h.contact, "details": h.details}
            for h in repos.helplines.list()
        ],
        "warning_rules": [_rule(r) for r in repos.warning_rules.list()],
        "settings": dict(repos.settings.all()),
        "questionnaire_responses": [
            {"instrument": r.instrument, "taken_at": to_iso(r.taken_at),
             "local_date": r.local_date.isoformat(), "answers": list(r.answers),
             "extra": r.extra}
            for r in repos.questionnaires.history()
        ],
        "life_checks": life_checks_document(repos.life_checks.list(), domain_names),
        "supports": supports_document(repos.supports.list()),
        "feelings": feelings_document(repos.feelings.list(include_archived=True)),
        "hope_box": hope_box_document(repos),
    }


def _checkins(repos: Repositories, lean: bool) -> list[object]:
    if lean:
        return [checkin_json(row) for row in checkin_rows(repos.vault)]
    return [
        {"recorded_at": to_iso(c.recorded_at), "local_date": c.local_date.isoformat(),
         "values": {k: _number(v) for k, v in c.values.items()}, "tags": list(c.tags),
         "note": c.note,
         "created_at": stamp(c.created_at), "updated_at": stamp(c.updated_at),
         "feelings": list(c.feelings)}
        for c in repos.checkins.between(date.min, date.max)
    ]


def _entries(repos: Repositories, lean: bool) -> list[object]:
    if lean:
        return [entry_json(row) for row in entry_rows(repos.vault)]
    return [
        {"written_at": to_iso(e.written_at), "local_date": e.local_date.isoformat(),
         "title": e.title, "body": e.body, "tags": list(e.tags),
         "created_at": stamp(e.created_at), "updated_at": stamp(e.updated_at)}
        for e in reversed(repos.journal.list())
    ]


def _number(value: float) -> float | str:
    """`value`, or its text for an infinity an older vault may hold (JSON has no infinity)."""
    return value if math.isfinite(value) else plain_number(value)


def _domain(domain: LifeDomain) -> dict[str, object]:
    return {"name": domain.name, "archived": domain.archived}


def _strength(strength: Strength, ref: int, domain_names: dict[int, str]) -> dict[str, object]:
    return {
        "ref": ref, "name": strength.name, "description": strength.description,
        "kind": strength.kind.value,
        "life_domain": domain_names.get(strength.life_domain_id)
        if strength.life_domain_id else None,
        "archived": strength.archived,
    }


def _goal(goal: Goal, refs: dict[int, int], domain_names: dict[int, str]) -> dict[str, object]:
    return {
        "title": goal.title, "why": goal.why,
        "life_domain": domain_names.get(goal.life_domain_id) if goal.life_domain_id else None,
        "status": goal.status.value,
        "target_date": goal.target_date.isoformat() if goal.target_date else None,
        "created_at": stamp(goal.created_at), "closed_at": _opt_stamp(goal.closed_at),
        "strengths": sorted(refs[i] for i in goal.strength_ids if i in refs),
        "steps": [
            {"title": s.title, "due_on": s.due_on.isoformat() if s.due_on else None,
             "done_at": _opt_stamp(s.done_at)}
            for s in goal.steps
        ],
        "reviews": [
            {"reviewed_on": r.reviewed_on.isoformat(), "progress": r.progress, "note": r.note}
            for r in goal.reviews
        ],
    }


def _rule(rule: WarningRule) -> dict[str, object]:
    return {
        "kind": rule.kind.value, "measure_key": rule.measure_key, "tag_name": rule.tag_name,
        "threshold": rule.threshold, "days": rule.days, "window_days": rule.window_days,
        "section_key": rule.section_key.value, "paused": rule.paused,
        "created_at": stamp(rule.created_at),
    }


# The columns of a table that may be empty, so its file still says what it would hold.
_RULE_COLUMNS = ("kind", "measure_key", "tag_name", "threshold", "days", "window_days",
                 "section_key", "paused", "created_at")


def _opt_stamp(moment: Any) -> str | None:
    return stamp(moment) if moment is not None else None


_COMPACT = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def document_bytes(document: dict[str, object]) -> bytes:
    """The document as UTF-8 JSON text: a key per line, each record of a list on a line of its
    own (indented), keys in a fixed order, ending in a newline."""
    return b"".join(document_chunks(document))


def document_chunks(document: dict[str, object]) -> Iterator[bytes]:
    """`document_bytes` a piece at a time (a record, or a top-level key), to write as it comes."""
    # json.dumps(indent=...) falls back to the pure-Python encoder, ~5× slower on ten years;
    # the C encoder writes each record, and only the outer layout is built here.
    # A lone surrogate (kept from a broken paste) can't be UTF-8; it is written as "?" instead.
    yield b"{\n"
    for number, (key, value) in enumerate(document.items()):
        comma = "," if number < len(document) - 1 else ""
        name = _COMPACT.encode(key)
        if isinstance(value, list) and value:
            yield f"  {name}: [\n".encode("utf-8", "replace")
            last = len(value) - 1
            for index, item in enumerate(value):
                ending = ",\n" if index < last else "\n"
                text = item if isinstance(item, Encoded) else _COMPACT.encode(item)
                yield ("    " + text + ending).encode("utf-8", "replace")
            yield f"  ]{comma}\n".encode()
        else:
            yield f"  {name}: {_COMPACT.encode(value)}{comma}\n".encode("utf-8", "replace")
    yield b"}\n"


def export_bytes(repos: Repositories) -> bytes:
    """The whole JSON export in memory: what `write_json` writes."""
    return document_bytes(export_document(repos, lean=True))


def write_json(repos: Repositories, path: Path) -> None:
    """Write the whole JSON export to `path`, whole or not at all, mode 0600."""
    from recovery_journal.files import write_atomically

    document = export_document(repos, lean=True)

    def fill(handle: BinaryIO) -> None:
        # Record by record: the text of ten years is never held twice over in memory.
        for chunk in document_chunks(document):
            handle.write(chunk)

    write_atomically(path, fill)


def write_csv_zip(repos: Repositories, path: Path) -> None:
    """Write a zip with one CSV file per kind of record; formulas in cells are neutralised."""
    from recovery_journal.files import write_atomically

    document = export_document(repos)
    tables = csv_tables(document)
    files = hope_box_rows(_items(document, "hope_box"))[1]
    write_atomically(path, lambda handle: _write_zip(handle, tables, files))


def _write_zip(
    handle: BinaryIO, tables: dict[str, list[list[str]]], files: dict[str, bytes] | None = None,
) -> None:
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in (files or {}).items():  # pictures, already compressed
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
        for name, rows in tables.items():
            buffer = io.StringIO(newline="")
            csv.writer(buffer, lineterminator="\r\n").writerows(rows)
            # The BOM lets spreadsheet programs recognise UTF-8.
            archive.writestr(f"{name}.csv", ("\ufeff" + buffer.getvalue()).encode(
                "utf-8", "replace"))


def csv_tables(document: dict[str, object]) -> dict[str, list[list[str]]]:
    """The document as tables (file name -> rows, the first row the header)."""
    measure_keys = [str(m["key"]) for m in _items(document, "measures")]
    tables: dict[str, list[list[str]]] = {}
    simple = ("measures", "life_domains", "tags", "journal_entries", "strengths",
              "strength_uses", "supporters", "helplines")
    for kind in simple:
        tables[kind] = _table(_items(document, kind))
    checkins = [
        {**{k: v for k, v in c.items() if k != "values"},
         **{f"value:{key}": _as_dict(c["values"]).get(key) for key in measure_keys}}
        for c in _items(document, "checkins")
    ]
    tables["checkins"] = _table(checkins)
    goals = _items(document, "goals")
    tables["goals"] = _table([
        {"goal": n, **{k: v for k, v in g.items() if k not in ("steps", "reviews")}}
        for n, g in enumerate(goals, start=1)
    ])
    for part in ("steps", "reviews"):
        tables[f"goal_{part}"] = _table([
            {"goal": n, **item}
            for n, g in enumerate(goals, start=1) for item in _dict_list(g[part])
        ])
    sections = _items(document, "plan_sections")
    tables["plan_sections"] = _table([
        {k: v for k, v in s.items() if k != "revisions"} for s in sections
    ])
    tables["plan_revisions"] = _table([
        {"key": s["key"], **r} for s in sections for r in _dict_list(s["revisions"])
    ])
    tables["warning_rules"] = _table(_items(document, "warning_rules"), _RULE_COLUMNS)
    # Answers as "2,1,,0": an empty place is a question left blank.
    tables["questionnaire_responses"] = _table([
        {**{k: v for k, v in r.items() if k != "answers"},
         "answers": ",".join("" if a is None else str(a) for a in _list(r.get("answers")))}
        for r in _items(document, "questionnaire_responses")
    ], ("instrument", "taken_at", "local_date", "answers", "extra"))
    tables["life_checks"] = _table(life_check_rows(_items(document, "life_checks")),
                                   LIFE_CHECK_COLUMNS)
    tables["supports"] = _table(support_rows(_items(document, "supports")), SUPPORT_COLUMNS)
    tables["feelings"] = _table(_items(document, "feelings"), FEELING_COLUMNS)
    tables["hope_box"] = _table(hope_box_rows(_items(document, "hope_box"))[0], HOPE_COLUMNS)
    settings = _as_dict(document.get("settings", {}))
    tables["settings"] = [["key", "value"], *([k, _cell(v)] for k, v in settings.items())]
    return tables


def _items(document: dict[str, object], kind: str) -> list[dict[str, object]]:
    return _dict_list(document.get(kind, []))


def _dict_list(value: object) -> list[dict[str, object]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _as_dict(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else {}


def _table(
    records: list[dict[str, object]], columns: tuple[str, ...] = ()
) -> list[list[str]]:
    header: list[str] = list(columns)
    for record in records:
        header.extend(k for k in record if k not in header)
    return [header, *([_cell(r.get(k)) for k in header] for r in records)]


def _cell(value: object) -> str:
    """One CSV cell; text a spreadsheet could run as a formula gets a leading ' (cells.py).

    Only the CSV cell changes: the document (and so the JSON export) keeps the text as written.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        value = " | ".join(str(v) for v in value)
    return neutralise(str(value))
