"""Read a workbook, or one sheet as CSV, into raw cells by sheet (WORKBOOK.md), safely.

``read_workbook`` accepts .xlsx/.xlsm, .xls and .ods (read by python-calamine) and .csv/.txt
(one sheet, named by the file or by ``csv_sheet``). It raises ``UnreadableWorkbook`` when the
file cannot be read at all, naming the file in plain words; otherwise what is wrong inside
(unknown sheets and columns, missing required columns, ...) is listed in the returned
``RawWorkbook``'s ``warnings`` and ``errors``, for the import preview.

Files come from anywhere (a colleague, an e-mail), so nothing is parsed before it is checked:

- the file's first bytes must be a spreadsheet's: images, PDFs, text and web pages named .xlsx
  are named for what they are, and an OLE2 file named .xlsx is an encrypted workbook;
- the file is at most ``MAX_FILE_SIZE`` on disk;
- a zip package (xlsx, ods) is refused when its declared sizes add up to more than
  ``max_uncompressed``, when a large part is compressed more than ``MAX_RATIO`` times, when it
  has more than ``MAX_PARTS`` parts or a part twice; then every part is decompressed once, by
  our own inflater that trusts no declared size, and the file is refused as soon as the bytes
  really produced pass ``max_uncompressed``;
- during that pass the xlsx parts are measured, because python-calamine builds a sheet as a
  dense rectangle, copies a shared string into every cell that uses it, and reserves room for
  as many shared strings as the file claims, and a Rust allocation failure aborts the whole
  process, which no ``except`` catches: a 5 KB file with values in A1 and XFD1048576, a 7 MB
  file whose one long string fills many cells, or a claim of four billion strings kills the
  app. A sheet whose rectangle passes ``MAX_CELLS`` is not read (an error), a workbook whose
  shared text, counted once per cell using it, passes ``MAX_SHARED_TEXT`` is refused, and so
  is a string count far above the strings really there.

Remaining risks: .xls (binary) gets the file-size cap only, and .ods the zip checks but no
measure of its sheets: calamine reads a whole .ods when it opens it and caps an .ods sheet at
100 million cells (a few GB in the worst case); .xls shared strings can be amplified as xlsx
ones can. The xlsx measure reads the XML with patterns, not a parser: cell tags in a form it
does not recognise get the sheet refused rather than guessed, and what calamine itself does
with a well-formed part (its bugs, its future versions) is not covered. The complete defence
is parsing in a child process with a memory limit.

Rows are streamed with ``CalamineSheet.iter_rows()``, so a sheet with more than ``max_rows``
data rows is refused without making Python objects of all of it (calamine itself still holds
the sheet, bounded by the checks above). Once the whole package is checked, calamine parses the
sheets in a background thread, ahead of the rows being read (sheets waiting to be read hold at
most ``MAX_CELLS`` cells): it releases the GIL while it parses, so the two overlap.
"""

from __future__ import annotations

import csv
import functools
import io
import posixpath
import re
import struct
import threading
import xml.etree.ElementTree as ET
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetTypeEnum

from kamdesk.excel.collector import collector_paused
from kamdesk.excel.raw import RawRow, RawSheet, RawWorkbook, ReadProblem
from kamdesk.excel.schema import (
    ACCOUNTS,
    MAX_SHEET_ROWS,
    SHEETS_BY_KEY,
    Column,
    Sheet,
    find_sheet,
    is_instructions,
)
from kamdesk.model.enums import QT_TRANSLATE_NOOP, fold

MAX_ROWS = MAX_SHEET_ROWS  # data rows per sheet
MAX_UNCOMPRESSED = 1024 * 1024 * 1024  # bytes a zip package may unpack to (100k accounts: 220 MB)
MAX_FILE_SIZE = 100 * 1024 * 1024  # bytes on disk, any format
MAX_RATIO = 200  # uncompressed / compressed, for a part ...
RATIO_MIN_SIZE = 10 * 1024 * 1024  # ... larger than this
MAX_PARTS = 10_000  # members of a zip package; a real workbook has a few dozen
MAX_CELLS = 20_000_000  # cells of one sheet's rectangle as calamine builds it (~32 bytes each)
MAX_SHARED_TEXT = 500 * 1024 * 1024  # bytes of shared text copied into cells
PROGRESS_EVERY = 5_000  # rows between progress calls
MEGABYTE = 1024 * 1024

XLSX_EXTENSIONS = (".xlsx", ".xlsm")
WORKBOOK_EXTENSIONS = (*XLSX_EXTENSIONS, ".xls", ".ods")
CSV_EXTENSIONS = (".csv", ".txt")

Progress = Callable[[int, int, str], object]

# --- Messages: the file as a whole (UnreadableWorkbook); every one names the file. -------------

CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "KAMdesk could not open “{file}”. Check that the file still exists, close it in Excel or "
    "any other program that may be using it, and try again.",
)
UNSUPPORTED_TYPE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is not a file KAMdesk can import. Import an Excel workbook (.xlsx, .xlsm or .xls), "
    "a LibreOffice spreadsheet (.ods) or a CSV file (.csv or .txt).",
)
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is empty (it has 0 bytes). It may not have been saved or copied completely.",
)
FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is too large to import ({size} MB; the limit is {limit} MB). Split it into "
    "smaller files.",
)
IMAGE_FILE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is an image, not a workbook, even though its name ends in “{extension}”. Choose "
    "the workbook itself.",
)
PDF_FILE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is a PDF document, not a workbook, even though its name ends in “{extension}”. "
    "Choose the workbook itself.",
)
TEXT_FILE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is a text file, not a workbook. If it holds values separated by semicolons or "
    "commas, rename it to end in “.csv” and import it again.",
)
WEB_PAGE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is a web page or XML file with a spreadsheet's name, not a real workbook. Open it "
    "in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that.",
)
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is not a workbook: its contents are not in any spreadsheet format. It may be "
    "damaged, or another kind of file that was renamed.",
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is protected with a password, and KAMdesk cannot read password-protected "
    "workbooks. Open it in Excel, save a copy without a password and import that copy.",
)
CORRUPT = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is damaged and cannot be read; it may not have been copied or downloaded "
    "completely. Open it in Excel or LibreOffice, which can often repair it, save it again and "
    "import it again.",
)
CORRUPT_DETAIL = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” could not be read; it may be damaged ({detail}). Open it in Excel or LibreOffice, "
    "save it again and import it again.",
)
TOO_BIG_UNPACKED = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” was refused: it unpacks to more than {limit} MB, far more than a KAMdesk workbook "
    "holds, as malicious files do. If you trust it, split it into smaller workbooks.",
)
SUSPICIOUS_COMPRESSION = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” was refused: its part “{part}” is compressed {ratio} times, as malicious files "
    "are. If you trust it, open it in Excel or LibreOffice, save it again and import it again.",
)
TOO_MANY_PARTS = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” was refused: it is made of {count} parts, far more than a workbook has, as "
    "malicious files are.",
)
TOO_MUCH_TEXT = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” was refused: its repeated text would take more than {limit} MB of memory once "
    "read, as malicious files do. If you trust it, split it into smaller workbooks.",
)
TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is too large to read: one of its sheets reaches far below or to the right of its "
    "table. Delete what lies outside the table, save the file and import it again.",
)
UNUSUAL_FILE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is written in an unusual way that KAMdesk cannot check safely. Open it in Excel "
    "or LibreOffice, save it again and import it again.",
)
EMPTY_WORKBOOK = QT_TRANSLATE_NOOP("ImportProblem", "“{file}” has no data sheets: it is empty.")
UNKNOWN_SHEETS_ONLY = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” has no data sheets: KAMdesk does not know any of its sheets ({sheets}). Name each "
    "sheet after what it holds, such as “{example}”.",
)
NO_HEADERS = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” has no data sheets: none of its sheets has a header row (the column names, in "
    "the first row).",
)
CSV_WHICH_SHEET = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "KAMdesk cannot tell which sheet “{file}” holds. Name the file after the sheet, such as "
    "“{example}.csv”, or choose the sheet when importing it.",
)
CSV_IS_WORKBOOK = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is a workbook, not a CSV text file. Rename it to end in “.xlsx” (or “.xls” or "
    "“.ods”) and import it again.",
)
CSV_NOT_TEXT = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{file}” is not a CSV text file: it holds binary data. Choose the CSV file itself, or "
    "export the sheet as CSV again.",
)

