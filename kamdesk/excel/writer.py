"""Writes the workbook a KAM edits in Excel or LibreOffice and brings back (WORKBOOK.md).

Sheets, in order: **Instructions / Instruções** (what each sheet is, how to add and delete rows,
and, in fixed cells the importer reads, the workbook's language and scope), one sheet per
:data:`SHEETS` entry, and the hidden ``_lists`` sheet every drop-down refers to (an inline
list is limited to 255 characters, a range is not).

Every string goes through ``write_string``, never ``write``: an account named
``=HYPERLINK(...)`` stays text. Text a spreadsheet would read as a formula once the user edits
the cell also gets Excel's quote prefix, so it stays text after an edit too.

The file is written under a ``.partial.xlsx`` name and renamed only when complete: a
cancelled (the progress callback raised) or failed export leaves nothing behind, and an
existing file at the target is only replaced by a whole new one.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from kamdesk.excel.collector import collector_paused
from kamdesk.excel.schema import (
    FORMAT_VERSION,
    INSTRUCTIONS_ENGLISH,
    INSTRUCTIONS_PORTUGUESE,
    MAX_SHEET_ROWS,
    SHEETS,
    SHEETS_BY_KEY,
    Column,
    Kind,
    Sheet,
)
from kamdesk.excel.values import safe_text_for_cell
from kamdesk.model.enums import CURRENCY_SYMBOLS, QT_TRANSLATE_NOOP, LabelledEnum, LinkKind, fold

ProgressCallback = Callable[[int, int, str], None]  # (rows done, rows in all, what is written)

LISTS_SHEET = "_lists"
# Fixed cells of the Instructions sheet the importer reads (row, column from 0).
LANGUAGE_CELL = (1, 1)  # B2: "pt_BR" or "en"
SCOPE_CELL = (2, 1)  # B3: the account of a single-account export; blank = whole portfolio
PORTFOLIO_CELL = (6, 1)  # B7: which portfolio the ids belong to
MAX_DATA_ROWS = 1_048_575  # Excel's 1,048,576 rows, less the header (drop-downs reach them all)
MAX_EXPORT_ROWS = MAX_SHEET_ROWS  # what the importer reads back from one sheet
PROGRESS_EVERY = 1_000  # rows between two progress reports
REFERENCE_LIST_LIMIT = 5_000  # longer drop-downs are useless to scroll and bloat the file

WORKBOOK_OPTIONS = {
    # Belt and braces: we only call the typed write_* methods, which never convert anyway.
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    # Rows are written in order, one sheet after the other, so xlsxwriter can flush each row
    # to disk: memory stays flat however large the portfolio.
    "constant_memory": True,
}

HEADER_FILL = "#DDEBF7"
READ_ONLY_HEADER_FILL = "#BFBFBF"
READ_ONLY_CELL_FILL = "#EDEDED"
# Ids and whole numbers read the same in the default (General) format, so they have none.
NUMBER_FORMATS = {
    Kind.PERCENT: "0.0",
    Kind.DATE: "dd/mm/yyyy",
    Kind.MONTH: "mm/yyyy",
}
MONEY_FORMAT = '"{symbol}" #,##0.00'  # Excel shows its own locale's separators
NUMBER_KINDS = {Kind.ID, Kind.INTEGER, Kind.MONEY, Kind.NUMBER, Kind.PERCENT}
DATE_KINDS = {Kind.DATE, Kind.MONTH}
# Typed into a column formatted as text, "2027" stays a period, "011 3333" keeps its zero and
# "- call back" or "+55 11 ..." stays text instead of becoming a broken formula. Only columns
# where such input is likely have it: xlsxwriter writes a styled cell about a quarter slower
# than one in the default format, where names, labels and references read the same.
TEXT_FORMAT = "@"
TEXT_FORMAT_KINDS = {Kind.PERIOD, Kind.LONG_TEXT}
TEXT_FORMAT_COLUMNS = {"tax_id", "phone"}  # by column key
# Options a sheet does not accept although its column's enum has them.
EXCLUDED_OPTIONS = {("relations", "kind"): {LinkKind.REPORTS_TO}}  # a Stakeholders column


TOO_LARGE = QT_TRANSLATE_NOOP(
    "ExportProblem",
    "The {sheet} sheet would have {rows} rows, more than the {limit} KAMdesk can import back "
    "from one sheet: export one account at a time.",
)


class WorkbookTooLarge(ValueError):
    """A sheet would have more rows than a spreadsheet holds; nothing was written. The
    interface translates ``TOO_LARGE`` and fills in ``details`` with its own number format."""

    def __init__(self, sheet_label: str, rows: int):
        self.details = {"sheet": sheet_label, "rows": rows, "limit": MAX_EXPORT_ROWS}
        super().__init__(self.text())

    def text(self, translate=lambda template: template, number=lambda n: f"{n:,}") -> str:
        values = {key: number(v) if isinstance(v, int) else v for key, v in self.details.items()}
        return translate(TOO_LARGE).format(**values)


def check_fits(row_counts: Mapping[str, int], language: str) -> None:
    """Raises WorkbookTooLarge if a sheet (by key) would not fit in a spreadsheet."""
    for sheet in SHEETS:
        if row_counts.get(sheet.key, 0) > MAX_EXPORT_ROWS:
            raise WorkbookTooLarge(sheet.label(language), row_counts[sheet.key])


def write_workbook(
    path: Path | str,
    rows_by_sheet: Mapping[str, Sequence[Mapping[str, object]]],
    language: str = "pt_BR",
    *,
    exported_at: dt.datetime | None = None,
    app_version: str,
    progress: ProgressCallback | None = None,
    choices: Mapping[str, Sequence[str]] | None = None,
    scope_account: str | None = None,
    portfolio_id: str | None = None,
    currency: str = "BRL",
) -> Path:
    """Writes ``rows_by_sheet`` (sheet key → rows of column key → plain value) to ``path``.

    ``choices`` gives the drop-down options of columns whose options come from the portfolio,
    by column key (``{"stage": [...]}``); a reference column without one offers the natural
    keys of the rows of the sheet it refers to. ``scope_account`` names the account of a
    single-account export; ``portfolio_id`` the portfolio whose ids the rows carry; money is
    shown in ``currency`` (an ISO code).
    ``progress(done, total, sheet)`` is called per sheet and every
    1,000 rows; whatever it raises stops the export and propagates.
    """
    path = Path(path)
    check_fits({key: len(rows) for key, rows in rows_by_sheet.items()}, language)
    moment = exported_at or dt.datetime.now()
    about = _About(language, scope_account, moment, app_version, portfolio_id, currency)
    partial = path.with_suffix(".partial.xlsx")
    try:
        with collector_paused():
            workbook = xlsxwriter.Workbook(str(partial), WORKBOOK_OPTIONS)
            _WorkbookWriter(workbook, rows_by_sheet, about, choices or {}, progress).write()
            workbook.close()
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)  # xlsxwriter only creates the file in close()
        raise
    return path


@dataclass(frozen=True)
class _About:
    """What the Instructions sheet says about the export itself."""

    language: str
    scope_account: str | None
    exported_at: dt.datetime
    app_version: str
    portfolio_id: str | None = None
    currency: str = "BRL"


class _WorkbookWriter:
    def __init__(self, workbook: Workbook, rows_by_sheet, about: _About, choices, progress):
        self.workbook = workbook
        self.rows_by_sheet = rows_by_sheet
        self.about = about
        self.language = about.language
        self.text = TEXTS["pt" if about.language.startswith("pt") else "en"]
        self.choices = choices
        self.formats = _Formats(workbook, about.currency)
        self.lists = _Lists()
        self.progress = progress or (lambda done, total, message: None)
        self.total = sum(len(rows_by_sheet.get(sheet.key, ())) for sheet in SHEETS)
        self.done = 0
        self.names_by_sheet: dict[str, list[str]] = {}  # see natural_keys

    def write(self) -> None:
        _write_instructions(self.workbook, self.formats, self.about, self.text)
        for sheet in SHEETS:
            self.write_sheet(sheet, self.rows_by_sheet.get(sheet.key, ()))
        self.lists.write(self.workbook)
        self.progress(self.total, self.total, self.text["saving"])

    def write_sheet(self, sheet: Sheet, rows: Sequence[Mapping[str, object]]) -> None:
        label = sheet.label(self.language)
        self.progress(self.done, self.total, label)
        worksheet = self.workbook.add_worksheet(label)
        self.lay_out(worksheet, sheet, len(rows))
        columns = self.sheet_columns(sheet)
        for start in range(0, len(rows), PROGRESS_EVERY):
            batch = rows[start : start + PROGRESS_EVERY]
            _write_rows(worksheet, batch, start + 1, columns)
            if len(batch) == PROGRESS_EVERY:
                self.progress(self.done + start + PROGRESS_EVERY, self.total, label)
        self.done += len(rows)

    def lay_out(self, worksheet: Worksheet, sheet: Sheet, row_count: int) -> None:
        """Widths, column formats (also for rows the user adds), header, drop-downs."""
        last = len(sheet.columns) - 1
        for number, column in enumerate(sheet.columns):
            hidden = {"hidden": True} if column.kind is Kind.ID else None
            worksheet.set_column(number, number, column.width, self.formats.cell(column), hidden)
            header = self.formats.read_only_header if column.read_only else self.formats.header
            worksheet.write_string(0, number, column.label(self.language), header)
            validation = self.validation(sheet, column)
            if validation:
                worksheet.data_validation(1, number, MAX_DATA_ROWS, number, validation)
        worksheet.freeze_panes(1, 0)
        worksheet.autofilter(0, 0, max(row_count, 1), last)

    def sheet_columns(self, sheet: Sheet) -> _SheetColumns:
        """How each column's cells are written, worked out once per sheet."""
        numbers, dates, texts = [], [], []
        for number, column in enumerate(sheet.columns):
            plain = self.formats.cell(column)
            if column.kind in NUMBER_KINDS:
                numbers.append((number, column.key, plain))
            elif column.kind in DATE_KINDS:
                dates.append((number, column.key, plain))
            else:
                quoted = self.formats.cell(column, quoted=True)
                # Most cells already hold plain text, kept as it is; a yes/no never is.
                keeps_text = column.kind is not Kind.BOOL
                as_text = self.text_function(column)
                texts.append((number, column.key, keeps_text, as_text, plain, quoted))
        return _SheetColumns(numbers, dates, texts)

    def text_function(self, column: Column) -> Callable[[object], str]:
        language = self.language
        if column.kind is Kind.BOOL:
            yes, no = self.text["yes"], self.text["no"]
            return lambda value: yes if value else no
        if column.kind is Kind.ENUM_LIST:
            return _remembered(lambda values: _labels(values, language, ", "))
        if column.kind is Kind.ENUM:  # a dictionary look-up for its members: C, not Python
            return _EnumLabels(column.enum, language).__getitem__
        if column.kind is Kind.NAME_LIST:
            return lambda values: _labels(values, language, "; ")
        return lambda value: _label(value, language)

    # -- drop-downs ---------------------------------------------------------------------------

    def validation(self, sheet: Sheet, column: Column) -> dict | None:
        if column.kind is Kind.ENUM_LIST:
            return self.list_hint(column)
        options, strict = self.options(sheet, column)
        if not options:
            return None
        source = self.lists.source(f"{sheet.key}.{column.key}", options)
        validation = {"validate": "list", "source": source}
        if strict:
            return {**validation, "error_title": "KAMdesk", "error_message": self.text["pick"]}
        # References may name a record added in this same workbook: warn, do not refuse.
        referred = SHEETS_BY_KEY[column.refers_to].label(self.language)
        message = self.text["new_name"].format(sheet=referred)
        return {**validation, "error_type": "information", "error_message": message}

    def options(self, sheet: Sheet, column: Column) -> tuple[list[str], bool]:
        """The drop-down's options and whether other values are refused."""
        if column.key in self.choices:
            options = list(self.choices[column.key])
        elif column.kind is Kind.ENUM:
            excluded = EXCLUDED_OPTIONS.get((sheet.key, column.key), set())
            options = [m.label(self.language) for m in column.enum if m not in excluded]
        elif column.kind is Kind.BOOL:
            options = [self.text["yes"], self.text["no"]]
        elif column.kind is Kind.REFERENCE:
            options = self.natural_keys(column.refers_to)  # empty when there are too many
        else:
            return [], False
        if column.kind is Kind.REFERENCE:
            return (options if len(options) <= REFERENCE_LIST_LIMIT else []), False
        return options, True

    def natural_keys(self, sheet_key: str) -> list[str]:
        """The names (titles, descriptions) the workbook's ``sheet_key`` rows are known by, in
        order; none when there are more than :data:`REFERENCE_LIST_LIMIT`. Several columns
        refer to the same sheet, so each sheet's names are gathered once."""
        if sheet_key not in self.names_by_sheet:
            names = self.distinct_names(sheet_key) or ()
            self.names_by_sheet[sheet_key] = sorted(names, key=lambda text: (fold(text), text))
        return self.names_by_sheet[sheet_key]

    def distinct_names(self, sheet_key: str) -> set[str] | None:
        """The distinct names of ``sheet_key``'s rows; None as soon as there are too many to
        offer, so a large sheet is neither read to the end nor sorted."""
        sheet = SHEETS_BY_KEY[sheet_key]
        name = next(c.key for c in sheet.natural_key if c.kind is not Kind.REFERENCE)
        names: set[str] = set()
        for row in self.rows_by_sheet.get(sheet_key, ()):
            value = row.get(name)
            if value:
                names.add(str(value))
                if len(names) > REFERENCE_LIST_LIMIT:
                    return None
        return names

    def list_hint(self, column: Column) -> dict:
        """Several values fit one cell, which a drop-down cannot offer: list them instead."""
        labels = ", ".join(m.label(self.language) for m in column.enum)
        return {
            "validate": "any",
            "input_title": column.label(self.language)[:32],  # Excel's limits
            "input_message": self.text["several"].format(options=labels)[:255],
        }


