"""The Segmentation tab: the minimums of tiers A to C and the strategic floor."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.segmentation import DEFAULT_RULES, FALLBACK_TIER, SegmentationRules, TierRule
from kamdesk.model.enums import CURRENCY_SYMBOLS
from kamdesk.ui.fields import choice_field, hint_label
from kamdesk.ui.preferences.settings_page import SettingsPage

REVENUE_LIMIT = 1e13
RULE_TIERS = ("A", "B", "C")  # D is what remains, so it has no row of minimums
NO_FLOOR = ""  # combo data for "no strategic floor" (None does not round-trip a QVariant)


def count_box(high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, high)
    return box


def revenue_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, REVENUE_LIMIT)
    box.setDecimals(2)
    box.setGroupSeparatorShown(True)
    return box


# One column per minimum of a TierRule: how to build its input and how to read it back.
THRESHOLD_INPUTS = {
    "min_icp": (lambda: count_box(100), float),
    "min_revenue": (revenue_box, lambda v: Decimal(str(round(v, 2)))),
    "min_purchase_months": (lambda: count_box(12), int),
    "min_growth": (lambda: count_box(5), int),
    "min_importance": (lambda: count_box(5), int),
}


class SegmentationPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.inputs: dict[str, dict[str, QAbstractSpinBox]] = {
            tier: {name: make() for name, (make, _read) in THRESHOLD_INPUTS.items()}
            for tier in RULE_TIERS
        }
        self.strategic_floor = choice_field(
            "strategic_floor",
            [(self.tr("no tier (off)"), NO_FLOOR)] + [(t, t) for t in RULE_TIERS],
        )
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        self.restore_button.clicked.connect(lambda: self.load(DEFAULT_RULES))
        self._other_rules: tuple[TierRule, ...] = ()
        self._tiers_without_rule: set[str] = set()
        self._lay_out()

    def _headers(self) -> list[str]:
        return [
            self.tr("Min. ICP score (0–100)"),
            self.tr("Min. revenue, last 12 months"),
            self.tr("Min. months with purchases (0–12)"),
            self.tr("Min. growth potential (0–5)"),
            self.tr("Min. strategic importance (0–5)"),
        ]

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Each account gets the best tier, from A to C, whose minimums it meets in "
                    "full. A tier chosen by hand in the account editor always wins."
                )
            )
        )
        layout.addLayout(self._grid())
        layout.addWidget(
            hint_label(
                self.tr(
                    "0 means the minimum is not required. An account that meets no tier is tier %1."
                ).replace("%1", FALLBACK_TIER)
            )
        )
        floor_row = QFormLayout()
        floor_row.addRow(
            self.tr("Strategic importance 5 keeps an account at least in tier"),
            self.strategic_floor.container,
        )
        layout.addLayout(floor_row)
        layout.addWidget(self.problems)
        layout.addStretch()
        restore_row = QHBoxLayout()
        restore_row.addStretch()
        restore_row.addWidget(self.restore_button)
        layout.addLayout(restore_row)

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        for column, text in enumerate(self._headers(), start=1):
            header = QLabel(text)
            header.setWordWrap(True)
            grid.addWidget(header, 0, column)
        for row, tier in enumerate(RULE_TIERS, start=1):
            grid.addWidget(QLabel(self.tr("Tier %1").replace("%1", tier)), row, 0)
            for column, box in enumerate(self.inputs[tier].values(), start=1):
                grid.addWidget(box, row, column)
        return grid

    def set_currency(self, currency: str) -> None:
        symbol = CURRENCY_SYMBOLS.get(currency, currency)
        for tier in RULE_TIERS:
            self.inputs[tier]["min_revenue"].setPrefix(f"{symbol} ")

    def load(self, rules: SegmentationRules) -> None:
        by_tier = {r.tier: r for r in rules.rules if r.tier in RULE_TIERS}
        # Rules the grid does not show (a D rule, an unknown tier) are kept as they are, and a
        # missing rule stays missing unless the KAM fills in its row: "no rule" means the tier
        # is never assigned, which is not the same as a rule without minimums.
        self._other_rules = tuple(r for r in rules.rules if r.tier not in RULE_TIERS)
        self._tiers_without_rule = {t for t in RULE_TIERS if t not in by_tier}
        for tier in RULE_TIERS:
            thresholds = by_tier.get(tier, TierRule(tier)).thresholds()
            for name, box in self.inputs[tier].items():
                box.setValue(float(thresholds[name]))
        self.strategic_floor.load(rules.strategic_floor or NO_FLOOR)

    def rules(self) -> SegmentationRules:
        shown = [self._rule(tier) for tier in RULE_TIERS]
        kept = [
            rule
            for rule in shown
            if rule.tier not in self._tiers_without_rule or rule != TierRule(rule.tier)
        ]
        return SegmentationRules(
            rules=(*kept, *self._other_rules),
            strategic_floor=self.strategic_floor.value() or None,
        )

    def _rule(self, tier: str) -> TierRule:
        values = {
            name: THRESHOLD_INPUTS[name][1](box.value()) for name, box in self.inputs[tier].items()
        }
        return TierRule(tier, **values)