# --- Messages: inside the workbook (RawWorkbook.errors / warnings). -----------------------------

UNKNOWN_SHEET = QT_TRANSLATE_NOOP(
    "ImportProblem", "Sheet “{sheet}” is not a KAMdesk sheet; it was ignored."
)
DUPLICATE_SHEET = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Sheets “{first}” and “{sheet}” both hold {label}; keep only one of them.",
)
NO_HEADER = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Sheet “{sheet}” has no header row (the column names, in the first row): it is empty.",
)
UNKNOWN_HEADERS = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Sheet “{sheet}” has no header row: row {row} has none of the sheet's column names, such "
    "as “{example}”.",
)
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Column {column} of sheet “{sheet}”, “{header}”, is not a KAMdesk column; it was ignored.",
)
UNNAMED_COLUMN = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Column {column} of sheet “{sheet}” has values but no name in the header row; it was ignored.",
)
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Columns {first} and {column} of sheet “{sheet}” are both “{label}”; keep only one of them.",
)
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "ImportProblem", "Sheet “{sheet}” has no “{label}” column, which it needs."
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Sheet “{sheet}” has more than {limit} rows; split the file into smaller ones.",
)
SHEET_UNREADABLE = QT_TRANSLATE_NOOP(
    "ImportProblem", "Sheet “{sheet}” could not be read ({detail})."
)
SHEET_TOO_LARGE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Sheet “{sheet}” is too large to read: it reaches row {rows} and column {column}. Delete "
    "what lies below and to the right of the table, save the file and import it again.",
)
SHEET_UNUSUAL = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Sheet “{sheet}” is written in an unusual way that KAMdesk cannot check safely; it was not "
    "read. Open the file in Excel or LibreOffice, save it again and import it again.",
)
CSV_BROKEN = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "Row {row} of “{sheet}” could not be read: a quoted value never ends, or is too long. "
    'Check the quotes (") around that row; nothing after it was read.',
)


class UnreadableWorkbook(Exception):
    """The file cannot be read at all; ``problem`` says why, in plain words naming the file."""

    def __init__(self, problem: ReadProblem):
        self.problem = problem
        super().__init__(problem.text())


def column_letter(index: int) -> str:
    """The spreadsheet letter of the 0-based column ``index``: 0 → "A", 27 → "AB"."""
    if index < 0:
        raise ValueError(f"column index must be 0 or more, got {index}")
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _column_index(letters: bytes) -> int:
    """The 0-based index of a column's letters (b"A" → 0, b"ab" → 27)."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + letter - ord("A") + 1
    return index - 1


def _unreadable(template: str, file: str, **args) -> UnreadableWorkbook:
    return UnreadableWorkbook(ReadProblem("", None, "", template, {"file": file, **args}))


def read_workbook(
    path: str | Path,
    language_hint: str = "pt_BR",
    *,
    max_rows: int = MAX_ROWS,
    max_uncompressed: int = MAX_UNCOMPRESSED,
    progress: Progress | None = None,
    csv_sheet: str | None = None,
) -> RawWorkbook:
    """The raw cells of every known sheet of ``path``, by schema sheet key.

    ``language`` of the result comes from the Instructions sheet, else ``language_hint``
    (a CSV file has no Instructions). ``csv_sheet`` (a sheet key or its name in either
    language) says which sheet a CSV file holds; by default its file name says it.

    ``progress(done, total, text)`` is called as each sheet starts and every
    ``PROGRESS_EVERY`` rows: ``total`` is 100 per sheet to read and ``done`` how far the reading
    has gone in the same unit; ``text`` is the name of the sheet being read (the file name for a
    CSV), as written in the file. While a zip package is checked, before any sheet is read, it
    is called as ``progress(0, 0, file name)`` every 16 MB unpacked (0 of 0: busy, as Qt's
    progress bars show it). It may raise to cancel: the exception propagates.

    Each ``RawRow.cells`` has exactly the columns found in the header (a column absent from
    the sheet is absent from ``cells``; a blank cell is ``None``), without read-only columns.
    Values are as the file holds them: str, int, float, bool, date, datetime, time, timedelta
    (every value of a CSV file is a str).
    """
    path = Path(path)
    file = path.name
    extension = path.suffix.casefold()
    size, head = peek_file(path, file)
    if extension in CSV_EXTENSIONS:
        return _read_csv(path, size, head, language_hint, csv_sheet, max_rows, progress)
    if extension not in WORKBOOK_EXTENSIONS:
        raise _unreadable(UNSUPPORTED_TYPE, file)
    if size == 0:
        raise _unreadable(EMPTY_FILE, file)
    check_file_size(size, file)
    kind, scan = check_workbook(path, extension, head, max_uncompressed, progress)
    book = open_calamine(path, kind, extension)
    with book:
        return _read_calamine(book, path, scan, language_hint, max_rows, progress)


# --- The file itself ---------------------------------------------------------------------------

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF
    b"MM\x00*",
)
PDF_MAGIC = b"%PDF-"
HEAD_SIZE = 8192


def peek_file(path: Path, file: str) -> tuple[int, bytes]:
    """The file's size and first bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_SIZE)
            size = handle.seek(0, io.SEEK_END)
    except OSError as error:
        raise _unreadable(CANNOT_OPEN, file) from error
    return size, head


def check_file_size(size: int, file: str) -> None:
    if size > MAX_FILE_SIZE:
        raise _unreadable(
            FILE_TOO_LARGE,
            file,
            size=round(size / MEGABYTE),
            limit=round(MAX_FILE_SIZE / MEGABYTE),
        )


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        if error.start >= len(head) - 3:
            text = head[: error.start].decode("utf-8")
        else:
            text = head.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    return controls <= len(text) // 100


