"""Life checks in the export: a list of checks in JSON, one row per rating in CSV."""

from __future__ import annotations

from recovery_journal.model import LifeCheck
from recovery_journal.storage.convert import to_iso

# life_checks.csv always has its header, even with no life checks.
LIFE_CHECK_COLUMNS = ("check", "taken_at", "local_date", "life_domain", "rating", "going_well")


def life_checks_document(
    checks: list[LifeCheck], domain_names: dict[int, str]
) -> list[dict[str, object]]:
    """Oldest first; each rating names its life area (ids mean nothing outside the vault)."""
    return [
        {"taken_at": to_iso(c.taken_at), "local_date": c.local_date.isoformat(),
         "ratings": [
             {"life_domain": domain_names[r.life_domain_id], "rating": r.rating,
              "going_well": r.going_well}
             for r in c.ratings
         ]}
        for c in checks
    ]


def life_check_rows(checks: list[dict[str, object]]) -> list[dict[str, object]]:
    """One row per rating, linked to its check by `check` (the check's 1-based place)."""
    rows: list[dict[str, object]] = []
    for n, check in enumerate(checks, start=1):
        ratings = check.get("ratings", [])
        for rating in ratings if isinstance(ratings, list) else []:
            if isinstance(rating, dict):
                rows.append({"check": n, "taken_at": check.get("taken_at"),
                             "local_date": check.get("local_date"), **rating})
    return rows