@dataclass(frozen=True)
class _SheetColumns:
    """A sheet's columns by how their cells are written: (column number, key, format) for
    numbers and dates; for text also whether a str is written as it is, the function that
    turns other values into text, and the format of text that must not become a formula."""

    numbers: list[tuple[int, str, Format | None]]
    dates: list[tuple[int, str, Format | None]]
    texts: list[tuple[int, str, bool, Callable[[object], str], Format | None, Format]]


def _write_rows(
    worksheet: Worksheet,
    rows: Sequence[Mapping[str, object]],
    first_row_number: int,
    columns: _SheetColumns,
) -> None:
    """The innermost loop of an export, kept lean: one kind of column after the other, so a
    cell costs no call of ours but the formula check of text; a blank cell is only skipped.
    xlsxwriter keeps a row's cells until the next row begins and writes them in column order,
    so the order of the calls within a row is free."""
    write_number = worksheet.write_number
    write_datetime = worksheet.write_datetime
    write_string = worksheet.write_string
    for row_number, row in enumerate(rows, first_row_number):
        value_of = row.get
        for column_number, key, cell_format in columns.numbers:
            value = value_of(key)
            if value is not None:
                write_number(row_number, column_number, float(value), cell_format)
        for column_number, key, cell_format in columns.dates:
            value = value_of(key)
            if value is not None:
                write_datetime(row_number, column_number, value, cell_format)
        for column_number, key, keeps_text, as_text, plain, quoted in columns.texts:
            value = value_of(key)
            if value is not None:
                text = value if keeps_text and value.__class__ is str else as_text(value)
                if text:
                    cell_format = quoted if safe_text_for_cell(text) else plain
                    write_string(row_number, column_number, text, cell_format)


