"""The reader parses sheets in a background thread ahead of the rows it reads: a cancel or a
failure must stop that thread, and it must never run further ahead than its memory budget."""

from __future__ import annotations

import threading
import time

import pytest
from test_reader import write_xlsx

from kamdesk.excel import reader
from kamdesk.excel.reader import read_workbook

SHEETS = {
    "Contas": [["Nome"]] + [[f"Conta {n}"] for n in range(300)],
    "Produtos": [["Nome"]] + [[f"Produto {n}"] for n in range(200)],
    "Receita": [["Conta", "Mês", "Receita"]] + [["Conta 1", "2026-01", n] for n in range(100)],
}


def loader_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "kamdesk-sheets"]


@pytest.fixture
def book(tmp_path):
    return write_xlsx(tmp_path / "book.xlsx", SHEETS)


def test_every_sheet_is_read_in_order_and_the_thread_ends(book):
    raw = read_workbook(book)
    assert [len(sheet.rows) for sheet in raw.sheets.values()] == [300, 200, 100]
    assert list(raw.sheets) == ["accounts", "products", "revenue"]
    assert loader_threads() == []


def test_a_cancel_while_reading_stops_the_thread(book):
    class Cancelled(Exception):
        pass

    def progress(done, total, text):
        if text == "Produtos":
            raise Cancelled

    with pytest.raises(Cancelled):
        read_workbook(book, progress=progress)
    assert loader_threads() == []


def test_a_failure_in_the_thread_reaches_the_reader(book, monkeypatch):
    class Broken(BaseException):  # load_sheet itself turns an Exception into an error message
        pass

    loaded = reader.load_sheet

    def load_sheet(workbook, name):
        if name == "Produtos":
            raise Broken
        return loaded(workbook, name)

    monkeypatch.setattr(reader, "load_sheet", load_sheet)
    with pytest.raises(Broken):
        read_workbook(book)
    assert loader_threads() == []


def test_a_sheet_that_cannot_be_parsed_is_an_error_and_the_others_are_read(book, monkeypatch):
    loaded = reader.load_sheet
    monkeypatch.setattr(
        reader,
        "load_sheet",
        lambda workbook, name: (None, "broken") if name == "Produtos" else loaded(workbook, name),
    )
    raw = read_workbook(book)
    assert list(raw.sheets) == ["accounts", "revenue"]
    assert [problem.text() for problem in raw.errors] == [
        "Sheet “Produtos” could not be read (broken)."
    ]


def test_sheets_loaded_ahead_stay_within_max_cells(book, monkeypatch):
    """Sheets not read yet hold at most MAX_CELLS cells: Contas (301 cells) and Produtos (201)
    fit together, Receita (303) must wait until Contas is taken for reading."""
    events = []
    loaded, taken = reader.load_sheet, reader._SheetLoader.sheet

    def load_sheet(workbook, name):
        events.append(("load", name))
        return loaded(workbook, name)

    def sheet(loader, name):
        if name == "Contas":
            time.sleep(0.3)  # time enough for the thread to load all it may
        events.append(("take", name))  # before it is taken, so never after a load it allows
        return taken(loader, name)

    monkeypatch.setattr(reader, "load_sheet", load_sheet)
    monkeypatch.setattr(reader._SheetLoader, "sheet", sheet)
    monkeypatch.setattr(reader, "MAX_CELLS", 600)
    raw = read_workbook(book)
    assert list(raw.sheets) == ["accounts", "products", "revenue"]
    assert [name for kind, name in events if kind == "load"] == ["Contas", "Produtos", "Receita"]
    assert events.index(("load", "Receita")) > events.index(("take", "Contas"))
