"""Validation problems that name the field at fault, in words a KAM understands.

Services are Qt-free, so a message is an English template marked for Qt's translation system
(context "Problem"); the UI translates the template, then fills in the arguments.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kamdesk.model.enums import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Problem:
    field: str
    template: str
    args: dict = field(default_factory=dict)

    def text(self, translate=lambda template: template) -> str:
        return translate(self.template).format(**self.args)


class ValidationError(ValueError):
    """The input was rejected; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.text()}" for p in problems))

    def by_field(self) -> dict[str, Problem]:
        return {p.field: p for p in self.problems}


REQUIRED = QT_TRANSLATE_NOOP("Problem", "This field is required.")
DUPLICATE_ACCOUNT = QT_TRANSLATE_NOOP("Problem", "There is already an account named “{name}”.")
INVALID_CNPJ = QT_TRANSLATE_NOOP("Problem", "“{value}” is not a valid CNPJ ({reason}).")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Problem", "Must be between {low} and {high}; got {value}.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Problem", "“{value}” is not a number.")
NEGATIVE = QT_TRANSLATE_NOOP("Problem", "Cannot be negative; got {value}.")
TOO_LONG = QT_TRANSLATE_NOOP("Problem", "At most {limit} characters; got {length}.")
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("Problem", "“{value}” is not one of the allowed values.")
NO_SUCH_ACCOUNT = QT_TRANSLATE_NOOP("Problem", "The account no longer exists.")
DETAIL = "{detail}"  # a message composed elsewhere, shown as it is
CNPJ_REASONS = {
    "length": QT_TRANSLATE_NOOP("Problem", "it must have 14 characters"),
    "characters": QT_TRANSLATE_NOOP("Problem", "it has characters a CNPJ cannot have"),
    "repeated": QT_TRANSLATE_NOOP("Problem", "all digits are the same"),
    "check_digits": QT_TRANSLATE_NOOP("Problem", "the check digits do not match"),
}


def refuse(problems: list[Problem]) -> None:
    """Raises :class:`ValidationError` with ``problems`` when there are any (before anything
    is written)."""
    if problems:
        raise ValidationError(problems)
