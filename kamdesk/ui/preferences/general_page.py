"""The General tab: interface language, portfolio owner, currency, fiscal year, gross margin
and when a contact counts as stale."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QVBoxLayout, QWidget

from kamdesk.model.enums import CURRENCY_SYMBOLS
from kamdesk.services.problems import Problem
from kamdesk.services.settings import PortfolioSettings
from kamdesk.ui.fields import Field, choice_field, hint_label, int_field, text_field
from kamdesk.ui.i18n import problem_text
from kamdesk.ui.preferences.settings_page import SettingsPage, show_messages

STALE_DAYS_LIMIT = 3650  # ten years: anything longer means "never stale"


def percent_field(name: str) -> Field:
    """A 0–100 % spin box that reads and writes a Decimal fraction (30 % ⇄ 0.30)."""
    box = QDoubleSpinBox()
    box.setRange(0, 100)
    box.setDecimals(1)
    box.setSuffix(" %")

    def get() -> Decimal:
        return Decimal(str(round(box.value(), 1))) / 100

    return Field(name, box, get, lambda v: box.setValue(float(v) * 100), box.editingFinished)


def month_name(month: int) -> str:
    """The month in the interface language, capitalised as a list item ("Janeiro")."""
    name = QLocale().monthName(month, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


class GeneralPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Language names are written in their own language, so anyone can find theirs.
        self.language = choice_field(
            "language",
            [(self.tr("System default"), ""), ("Português (Brasil)", "pt_BR"), ("English", "en")],
        )
        self.owner_name = text_field(
            "owner_name", self.tr("Your name, as it appears on account plans"), 120
        )
        self.currency = choice_field("currency", self._currency_choices())
        self.fiscal_year_start = choice_field(
            "fiscal_year_start", [(month_name(m), m) for m in range(1, 13)]
        )
        self.gross_margin = percent_field("gross_margin")
        self.stale_contact_days = int_field("stale_contact_days", 1, STALE_DAYS_LIMIT)
        self.stale_contact_days.widget.setSuffix(self.tr(" days"))
        # Named after the PortfolioSettings attributes they edit; the language is not one.
        self.fields = {
            f.name: f
            for f in (
                self.owner_name,
                self.currency,
                self.fiscal_year_start,
                self.gross_margin,
                self.stale_contact_days,
            )
        }
        self._lay_out()

    def _currency_choices(self) -> list[tuple[str, str]]:
        names = {
            "BRL": self.tr("Brazilian real"),
            "USD": self.tr("US dollar"),
            "EUR": self.tr("Euro"),
        }
        return [(f"{name} ({CURRENCY_SYMBOLS[code]})", code) for code, name in names.items()]

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self._language_with_hint())
        form.addRow(self.tr("Portfolio owner"), self.owner_name.container)
        form.addRow(self.tr("Currency"), self.currency.container)
        form.addRow(self.tr("Fiscal year starts in"), self.fiscal_year_start.container)
        form.addRow(self.tr("Gross margin (for CLV)"), self.gross_margin.container)
        form.addRow(self.tr("A contact is stale after"), self.stale_contact_days.container)
        form.addRow(self.problems)

    def _language_with_hint(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.language.container)
        column.addWidget(
            hint_label(
                self.tr("Yours on this computer; other people opening the portfolio keep theirs.")
            )
        )
        return box

    def load(self, settings: PortfolioSettings, language: str) -> None:
        combo: QComboBox = self.currency.widget
        if combo.findData(settings.currency) < 0:  # a currency set elsewhere: keep it choosable
            combo.addItem(settings.currency, settings.currency)
        self.language.load(language)
        for name, field in self.fields.items():
            field.load(getattr(settings, name))

    def apply_to(self, settings: PortfolioSettings) -> PortfolioSettings:
        return settings.with_changes(**{name: f.value() for name, f in self.fields.items()})

    def chosen_language(self) -> str:
        return self.language.value()

    def show_problems(self, problems: list[Problem]) -> None:
        """A problem with a field of this page shows under the field; any other at the foot."""
        elsewhere = []
        for problem in problems:
            field = self.fields.get(problem.field)
            if field is None:
                elsewhere.append(problem_text(problem))
            else:
                field.show_problem(problem_text(problem))
        show_messages(self.problems, elsewhere)

    def clear_problems(self) -> None:
        for field in self.fields.values():
            field.show_problem(None)
        super().clear_problems()
