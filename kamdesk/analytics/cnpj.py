"""CNPJ (Brazilian company tax id): normalising, validating, formatting, generating.

A CNPJ has 14 characters: 8 for the company root, 4 for the branch, 2 check digits. From July
2026 the Receita Federal also issues alphanumeric CNPJs, whose first 12 characters may be A–Z as
well as 0–9; the check digits stay numeric. One rule covers both kinds:

    value(c) = ord(c) − 48                      ("0"…"9" → 0…9, "A"…"Z" → 17…42)
    s1 = Σ value(base[i]) · (5,4,3,2,9,8,7,6,5,4,3,2)[i]              over the 12 base characters
    s2 = Σ value((base + dv1)[i]) · (6,5,4,3,2,9,8,7,6,5,4,3,2)[i]     over base + first digit
    dv = 0 if s mod 11 < 2 else 11 − (s mod 11)
"""

from __future__ import annotations

import random
import string

LENGTH = 14
BASE_LENGTH = 12

_BASE_CHARS = frozenset(string.digits + string.ascii_uppercase)
_DIGITS = frozenset(string.digits)
_FIRST_WEIGHTS = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_SECOND_WEIGHTS = (6, *_FIRST_WEIGHTS)
_PUNCTUATION = str.maketrans("", "", "./-")


def normalize_cnpj(text: str) -> str:
    """The CNPJ without punctuation (``.``, ``/``, ``-``) or whitespace, in upper case."""
    return "".join(text.translate(_PUNCTUATION).split()).upper()


def _check_digit(chars: str, weights: tuple[int, ...]) -> str:
    """dv = 0 if s mod 11 < 2 else 11 − (s mod 11), with s = Σ (ord(c) − 48) · weight."""
    remainder = sum((ord(c) - 48) * w for c, w in zip(chars, weights, strict=True)) % 11
    return "0" if remainder < 2 else str(11 - remainder)


def check_digits(base12: str) -> str:
    """The two check digits for a 12-character base (punctuation allowed, letters any case).

    Raises ValueError when the base is not 12 characters of 0–9 or A–Z.
    """
    base = normalize_cnpj(base12)
    if len(base) != BASE_LENGTH or not set(base) <= _BASE_CHARS:
        raise ValueError(f"a CNPJ base needs 12 characters 0-9 or A-Z, got {base12!r}")
    first = _check_digit(base, _FIRST_WEIGHTS)
    return first + _check_digit(base + first, _SECOND_WEIGHTS)


def cnpj_problem(text: str) -> str | None:
    """None when ``text`` is a valid CNPJ, else the first problem found, as a reason key:

    ``"length"`` (not 14 characters once normalised), ``"characters"`` (a base character outside
    0–9/A–Z, or a check digit that is not 0–9), ``"repeated"`` (one digit 14 times, which passes
    the arithmetic but is never issued), ``"check_digits"`` (digits do not match the base).
    """
    cnpj = normalize_cnpj(text)
    if len(cnpj) != LENGTH:
        return "length"
    base, digits = cnpj[:BASE_LENGTH], cnpj[BASE_LENGTH:]
    # Explicit sets, not str.isdigit/isalnum: those accept "²", "٣" or "Ç".
    if not set(base) <= _BASE_CHARS or not set(digits) <= _DIGITS:
        return "characters"
    if len(set(cnpj)) == 1:
        return "repeated"
    if check_digits(base) != digits:
        return "check_digits"
    return None


def is_valid_cnpj(text: str) -> bool:
    """True when :func:`cnpj_problem` finds nothing wrong."""
    return cnpj_problem(text) is None


def format_cnpj(text: str) -> str:
    """``12.345.678/0001-95`` style when ``text`` normalises to 14 characters, else ``text``.

    Only the length is checked, so a mistyped CNPJ still displays readably next to its problem.
    """
    c = normalize_cnpj(text)
    if len(c) != LENGTH:
        return text
    return f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"


def random_cnpj(rng: random.Random, alphanumeric: bool = False) -> str:
    """A valid, formatted CNPJ for demo data: a random root and the head-office branch ``0001``.

    With ``alphanumeric`` the root mixes letters and digits (at least one letter, so it really
    is the new kind); the branch stays ``0001`` in both cases since demo accounts are head offices.
    """
    if alphanumeric:
        root = [rng.choice(string.digits + string.ascii_uppercase) for _ in range(8)]
        root[rng.randrange(8)] = rng.choice(string.ascii_uppercase)
    else:
        root = [rng.choice(string.digits) for _ in range(8)]
    base = "".join(root) + "0001"
    return format_cnpj(base + check_digits(base))
