"""docs/guide.md, its pictures and the app's offline copy stay true to each other."""

from __future__ import annotations

import re
from pathlib import Path

from recovery_journal.resources import resource
from recovery_journal.ui.help.guide_text import app_copy, for_theme, headings

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "guide.md"
# What the guide must walk a new person through (issue 18), each under its own heading.
TOPICS = ("first time", "check-in", "journal", "strengths", "goals", "plan", "people",
          "insights", "sharing", "backups", "another app", "get help now", "hope box")


def test_the_app_copy_is_docs_guide_with_local_pictures() -> None:
    copy = resource("guide", "guide.md").read_text(encoding="utf-8")
    assert copy == app_copy(GUIDE.read_text(encoding="utf-8")), (
        "run `.venv-test/bin/python scripts/guide.py --text` after editing docs/guide.md")
    assert "<picture>" not in copy and "../" not in copy


def test_every_picture_is_there_in_light_and_dark() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    light = re.findall(r'src="\.\./recovery_journal/resources/guide/([\w-]+)-light\.png"', text)
    dark = re.findall(r'srcset="\.\./recovery_journal/resources/guide/([\w-]+)-dark\.png"', text)
    assert light == dark and len(light) >= 12
    for name in light:
        for theme in ("light", "dark"):
            picture = resource("guide", f"{name}-{theme}.png")
            assert picture.is_file(), f"{name}-{theme}.png: run scripts/guide.py"
            assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert all(re.search(r'alt="[^"]{12,}"', block)
               for block in re.findall(r"<picture>.*?</picture>", text, re.DOTALL))


def test_the_guide_walks_through_every_part() -> None:
    topics = [h.lower() for h in headings(GUIDE.read_text(encoding="utf-8"))]
    for topic in TOPICS:
        assert any(topic in heading for heading in topics), topic


def test_a_dark_theme_gets_the_dark_pictures() -> None:
    copy = app_copy('<picture>\n  <source media="(prefers-color-scheme: dark)" '
                    'srcset="../recovery_journal/resources/guide/today-dark.png">\n'
                    '  <img alt="Today" src="../recovery_journal/resources/guide/today-light.png"'
                    ' width="800">\n</picture>')
    assert copy == "[![Today](today-light.png)](today-light.png)"
    assert for_theme(copy, dark=True) == "[![Today](today-dark.png)](today-dark.png)"
    assert for_theme(copy, dark=False) == copy


def test_the_readme_links_to_the_guide() -> None:
    assert "(docs/guide.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
