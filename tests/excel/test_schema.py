"""The workbook schema agrees with WORKBOOK.md's rules."""

from __future__ import annotations

from kamdesk.excel.schema import SHEETS, Kind, find_sheet


def test_every_sheet_starts_with_a_hidden_id_and_has_a_natural_key():
    for sheet in SHEETS:
        assert sheet.columns[0].kind is Kind.ID, sheet.key
        assert sheet.natural_key, sheet.key


def test_references_point_to_the_same_or_an_earlier_sheet():
    order = [sheet.key for sheet in SHEETS]
    for index, sheet in enumerate(SHEETS):
        for column in sheet.columns:
            if column.kind is Kind.REFERENCE:
                assert order.index(column.refers_to) <= index, (sheet.key, column.key)


def test_sheet_and_column_names_match_in_either_language():
    assert find_sheet("contas") is find_sheet(" Accounts ")
    assert find_sheet("Relações") is find_sheet("relacoes")
    accounts = find_sheet("Contas")
    assert accounts.column("tax_id").matches("cnpj")
    assert accounts.column("lifecycle_stage").matches("Estagio do ciclo de vida")


def test_labels_are_unique_within_a_sheet_in_each_language():
    for sheet in SHEETS:
        for language in ("en", "pt_BR"):
            labels = [c.label(language).casefold() for c in sheet.columns]
            assert len(labels) == len(set(labels)), (sheet.key, language)


def test_enum_columns_name_their_enum():
    for sheet in SHEETS:
        for column in sheet.columns:
            assert (column.enum is not None) == (column.kind in (Kind.ENUM, Kind.ENUM_LIST))
