"""The "errors workbook": the user's own file with every import problem marked where it is.

:func:`write_errors_workbook` takes the file that was imported and the problems found in it,
each with its message already in words (the window passes them translated, the command line in
English), and writes a copy where:

- each cell at fault is filled light red (a warning: light yellow) and carries a comment with
  every message about it (author "KAMdesk");
- a problem about a whole row (no single cell) fills that row's used cells in a paler shade
  and comments on its first visible cell; a problem about a whole sheet or the file is only
  in the summary;
- a first sheet, "Import errors" / "Erros da importação", lists every problem (sheet, row,
  column, kind, message) with a link to its cell, and is the sheet the file opens on.

An .xlsx/.xlsm file is opened with openpyxl and saved again, so the user's formats,
validations, formulas and other sheets stay as they were (openpyxl does drop what it does not
model: shapes, images without Pillow, macros — this copy is for reading, not a new master).
An .xls, .ods or CSV file becomes a new .xlsx with the same sheets and values, read the way the
importer reads them (reader.py), so row numbers and column letters match the messages.

The source is never written to; the copy goes to a temporary file in the target's folder,
renamed only when complete, so a failure or a cancel leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import secrets
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter, quote_sheetname
from openpyxl.workbook import Workbook
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from python_calamine import SheetTypeEnum

from kamdesk.excel.raw import ReadProblem
from kamdesk.excel.reader import (
    CANNOT_OPEN,
    CSV_EXTENSIONS,
    MAX_UNCOMPRESSED,
    UNSUPPORTED_TYPE,
    WORKBOOK_EXTENSIONS,
    CsvRows,
    FromProgress,
    UnreadableWorkbook,
    calamine_rows,
    check_file_size,
    check_workbook,
    detect_delimiter,
    load_sheet,
    open_calamine,
    peek_file,
    read_text_file,
)
from kamdesk.model.enums import QT_TRANSLATE_NOOP

Progress = Callable[[int, int, str], object]

TARGET_SUFFIX = ".xlsx"
MAX_ROW = 1_048_576  # a spreadsheet's last row and column
MAX_COLUMN = 16_384
PROGRESS_EVERY = 1_000  # problems marked, or rows copied, between progress calls
PROGRESS_BYTES = 1024 * 1024  # bytes read or written between progress calls

CELL_ERROR_FILL = "FFFFC7CE"  # Excel's own "Bad" red
CELL_WARNING_FILL = "FFFFEB9C"  # Excel's own "Neutral" yellow
ROW_ERROR_FILL = "FFFDE9EC"  # paler: the row as a whole, not this cell
ROW_WARNING_FILL = "FFFFF7DC"
HEADER_FILL = "FFDDEBF7"  # as the exported workbook's headers
SUMMARY_TAB_COLOR = "FFC00000"
COMMENT_AUTHOR = "KAMdesk"
COMMENT_WIDTH = 320  # pixels
COMMENT_CHARACTERS_PER_LINE = 45  # what fits in that width, roughly
COMMENT_LINE_HEIGHT = 16
COMMENT_MAX_HEIGHT = 400

# The copy is written in the language of its messages, like the exported workbook (writer.py).
TEXTS = {
    "en": {
        "title": "Import errors",
        "headers": ("Sheet", "Row", "Column", "Kind", "Problem"),
        "error": "Error",
        "warning": "Warning",
        "reading": "Reading “{file}”",
        "marking": "Marking the problems",
        "saving": "Saving",
    },
    "pt_BR": {
        "title": "Erros da importação",
        "headers": ("Aba", "Linha", "Coluna", "Tipo", "Problema"),
        "error": "Erro",
        "warning": "Aviso",
        "reading": "Lendo “{file}”",
        "marking": "Marcando os problemas",
        "saving": "Salvando",
    },
}
SUMMARY_WIDTHS = (24, 8, 26, 10, 90)

CANNOT_MARK = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "KAMdesk could not open “{file}” to mark its problems ({detail}). Open it in Excel or "
    "LibreOffice, save it again and try again.",
)
SAME_FILE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "The errors workbook cannot replace “{file}”, the file it marks. Choose another name.",
)


class UnmarkableWorkbook(UnreadableWorkbook):
    """The user's file cannot be opened to mark it (password, damage, ...); ``problem`` says
    why in words that name the file. Nothing was written."""


class SameFileError(ValueError):
    """The target is the source itself: the user's file is never overwritten."""

    def __init__(self, source: Path):
        self.problem = ReadProblem("", None, "", SAME_FILE, {"file": source.name})
        super().__init__(self.problem.text())