class _EnumLabels(dict):
    """An enum's members → their labels; anything else as :func:`_label` shows it."""

    def __init__(self, enum: type[LabelledEnum], language: str):
        super().__init__((member, member.label(language)) for member in enum)
        self.language = language

    def __missing__(self, value: object) -> str:
        return _label(value, self.language)


def _remembered(as_text: Callable[[object], str]) -> Callable[[object], str]:
    """``as_text`` worked out once per distinct value (lists of enum members repeat a lot)."""
    texts: dict[object, str] = {}

    def text_of(value: object) -> str:
        try:
            return texts[value]
        except KeyError:
            text = texts[value] = as_text(value)
            return text
        except TypeError:  # a list, not hashable
            return as_text(value)

    return text_of


def _label(value: object, language: str) -> str:
    return value.label(language) if isinstance(value, LabelledEnum) else str(value)


def _labels(values: object, language: str, separator: str) -> str:
    if isinstance(values, str):  # already joined
        return _label(values, language)
    return separator.join(_label(value, language) for value in values)


class _Formats:
    """xlsxwriter formats, each made once (a workbook holds a limited number of styles)."""

    def __init__(self, workbook: Workbook, currency: str):
        self.workbook = workbook
        symbol = CURRENCY_SYMBOLS.get(currency, currency)
        self.number_formats = NUMBER_FORMATS | {Kind.MONEY: MONEY_FORMAT.format(symbol=symbol)}
        self.header = workbook.add_format({"bold": True, "bg_color": HEADER_FILL, "bottom": 1})
        self.read_only_header = workbook.add_format(
            {"bold": True, "bg_color": READ_ONLY_HEADER_FILL, "bottom": 1}
        )
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.bold = workbook.add_format({"bold": True})
        self.timestamp = workbook.add_format({"num_format": "dd/mm/yyyy hh:mm", "align": "left"})
        self.number = workbook.add_format({"align": "left"})
        self._cells: dict[tuple, object] = {}

    def cell(self, column: Column, quoted: bool = False):
        """The column's cell format; None where the default one shows the value as well (a
        cell with no format costs least to write)."""
        as_text = column.kind in TEXT_FORMAT_KINDS or column.key in TEXT_FORMAT_COLUMNS
        key = (column.kind, column.read_only, as_text, quoted)
        if key not in self._cells:
            # General for plain numbers: a key result may be 3, 0.25 or 1500000.
            number_format = TEXT_FORMAT if as_text else self.number_formats.get(column.kind)
            properties = {"num_format": number_format} if number_format else {}
            if column.read_only:
                properties["bg_color"] = READ_ONLY_CELL_FILL
            if quoted:
                properties["quote_prefix"] = True
            self._cells[key] = self.workbook.add_format(properties) if properties else None
        return self._cells[key]


