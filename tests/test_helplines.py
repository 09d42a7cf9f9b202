"""The bundled helplines: every region loads, every line names its source and when it was
checked, and any other region gets its emergency number where known."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from recovery_journal.helplines import helplines_path, load_catalogue, parse_catalogue

REGIONS = {"GB": "999", "IE": "112", "US": "911", "CA": "911", "AU": "000", "NZ": "111"}
KNOWN = {  # the numbers the issue names, each as Copy puts it on the clipboard
    "GB": {"116 123", "85258", "111", "999"},
    "IE": {"116 123", "50808", "112"},
    "US": {"988", "741741", "911"},
    "CA": {"988", "911"},
    "AU": {"13 11 14", "1300 22 4636", "000"},
    "NZ": {"1737", "0800 543 354", "111"},
}


def test_every_bundled_region_loads_with_its_numbers() -> None:
    catalogue = load_catalogue()
    assert catalogue is not None
    assert set(catalogue.regions) == set(REGIONS)
    for code, emergency in REGIONS.items():
        region = catalogue.for_region(code.lower())
        assert region.code == code and region.region and region.lines
        assert region.emergency == emergency
        assert {line.copy for line in region.lines} == KNOWN[code]


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_every_line_has_a_source_and_a_checked_date(code: str) -> None:
    catalogue = load_catalogue()
    assert catalogue is not None
    for line in catalogue.for_region(code).lines:
        assert re.fullmatch(r"https://[\w.-]+\.[a-z]{2,}(/\S*)?", line.source), line
        checked = date.fromisoformat(line.checked)
        assert date(2026, 1, 1) <= checked <= date(2026, 12, 1), line
        assert line.name and line.contact and line.copy and line.details
        # What Copy puts on the clipboard is only the number, and it is in the words shown.
        assert re.fullmatch(r"[0-9 ]+", line.copy) and line.copy in line.contact


def test_the_file_on_disk_holds_source_and_checked_on_every_line() -> None:
    data = json.loads(helplines_path().read_text("utf-8"))
    lines = [line for region in data["regions"] for line in region["lines"]]
    assert len(lines) >= 16
    assert all(line["source"] and line["checked"] for line in lines)


def test_other_regions_get_their_emergency_number_where_known() -> None:
    catalogue = load_catalogue()
    assert catalogue is not None
    germany = catalogue.for_region("DE", "Germany")
    assert (germany.region, germany.lines, germany.emergency) == ("Germany", (), "112")
    assert germany.emergency_text == "112"
    japan = catalogue.for_region("JP", "Japan")
    assert japan.emergency == "119" and "110" in japan.emergency_text
    unknown = catalogue.for_region("AQ", "Antarctica")
    assert unknown.emergency == "" and unknown.emergency_text == "" and unknown.lines == ()
    assert not catalogue.has_lines("DE") and catalogue.has_lines("nz")


def test_a_broken_file_reads_as_none(tmp_path: Path) -> None:
    path = tmp_path / "helplines.json"
    for text in ("{not json", '{"regions": [{"code": "GB"}]}', '["a list"]', '{"x": 1}'):
        path.write_text(text, "utf-8")
        assert load_catalogue(path) is None, text
    with pytest.raises(ValueError):
        parse_catalogue('{"regions": 3}')
