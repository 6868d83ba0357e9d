"""What the reader hands to the import planner: raw cells by sheet, with spreadsheet row numbers.

Nothing here is parsed or validated yet; ``row`` numbers are as the spreadsheet shows them
(the header is row 1, so the first data row is row 2), for messages a KAM can follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kamdesk.excel.schema import Sheet


@dataclass(frozen=True)
class RawRow:
    row: int  # as the spreadsheet numbers it
    cells: dict[str, object]  # column key → raw cell value (None for empty)


@dataclass
class RawSheet:
    sheet: Sheet  # which schema sheet this tab is
    tab_name: str  # the name as written in the file
    headers: dict[str, str]  # column key → header text as written
    column_letters: dict[str, str]  # column key → spreadsheet column letter ("A", "AB")
    rows: list[RawRow] = field(default_factory=list)


@dataclass(frozen=True)
class ReadProblem:
    """Something in the file itself: where (sheet, row, column — any may be empty) and what."""

    sheet: str
    row: int | None
    column: str
    template: str  # English, marked for translation (context "ImportProblem")
    args: dict = field(default_factory=dict)
    # The spreadsheet column letter of the cell at fault ("C"), when there is one: the errors
    # workbook marks that cell, whatever ``column`` says in words.
    letter: str = ""

    def text(self, translate=lambda template: template) -> str:
        return translate(self.template).format(**self.args)


@dataclass
class RawWorkbook:
    path: str
    language: str  # "pt_BR" or "en": from the Instructions sheet, else the app's
    # The account a single-account export was made for (Instructions "Scope"/"Escopo"), or
    # None for the whole portfolio: deleting missing records never reaches beyond it.
    scope_account: str | None = None
    sheets: dict[str, RawSheet] = field(default_factory=dict)  # by schema sheet key
    warnings: list[ReadProblem] = field(default_factory=list)  # unknown sheets and columns
    errors: list[ReadProblem] = field(default_factory=list)  # missing required columns, ...
    # The portfolio the rows' ids belong to (Instructions "Portfolio id"), if the file says.
    portfolio_id: str | None = None