class _Lists:
    """Every drop-down's options, one column each on the hidden ``_lists`` sheet. The sheet
    is written last, row by row (as constant-memory mode requires), from what was collected."""

    def __init__(self):
        self.columns: dict[tuple[str, ...], int] = {}  # the options → their column
        self.names: list[str] = []

    def source(self, name: str, options: Sequence[str]) -> str:
        """The range formula of ``options``; equal lists share one column."""
        options = tuple(options)
        if options not in self.columns:
            self.columns[options] = len(self.names)
            self.names.append(name)
        letter = xl_col_to_name(self.columns[options])
        return f"='{LISTS_SHEET}'!${letter}$2:${letter}${len(options) + 1}"

    def write(self, workbook: Workbook) -> None:
        worksheet = workbook.add_worksheet(LISTS_SHEET)
        for number, name in enumerate(self.names):
            worksheet.write_string(0, number, name)
        lists = list(self.columns)
        for row in range(max(map(len, lists), default=0)):
            for number, options in enumerate(lists):
                if row < len(options):
                    worksheet.write_string(row + 1, number, options[row])
        worksheet.hide()


def _write_instructions(workbook: Workbook, formats: _Formats, about: _About, text: dict) -> None:
    """Written top to bottom (constant-memory mode). The facts sit in fixed cells, label in
    column A and value in B, so the importer finds the language in B2 and the scope in B3."""
    sheet_name = (
        INSTRUCTIONS_PORTUGUESE if about.language.startswith("pt") else INSTRUCTIONS_ENGLISH
    )
    worksheet = workbook.add_worksheet(sheet_name)
    worksheet.set_column(0, 0, 28)
    worksheet.set_column(1, 1, 90)
    worksheet.set_column(2, 2, 60)
    worksheet.write_string(0, 0, text["title"], formats.title)
    language_row, scope_row = LANGUAGE_CELL[0], SCOPE_CELL[0]
    worksheet.write_string(language_row, 0, text["language"], formats.bold)
    worksheet.write_string(language_row, 1, about.language)
    worksheet.write_string(language_row, 2, text["language_name"])
    worksheet.write_string(scope_row, 0, text["scope"], formats.bold)
    if about.scope_account:
        worksheet.write_string(scope_row, 1, about.scope_account)
    worksheet.write_string(scope_row, 2, text["scope_hint"])
    worksheet.write_string(3, 0, text["exported_at"], formats.bold)
    worksheet.write_datetime(3, 1, _local_minute(about.exported_at), formats.timestamp)
    worksheet.write_string(4, 0, text["app_version"], formats.bold)
    worksheet.write_string(4, 1, about.app_version)
    worksheet.write_string(5, 0, text["format_version"], formats.bold)
    worksheet.write_number(5, 1, FORMAT_VERSION, formats.number)
    if about.portfolio_id:
        portfolio_row = PORTFOLIO_CELL[0]
        worksheet.write_string(portfolio_row, 0, text["portfolio_id"], formats.bold)
        worksheet.write_string(portfolio_row, 1, about.portfolio_id)
        worksheet.write_string(portfolio_row, 2, text["portfolio_hint"])
    worksheet.write_string(7, 0, text["how_to"], formats.bold)
    for row, line in enumerate(text["rules"], start=8):
        worksheet.write_string(row, 0, f"• {line}")
    table_row = 9 + len(text["rules"])
    for number, heading in enumerate(text["table"]):
        worksheet.write_string(table_row, number, heading, formats.header)
    for row, sheet in enumerate(SHEETS, start=table_row + 1):
        required = ", ".join(c.label(about.language) for c in sheet.required)
        worksheet.write_string(row, 0, sheet.label(about.language), formats.bold)
        worksheet.write_string(row, 1, sheet.help(about.language))
        worksheet.write_string(row, 2, required)