def _not_a_workbook(head: bytes, file: str, extension: str) -> UnreadableWorkbook:
    """Name what a file that is neither a zip package nor an OLE2 file really is."""
    if head.startswith(IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return _unreadable(IMAGE_FILE, file, extension=extension)
    if head.startswith(PDF_MAGIC):
        return _unreadable(PDF_FILE, file, extension=extension)
    if _looks_like_text(head):
        start = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
        if start.startswith(b"<") and any(
            mark in head.lower() for mark in (b"<html", b"<table", b"<?xml", b"<!doctype")
        ):
            return _unreadable(WEB_PAGE, file)
        return _unreadable(TEXT_FILE, file)
    return _unreadable(NOT_A_WORKBOOK, file)


def _ole_contents(path: Path) -> str:
    """What an OLE2 compound file holds, by its stream names: "encrypted", "xls" or ""."""
    encrypted = "EncryptionInfo".encode("utf-16-le")
    workbook = "Book".encode("utf-16-le")  # the "Workbook" (or old "Book") stream of a .xls
    found_workbook = False
    overlap = len(encrypted)
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(MEGABYTE):
            data = tail + chunk
            if encrypted in data:
                return "encrypted"
            found_workbook = found_workbook or workbook in data
            tail = data[-overlap:]
    return "xls" if found_workbook else ""


def check_workbook(
    path: Path, extension: str, head: bytes, max_uncompressed: int, progress: Progress | None
) -> tuple[str, _PackageScan | None]:
    """Which format the file really is ("xlsx", "ods", "xls"), checked before any parsing."""
    file = path.name
    if head.startswith(ZIP_MAGIC):
        scan = _scan_package(path, file, max_uncompressed, _busy(progress, file))
        return scan.kind, scan
    if head.startswith(OLE_MAGIC):
        try:
            contents = _ole_contents(path)
        except OSError as error:
            raise _unreadable(CANNOT_OPEN, file) from error
        if contents == "encrypted" or (contents == "" and extension != ".xls"):
            # Excel encrypts an .xlsx by wrapping it in an OLE2 file.
            raise _unreadable(ENCRYPTED, file)
        return "xls", None
    raise _not_a_workbook(head, file, extension)


def open_calamine(path: Path, kind: str, extension: str) -> CalamineWorkbook:
    file = path.name
    natural = {"xlsx": XLSX_EXTENSIONS, "ods": (".ods",), "xls": (".xls",)}[kind]
    try:
        if extension in natural:
            return CalamineWorkbook.from_path(str(path))
        # Renamed (an .xlsx named .xls, ...): calamine then tells the format by the content.
        with path.open("rb") as handle:
            return CalamineWorkbook.from_filelike(handle)
    except OSError as error:
        raise _unreadable(CANNOT_OPEN, file) from error
    except Exception as error:
        raise _calamine_failure(error, file) from error
    except BaseException as error:  # a Rust panic surfaces as pyo3's PanicException
        if type(error).__name__ != "PanicException":
            raise
        raise _unreadable(CORRUPT, file) from error


def _calamine_failure(error: Exception, file: str) -> UnreadableWorkbook:
    detail = str(error).strip()
    if isinstance(error, PasswordError) or "password" in detail.casefold():
        return _unreadable(ENCRYPTED, file)
    if "cell limit" in detail.casefold():  # calamine's cap on an ods sheet's cells
        return _unreadable(TOO_MANY_CELLS, file)
    if not isinstance(error, CalamineError) or not detail:
        return _unreadable(CORRUPT, file)
    return _unreadable(CORRUPT_DETAIL, file, detail=detail[:200])


# --- Zip packages: sizes and the shape of xlsx sheets, before calamine sees them ---------------

CHUNK = MEGABYTE
_CARRY_LIMIT = 16 * MEGABYTE
_XML_LIMIT = 16 * MEGABYTE  # workbook.xml and its relationships, read whole

# Strict patterns: any tag form XML allows (prefixes, either quote, spaces around "=").
# calamine takes the LAST of repeated attributes, so a tag with two "r" is left unmatched
# (and the sheet refused) rather than read by its first one.
_PREFIX = rb"<(?:[A-Za-z_][\w.-]*:)?"
_VALUE = rb"""\s*=\s*(?:"[^"<]*"|'[^'<]*')"""
_ATTRIBUTE = rb"(?:\s+[\w:.-]+" + _VALUE + rb")"
_NOT_R = rb"(?:\s+(?!r\s*=)[\w:.-]+" + _VALUE + rb")"
_REF_VALUE = rb"""\s+r\s*=\s*["']([A-Za-z]{1,7})([0-9]{1,10})["']"""
_ANY_CELL = re.compile(_PREFIX + rb"c[\s/>]")
_EMPTY_CELL = re.compile(_PREFIX + rb"c" + _ATTRIBUTE + rb"*\s*/>")
_CELL_WITH_REF = re.compile(_PREFIX + rb"c" + _NOT_R + b"*" + _REF_VALUE + _NOT_R + rb"*\s*>")
_CELL_WITHOUT_REF = re.compile(_PREFIX + rb"c" + _NOT_R + rb"*\s*>")
_ANY_ROW = re.compile(_PREFIX + rb"row[\s/>]")
_EMPTY_ROW = re.compile(_PREFIX + rb"row" + _ATTRIBUTE + rb"*\s*/>")
_ROW_WITH_REF = re.compile(
    _PREFIX + rb"row" + _NOT_R + rb"""*\s+r\s*=\s*["']([0-9]{1,10})["']""" + _NOT_R + rb"*\s*>"
)
_ROW_WITHOUT_REF = re.compile(_PREFIX + rb"row" + _NOT_R + rb"*\s*>")
_ANY_STRING = re.compile(_PREFIX + rb"si[\s/>]")
_EMPTY_STRING = re.compile(_PREFIX + rb"si" + _ATTRIBUTE + rb"*\s*/>")
_OPEN_STRING = re.compile(_PREFIX + rb"si" + _ATTRIBUTE + rb"*\s*>")
_UNIQUE_COUNT = re.compile(rb"""uniqueCount\s*=\s*["']\s*\+?([0-9]{1,20})""")
# Every place a cell may say it holds a shared string (a superset: text may match too).
_SHARED_MARK = re.compile(rb"""t\s*=\s*["']s["']""")

# Fast patterns: the form Excel, LibreOffice, openpyxl and xlsxwriter write (the reference
# first, in double quotes), tried first; a piece of XML where they do not account for every
# cell and row tag and every "r" attribute is measured with the strict ones.
_FAST_ROW_NUMBERS = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')
_FAST_LETTERS = re.compile(rb'<c r="([A-Z]{1,3})[0-9]')
_FAST_EMPTY_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*/>')
_FAST_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"(?: [\w:.-]+="[^"<>]*")*(/?)>')
_FAST_ROW = re.compile(rb'<row r="([0-9]{1,10})"')
_UNCOMMON = (b":c", b"\tr", b"\nr", b"\rr")  # a prefixed cell; an attribute r after a tab, ...
_FAST_NOT_RT = rb' (?![rt]=)[\w:.-]+="[^"<>]*"'
_FAST_SHARED = re.compile(
    rb'<c r="[A-Z]{1,3}[0-9]{1,7}"(?:'
    + _FAST_NOT_RT
    + rb')* t="s"(?:'
    + _FAST_NOT_RT
    + rb")*><v>([0-9]{1,10})</v></c>"
)


class _Unusual(Exception):
    """The XML is written in a form the patterns above do not account for."""


class _Carry:
    """Cuts a stream of XML bytes into pieces that never split a tag (nor, where it can, a cell)."""

    def __init__(self, unit: re.Pattern[bytes]):
        self._unit = unit
        self._tail = b""
        self.offset = 0  # where the next piece starts in the whole stream

    def take(self, data: bytes) -> tuple[int, bytes]:
        buffer = self._tail + data
        cut = self._cut(buffer)
        piece, self._tail = buffer[:cut], buffer[cut:]
        if len(self._tail) > _CARRY_LIMIT:
            raise _Unusual("a tag longer than the carry limit")
        start = self.offset
        self.offset += len(piece)
        return start, piece

    def rest(self) -> tuple[int, bytes]:
        start, piece, self._tail = self.offset, self._tail, b""
        self.offset += len(piece)
        return start, piece

    def _cut(self, buffer: bytes) -> int:
        units = list(self._unit.finditer(buffer, max(0, len(buffer) - 65536)))
        if units:
            return units[-1].start()
        less = buffer.rfind(b"<")
        if less < 0:
            return len(buffer)
        greater = buffer.find(b">", less)
        if greater >= 0 and len(buffer) - less > 65536:
            return greater + 1  # a long text after a complete tag: nothing to keep
        return less


def _plain(piece: bytes, cells: int, rows: int) -> bool:
    """Whether every cell and row tag of ``piece`` starts ``<c r="`` or ``<row r="`` and no tag
    has another "r" attribute: then the fast patterns saw every position calamine will use."""
    # Each cell and row tag counted holds its own ' r="': when ' r' occurs no more often than
    # that, every ' r' is one of theirs (no r='...', r ="...", nor " r" in text).
    return (
        piece.count(b" r") == cells + rows
        and piece.count(b"<c") == cells
        and piece.count(b"<row") == rows
        and not any(mark[:1] in piece and mark in piece for mark in _UNCOMMON)  # [:1]: quicker
    )


class _SheetShape:
    """What calamine will build for one worksheet part, measured from its XML piece by piece:
    the rectangle of cells with values, and the bytes of shared strings copied into cells."""

    def __init__(self, longest: array):
        self.longest = longest  # bytes of each shared string (an upper bound), by index
        self.longest_of_all = max(longest, default=0)
        self.max_row = -1  # 0-based, of cells with a reference
        self.max_column = -1
        self.unreferenced = 0  # cells without a reference: placed after the previous one
        self.open_rows = 0
        self.max_row_attribute = -1
        self.shared_bytes = 0
        self.unusual = False

    def feed(self, piece: bytes) -> None:
        numbers = _FAST_ROW_NUMBERS.findall(piece)
        rows = _FAST_ROW.findall(piece)
        if _plain(piece, len(numbers), len(rows)):
            letters = _FAST_LETTERS.findall(piece)
            if b"/>" in piece and _FAST_EMPTY_REF.search(piece):  # styled cells, no value
                tags = _FAST_REF.findall(piece)
                if len(tags) == len(numbers):  # else a ">" in a value: count them all, to be safe
                    valued = [(a, b) for a, b, slash in tags if not slash]
                    letters, numbers = [a for a, _ in valued], [b for _, b in valued]
            opened = len(rows)  # self-closing rows too: an upper bound
        else:
            references = _CELL_WITH_REF.findall(piece)
            letters, numbers = [a for a, _ in references], [b for _, b in references]
            unreferenced = len(_CELL_WITHOUT_REF.findall(piece))
            empty = len(_EMPTY_CELL.findall(piece))
            if len(references) + unreferenced + empty != len(_ANY_CELL.findall(piece)):
                self.unusual = True
            self.unreferenced += unreferenced
            rows = _ROW_WITH_REF.findall(piece)
            opened = len(rows) + len(_ROW_WITHOUT_REF.findall(piece))
            if opened + len(_EMPTY_ROW.findall(piece)) != len(_ANY_ROW.findall(piece)):
                self.unusual = True
        if numbers:
            self.max_row = max(self.max_row, max(map(int, set(numbers))) - 1)
            self.max_column = max(self.max_column, *map(_column_index, set(letters)))
        self.open_rows += opened
        if rows:
            self.max_row_attribute = max(self.max_row_attribute, *map(int, set(rows)))
        self._count_shared(piece)

    def _count_shared(self, piece: bytes) -> None:
        if not self.longest:
            return  # no shared strings at all (inline strings, as xlsxwriter writes them)
        indexes = list(map(int, _FAST_SHARED.findall(piece)))
        try:
            self.shared_bytes += sum(map(self.longest.__getitem__, indexes))
        except IndexError:  # an index past the last string: calamine reads nothing there
            self.shared_bytes += sum(self.longest[i] for i in indexes if i < len(self.longest))
        unmatched = len(_SHARED_MARK.findall(piece)) - len(indexes)
        if unmatched > 0:  # written some other way: count the longest string for each
            self.shared_bytes += unmatched * self.longest_of_all

    def extent(self) -> tuple[int, int]:
        """Rows × columns of the rectangle, an upper bound when cells lack references."""
        rows, columns = self.max_row + 1, self.max_column + 1
        if self.unreferenced:
            rows = max(rows, self.max_row_attribute) + self.open_rows
            columns += self.unreferenced
        return rows, columns


class _StringLengths:
    """The length in bytes of each shared string's XML, an upper bound of its text."""

    def __init__(self) -> None:
        self._starts = array("Q")
        self.end = 0
        self.declared = 0  # the "uniqueCount" calamine reserves room for before reading

    def feed(self, start: int, piece: bytes) -> None:
        if b"uniqueCount" in piece:  # wherever it is: a superset of what calamine reads
            self.declared = max(self.declared, *map(int, _UNIQUE_COUNT.findall(piece)), 0)
        opened = [start + found.start() for found in _OPEN_STRING.finditer(piece)]
        if len(opened) + len(_EMPTY_STRING.findall(piece)) != len(_ANY_STRING.findall(piece)):
            raise _Unusual("shared strings")
        self._starts.extend(opened)
        self.end = start + len(piece)

    def check_declared_count(self) -> None:
        """calamine reserves memory for "uniqueCount" strings before reading any: 24 bytes
        each, so a made-up count of billions aborts the process."""
        if self.declared > len(self._starts) + 1_000_000:
            raise _Unusual("shared strings declare far more strings than they hold")

    def lengths(self) -> array:
        starts = self._starts
        return array("Q", (b - a for a, b in zip(starts, [*starts[1:], self.end], strict=True)))


def _longest(tables: list[array]) -> array:
    """Per index, the longest of several shared-string parts (calamine reads one of them)."""
    if len(tables) == 1:
        return tables[0]
    size = max((len(table) for table in tables), default=0)
    return array("Q", (max(t[i] for t in tables if i < len(t)) for i in range(size)))


@dataclass
class _PackageScan:
    kind: str  # "xlsx" or "ods"
    # By sheet name (xlsx): the measure of each member the sheet's name may lead to.
    shapes: dict[str, list[_SheetShape]] = field(default_factory=dict)
    progress: Callable[[], None] | None = None  # called for each chunk unpacked


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _members(target: str) -> set[str]:
    """The zip members a relationship target may name: as calamine resolves it (a leading "/"
    dropped, else under "xl/" unless already there, no ".." folded) and normalised."""
    if target.startswith("/"):
        literal = target[1:]
    elif target.startswith("xl/"):
        literal = target
    else:
        literal = f"xl/{target}"
    return {literal, posixpath.normpath(literal)}


def _workbook_parts(workbook_xml: bytes, relationships_xml: bytes):
    """The members holding each sheet (member → sheet names) and the shared strings."""
    targets, strings = {}, set()
    for element in ET.fromstring(relationships_xml).iter():
        if _local(element.tag) == "Relationship" and element.get("Id"):
            targets[element.get("Id")] = element.get("Target", "")
            if element.get("Type", "").endswith("/sharedStrings"):
                strings |= _members(element.get("Target", ""))
    sheets: dict[str, list[str]] = {}
    for element in ET.fromstring(workbook_xml).iter():
        if _local(element.tag) != "sheet":
            continue
        relation = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
        for member in _members(targets.get(relation, "")):
            sheets.setdefault(member, []).append(element.get("name", ""))
    return sheets, strings


def _member_chunks(archive: zipfile.ZipFile, handle, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The decompressed bytes of one member, whatever sizes its headers declare."""
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        with archive.open(info) as member:  # zipfile stops at the declared size
            while chunk := member.read(CHUNK):
                yield chunk
        return
    handle.seek(info.header_offset)
    local = handle.read(30)
    if len(local) != 30 or local[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"no local header for {info.filename}")
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    handle.seek(info.header_offset + 30 + name_length + extra_length)
    if info.compress_type == zipfile.ZIP_STORED:
        left = info.compress_size
        while left > 0:
            chunk = handle.read(min(CHUNK, left))
            if not chunk:
                raise zipfile.BadZipFile(f"{info.filename} is cut short")
            left -= len(chunk)
            yield chunk
        return
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    while not inflater.eof:
        data = inflater.unconsumed_tail or handle.read(CHUNK)
        if not data:
            raise zipfile.BadZipFile(f"{info.filename} is cut short")
        chunk = inflater.decompress(data, CHUNK)
        if chunk:
            yield chunk


class FromProgress(Exception):
    """Carries what the progress callback raised through the checks' own error handling."""

    def __init__(self, error: BaseException):
        super().__init__(error)
        self.error = error


def _busy(progress: Progress | None, text: str) -> Callable[[], None] | None:
    """A hook that reports "busy" (done 0 of 0) every 16 chunks: a chance to cancel."""
    if progress is None:
        return None
    count = 0

    def hook() -> None:
        nonlocal count
        count += 1
        if count % 16 == 0:
            try:
                progress(0, 0, text)
            except BaseException as error:
                raise FromProgress(error) from error

    return hook


def _scan_package(
    path: Path, file: str, max_uncompressed: int, progress: Callable[[], None] | None = None
) -> _PackageScan:
    limit = round(max_uncompressed / MEGABYTE)
    try:
        with zipfile.ZipFile(path) as archive, path.open("rb") as handle:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise _unreadable(TOO_MANY_PARTS, file, count=len(infos))
            if sum(info.file_size for info in infos) > max_uncompressed:
                raise _unreadable(TOO_BIG_UNPACKED, file, limit=limit)
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO:
                    raise _unreadable(
                        SUSPICIOUS_COMPRESSION, file, part=info.filename, ratio=round(ratio)
                    )
            if any(info.flag_bits & 0x1 for info in infos):
                raise _unreadable(ENCRYPTED, file)
            names = {info.filename for info in infos}
            if len(names) != len(infos):  # which copy would calamine read?
                raise _Unusual("a part is in the package twice")
            if "xl/workbook.xml" in names:
                scan = _PackageScan("xlsx", progress=progress)
            elif "mimetype" in names and _is_ods(archive):
                scan = _PackageScan("ods", progress=progress)
            else:
                raise _unreadable(NOT_A_WORKBOOK, file)
            _unpack_and_measure(archive, handle, infos, scan, file, max_uncompressed)
            return scan
    except FromProgress as carrier:
        raise carrier.error from None
    except (zipfile.BadZipFile, zlib.error, EOFError, struct.error, ET.ParseError) as error:
        raise _unreadable(CORRUPT, file) from error
    except _Unusual as error:
        raise _unreadable(UNUSUAL_FILE, file) from error
    except (NotImplementedError, RuntimeError) as error:  # compression zipfile cannot read
        raise _unreadable(CORRUPT_DETAIL, file, detail=str(error)[:200]) from error
    except OSError as error:
        raise _unreadable(CANNOT_OPEN, file) from error


def _is_ods(archive: zipfile.ZipFile) -> bool:
    with archive.open("mimetype") as member:
        return member.read(100).startswith(b"application/vnd.oasis.opendocument.spreadsheet")


def _unpack_and_measure(archive, handle, infos, scan: _PackageScan, file: str, limit: int):
    """Decompress every member once, counting the bytes really produced; measure xlsx sheets.

    Members are read in this order: the workbook and its relationships (which name the sheet
    parts), the shared strings (whose lengths the sheets need), the rest, the sheets."""
    total = 0

    def chunks(info: zipfile.ZipInfo) -> Iterator[bytes]:
        nonlocal total
        for chunk in _member_chunks(archive, handle, info):
            total += len(chunk)
            if total > limit:
                raise _unreadable(TOO_BIG_UNPACKED, file, limit=round(limit / MEGABYTE))
            if progress_hook is not None:
                progress_hook()
            yield chunk

    progress_hook = scan.progress
    if scan.kind != "xlsx":
        for info in infos:
            for _ in chunks(info):
                pass
        return
    by_name = {info.filename: info for info in infos}
    relationships = by_name.get("xl/_rels/workbook.xml.rels")
    if relationships is None:
        raise zipfile.BadZipFile("the workbook has no relationships")
    small = {}
    for info in (by_name["xl/workbook.xml"], relationships):
        small[info.filename] = b"".join(_bounded(chunks(info), _XML_LIMIT))
    sheet_parts, string_parts = _workbook_parts(*small.values())
    rest = [info for info in infos if info.filename not in small]
    strings = [
        info
        for info in rest
        if info.filename.casefold().endswith("sharedstrings.xml") or info.filename in string_parts
    ]
    # Every XML part is measured as if it were a sheet, not only those the workbook names.
    sheets = [
        info
        for info in rest
        if info not in strings
        and (info.filename.casefold().endswith(".xml") or info.filename in sheet_parts)
    ]
    others = [info for info in rest if info not in strings and info not in sheets]
    tables = []
    for info in strings:
        lengths = _StringLengths()
        carry = _Carry(_ANY_STRING)
        for chunk in chunks(info):
            lengths.feed(*carry.take(chunk))
        lengths.feed(*carry.rest())
        tables.append(lengths.lengths())
        lengths.check_declared_count()
    longest = _longest(tables)
    for info in others:
        for _ in chunks(info):
            pass
    shared_bytes = 0
    for info in sheets:
        shape = _SheetShape(longest)
        carry = _Carry(_ANY_CELL)
        for chunk in chunks(info):
            shape.feed(carry.take(chunk)[1])
            if shared_bytes + shape.shared_bytes > MAX_SHARED_TEXT:
                break
        else:
            shape.feed(carry.rest()[1])
        shared_bytes += shape.shared_bytes
        if shared_bytes > MAX_SHARED_TEXT:
            raise _unreadable(TOO_MUCH_TEXT, file, limit=round(MAX_SHARED_TEXT / MEGABYTE))
        for name in sheet_parts.get(info.filename, ()):
            scan.shapes.setdefault(name, []).append(shape)
        if info.filename not in sheet_parts and not _fits([shape]) and not shape.unusual:
            # Cells far and wide in a part no sheet names: no real workbook has that.
            raise _Unusual(f"{info.filename} holds a huge range of cells")


def _bounded(chunks: Iterable[bytes], limit: int) -> Iterator[bytes]:
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise _Unusual("a workbook part is too long")
        yield chunk


# --- Workbooks read by calamine ----------------------------------------------------------------

_PROBE_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
    'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
    '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
    'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
    '"xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships"><sheets><sheet name="Probe" sheetId="1" r:id="rId1"/>'
    "</sheets></workbook>",
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
    '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://'
    'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="A2">'
    "<v>1</v></c></row></sheetData></worksheet>",
}


@functools.cache
def _iter_rows_starts_at_row_1() -> bool:
    """Whether ``iter_rows()`` yields the empty rows above a sheet's data (python-calamine 0.9
    does, unlike ``to_python()``: its issue #177); asked once, of a tiny workbook with A2 only."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in _PROBE_PARTS.items():
            archive.writestr(name, text)
    buffer.seek(0)
    with CalamineWorkbook.from_filelike(buffer) as probe:
        return len(list(probe.get_sheet_by_index(0).iter_rows())) == 2


def calamine_rows(sheet) -> tuple[Iterator[tuple[int, list]], int, int]:
    """(row number, cells) from the sheet's first used column; that column; the last row."""
    if sheet.start is None:
        return iter(()), 0, 0
    first_row, first_column = sheet.start
    last_row = sheet.end[0] + 1
    iter_rows = getattr(sheet, "iter_rows", None)
    if iter_rows is None:  # python-calamine before 0.2.0: the whole sheet as a list
        rows, number = iter(sheet.to_python()), first_row + 1
    else:
        rows, number = iter_rows(), 1 if _iter_rows_starts_at_row_1() else first_row + 1
    return zip(range(number, last_row + 1), rows, strict=False), first_column, last_row


def load_sheet(book: CalamineWorkbook, name: str):
    try:
        return book.get_sheet_by_name(name), None
    except Exception as error:
        return None, str(error).strip()[:200] or type(error).__name__
    except BaseException as error:  # a Rust panic surfaces as pyo3's PanicException
        if type(error).__name__ != "PanicException":
            raise
        return None, "internal error"


def _read_calamine(
    book: CalamineWorkbook,
    path: Path,
    scan: _PackageScan | None,
    language_hint: str,
    max_rows: int,
    progress: Progress | None,
) -> RawWorkbook:
    result = RawWorkbook(path=str(path), language=language_hint)
    shapes = scan.shapes if scan else {}
    # Chart and macro sheets hold no cells (python-calamine before 0.2.1 does not tell them).
    kinds = {meta.name: meta.typ for meta in getattr(book, "sheets_metadata", ())}
    names = [
        name
        for name in book.sheet_names
        if kinds.get(name, SheetTypeEnum.WorkSheet) == SheetTypeEnum.WorkSheet
    ]
    instructions = next((name for name in names if is_instructions(name)), None)
    if instructions is not None and _fits(shapes.get(instructions)):
        sheet, _ = load_sheet(book, instructions)
        if sheet is not None:
            _read_instructions(calamine_rows(sheet)[0], result)
    language = result.language
    to_read: list[tuple[str, Sheet]] = []
    claimed: dict[str, str] = {}
    unknown: list[str] = []
    for name in names:
        if is_instructions(name) or fold(name) == "_lists":
            continue
        schema = find_sheet(name)
        if schema is None:
            unknown.append(name)
            result.warnings.append(ReadProblem(name, None, "", UNKNOWN_SHEET, {"sheet": name}))
        elif schema.key in claimed:
            args = {"sheet": name, "first": claimed[schema.key], "label": schema.label(language)}
            result.errors.append(ReadProblem(name, None, "", DUPLICATE_SHEET, args))
        else:
            claimed[schema.key] = name
            to_read.append((name, schema))
    refusals = {name: _refusal(name, shapes.get(name, [])) for name, _schema in to_read}
    loadable = [name for name, _schema in to_read if refusals[name] is None]
    total = 100 * len(to_read)
    cells = {name: _cells(shapes[name]) for name in loadable if name in shapes}
    with _SheetLoader(book, loadable, cells) as loader:
        for number, (name, schema) in enumerate(to_read):
            base = 100 * number
            if progress is not None:
                progress(base, total, name)
            if refusals[name] is not None:
                result.errors.append(refusals[name])
                continue
            sheet, failure = loader.sheet(name)
            if sheet is None:
                args = {"sheet": name, "detail": failure}
                result.errors.append(ReadProblem(name, None, "", SHEET_UNREADABLE, args))
                continue
            rows, first_column, last_row = calamine_rows(sheet)
            tick = _ticker(progress, base, total, name, last_row)
            raw = _read_sheet(result, schema, name, rows, first_column, max_rows, tick)
            if raw is not None:
                result.sheets[schema.key] = raw
            del sheet, rows  # calamine's copy of the sheet, freed as soon as it is read
    if progress is not None:
        progress(total, total, "")
    _check_has_data(result, path.name, unknown, bool(to_read))
    return result


def _refusal(name: str, measured: list[_SheetShape]) -> ReadProblem | None:
    """Why the scan forbids handing sheet ``name`` to calamine, or None when it may be read."""
    if any(shape.unusual for shape in measured):
        return ReadProblem(name, None, "", SHEET_UNUSUAL, {"sheet": name})
    if not _fits(measured):
        rows, columns = max((s.extent() for s in measured), key=lambda e: e[0] * e[1])
        args = {"sheet": name, "rows": rows, "column": column_letter(columns - 1)}
        return ReadProblem(name, None, "", SHEET_TOO_LARGE, args)
    return None


class _SheetLoader:
    """Loads the sheets ``names``, in order, in a background thread while the rows of those
    before them are read: calamine releases the GIL while it parses a sheet, so its parsing
    overlaps the Python work on the rows. It stays ahead by at most ``MAX_CELLS`` cells of
    loaded sheets not read yet (``cells`` by name, from the scan; a sheet not measured counts
    as that many), so memory stays within two sheets of the largest size allowed.

    Leaving the ``with`` block, normally or by an exception (a cancel), waits for the parse
    under way, which cannot be interrupted, so no thread outlives the workbook it reads."""

    def __init__(self, book: CalamineWorkbook, names: list[str], cells: dict[str, int]):
        self._book = book
        self._names = names
        self._cells = {name: cells.get(name, MAX_CELLS) for name in names}
        self._loaded: dict[str, tuple] = {}  # by name: what load_sheet gave, not read yet
        self._ahead = 0  # cells of those
        self._stopped = False
        self._failure: BaseException | None = None
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="kamdesk-sheets", daemon=True)
        self._thread.start()

    def __enter__(self) -> _SheetLoader:
        return self

    def __exit__(self, *exception) -> None:
        with self._changed:
            self._stopped = True
            self._changed.notify_all()
        self._thread.join()
        self._loaded.clear()

    def _run(self) -> None:
        try:
            for name in self._names:
                cells = self._cells[name]
                with self._changed:
                    self._changed.wait_for(
                        lambda cells=cells: (
                            self._stopped or not self._loaded or self._ahead + cells <= MAX_CELLS
                        )
                    )
                    if self._stopped:
                        return
                loaded = load_sheet(self._book, name)
                with self._changed:
                    self._loaded[name] = loaded
                    self._ahead += cells
                    self._changed.notify_all()
        except BaseException as error:  # handed to the reader rather than lost with the thread
            with self._changed:
                self._failure = error
                self._changed.notify_all()

    def sheet(self, name: str):
        """``load_sheet`` of ``name``, the next of the names: (sheet, None) or (None, what went
        wrong)."""
        with self._changed:
            self._changed.wait_for(lambda: name in self._loaded or self._failure is not None)
            if name not in self._loaded:
                raise self._failure
            self._ahead -= self._cells[name]
            self._changed.notify_all()
            return self._loaded.pop(name)