class MarkedProblem(NamedTuple):
    """A problem with its message as it is to be written, and whether it is an error."""

    problem: ReadProblem
    message: str
    is_error: bool


def write_errors_workbook(
    source: Path | str,
    problems: Iterable[tuple[ReadProblem, str, bool]],
    target: Path | str,
    *,
    language: str,
    progress: Progress | None = None,
) -> Path:
    """Writes ``target`` (.xlsx): ``source`` with ``problems`` marked, and a summary sheet.

    ``problems`` are (problem, message, is_error), errors first, in the order the summary
    lists them; ``language`` ("pt_BR" or "en") is the summary's. ``progress(done, total,
    text)`` is called now and then (0 of 0 while busy); whatever it raises stops the work and
    propagates, leaving no file. Raises :class:`SameFileError` when ``target`` is ``source``
    and :class:`UnmarkableWorkbook` when ``source`` cannot be opened.
    """
    source, target = Path(source), Path(target)
    check_target(source, target)
    notes = [MarkedProblem(*item) for item in problems]
    texts = TEXTS["pt_BR" if language.startswith("pt") else "en"]
    report = progress or (lambda done, total, text: None)
    book, sheets = _open_source(source, texts, report)
    marker = _Marker(sheets, texts, report)
    marker.mark(notes)
    _add_summary(book, notes, texts, marker)
    return _save(book, target, lambda: report(0, 0, texts["saving"]))


def check_target(source: Path, target: Path) -> None:
    """Raises when ``target`` cannot be the errors workbook of ``source``: not .xlsx, or the
    source itself (SameFileError)."""
    if target.suffix.casefold() != TARGET_SUFFIX:
        raise ValueError(f"the errors workbook must be an {TARGET_SUFFIX} file, not {target.name}")
    if _same_file(source, target):
        raise SameFileError(source)


def _same_file(source: Path, target: Path) -> bool:
    if source.resolve() == target.resolve():
        return True
    try:  # the same file under another name: a link, or case on a case-blind disk
        return target.exists() and os.path.samefile(source, target)
    except OSError:
        return False


# --- Opening the source -------------------------------------------------------------------------


def _open_source(source: Path, texts: dict, report: Progress) -> tuple[Workbook, dict]:
    """The workbook to mark and its sheets by the name the problems use."""
    try:
        extension = source.suffix.casefold()
        if extension in CSV_EXTENSIONS:
            return _copy_csv(source, report)
        if extension not in WORKBOOK_EXTENSIONS:
            raise _unmarkable(UNSUPPORTED_TYPE, source)
        size, head = peek_file(source, source.name)
        check_file_size(size, source.name)
        # The importer's checks first: no zip bomb reaches openpyxl, and a password or damage
        # is named as the import names it.
        kind, _ = check_workbook(source, extension, head, MAX_UNCOMPRESSED, report)
        if kind == "xlsx":
            return _load_xlsx(source, size, texts, report)
        return _copy_calamine(source, kind, extension, report)
    except UnmarkableWorkbook:
        raise
    except UnreadableWorkbook as error:
        raise UnmarkableWorkbook(error.problem) from error


def _unmarkable(template: str, source: Path, **args) -> UnmarkableWorkbook:
    return UnmarkableWorkbook(ReadProblem("", None, "", template, {"file": source.name, **args}))


class _Watched:
    """A binary file whose reads and writes report progress, so a long load or save shows how
    far it is and can be cancelled; what the report raises is carried out as ``FromProgress``
    so it is not taken for a damaged file."""

    def __init__(self, handle, report: Callable[[int], None]):
        self._handle = handle
        self._report = report
        self._moved = 0
        self._reported = 0
        self._stopped = False  # the report raised: the rest is only cleaning up

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self._count(len(data))
        return data

    def write(self, data) -> int:
        written = self._handle.write(data)
        self._count(len(data))
        return written

    def _count(self, size: int) -> None:
        self._moved += size
        if self._moved - self._reported >= PROGRESS_BYTES and not self._stopped:
            self._reported = self._moved
            try:
                self._report(self._moved)
            except BaseException as error:
                self._stopped = True
                raise FromProgress(error) from error

    def __getattr__(self, name: str):
        return getattr(self._handle, name)


