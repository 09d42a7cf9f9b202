"""What an import says to the person: the one error every importer raises, and a skipped row.

Each text is a literal at its call, so scripts/translations.py files it under the context
"ImportProblems"; `describe(lang)` words it in the person's language (English by default).
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_journal.insights.language import ENGLISH, Language


class ImportProblem(ValueError):  # noqa: N818 - the name the contract gives
    """A file that can't be imported; names the row (1-based) and column when known.

    `template` is one plain sentence for the person, written as a literal at the call so
    scripts/translations.py files it under "ImportProblems"; `%1`… take `values`. It never quotes
    the file's text beyond a column name or a mood label the person has to map.
    """

    def __init__(self, template: str, *args: object, row: int | None = None,
                 column: str | None = None):
        self.template = template
        self.values = args
        self.row = row
        self.column = column
        super().__init__(self.describe())

    @property
    def message(self) -> str:
        """The sentence in English, its values filled in."""
        return self.sentence(ENGLISH)

    def sentence(self, lang: Language) -> str:
        """The sentence in `lang`, without where it happened."""
        return lang.translate("ImportProblems", self.template, *self.values)

    def describe(self, lang: Language = ENGLISH) -> str:
        """The message with where it happened, e.g. "Row 4, column "time": ..."."""
        message = self.sentence(lang)
        if self.row is not None and self.column is not None:
            return lang.translate("ImportProblems", 'Row %1, column "%2": %3', self.row,
                                  self.column, message)
        if self.row is not None:
            return lang.translate("ImportProblems", "Row %1: %2", self.row, message)
        if self.column is not None:
            return lang.translate("ImportProblems", 'column "%1": %2', self.column, message)
        return message


@dataclass(frozen=True)
class SkippedRow:
    """A row that is not added: the same as an earlier row (`same_as`), or empty (None)."""

    kind: str
    row: int | None
    same_as: int | None

    def describe(self, lang: Language = ENGLISH) -> str:
        """E.g. "Row 7: skipped, the same as row 3"."""
        if self.row is None:
            if self.same_as is None:
                return lang.translate("ImportProblems",
                                      "A row: skipped, it holds nothing to import")
            return lang.translate("ImportProblems", "A row: skipped, the same as row %1",
                                  self.same_as)
        if self.same_as is None:
            return lang.translate("ImportProblems", "Row %1: skipped, it holds nothing to import",
                                  self.row)
        return lang.translate("ImportProblems", "Row %1: skipped, the same as row %2", self.row,
                              self.same_as)


# What `ImportPlan.left_out` counts for a row without a category, or without a number.
NO_CATEGORY = "(no category)"
NO_NUMBER = " (no number)"


def left_out_name(name: str, lang: Language = ENGLISH) -> str:
    """A name `ImportPlan.left_out` counts, in `lang`: the file's own, or one of ours above."""
    if name == NO_CATEGORY:
        return lang.translate("ImportProblems", "(no category)")
    if name.endswith(NO_NUMBER):
        return lang.translate("ImportProblems", "%1 (no number)", name[:-len(NO_NUMBER)])
    return name