def _local_minute(moment: dt.datetime) -> dt.datetime:
    """Spreadsheets have no time zones: an aware time is shown as the local clock read it."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)


TEXTS = {
    "en": {
        "title": "KAMdesk workbook — Instructions",
        "language": "Language",
        "language_name": "English",
        "scope": "Scope",
        "scope_hint": "blank = the whole portfolio; an account's name = only that account",
        "exported_at": "Exported at",
        "app_version": "KAMdesk version",
        "format_version": "Format version",
        "portfolio_id": "Portfolio id",
        "portfolio_hint": "the portfolio the ids belong to: do not change",
        "how_to": "How to use this workbook",
        "rules": (
            "Each sheet holds one kind of record; its first row names the columns. "
            "Do not rename sheets or columns.",
            "To add a record, fill in a new row at the end of its sheet and leave the id "
            "column (hidden, the first one) empty.",
            "To change a record, edit its row. The hidden id ties the row to the record: "
            "do not change or copy it.",
            "Deleting a row does not delete the record: on import, tick “delete records not in "
            "the workbook” (the preview lists them first).",
            "Columns with a grey header are computed by KAMdesk and ignored on import.",
            "Dates as dd/mm/yyyy, months as mm/yyyy, money in the portfolio's currency, "
            "percentages from 0 to 100. A blank probability is the stage's default.",
            "Pick the values of columns with a list from the cell's drop-down. Strategies "
            "takes several, separated by commas; an interaction's stakeholders are separated "
            "by semicolons.",
            "Accounts, org units, stakeholders, risks, objectives and key results are referred "
            "to by their name (title, description) exactly as on their own sheet.",
        ),
        "table": ("Sheet", "What it holds", "Required on new rows"),
        "yes": "Yes",
        "no": "No",
        "pick": "Choose a value from the list.",
        "new_name": "This is not on the {sheet} sheet yet: fine if you are adding it there.",
        "several": "One or more of, separated by commas: {options}",
        "saving": "Saving",
    },
    "pt": {
        "title": "Planilha do KAMdesk — Instruções",
        "language": "Idioma",
        "language_name": "Português (Brasil)",
        "scope": "Escopo",
        "scope_hint": "em branco = a carteira inteira; o nome de uma conta = só essa conta",
        "exported_at": "Exportada em",
        "app_version": "Versão do KAMdesk",
        "format_version": "Versão do formato",
        "portfolio_id": "Identificador da carteira",
        "portfolio_hint": "a carteira a que os ids pertencem: não altere",
        "how_to": "Como usar esta planilha",
        "rules": (
            "Cada aba traz um tipo de registro; a primeira linha dá o nome das colunas. "
            "Não renomeie abas nem colunas.",
            "Para incluir um registro, preencha uma linha nova no fim da aba e deixe vazia a "
            "coluna id (oculta, a primeira).",
            "Para alterar um registro, edite a linha dele. O id oculto liga a linha ao "
            "registro: não o altere nem o copie.",
            "Apagar uma linha não apaga o registro: na importação, marque “apagar registros "
            "que não estão na planilha” (a prévia mostra quais antes).",
            "Colunas com cabeçalho cinza são calculadas pelo KAMdesk e ignoradas na importação.",
            "Datas como dd/mm/aaaa, meses como mm/aaaa, valores na moeda da carteira, "
            "porcentagens de 0 a 100. Probabilidade em branco é a padrão da etapa.",
            "Escolha os valores das colunas com lista no menu da célula. Estratégias aceita "
            "várias, separadas por vírgula; os stakeholders de uma interação, por ponto e "
            "vírgula.",
            "Contas, áreas, stakeholders, riscos, objetivos e resultados-chave são indicados "
            "pelo nome (título, descrição) exatamente como na aba deles.",
        ),
        "table": ("Aba", "O que contém", "Obrigatórias em linhas novas"),
        "yes": "Sim",
        "no": "Não",
        "pick": "Escolha um valor da lista.",
        "new_name": "Ainda não está na aba {sheet}: tudo bem se você o está incluindo lá.",
        "several": "Um ou mais, separados por vírgula: {options}",
        "saving": "Salvando",
    },
}