def _load_xlsx(source: Path, size: int, texts: dict, report: Progress) -> tuple[Workbook, dict]:
    text = texts["reading"].format(file=source.name)
    report(0, size, text)
    try:
        with source.open("rb") as handle, warnings.catch_warnings():
            # "extension is not supported and will be removed" and the like: the user cannot
            # act on them, and what openpyxl keeps is described above.
            warnings.simplefilter("ignore", UserWarning)
            watched = _Watched(handle, lambda done: report(min(done, size), size, text))
            book = openpyxl.load_workbook(watched, rich_text=True)
    except FromProgress as carrier:
        raise carrier.error from None
    except OSError as error:
        raise _unmarkable(CANNOT_OPEN, source) from error
    except Exception as error:
        detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
        raise _unmarkable(CANNOT_MARK, source, detail=detail or type(error).__name__) from error
    book.template = False  # saved as a plain workbook (macros are not kept either)
    return book, {sheet.title: sheet for sheet in book.worksheets}


def _copy_calamine(
    source: Path, kind: str, extension: str, report: Progress
) -> tuple[Workbook, dict]:
    """A new workbook with the sheets and values of an .xls or .ods file."""
    book, sheets = _new_workbook()
    with open_calamine(source, kind, extension) as calamine:
        kinds = {meta.name: meta.typ for meta in getattr(calamine, "sheets_metadata", ())}
        names = [
            name
            for name in calamine.sheet_names
            if kinds.get(name, SheetTypeEnum.WorkSheet) == SheetTypeEnum.WorkSheet
        ]
        total = 100 * len(names)
        for number, name in enumerate(names):
            report(100 * number, total, name)
            sheet = _add_sheet(book, sheets, name)
            loaded, _failure = load_sheet(calamine, name)
            if loaded is not None:  # an unreadable sheet stays empty; the problems say why
                rows, first_column, last_row = calamine_rows(loaded)
                tick = _ticker(report, 100 * number, total, name, last_row)
                _copy_rows(sheet, rows, first_column, tick)
    return book, sheets


