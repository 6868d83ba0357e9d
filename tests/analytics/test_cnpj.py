"""CNPJ check digits, validation and formatting, against hand-computed cases."""

import random
import re
import string

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kamdesk.analytics.cnpj import (
    check_digits,
    cnpj_problem,
    format_cnpj,
    is_valid_cnpj,
    normalize_cnpj,
    random_cnpj,
)

FORMATTED = re.compile(r"^[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-[0-9]{2}$")


def test_check_digits_of_numeric_cnpj_match_hand_computation():
    # 11.222.333/0001: s1 = 1·5+1·4+2·3+2·2+2·9+3·8+3·7+3·6+0+0+0+1·2 = 102, 102 mod 11 = 3 → 8;
    #   s2 = 1·6+1·5+2·4+2·3+2·2+3·9+3·8+3·7+0+0+0+1·3+8·2 = 120, 120 mod 11 = 10 → 1.
    assert check_digits("112223330001") == "81"
    # 11.444.777/0001: s1 = 214, mod 11 = 5 → 6; s2 = 230, mod 11 = 10 → 1.
    assert check_digits("11.444.777/0001") == "61"
    # 12.345.678/0001: s1 = 222, mod 11 = 2 → 9; s2 = 237, mod 11 = 6 → 5.
    assert check_digits("123456780001") == "95"


def test_check_digit_is_zero_when_remainder_is_below_two():
    # 11.222.333/0005: s1 = 100 + 5·2 = 110, mod 11 = 0 → 0; s2 = 6+5+8+6+4+27+24+21+5·3+0·2
    #   = 116, mod 11 = 6 → 5.
    assert check_digits("112223330005") == "05"
    # 11.222.333/0000: s1 = 100, mod 11 = 1 → 0; s2 = 101, mod 11 = 2 → 9.
    assert check_digits("112223330000") == "09"


def test_receita_alphanumeric_example_gives_35():
    # Receita's published example 12.ABC.345/01DE-35; values A=17, B=18, C=19, D=20, E=21.
    # s1 = 1·5+2·4+17·3+18·2+19·9+3·8+4·7+5·6+0·5+1·4+20·3+21·2 = 459, mod 11 = 8 → 3;
    # s2 = 1·6+2·5+17·4+18·3+19·2+3·9+4·8+5·7+0·6+1·5+20·4+21·3+3·2 = 424, mod 11 = 6 → 5.
    assert check_digits("12ABC34501DE") == "35"
    assert is_valid_cnpj("12.ABC.345/01DE-35")


def test_check_digits_accepts_lower_case_and_punctuation_in_the_base():
    assert check_digits("12.abc.345/01de") == "35"


@pytest.mark.parametrize("base", ["", "12345", "1122233300011", "11222333000@", "11222333000Ç"])
def test_check_digits_rejects_a_base_that_is_not_12_valid_characters(base):
    with pytest.raises(ValueError):
        check_digits(base)


def test_normalize_cnpj_strips_punctuation_and_spaces_and_uppercases():
    assert normalize_cnpj(" 12.abc.345/01de-35 ") == "12ABC34501DE35"
    assert normalize_cnpj("11 222 333\t0001 81") == "11222333000181"


@pytest.mark.parametrize(
    "text",
    [
        "11.222.333/0001-81",
        "11222333000181",
        "11 222 333 0001 81",
        " 11.222.333/0001-81 ",
        "11.222.333-0001/81",
        "11.444.777/0001-61",
        "12.345.678/0001-95",
        "11.222.333/0005-05",
        "12.ABC.345/01DE-35",
        "12abc34501de35",
    ],
)
def test_valid_cnpj_is_accepted_whatever_its_punctuation(text):
    assert cnpj_problem(text) is None
    assert is_valid_cnpj(text)


@pytest.mark.parametrize("text", ["", "1122233300018", "112223330001811", "11.222.333/0001"])
def test_cnpj_problem_reports_length(text):
    assert cnpj_problem(text) == "length"
    assert not is_valid_cnpj(text)


@pytest.mark.parametrize(
    "text",
    [
        "11.222.333/0001-8A",  # check digits must be numeric even in the new format
        "1122233300*181",
        "11222333ÇÇ0181",
        "١١٢٢٢٣٣٣٠٠٠١٨١",  # Arabic-Indic digits pass str.isdigit but are not CNPJ digits
    ],
)
def test_cnpj_problem_reports_invalid_characters(text):
    assert cnpj_problem(text) == "characters"


@pytest.mark.parametrize("text", ["00.000.000/0000-00", "11111111111111", "99999999999999"])
def test_cnpj_problem_reports_repeated_digits(text):
    # 00000000000000 even passes the arithmetic (all sums are 0), hence the explicit rule.
    assert cnpj_problem(text) == "repeated"


@pytest.mark.parametrize("text", ["11.222.333/0001-82", "11.222.333/0001-18", "12.ABC.345/01DE-53"])
def test_cnpj_problem_reports_wrong_check_digits(text):
    assert cnpj_problem(text) == "check_digits"


def test_format_cnpj_punctuates_fourteen_characters():
    assert format_cnpj("11222333000181") == "11.222.333/0001-81"
    assert format_cnpj("12abc34501de35") == "12.ABC.345/01DE-35"


def test_format_cnpj_formats_by_length_even_when_check_digits_are_wrong():
    assert format_cnpj("11222333000182") == "11.222.333/0001-82"


@pytest.mark.parametrize("text", ["", "123", "11.222.333/0001-8", "not a cnpj at all"])
def test_format_cnpj_leaves_text_of_another_length_unchanged(text):
    assert format_cnpj(text) == text


def test_random_cnpj_is_valid_formatted_head_office():
    rng = random.Random(7)
    for _ in range(200):
        cnpj = random_cnpj(rng)
        assert FORMATTED.match(cnpj)
        assert is_valid_cnpj(cnpj)
        assert cnpj[11:15] == "0001"
        assert normalize_cnpj(cnpj).isdecimal()


def test_random_alphanumeric_cnpj_is_valid_and_has_a_letter():
    rng = random.Random(7)
    for _ in range(200):
        cnpj = random_cnpj(rng, alphanumeric=True)
        assert FORMATTED.match(cnpj)
        assert is_valid_cnpj(cnpj)
        assert any(c in string.ascii_uppercase for c in cnpj)


def test_random_cnpj_is_reproducible_from_the_seed():
    first = [random_cnpj(random.Random(42)) for _ in range(3)]
    assert first == [random_cnpj(random.Random(42)) for _ in range(3)]


bases = st.text(alphabet=string.digits + string.ascii_uppercase, min_size=12, max_size=12)


@given(bases)
def test_any_base_with_its_check_digits_is_valid(base):
    cnpj = base + check_digits(base)
    assume(len(set(cnpj)) > 1)  # e.g. 000000000000 + 00 is the repeated case
    assert is_valid_cnpj(cnpj)


@given(bases, st.integers(0, 1), st.integers(1, 9))
def test_changing_a_check_digit_invalidates_the_cnpj(base, position, shift):
    digits = check_digits(base)
    wrong = list(digits)
    wrong[position] = str((int(wrong[position]) + shift) % 10)
    assert cnpj_problem(base + "".join(wrong)) in {"check_digits", "repeated"}


@given(bases)
def test_format_then_normalize_gives_the_cnpj_back(base):
    cnpj = base + check_digits(base)
    assert normalize_cnpj(format_cnpj(cnpj)) == cnpj
    assert format_cnpj(format_cnpj(cnpj)) == format_cnpj(cnpj)
