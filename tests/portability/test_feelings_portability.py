"""Feelings in export and import: our JSON and CSV round trip, Pixels emotions, new words."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recovery_journal.model import FeelingGroup
from recovery_journal.portability.export import write_csv_zip, write_json
from recovery_journal.portability.importing import apply, preview, read_import
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.portability.test_export import _rows

WHEN = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


def test_json_round_trip_carries_feelings_groups_and_hidden_words(
    repos: Repositories, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    wistful = repos.feelings.add("wistful", FeelingGroup.UNPLEASANT_LOW)
    repos.checkins.add(recorded_at=WHEN, values={"mood": 6}, feelings=["calm", "wistful"])
    repos.feelings.set_archived(wistful.id, True)
    repos.feelings.add("giddy", FeelingGroup.PLEASANT_HIGH)
    first = tmp_path / "first.json"
    write_json(repos, first)
    document = json.loads(first.read_text("utf-8"))
    assert document["checkins"][0]["feelings"] == ["calm", "wistful"]
    assert {"name": "wistful", "group": "unpleasant_low", "archived": True} in document[
        "feelings"]
    other = Repositories.from_vault(make_vault("other.vault"))
    plan = read_import("json", first)
    shown = preview(plan, other)
    assert shown.new_feelings == ("giddy", "wistful")  # the words this journal lacks, named
    assert shown.counts["feelings"] == len(document["feelings"])
    assert shown.new["feelings"] == 2
    assert other.feelings.by_name("giddy") is None  # a preview saves nothing
    added = apply(plan, other)
    assert added["checkins"] == 1 and added["feelings"] == 2
    (copy,) = other.checkins.recent()
    assert copy.feelings == ("calm", "wistful")
    moved = other.feelings.by_name("wistful")
    assert moved is not None and moved.group == FeelingGroup.UNPLEASANT_LOW and moved.archived
    second = tmp_path / "second.json"
    write_json(other, second)
    again = json.loads(second.read_text("utf-8"))
    assert again["feelings"] == document["feelings"]
    assert [c["feelings"] for c in again["checkins"]] == [["calm", "wistful"]]
    # Importing again adds nothing.
    assert apply(read_import("json", second), other) == {**added, "checkins": 0, "feelings": 0}


def test_csv_zip_has_feelings_on_check_ins_and_a_vocabulary_table(
    repos: Repositories, tmp_path: Path
) -> None:
    repos.checkins.add(recorded_at=WHEN, feelings=["hopeful", "tired"])
    path = tmp_path / "out.zip"
    write_csv_zip(repos, path)
    with zipfile.ZipFile(path) as archive:
        checkins = _rows(archive, "checkins.csv")
        vocabulary = _rows(archive, "feelings.csv")
    assert "hopeful" in checkins[0]["feelings"] and "tired" in checkins[0]["feelings"]
    assert vocabulary[0] == {"name": "hopeful", "group": "pleasant_high", "archived": "false"}


def test_pixels_emotions_become_feelings_and_new_words_are_kept(
    repos: Repositories, tmp_path: Path
) -> None:
    path = tmp_path / "pixels.json"
    path.write_text(json.dumps([
        {"date": "2024-1-2", "type": "Mood", "scores": [4], "notes": "",
         "tags": [{"type": "Emotions", "entries": ["Calm", "Wobbly"]},
                  {"type": "Activities", "entries": ["walk"]}]},
        {"date": "2019-01-03", "mood": 2, "emotions": ["tired"], "notes": ""},
    ]), "utf-8")
    plan = read_import("pixels", path, zone=UTC)
    assert preview(plan, repos).new_feelings == ("Wobbly",)
    apply(plan, repos)
    first, second = reversed(repos.checkins.recent())  # oldest first: 2019, then 2024
    assert (first.tags, first.feelings) == ((), ("tired",))
    assert (second.tags, second.feelings) == (("walk",), ("calm", "Wobbly"))
    wobbly = repos.feelings.by_name("wobbly")
    assert wobbly is not None and wobbly.group == FeelingGroup.OTHER


def test_feelings_are_part_of_what_makes_a_check_in_the_same(
    repos: Repositories, tmp_path: Path
) -> None:
    """Bug: a check-in differing only in feelings was taken as already there, its feelings lost."""
    repos.checkins.add(recorded_at=WHEN, values={"mood": 6}, feelings=["calm"])
    path = tmp_path / "pixels.json"
    path.write_text(json.dumps([
        {"date": "2026-11-2", "type": "Mood", "scores": [4], "notes": "",
         "tags": [{"type": "Emotions", "entries": ["Hopeful"]}]},
        {"date": "2026-11-2", "type": "Mood", "scores": [4], "notes": "",
         "tags": [{"type": "Emotions", "entries": ["Tired"]}]},
        {"date": "2026-11-2", "type": "Mood", "scores": [4], "notes": "",
         "tags": [{"type": "Emotions", "entries": ["Tired"]}]},  # the same as the row above
    ]), "utf-8")
    plan = read_import("pixels", path, zone=UTC)
    shown = preview(plan, repos)
    assert shown.new["checkins"] == 2 and len(shown.skipped_rows) == 1
    apply(plan, repos)
    feelings = sorted(c.feelings for c in repos.checkins.recent())
    assert feelings == [("calm",), ("hopeful",), ("tired",)]
    # The same file again adds nothing: its check-ins are all in the journal now.
    assert apply(read_import("pixels", path, zone=UTC), repos)["checkins"] == 0
    # A check-in already here, written again with other feelings, is added beside it.
    mine = tmp_path / "mine.json"
    write_json(repos, mine)
    document = json.loads(mine.read_text("utf-8"))
    for checkin in document["checkins"]:
        checkin["feelings"] = ["restless"]
    mine.write_text(json.dumps(document), "utf-8")
    assert apply(read_import("json", mine), repos)["checkins"] == 3
    assert len(repos.checkins.recent()) == 6