def _ticker(report: Progress, base: int, total: int, text: str, last_row: int):
    """Progress within one sheet of ``total``: 100 per sheet, ``base`` for those before it."""

    def tick(row_number: int) -> None:
        report(base + min(99, 100 * row_number // max(last_row, 1)), total, text)

    return tick


def _copy_csv(source: Path, report: Progress) -> tuple[Workbook, dict]:
    """A new workbook with the one sheet of a CSV file, named by the file as its problems are."""
    size, _ = peek_file(source, source.name)
    check_file_size(size, source.name)
    try:
        text = read_text_file(source, source.name)
    except UnreadableWorkbook as error:
        raise UnmarkableWorkbook(error.problem) from error
    report(0, 0, source.name)
    book, sheets = _new_workbook()
    sheet = _add_sheet(book, sheets, source.name, title=source.stem)
    rows = iter(CsvRows(text, detect_delimiter(text)))
    _copy_rows(sheet, rows, 0, lambda _row: report(0, 0, source.name))
    return book, sheets


def _new_workbook() -> tuple[Workbook, dict]:
    book = Workbook()
    book.remove(book.active)
    return book, {}


INVALID_TITLE_CHARACTERS = str.maketrans({character: "_" for character in "[]:*?/\\"})
MAX_TITLE = 31


def _add_sheet(book: Workbook, sheets: dict, name: str, title: str | None = None) -> Worksheet:
    """A sheet for ``name`` (as the problems call it), titled as a spreadsheet allows."""
    title = (title or name).translate(INVALID_TITLE_CHARACTERS).strip("'")[:MAX_TITLE] or "_"
    sheet = book.create_sheet(_unique_title(book, title))
    sheets[name] = sheet
    return sheet


def _unique_title(book: Workbook, title: str) -> str:
    taken = {name.casefold() for name in book.sheetnames}
    candidate, number = title, 1
    while candidate.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        candidate = title[: MAX_TITLE - len(suffix)] + suffix
    return candidate


def _copy_rows(
    sheet: Worksheet,
    rows: Iterator[tuple[int, list]],
    first_column: int,
    tick: Callable[[int], object],
) -> None:
    for count, (number, values) in enumerate(rows, start=1):
        for index, value in enumerate(values):
            if value is not None and value != "":
                _put(sheet, number, first_column + index + 1, value)
        if count % PROGRESS_EVERY == 0:
            tick(number)


def _put(sheet: Worksheet, row: int, column: int, value: object) -> None:
    """Writes a value as the source holds it: text stays text, even when it starts with "="."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and cell.data_type == "f":
        cell.data_type = "s"


# --- Marking the cells --------------------------------------------------------------------------


@dataclass
class _Mark:
    """Everything said about one cell (or one row): its lines and whether any is an error."""

    lines: list[str] = field(default_factory=list)
    error: bool = False

    def add(self, line: str, is_error: bool) -> None:
        if line not in self.lines:
            self.lines.append(line)
        self.error = self.error or is_error


def _sheet_named(sheets: dict[str, Worksheet], name: str) -> Worksheet | None:
    """The sheet a problem names: exactly, else ignoring case (as the importer matches)."""
    if name in sheets:
        return sheets[name]
    folded = name.casefold()
    return next((s for key, s in sheets.items() if key.casefold() == folded), None)


def _cell_of(problem: ReadProblem) -> tuple[int | None, int | None]:
    """The row and column number a problem points at; None for what it does not name."""
    row = problem.row if isinstance(problem.row, int) and 1 <= problem.row <= MAX_ROW else None
    column = None
    if row is not None and problem.letter:
        try:
            column = column_index_from_string(problem.letter.upper())
        except ValueError:
            column = None
        if column is not None and column > MAX_COLUMN:
            column = None
    return row, column


class _Marker:
    """Fills and comments the cells the problems point at."""

    def __init__(self, sheets: dict[str, Worksheet], texts: dict, report: Progress):
        self.sheets = sheets
        self.texts = texts
        self.report = report
        self.cells: dict[tuple[Worksheet, int, int], _Mark] = {}
        self.rows: dict[tuple[Worksheet, int], _Mark] = {}
        self.anchors: dict[tuple[Worksheet, int], int] = {}  # where each row's comment went
        self._sizes: dict[Worksheet, tuple[int, int]] = {}  # openpyxl counts every cell to tell

    def mark(self, notes: list[MarkedProblem]) -> None:
        for note in notes:
            self._place(note)
        comments: dict[tuple[Worksheet, int, int], _Mark] = {}
        for (sheet, row), mark in self.rows.items():
            self._fill_row(sheet, row, mark.error)
            anchor = comments.setdefault((sheet, row, self.anchor(sheet, row)), _Mark())
            for line in mark.lines:
                anchor.add(line, mark.error)
        for (sheet, row, column), mark in self.cells.items():
            _fill(sheet.cell(row=row, column=column), mark.error, strong=True)
            _unhide(sheet, row, column)
            comment = comments.setdefault((sheet, row, column), _Mark())
            for line in mark.lines:
                comment.add(line, mark.error)
        for count, ((sheet, row, column), mark) in enumerate(comments.items(), start=1):
            _comment(sheet.cell(row=row, column=column), mark.lines)
            if count % PROGRESS_EVERY == 0:
                self.report(count, len(comments), self.texts["marking"])

    def _place(self, note: MarkedProblem) -> None:
        sheet = _sheet_named(self.sheets, note.problem.sheet)
        row, column = _cell_of(note.problem)
        if sheet is None or row is None:
            return  # about a whole sheet or the file: the summary says it
        line = note.message if note.is_error else f"{self.texts['warning']}: {note.message}"
        if column is None:
            self.rows.setdefault((sheet, row), _Mark()).add(line, note.is_error)
        else:
            self.cells.setdefault((sheet, row, column), _Mark()).add(line, note.is_error)

    def _fill_row(self, sheet: Worksheet, row: int, error: bool) -> None:
        for cell in self._used_cells(sheet, row):
            if (sheet, row, cell.column) not in self.cells:  # those get the strong colour
                _fill(cell, error, strong=False)

    def _used_cells(self, sheet: Worksheet, row: int) -> list:
        if sheet not in self._sizes:
            self._sizes[sheet] = (sheet.max_row, sheet.max_column)
        height, width = self._sizes[sheet]
        if row > height:
            return []
        cells = sheet.iter_rows(min_row=row, max_row=row, max_col=width)
        return [cell for cell in next(cells, ()) if cell.value is not None]

    def anchor(self, sheet: Worksheet, row: int) -> int:
        """Where a whole row's comment goes: its first used cell the user can see (not the
        hidden id column of an exported sheet), else its first used cell, else column A."""
        if (sheet, row) not in self.anchors:
            used = [cell.column for cell in self._used_cells(sheet, row)]
            visible = [column for column in used if not _column_hidden(sheet, column)]
            self.anchors[(sheet, row)] = (visible or used or [1])[0]
        return self.anchors[(sheet, row)]


def _column_hidden(sheet: Worksheet, column: int) -> bool:
    return any(
        dimension.hidden and (dimension.min or 0) <= column <= (dimension.max or 0)
        for dimension in sheet.column_dimensions.values()
    )


def _unhide(sheet: Worksheet, row: int, column: int) -> None:
    """A marked cell must be seen: its hidden column (such as the id) or row is shown."""
    for dimension in sheet.column_dimensions.values():
        if dimension.hidden and (dimension.min or 0) <= column <= (dimension.max or 0):
            dimension.hidden = False
    if row in sheet.row_dimensions and sheet.row_dimensions[row].hidden:
        sheet.row_dimensions[row].hidden = False


def _fill(cell, error: bool, strong: bool) -> None:
    if strong:
        color = CELL_ERROR_FILL if error else CELL_WARNING_FILL
    else:
        color = ROW_ERROR_FILL if error else ROW_WARNING_FILL
    cell.fill = PatternFill(fill_type="solid", start_color=color, end_color=color)


def _comment(cell, lines: list[str]) -> None:
    """One comment with every line; a comment the user had is kept below ours."""
    text = "\n".join(lines)
    if cell.comment is not None and cell.comment.text:
        text += "\n\n" + cell.comment.text
    wrapped = sum(
        max(1, math.ceil(len(line) / COMMENT_CHARACTERS_PER_LINE)) for line in text.split("\n")
    )
    height = min(COMMENT_MAX_HEIGHT, COMMENT_LINE_HEIGHT * wrapped + 20)
    cell.comment = Comment(text, COMMENT_AUTHOR, height=height, width=COMMENT_WIDTH)


# --- The summary sheet ---------------------------------------------------------------------------


def _add_summary(book: Workbook, notes: list[MarkedProblem], texts: dict, marker: _Marker):
    summary = book.create_sheet(_unique_title(book, texts["title"]), 0)
    summary.append(list(texts["headers"]))
    for cell in summary[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill(fill_type="solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
    for number, note in enumerate(notes, start=2):
        _summary_row(summary, number, note, texts, marker)
    for number, width in enumerate(SUMMARY_WIDTHS, start=1):
        summary.column_dimensions[get_column_letter(number)].width = width
    summary.freeze_panes = "A2"
    last = get_column_letter(len(SUMMARY_WIDTHS))
    summary.auto_filter.ref = f"A1:{last}{len(notes) + 1}"
    summary.sheet_properties.tabColor = SUMMARY_TAB_COLOR
    for sheet in book.worksheets:  # else Excel opens with two tabs selected, as a group
        sheet.sheet_view.tabSelected = False
    summary.sheet_view.tabSelected = True
    book.active = summary


def _summary_row(
    summary: Worksheet, number: int, note: MarkedProblem, texts: dict, marker: _Marker
) -> None:
    problem = note.problem
    row, column = _cell_of(problem)
    letter = get_column_letter(column) if column else ""
    where = problem.column
    if letter and where and where != letter:
        where = f"{where} ({letter})"
    values = (
        problem.sheet,
        problem.row,
        where or letter,
        texts["error"] if note.is_error else texts["warning"],
        note.message,
    )
    for position, value in enumerate(values, start=1):
        if value is not None and value != "":
            _put(summary, number, position, value)
    summary.cell(row=number, column=5).alignment = Alignment(wrap_text=True, vertical="top")
    _fill(summary.cell(row=number, column=4), note.is_error, strong=True)
    sheet = _sheet_named(marker.sheets, problem.sheet) if problem.sheet else None
    if sheet is None:
        return
    if row is None:
        target = "A1"
    else:
        target = f"{letter or get_column_letter(marker.anchor(sheet, row))}{row}"
    link = summary.cell(row=number, column=1)
    link.hyperlink = Hyperlink(
        ref=link.coordinate, location=f"{quote_sheetname(sheet.title)}!{target}"
    )
    link.style = "Hyperlink"


# --- Saving -------------------------------------------------------------------------------------


def _save(book: Workbook, target: Path, busy: Callable[[], object]) -> Path:
    """Saves under a temporary name in the target's folder, then renames: all or nothing."""
    busy()
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        with partial.open("xb") as handle:
            _write_package(book, _Watched(handle, lambda _done: busy()))
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _write_package(book: Workbook, file: _Watched) -> None:
    """openpyxl's ``save_workbook``, but the zip archive is closed even when the save is
    cancelled: else the garbage collector closes it later, writing into a closed file."""
    archive = zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        book.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        ExcelWriter(book, archive).save()
    except FromProgress as carrier:
        raise carrier.error from None
    finally:
        archive.close()
