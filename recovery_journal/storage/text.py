"""What typed text becomes before it is stored: one policy for every repository."""

from __future__ import annotations


def storable(text: str) -> str:
    """`text` as SQLite can store it, never refused: a lone surrogate becomes U+FFFD.

    A surrogate pair that arrives split (two code points, as some pastes deliver it) is joined
    back into the one character it stands for.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Round-tripping through UTF-16 joins split pairs and replaces lone halves.
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def required(text: str, problem: str) -> str:
    """Storable `text` without outer spaces; ValueError(`problem`) when nothing is left."""
    cleaned = storable(text).strip()
    if not cleaned:
        raise ValueError(problem)
    return cleaned


def clean_name(name: str, what: str = "name") -> str:
    """A storable name with its spaces trimmed and collapsed; an empty one is refused."""
    cleaned = " ".join(storable(name).split())
    if not cleaned:
        raise ValueError(f"Please give a {what}.")
    return cleaned
