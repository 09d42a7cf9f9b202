"""Treatments and supports in the export: a list of supports with their events in JSON, one row
per event (or per support without events) in CSV."""

from __future__ import annotations

from recovery_journal.model import Support

# supports.csv always has its header, even with no supports.
SUPPORT_COLUMNS = ("support", "kind", "kind_name", "name", "dose", "how_often", "note",
                   "event_date", "event", "event_dose", "event_how_often", "event_note")


def supports_document(supports: list[Support]) -> list[dict[str, object]]:
    """Each support with its events oldest first; a dose/how often of null did not change."""
    return [
        {"kind": s.kind.value, "kind_name": s.kind_name, "name": s.name, "dose": s.dose,
         "how_often": s.how_often, "note": s.note,
         "events": [
             {"date": e.day.isoformat(), "kind": e.kind.value, "dose": e.dose,
              "how_often": e.how_often, "note": e.note}
             for e in s.events
         ]}
        for s in supports
    ]


def support_rows(supports: list[dict[str, object]]) -> list[dict[str, object]]:
    """One row per event, linked to its support by `support` (the support's 1-based place)."""
    rows: list[dict[str, object]] = []
    for n, support in enumerate(supports, start=1):
        own = {"support": n, **{k: v for k, v in support.items() if k != "events"}}
        events = support.get("events", [])
        events = [e for e in events if isinstance(e, dict)] if isinstance(events, list) else []
        if not events:
            rows.append(own)
        rows.extend(
            {**own, "event_date": e.get("date"), "event": e.get("kind"),
             "event_dose": e.get("dose"), "event_how_often": e.get("how_often"),
             "event_note": e.get("note")}
            for e in events
        )
    return rows
