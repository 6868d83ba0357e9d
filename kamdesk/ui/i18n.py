"""Language, translators and locale-aware formatting of numbers, money and dates.

The interface speaks pt-BR or English (the system locale picks by default). Qt's own strings
(standard buttons, dialogs) need Qt's translation file too, loaded beside ours.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from kamdesk.model.enums import CURRENCY_SYMBOLS, LabelledEnum
from kamdesk.resources import resource_path

LANGUAGES = ("pt_BR", "en")
LANGUAGE_KEY = "ui/language"  # "" = follow the system
_translators: list[QTranslator] = []  # Qt does not own them: keep them alive here


def system_language() -> str:
    return "pt_BR" if QLocale.system().language() == QLocale.Language.Portuguese else "en"


def chosen_language() -> str:
    chosen = str(QSettings().value(LANGUAGE_KEY, "") or "")
    return chosen if chosen in LANGUAGES else system_language()


def install_language(language: str) -> QLocale:
    """Loads the translators for ``language`` and makes its locale the default one."""
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    locale = (
        QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)
        if language == "pt_BR"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    QLocale.setDefault(locale)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"kamdesk_{language}", str(resource_path("translations")))]
    if language != "en":
        candidates.append((f"qtbase_{language}", qt_translations))
    for name, folder in candidates:
        translator = QTranslator()
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
    return locale


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation lookup (lupdate extracts literal ``translate("Context", "text")``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def enum_label(member: LabelledEnum | None) -> str:
    """The member's label in the interface language (through Qt's translation system)."""
    if member is None:
        return ""
    return QCoreApplication.translate(type(member).__name__, member.english)


# -- formatting ------------------------------------------------------------------------


def format_money(value: Decimal | float | None, currency: str = "BRL", decimals: int = 2) -> str:
    if value is None:
        return ""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return QLocale().toCurrencyString(float(value), symbol, decimals)


def format_number(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


def format_percent(fraction: float | None, decimals: int = 0) -> str:
    if fraction is None:
        return ""
    return QLocale().toString(fraction * 100, "f", decimals) + "%"


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def date_format() -> str:
    """The locale's short date with a four-digit year (25/11/2026, not 25/11/26)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def problem_text(problem) -> str:
    """A service's :class:`~kamdesk.services.problems.Problem` in the interface language, the
    dates and numbers it quotes written as the locale writes them."""
    args = {name: _shown(value) for name, value in problem.args.items()}
    return translate("Problem", problem.template).format(**args)


def _shown(value: object) -> object:
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Decimal | float) and math.isfinite(value):
        return format_number(value, _fewest_decimals(float(value)))
    return value


def _fewest_decimals(value: float) -> int:
    """0 for 12.0, 1 for 12.5, else 2: a number quoted back as the KAM typed it."""
    for decimals in (0, 1):
        if abs(round(value, decimals) - value) < 1e-9:
            return decimals
    return 2
