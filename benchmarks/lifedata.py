"""Journals like a life, 1 to 50 years long, made from a seed through the project's own storage.

Every day may bring one check-in (sometimes two) with six measures and about three tags, a journal
entry of 50 to 600 words drawn from a Zipf vocabulary of thousands of made-up words, strength
uses; each ten years brings ~60 goals with ~500 steps and plan revisions. A few rare words and a
phrase are planted so searches for them have a known handful of hits. Vaults are cached under
~/.cache/recovery-journal-bench (50 years takes a long time to write).
"""

from __future__ import annotations

import csv
import os
import random
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from recovery_journal.model import PlanSectionKey
from recovery_journal.storage.migrations import load_migrations
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

PASSPHRASE = "benchmark passphrase"
# The journal ends on a fixed day so every run (and cache) holds the same journal.
LAST_DAY = date(2026, 11, 30)
COMMON_WORD = "walk"
RARE_WORD = "quillowmere"  # planted in about one entry a year
PHRASE = "lantern by the harbour"
EXTRA_MEASURES = ("Sleep hours", "Energy", "Anxiety", "Cravings")
TAGS = ("walk", "friends", "work", "music", "cooking", "rest", "park", "family", "meeting",
        "therapy", "reading", "garden")
_COMMON_TEXT = (
    "i the and to a was of it my in that me with but so felt today walk tea friend garden rain "
    "sleep work music call sister park bus kitchen bread letter morning evening tired calm "
    "hopeful café river book class group doctor dog cat film sun wind quiet laugh write"
)
_COMMON = _COMMON_TEXT.split()
_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "bi", "da", "fe", "go", "hu", "ji",
              "pa", "ro", "si", "tu")


@dataclass(frozen=True)
class LifeStats:
    """What a generated journal holds."""

    checkins: int
    entries: int
    uses: int
    goals: int
    steps: int
    seconds: float


def schema_version() -> int:
    """The newest migration number: a cached vault of another schema is made again."""
    return max(migration.version for migration in load_migrations())


