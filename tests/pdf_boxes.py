"""Where text sits on PDF pages, read with poppler's `pdftotext -bbox` (tests only)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


@dataclass
class PageText:
    """One page: its size in points and each word with its box (x0, y0, x1, y1)."""

    width: float
    height: float
    words: list[tuple[float, float, float, float, str]] = field(default_factory=list)

    def box(self) -> tuple[float, float, float, float]:
        """The bounding box of all the text on the page."""
        return (min(w[0] for w in self.words), min(w[1] for w in self.words),
                max(w[2] for w in self.words), max(w[3] for w in self.words))

    def lines(self) -> list[str]:
        """The page's text as lines, top to bottom (words whose tops lie within 2 pt)."""
        rows: list[tuple[float, list[str]]] = []
        for _x0, y0, _x1, _y1, text in sorted(self.words, key=lambda w: (round(w[1]), w[0])):
            if rows and abs(rows[-1][0] - y0) < 2:
                rows[-1][1].append(text)
            else:
                rows.append((y0, [text]))
        return [" ".join(words) for _y, words in rows]


def pdf_pages(path: Path) -> list[PageText]:
    """Every page of the PDF at `path` with its words; skips the test without poppler."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages: list[PageText] = []
    for line in out.splitlines():
        if (page := _PAGE.search(line)) is not None:
            pages.append(PageText(float(page.group(1)), float(page.group(2))))
        elif (word := _WORD.search(line)) is not None and pages:
            x0, y0, x1, y1 = (float(word.group(i)) for i in range(1, 5))
            pages[-1].words.append((x0, y0, x1, y1, word.group(5)))
    return pages


def pages_with_images(path: Path) -> set[int]:
    """The numbers (from 1) of the pages that draw an image, read with `pdfimages -list`."""
    if shutil.which("pdfimages") is None:
        pytest.skip("pdfimages (poppler-utils) is not installed")
    out = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return {int(line.split()[0]) for line in out.splitlines()[2:] if line.strip()}
