"""A record's fields and values in words, as the interface shows them everywhere: the
account's history and the "changed by someone else" dialog (team mode, issue 9).

Field names are the workbook's column headers (kamdesk.excel.schema), which already name the
stored fields in both languages; enum values get their labels, money and dates the locale.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from kamdesk.excel.schema import SHEETS_BY_KEY
from kamdesk.model.enums import LabelledEnum
from kamdesk.services.team.history import BuiltinName, Reference
from kamdesk.ui.builtin_names import criterion_label, stage_label
from kamdesk.ui.health.revenue_model import interface_language
from kamdesk.ui.i18n import enum_label, format_date, format_money, format_number, translate

# The workbook's sheet of each table: its column headers already name the fields in both
# languages (``account_id`` is the sheet's ``account`` column, ``stage_id`` its ``stage``).
SHEET_OF_TABLE = {
    "account": "accounts",
    "org_unit": "org_units",
    "stakeholder": "stakeholders",
    "stakeholder_link": "relations",
    "product": "products",
    "opportunity": "opportunities",
    "revenue_record": "revenue",
    "survey_response": "surveys",
    "risk": "risks",
    "action": "actions",
    "objective": "objectives",
    "key_result": "key_results",
    "check_in": "check_ins",
    "interaction": "interactions",
    "review": "reviews",
}


def _field_labels() -> dict[str, str]:
    """Fields the workbook has no column for."""
    return {
        "archived": translate("HistoryPage", "Archived"),
        "revenue_band": translate("HistoryPage", "Revenue band"),
        "mindset": translate("HistoryPage", "Mindset"),
        "closed_at": translate("HistoryPage", "Closed on"),
        "done_at": translate("HistoryPage", "Done on"),
        "measures": translate("HistoryPage", "Measures"),
    }


def field_label(table: str, field: str) -> str:
    """A column's name as the KAM knows it (the workbook's header), else the raw name."""
    sheet = SHEETS_BY_KEY.get(SHEET_OF_TABLE.get(table, ""))
    key = "stage" if field == "stage_id" else field.removesuffix("_id")
    if sheet is not None:
        column = next((c for c in sheet.columns if c.key == key and c.key != "id"), None)
        if column is not None:
            return column.label(interface_language())
    return _field_labels().get(field, field)


def local_time_text(when: dt.datetime) -> str:
    """``when`` (UTC) in this computer's time zone, as the locale writes dates: 26/11/2026 14:32."""
    local = when.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def value_text(value: object, currency: str) -> str:
    """A logged value as the interface shows it elsewhere; “—” for no value."""
    if value is None or (isinstance(value, str | tuple | list | dict) and not value):
        return "—"
    if isinstance(value, bool):
        return translate("HistoryPage", "Yes") if value else translate("HistoryPage", "No")
    if isinstance(value, LabelledEnum):
        return enum_label(value)
    if isinstance(value, BuiltinName):
        label = stage_label if value.table == "pipeline_stage" else criterion_label
        return label(value.key, value.name)
    if isinstance(value, Reference):
        return label_text(value.table, value.label, currency) or f"#{value.record_id}"
    if isinstance(value, Decimal):
        return format_money(value, currency)
    if isinstance(value, dt.datetime):
        return local_time_text(value.replace(tzinfo=dt.UTC))
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, float):
        return format_number(value, 0 if value.is_integer() else 2)
    if isinstance(value, int):
        return format_number(value)
    if isinstance(value, tuple | list):
        return ", ".join(value_text(item, currency) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def label_text(table: str, parts: tuple[object, ...], currency: str) -> str:
    """A record's label parts in words; a relation as “Carla → Diego (Influences)”."""
    shown = [value_text(part, currency) for part in parts]
    if table == "stakeholder_link" and len(shown) == 3:
        source, kind, target = shown
        return f"{source} → {target} ({kind})"
    return " · ".join(text for text in shown if text != "—")