def cache_dir() -> Path:
    """Where generated vaults are kept between runs."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "recovery-journal-bench"


def vocabulary(rng: random.Random, size: int = 6000) -> tuple[list[str], list[float]]:
    """Common words then made-up ones, with Zipf weights (the n-th word 1/n as often)."""
    made: set[str] = set()
    while len(made) < size:
        made.add("".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4))))
    words = list(_COMMON) + sorted(made - set(_COMMON))
    rng.shuffle(words[len(_COMMON):])  # sorted then shuffled by the seed: deterministic
    return words, [1 / (n + 1) for n in range(len(words))]


def first_day(years: float) -> date:
    """The first day of a journal `years` long."""
    return LAST_DAY - timedelta(days=round(365.25 * years) - 1)


def cached_vault(years: float, seed: int = 1, folder: Path | None = None) -> Path:
    """The path of a generated journal, making it first when it is not cached yet."""
    folder = folder or cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{years:g}-{seed}-{schema_version()}.vault"
    if not path.exists():
        # A name of this process' own: two benchmarks started together each build their copy
        # (the same journal) and the last rename wins; one never deletes the other's file.
        building = path.with_name(f"{path.name}.building-{os.getpid()}")
        if building.exists():
            building.unlink()
        stats = generate(building, years, seed)
        os.replace(building, path)
        print(f"generated {years:g} years in {stats.seconds:.0f} s: {stats.checkins} check-ins, "
              f"{stats.entries} entries, {stats.uses} strength uses, {stats.goals} goals, "
              f"{stats.steps} steps ({path.stat().st_size / 1e6:.0f} MB)", flush=True)
    return path


def generate(path: Path, years: float, seed: int = 1, kdf_iter: int | None = None) -> LifeStats:
    """Write a journal `years` long to a new vault at `path` through Repositories."""
    started = time.perf_counter()
    rng = random.Random(seed)
    words, weights = vocabulary(rng)
    vault = Vault.create(path, PASSPHRASE, kdf_iter=kdf_iter)
    try:
        repos = Repositories.from_vault(vault)
        keys = ["mood", "hope"] + [repos.measures.add(name).key for name in EXTRA_MEASURES]
        strengths = [repos.strengths.add(f"Strength {n}").id for n in range(12)]
        day, end = first_day(years), LAST_DAY
        counts = dict(checkins=0, entries=0, uses=0, goals=0, steps=0)
        while day <= end:
            # One transaction a month: the bulk path storage offers (nested writes are savepoints).
            with vault.write():
                month = day.month
                while day <= end and day.month == month:
                    _day(repos, rng, day, keys, strengths, words, weights, counts)
                    day += timedelta(days=1)
    finally:
        vault.close()
    return LifeStats(counts["checkins"], counts["entries"], counts["uses"], counts["goals"],
                     counts["steps"], time.perf_counter() - started)


def _day(repos: Repositories, rng: random.Random, day: date, keys: list[str],
         strengths: list[int], words: list[str], weights: list[float],
         counts: dict[str, int]) -> None:
    for _ in range(rng.choices((0, 1, 2), (1, 8, 1))[0]):
        when = datetime(day.year, day.month, day.day, rng.randint(7, 22), rng.randint(0, 59),
                        tzinfo=UTC)
        values = {key: float(rng.randint(2, 9)) for key in keys}
        repos.checkins.add(recorded_at=when, values=values,
                           tags=rng.sample(TAGS, rng.randint(1, 5)),
                           note=" ".join(rng.choices(words, weights, k=rng.randint(0, 12))))
        counts["checkins"] += 1
    if rng.random() < 0.85:
        body = rng.choices(words, weights, k=rng.randint(50, 600))
        if rng.random() < 1 / 365:
            body.insert(rng.randrange(len(body)), RARE_WORD)
        if rng.random() < 1 / 200:
            body.insert(rng.randrange(len(body)), PHRASE)
        paragraphs = [" ".join(body[n:n + 80]) for n in range(0, len(body), 80)]
        repos.journal.add(
            written_at=datetime(day.year, day.month, day.day, 21, rng.randint(0, 59), tzinfo=UTC),
            title=" ".join(rng.choices(words, weights, k=3)), body="\n\n".join(paragraphs),
            tags=rng.sample(TAGS, rng.randint(0, 3)),
        )
        counts["entries"] += 1
    if rng.random() < 0.3:
        repos.strengths.log_use(rng.choice(strengths), day, note="used it")
        counts["uses"] += 1
    if rng.random() < 60 / 3652:  # ~60 goals per ten years, each with about eight steps
        goal = repos.goals.add(" ".join(rng.choices(words, weights, k=4)), why="because")
        counts["goals"] += 1
        for _ in range(rng.randint(5, 12)):
            step = repos.goals.add_step(goal.id, " ".join(rng.choices(words, weights, k=3)))
            if rng.random() < 0.7:
                repos.goals.set_step_done(step.id, True)
            counts["steps"] += 1
    if rng.random() < 1 / 60:  # a plan revision every two months or so
        key = rng.choice(list(PlanSectionKey))
        repos.plan.save(key, " ".join(rng.choices(words, weights, k=rng.randint(20, 120))))


def daylio_csv(path: Path, years: float, seed: int = 2) -> int:
    """Write a Daylio export of `years` (newest row first, as Daylio does); return its rows."""
    rng = random.Random(seed)
    words, weights = vocabulary(rng, 2000)
    moods = ("rad", "good", "meh", "bad", "awful")
    rows: list[list[str]] = []
    day = first_day(years)
    while day <= LAST_DAY:
        for _ in range(rng.choices((0, 1, 2), (1, 8, 1))[0]):
            rows.append([day.isoformat(), day.strftime("%B %d"), day.strftime("%A"),
                         f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}", rng.choice(moods),
                         " | ".join(rng.sample(TAGS, rng.randint(0, 3))), "",
                         " ".join(rng.choices(words, weights, k=rng.randint(0, 60)))])
        day += timedelta(days=1)
    rows.reverse()
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["full_date", "date", "weekday", "time", "mood", "activities",
                         "note_title", "note"])
        writer.writerows(rows)
    return len(rows)