def _cells(shapes: list[_SheetShape]) -> int:
    """The cells calamine builds for a sheet measured as ``shapes`` (at most)."""
    return max((rows * columns for rows, columns in (s.extent() for s in shapes)), default=0)


def _fits(shapes: list[_SheetShape] | None) -> bool:
    return all(
        not shape.unusual and shape.extent()[0] * shape.extent()[1] <= MAX_CELLS
        for shape in shapes or ()
    )


def _ticker(progress: Progress | None, base: int, total: int, text: str, last_row: int):
    if progress is None:
        return None

    def tick(row_number: int) -> None:
        progress(base + min(99, 100 * row_number // max(last_row, 1)), total, text)

    return tick


def _check_has_data(result: RawWorkbook, file: str, unknown: list[str], known: bool) -> None:
    """Raise when no sheet could be read and no error says why."""
    if result.sheets:
        return
    if any(problem.template != NO_HEADER for problem in result.errors):
        return  # a sheet too large, unreadable, ...: the errors say which
    if known:
        raise _unreadable(NO_HEADERS if result.errors else EMPTY_WORKBOOK, file)
    if unknown:
        sheets = ", ".join(f"“{name}”" for name in unknown)
        example = ACCOUNTS.label(result.language)
        raise _unreadable(UNKNOWN_SHEETS_ONLY, file, sheets=sheets, example=example)
    raise _unreadable(EMPTY_WORKBOOK, file)


# --- The Instructions sheet --------------------------------------------------------------------

LANGUAGE_LABELS = {"language", "idioma", "lingua"}
SCOPE_LABELS = {"scope", "escopo"}
PORTFOLIO_ID_LABELS = {"portfolio id", "identificador da carteira"}
# Scope values that mean the whole portfolio rather than one account.
WHOLE_PORTFOLIO = {
    "portfolio",
    "whole portfolio",
    "entire portfolio",
    "all accounts",
    "carteira",
    "carteira inteira",
    "carteira toda",
    "toda a carteira",
    "todas as contas",
}
INSTRUCTIONS_ROWS = 500


def _language(value: object) -> str | None:
    text = fold(str(value)).replace("-", "_")
    if text.startswith(("pt", "portug", "brazil")):
        return "pt_BR"
    if text.startswith(("en", "ingl")):
        return "en"
    return None


def _read_instructions(rows: Iterator[tuple[int, list]], result: RawWorkbook) -> None:
    """Language, scope and portfolio id from the rows whose first cell is "Language"/"Idioma",
    "Scope"/"Escopo" or "Portfolio id"/"Identificador da carteira": the value is the cell right
    after it (a blank scope = the portfolio)."""
    for number, values in rows:
        if number > INSTRUCTIONS_ROWS:
            break
        first = next((i for i, value in enumerate(values) if not _blank(value)), None)
        if first is None or not isinstance(values[first], str):
            continue
        label = fold(values[first]).rstrip(":").strip()
        value = values[first + 1] if first + 1 < len(values) else None
        if label in LANGUAGE_LABELS and not _blank(value):
            result.language = _language(value) or result.language
        elif label in SCOPE_LABELS:
            scope = "" if _blank(value) else str(value).strip()
            result.scope_account = scope if scope and fold(scope) not in WHOLE_PORTFOLIO else None
        elif label in PORTFOLIO_ID_LABELS and not _blank(value):
            result.portfolio_id = str(value).strip()


# --- One sheet, from any source ----------------------------------------------------------------


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _example_column(schema: Sheet) -> Column:
    return next((c for c in schema.columns if c.required), schema.columns[-1])


def _read_sheet(
    result: RawWorkbook,
    schema: Sheet,
    tab: str,
    rows: Iterator[tuple[int, list]],
    first_column: int,
    max_rows: int,
    tick: Callable[[int], None] | None,
) -> RawSheet | None:
    """Read the header (the first non-empty row) and the rows under it; report what is wrong."""
    language = result.language
    seen = 0
    header_number, header = None, []
    for number, values in rows:
        seen += 1
        if tick is not None and seen % PROGRESS_EVERY == 0:
            tick(number)
        if not all(_blank(value) for value in values):
            header_number, header = number, values
            break
    if header_number is None:
        result.errors.append(ReadProblem(tab, None, "", NO_HEADER, {"sheet": tab}))
        return None

    def letter(index: int) -> str:
        return column_letter(first_column + index)

    columns: dict[int, Column] = {}  # cell index → column read
    first_index: dict[str, int] = {}  # column key → where it was first found
    unnamed: list[int] = []
    unknown_headers: list[ReadProblem] = []
    for index, value in enumerate(header):
        if _blank(value):
            unnamed.append(index)
            continue
        text = value if isinstance(value, str) else str(value)
        column = next((c for c in schema.columns if c.matches(text)), None)
        if column is None:
            args = {"sheet": tab, "column": letter(index), "header": text.strip()}
            unknown_headers.append(
                ReadProblem(tab, header_number, letter(index), UNKNOWN_COLUMN, args, letter(index))
            )
        elif column.key in first_index:
            if not column.read_only:
                args = {
                    "sheet": tab,
                    "first": letter(first_index[column.key]),
                    "column": letter(index),
                    "label": column.label(language),
                }
                result.errors.append(
                    ReadProblem(
                        tab, header_number, letter(index), DUPLICATE_COLUMN, args, letter(index)
                    )
                )
        else:
            first_index[column.key] = index
            if not column.read_only:  # computed on export, ignored on import
                columns[index] = column
    if not first_index:
        example = _example_column(schema).label(language)
        args = {"sheet": tab, "row": header_number, "example": example}
        result.errors.append(ReadProblem(tab, header_number, "", UNKNOWN_HEADERS, args))
        return None
    result.warnings.extend(unknown_headers)
    for column in schema.columns:
        if column.required and not column.read_only and column.key not in first_index:
            args = {"sheet": tab, "label": column.label(language)}
            result.errors.append(ReadProblem(tab, header_number, "", MISSING_COLUMN, args))

    raw = RawSheet(
        sheet=schema,
        tab_name=tab,
        headers={column.key: str(header[index]) for index, column in columns.items()},
        column_letters={column.key: letter(index) for index, column in columns.items()},
    )
    items = list(columns.items())
    width = len(header)
    pending = set(unnamed)  # blank header cells whose column has shown no value yet
    warned: set[int] = set()
    # Millions of cells that stay alive until the import ends: no use walking them for cycles.
    with collector_paused():
        for number, values in rows:
            seen += 1
            if tick is not None and seen % PROGRESS_EVERY == 0:
                tick(number)
            cells = {}
            filled = False
            for index, column in items:
                value = values[index] if index < len(values) else None
                if value == "":
                    value = None
                elif not filled and not _blank(value):
                    filled = True
                cells[column.key] = value
            if pending or len(values) > width:
                for index in [*pending, *range(width, len(values))]:
                    if index < len(values) and index not in warned and not _blank(values[index]):
                        warned.add(index)
                        pending.discard(index)
                        args = {"sheet": tab, "column": letter(index)}
                        problem = ReadProblem(
                            tab, number, letter(index), UNNAMED_COLUMN, args, letter(index)
                        )
                        result.warnings.append(problem)
            if not filled:
                continue
            if len(raw.rows) >= max_rows:
                args = {"sheet": tab, "limit": max_rows}
                result.errors.append(ReadProblem(tab, number, "", TOO_MANY_ROWS, args))
                break
            raw.rows.append(RawRow(number, cells))
    return raw


# --- CSV: one sheet ----------------------------------------------------------------------------

DELIMITERS = ";\t,"  # in order of preference when the header has as many of each
_COPY_SUFFIX = re.compile(r"\s*[(\[]\d+[)\]]$")  # "Contas (1).csv", as browsers name copies


def csv_schema(path: str | Path, csv_sheet: str | None = None) -> Sheet | None:
    """The sheet a CSV file holds: ``csv_sheet`` (a key or a name), else its file name's."""
    if csv_sheet:
        return SHEETS_BY_KEY.get(csv_sheet) or find_sheet(csv_sheet)
    return find_sheet(_COPY_SUFFIX.sub("", Path(path).stem))


def read_text_file(path: Path, file: str) -> str:
    """A CSV file's text, decoded as :func:`decode_text` says; unreadable files refused."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _unreadable(CANNOT_OPEN, file) from error
    text = decode_text(data)
    if text is None:
        raise _unreadable(CSV_NOT_TEXT, file)
    return text


def decode_text(data: bytes) -> str | None:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252;
    None when it is not text at all."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")  # Excel's "Unicode text"
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
                text = data.decode("latin-1")
    return None if "\x00" in text[:65536] else text


def detect_delimiter(text: str) -> str:
    """The delimiter (semicolon, comma or tab): csv.Sniffer's guess if the header has it, else
    the one the header has most of."""
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    header = next((line for line in sample.splitlines() if line.strip()), "")
    try:
        guess = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        guess = None
    if guess and guess in header:
        return guess
    counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
    best = max(counts, key=counts.__getitem__)  # the first of the most common
    return best if counts[best] else ";"


class CsvRows:
    """(record number, values) of a CSV text; stops, remembering where, at a broken record."""

    def __init__(self, text: str, delimiter: str):
        self._reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        self.broken_at: int | None = None

    def __iter__(self) -> Iterator[tuple[int, list]]:
        number = 0
        while True:
            number += 1
            try:
                values = next(self._reader)
            except StopIteration:
                return
            except csv.Error:
                self.broken_at = number
                return
            yield number, values


def _read_csv(
    path: Path,
    size: int,
    head: bytes,
    language_hint: str,
    csv_sheet: str | None,
    max_rows: int,
    progress: Progress | None,
) -> RawWorkbook:
    file = path.name
    check_file_size(size, file)
    if head.startswith((*ZIP_MAGIC, OLE_MAGIC)):
        raise _unreadable(CSV_IS_WORKBOOK, file)
    if head.startswith((*IMAGE_MAGIC, PDF_MAGIC)):
        raise _unreadable(CSV_NOT_TEXT, file)
    schema = csv_schema(path, csv_sheet)
    if schema is None:
        raise _unreadable(CSV_WHICH_SHEET, file, example=ACCOUNTS.label(language_hint))
    text = read_text_file(path, file)
    result = RawWorkbook(path=str(path), language=language_hint)
    if progress is not None:
        progress(0, 100, file)
    records = CsvRows(text, detect_delimiter(text))
    tick = _ticker(progress, 0, 100, file, text.count("\n") + 1)
    raw = _read_sheet(result, schema, file, iter(records), 0, max_rows, tick)
    if records.broken_at is not None:
        args = {"sheet": file, "row": records.broken_at}
        result.errors.append(ReadProblem(file, records.broken_at, "", CSV_BROKEN, args))
    if raw is not None:
        result.sheets[schema.key] = raw
    if progress is not None:
        progress(100, 100, "")
    _check_has_data(result, file, [], True)
    return result
