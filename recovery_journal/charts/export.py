"""Save a chart as PNG (300 dpi), SVG or PDF: whole or not at all, with nothing but the title.

matplotlib stamps its name, a creation date and (for SVG) random ids by default. Every one of
those is switched off here, so a file says nothing about the person's software or time, and
the same chart always gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
DPI = 300
# A fixed salt makes SVG element ids the same on every save.
_SVG_SALT = "recovery-journal"


def format_for(path: Path) -> str:
    """The file format named by `path`'s extension (ValueError naming the allowed ones)."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise ValueError("A chart can be saved as .png, .svg or .pdf.")
    return found


def _metadata(kind: str, title: str) -> dict[str, str | None]:
    """Only the title, and every key matplotlib would otherwise fill in set to None."""
    if kind == "png":
        return {"Software": None, **({"Title": title} if title else {})}
    if kind == "svg":
        return {"Creator": None, "Date": None, "Format": None, "Type": None,
                **({"Title": title} if title else {})}
    return {"Creator": None, "Producer": None, "CreationDate": None,
            **({"Title": title} if title else {})}


def _name_axis_groups(figure: Figure) -> None:
    """Give each axis an SVG id of our own; by default it is "matplotlib.axis_N"."""
    from matplotlib.axis import Axis

    # findobj also reaches child axes (a colour key drawn inside a chart's axes).
    for i, axis in enumerate(figure.findobj(Axis)):
        if axis.get_gid() is None:
            axis.set_gid(f"axis{i}")


def export(figure: Figure, path: Path, *, title: str = "") -> None:
    """Write `figure` to `path` whole or not at all (a temporary file in the same folder)."""
    import matplotlib

    from recovery_journal.files import write_atomically

    kind = format_for(path)
    if kind == "svg":
        _name_axis_groups(figure)

    def fill(out: BinaryIO) -> None:
        with matplotlib.rc_context({"svg.hashsalt": _SVG_SALT, "svg.fonttype": "path",
                                    "pdf.compression": 6}):
            figure.savefig(out, format=kind, dpi=DPI, metadata=_metadata(kind, title),
                           facecolor=figure.get_facecolor())

    write_atomically(path, fill)
