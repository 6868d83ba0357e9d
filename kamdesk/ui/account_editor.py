"""The account editor: profile, ICP with live score, lifecycle and strategy, positioning, notes.

Every field commits when the user finishes editing it, as one undoable command. A value the
rules refuse (empty or duplicate name, invalid CNPJ, ...) is shown under its field and nothing
is saved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.icp import icp_score
from kamdesk.model.enums import CURRENCY_SYMBOLS, LifecycleStage, Strategy, Tier
from kamdesk.services.accounts import AccountData, lifecycle_suggestion, tier_assignment
from kamdesk.services.problems import ValidationError
from kamdesk.ui.builtin_names import criterion_label
from kamdesk.ui.colors import TIER_COLORS, score_color, text_on
from kamdesk.ui.commands import UpdateAccountCommand
from kamdesk.ui.fields import (
    Field,
    choice_field,
    date_field,
    hint_label,
    int_field,
    long_text_field,
    money_field,
    text_field,
    vertical_scroll,
)
from kamdesk.ui.health.account_health_page import AccountHealthPage
from kamdesk.ui.i18n import enum_label, format_number, problem_text
from kamdesk.ui.plan.interactions_page import InteractionsPage
from kamdesk.ui.plan.positioning_history import PositioningHistory
from kamdesk.ui.plan.reviews_page import ReviewsPage
from kamdesk.ui.plan.risks_page import RisksPage
from kamdesk.ui.team.history_page import HistoryPage
from kamdesk.ui.tier_text import explain_tier
from kamdesk.ui.workspace import Workspace

RATING_FIELD_PREFIX = "icp:"


class AccountEditor(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.account_id: int | None = None
        self.data = AccountData()
        self.fields: dict[str, Field] = {}
        self._rating_fields: dict[str, Field] = {}

        self.stack = QStackedWidget()
        self.empty = QLabel(
            self.tr("Select an account in the list, or create one with “New account”.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.header = QLabel()
        self.header.setObjectName("accountHeader")
        self.header.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.tabs = QTabWidget()
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.header)
        page_layout.addWidget(self.tabs)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.tabs.addTab(vertical_scroll(self._profile_page()), self.tr("Profile"))
        self.icp_page = QWidget()
        self.tabs.addTab(vertical_scroll(self.icp_page), self.tr("ICP and tier"))
        self.tabs.addTab(vertical_scroll(self._lifecycle_page()), self.tr("Lifecycle and strategy"))
        self.tabs.addTab(vertical_scroll(self._positioning_page()), self.tr("Positioning"))
        self.health_page = AccountHealthPage(workspace)
        self.tabs.addTab(vertical_scroll(self.health_page), self.tr("Health"))
        self.risks_page = RisksPage(workspace)
        # Scrolled, so the heat map and two tables never make the window taller than a laptop.
        self.tabs.addTab(vertical_scroll(self.risks_page), self.tr("Risks"))
        self.reviews_page = ReviewsPage(workspace)
        self.tabs.addTab(self.reviews_page, self.tr("Reviews"))
        self.interactions_page = InteractionsPage(workspace)
        self.tabs.addTab(self.interactions_page, self.tr("Interactions"))
        self.tabs.addTab(HistoryPage(workspace), self.tr("History"))
        # The account-plan pages read their own records; they follow the account shown here.
        self.plan_pages = (
            self.positioning_history,
            self.health_page,
            self.risks_page,
            self.reviews_page,
            self.interactions_page,
        )
        self._build_icp_page()

        workspace.accounts_changed.connect(self.reload)
        workspace.settings_changed.connect(self._settings_changed)
        workspace.current_account_changed.connect(self.show_account)

    # -- pages ---------------------------------------------------------------------------

    def _add(self, form: QFormLayout, label: str, field: Field) -> Field:
        self.fields[field.name] = field
        field.committed.connect(self._commit)
        form.addRow(label, field.container)
        return field

    def _profile_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        not_given = self.tr("not given")
        self._add(
            form,
            self.tr("Name *"),
            text_field("name", self.tr("How your team calls the client"), 200),
        )
        self._add(
            form,
            self.tr("Legal name"),
            text_field("legal_name", self.tr("As registered with the CNPJ")),
        )
        self._add(form, self.tr("CNPJ"), text_field("tax_id", "00.000.000/0000-00", 32))
        self._add(form, self.tr("Industry"), text_field("industry"))
        self._add(form, self.tr("Employees"), int_field("employees", 0, 10_000_000, not_given))
        self._add(
            form, self.tr("Revenue band"), text_field("revenue_band", self.tr("e.g. R$ 300M to 1B"))
        )
        self._add(form, self.tr("Region"), text_field("region"))
        self._add(form, self.tr("Owner (KAM)"), text_field("owner"))
        self._add(form, self.tr("Client since"), date_field("client_since", not_given))
        symbol = CURRENCY_SYMBOLS.get(self.workspace.settings.currency, "R$")
        self.fields["acquisition_cost"] = self._add(
            form, self.tr("Acquisition cost"), money_field("acquisition_cost", symbol, not_given)
        )
        self._add(form, self.tr("Notes"), long_text_field("notes"))
        self.archived_label = hint_label()
        form.addRow(self.archived_label)
        return page

    def _lifecycle_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        stages = [(enum_label(s), s) for s in LifecycleStage]
        self._add(form, self.tr("Lifecycle stage"), choice_field("lifecycle_stage", stages))
        self.suggestion = hint_label()
        self.apply_suggestion = QPushButton(self.tr("Use suggested stage"))
        self.apply_suggestion.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.apply_suggestion.clicked.connect(self._use_suggestion)
        form.addRow("", self.suggestion)
        form.addRow("", self.apply_suggestion)
        importance = [(f"{n} · {self._importance_word(n)}", n) for n in range(1, 6)]
        self._add(
            form, self.tr("Strategic importance"), choice_field("strategic_importance", importance)
        )
        box = QGroupBox(self.tr("Strategies"))
        box_layout = QVBoxLayout(box)
        self.strategy_boxes: dict[Strategy, QCheckBox] = {}
        for strategy in Strategy:
            check = QCheckBox(enum_label(strategy))
            check.toggled.connect(self._strategies_toggled)
            box_layout.addWidget(check)
            self.strategy_boxes[strategy] = check
        form.addRow(box)
        return page

    def _importance_word(self, n: int) -> str:
        return [
            self.tr("minimal"),
            self.tr("low"),
            self.tr("medium"),
            self.tr("high"),
            self.tr("must win"),
        ][n - 1]

    def _positioning_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._add(
            form,
            self.tr("Value proposition"),
            long_text_field(
                "value_proposition", self.tr("What this client gains from us, in their words")
            ),
        )
        self._add(
            form,
            self.tr("Desired position (how we want to be seen)"),
            long_text_field("desired_position", self.tr("e.g. a partner that sells added value")),
        )
        self._add(
            form,
            self.tr("Perceived position (how the client sees us today)"),
            long_text_field("perceived_position", self.tr("e.g. one more commodity supplier")),
        )
        self._add(
            form,
            self.tr("Differentiators (what sets us apart for this client)"),
            long_text_field(
                "differentiators",
                self.tr("e.g. technical support on site within 24 h; integration with their ERP"),
            ),
        )
        self.positioning_history = PositioningHistory(self.workspace)
        form.addRow(self.positioning_history)
        return page

    def _build_icp_page(self) -> None:
        layout = QVBoxLayout(self.icp_page)
        score_row = QHBoxLayout()
        self.score_label = QLabel()
        self.score_label.setObjectName("icpScore")
        self.score_label.setStyleSheet("font-size: 20pt; font-weight: 700;")
        self.score_bar = QProgressBar()
        self.score_bar.setRange(0, 100)
        self.score_bar.setTextVisible(False)
        score_row.addWidget(self.score_label)
        score_row.addWidget(self.score_bar, 1)
        layout.addLayout(score_row)
        self.breakdown = hint_label()
        self.breakdown.setObjectName("icpBreakdown")
        self.ratings_box = QGroupBox(self.tr("Ideal customer profile"))
        box_layout = QVBoxLayout(self.ratings_box)
        box_layout.addWidget(
            hint_label(
                self.tr("How well does the account fit each criterion? 1 = poor, 5 = ideal.")
            )
        )
        self.ratings_form = QFormLayout()
        box_layout.addLayout(self.ratings_form)
        layout.addWidget(self.ratings_box)
        layout.addWidget(self.breakdown)
        tier_box = QGroupBox(self.tr("Segmentation"))
        tier_form = QFormLayout(tier_box)
        self.tier_label = QLabel()
        self.tier_label.setObjectName("tierLabel")
        self.tier_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.tier_reasons = hint_label()
        tier_form.addRow(self.tr("Tier"), self.tier_label)
        tier_form.addRow("", self.tier_reasons)
        overrides = [(self.tr("Automatic (from the segmentation rules)"), None)]
        overrides += [(enum_label(t), t) for t in Tier]
        self._add(tier_form, self.tr("Set by hand"), choice_field("tier_override", overrides))
        layout.addWidget(tier_box)
        layout.addStretch(1)
        self._rebuild_rating_fields()

    def _rebuild_rating_fields(self) -> None:
        while self.ratings_form.rowCount():
            self.ratings_form.removeRow(0)
        for name in list(self.fields):
            if name.startswith(RATING_FIELD_PREFIX):
                del self.fields[name]
        self._rating_fields.clear()
        choices = [(self.tr("— not rated"), None)] + [
            (f"{n} · {word}", n)
            for n, word in enumerate(
                [
                    self.tr("poor"),
                    self.tr("weak"),
                    self.tr("fair"),
                    self.tr("good"),
                    self.tr("ideal"),
                ],
                start=1,
            )
        ]
        for criterion in self.workspace.settings.icp_criteria:
            field = choice_field(RATING_FIELD_PREFIX + criterion.criterion_key, choices)
            self._add(self.ratings_form, criterion_label(criterion.key, criterion.name), field)
            self._rating_fields[criterion.criterion_key] = field

    # -- loading -------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        try:
            self.data = self.workspace.accounts.get(self.account_id)
        except ValidationError:  # deleted meanwhile
            self.account_id = None
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.header.setText(self.data.name)
        for plan_page in self.plan_pages:
            plan_page.show_account(self.account_id)
        for name, field in self.fields.items():
            if name.startswith(RATING_FIELD_PREFIX):
                field.load(self.data.icp_ratings.get(name[len(RATING_FIELD_PREFIX) :]))
            else:
                field.load(getattr(self.data, name))
        for strategy, check in self.strategy_boxes.items():
            check.blockSignals(True)
            check.setChecked(strategy in self.data.strategies)
            check.blockSignals(False)
        self.archived_label.setText(
            self.tr("This account is archived: it is kept, but hidden from the usual lists.")
            if self.data.archived
            else ""
        )
        self._refresh_score(self.data)
        self._refresh_tier()
        self._refresh_suggestion()

    def _settings_changed(self) -> None:
        self._rebuild_rating_fields()
        self.reload()

    def _refresh_score(self, data: AccountData) -> None:
        score = icp_score(self.workspace.settings.criteria(), data.icp_ratings)
        if score.score is None:
            self.score_label.setText(self.tr("ICP —"))
            self.score_bar.setValue(0)
        else:
            self.score_label.setText(self.tr("ICP %1").replace("%1", format_number(score.score)))
            self.score_bar.setValue(round(score.score))
            color = score_color(score.score)
            self.score_bar.setStyleSheet(
                f"QProgressBar::chunk {{ background: {color.darker(130).name()}; }}"
            )
        names = {
            c.criterion_key: criterion_label(c.key, c.name)
            for c in self.workspace.settings.icp_criteria
        }
        lines = [
            self.tr("%1: %2 points (weight %3%)")
            .replace("%1", names.get(part.key, part.name))
            .replace("%2", format_number(part.points, 1))
            .replace("%3", format_number(part.weight_share * 100))
            for part in score.breakdown
            if part.rating is not None
        ]
        missing = score.total - score.rated
        if missing:
            lines.append(
                self.tr("%n criterion(s) not rated yet (left out of the score).", "", missing)
            )
        self.breakdown.setText("\n".join(lines))

    def _refresh_tier(self) -> None:
        explanation = tier_assignment(self.workspace.portfolio, self.account_id)
        tier = Tier(explanation.assignment.tier)
        color = TIER_COLORS[tier]
        self.tier_label.setText(enum_label(tier))
        self.tier_label.setStyleSheet(
            f"background: {color.name()}; color: {text_on(color).name()}; padding: 3px 8px;"
            " border-radius: 4px; font-weight: 600;"
        )
        self.tier_reasons.setText(explain_tier(explanation, self.workspace.settings.currency))

    def _refresh_suggestion(self) -> None:
        suggested = lifecycle_suggestion(self.workspace.portfolio, self.account_id)
        self._suggested = suggested
        same = suggested == self.data.lifecycle_stage
        self.suggestion.setText(
            self.tr("Revenue and pipeline agree with this stage.")
            if same
            else self.tr("Revenue and pipeline suggest: %1").replace("%1", enum_label(suggested))
        )
        self.apply_suggestion.setVisible(not same)

    # -- committing ----------------------------------------------------------------------

    def _edited_data(self, name: str) -> AccountData:
        field = self.fields[name]
        if name.startswith(RATING_FIELD_PREFIX):
            ratings = dict(self.data.icp_ratings)
            key = name[len(RATING_FIELD_PREFIX) :]
            if field.value() is None:
                ratings.pop(key, None)
            else:
                ratings[key] = field.value()
            return replace(self.data, icp_ratings=ratings)
        return replace(self.data, **{name: field.value()})

    def _commit(self, name: str) -> None:
        if self.account_id is None:
            return
        after = self._edited_data(name)
        if name.startswith(RATING_FIELD_PREFIX):
            self._refresh_score(after)  # live score even before the command lands
        self._push(after, self.fields.get(name))

    def _strategies_toggled(self) -> None:
        chosen = tuple(s for s, check in self.strategy_boxes.items() if check.isChecked())
        self._push(replace(self.data, strategies=chosen), None)

    def _use_suggestion(self) -> None:
        self._push(replace(self.data, lifecycle_stage=self._suggested), None)

    def _push(self, after: AccountData, field: Field | None) -> None:
        changes = self.data.changed_fields(after)
        if not changes:
            if field:
                field.show_problem(None)
            return
        problems = self.workspace.accounts.validate(after, self.account_id)
        if problems:
            for problem in problems:
                target = self.fields.get(problem.field) or field
                if target:
                    target.show_problem(problem_text(problem))
            return
        before = {name: getattr(self.data, name) for name in changes}
        self.workspace.undo_stack.push(
            UpdateAccountCommand(self.workspace, self.account_id, after.name, before, changes)
        )
