"""The import preview: what a workbook would change, sheet by sheet, before anything is written.

It lists per sheet the new, changed, unchanged and to-be-deleted rows and the errors; each
changed row opens to its old → new values; every error names sheet, row and column. Import is
possible only without errors. "Delete records not in the workbook" re-plans with deletions,
which are listed first. When there are problems, "Save errors workbook…" asks the caller for
a copy of the file with the bad cells marked.

The lists are models (``ui/models/import_plan_model.py``) that format a row only when it is on
screen, so the preview of an import of 100k accounts opens and filters quickly.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.i18n import format_number
from kamdesk.ui.models.import_plan_model import (
    CHANGED,
    DELETE,
    NEW,
    ChangeFilter,
    ChangesProxy,
    ChangesTreeModel,
    ProblemColumn,
    ProblemsProxy,
    ProblemsTableModel,
    SummaryTableModel,
    problem_text,
    show_value,
)

__all__ = ["ImportPreview", "problem_text", "show_value"]  # the formatters are used from here

CHANGES_TAB, PROBLEMS_TAB = 0, 1
SUMMARY_MAX_HEIGHT = 220  # px: a workbook has up to 16 sheets; the rest scrolls


class ImportPreview(QDialog):
    """Shows an ImportPlan; ``delete_missing_changed`` asks the caller to plan again."""

    delete_missing_changed = Signal(bool)
    save_errors_requested = Signal()

    def __init__(self, plan, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import preview — %1").replace("%1", file_name))
        self.resize(900, 600)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self._build_lists()
        self._build_filter_bar()
        self.details = QTabWidget()
        self.details.addTab(self._changes_page(), "")
        self.details.addTab(self.problems, "")
        self.details.currentChanged.connect(self._fit_problem_columns)
        self.delete_missing = QCheckBox(self.tr("Delete records that are not in the workbook"))
        self.delete_missing.toggled.connect(self.delete_missing_changed)
        self._build_buttons()
        self._layout()
        self.show_plan(plan)

    # -- building ------------------------------------------------------------------------

    def _build_lists(self) -> None:
        self.summary_model = SummaryTableModel(self)
        self.summary = self._table(self.summary_model)
        self.summary.horizontalHeader().setStretchLastSection(False)
        self.summary.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # counts to read, nothing to pick
        self.changes_model = ChangesTreeModel(self)
        self.changes_proxy = ChangesProxy(self)
        self.changes_proxy.setSourceModel(self.changes_model)
        self.changes = self._tree(self.changes_proxy)
        self.changes.verticalScrollBar().valueChanged.connect(self._load_more_at_the_end)
        self.problems_model = ProblemsTableModel(self)
        self.problems_proxy = ProblemsProxy(self)
        self.problems_proxy.setSourceModel(self.problems_model)
        # Fitted by hand, on screen (_fit_problem_columns): a hidden table fits its columns
        # by measuring every row.
        self.problems = self._table(self.problems_proxy, fit_columns=False)
        # No sort column at first: the plan's order (errors first, then by sheet and row).
        self.problems.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.problems.setSortingEnabled(True)

    @staticmethod
    def _tree(model: QAbstractItemModel) -> QTreeView:
        view = QTreeView()
        view.setModel(model)
        view.setUniformRowHeights(True)  # all as tall as the first: no row asked its size
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # fit the rows on screen, not a thousand more
        header.setStretchLastSection(True)
        return view

    @staticmethod
    def _table(model: QAbstractItemModel, fit_columns: bool = True) -> QTableView:
        # A table, not a tree, for flat lists: a table view never walks all its rows, which
        # matters when a bad column gives an error on each of 100k rows.
        view = QTableView()
        view.setModel(model)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 4)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if fit_columns:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # fit the rows on screen, not a thousand more
        header.setStretchLastSection(True)
        return view

    def _build_filter_bar(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("changesSearch")
        self.search.setPlaceholderText(self.tr("Search sheet, row or record…"))
        self.search.setClearButtonEnabled(True)
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("changesAction")
        for label, action in (
            (self.tr("All"), None),
            (self.tr("New"), NEW),
            (self.tr("Changed"), CHANGED),
            (self.tr("To delete"), DELETE),
        ):
            self.action_filter.addItem(label, action)
        self.search.textChanged.connect(self._apply_filter)
        self.action_filter.currentIndexChanged.connect(self._apply_filter)

    def _changes_page(self) -> QWidget:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.action_filter)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.changes)
        return page

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.errors_button = self.buttons.addButton(
            self.tr("Save errors workbook…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.errors_button.clicked.connect(self.save_errors_requested)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _layout(self) -> None:
        # A splitter: the KAM can give the per sheet counts more room, or the details.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.summary)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.splitter, self.delete_missing, self.buttons):
            layout.addWidget(widget)
        layout.setStretch(1, 1)

    # -- the plan ------------------------------------------------------------------------

    def show_plan(self, plan) -> None:
        self.plan = plan
        self.summary_model.set_plan(plan)
        self.changes_model.set_plan(plan)
        self.problems_model.set_problems(plan.errors, plan.warnings)
        header = self.problems.horizontalHeader()
        self.problems_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fit_summary()
        self._name_tabs()
        self.details.setCurrentIndex(PROBLEMS_TAB if plan.errors else CHANGES_TAB)
        self.import_button.setEnabled(not plan.has_errors)
        self.errors_button.setVisible(bool(plan.errors or plan.warnings))
        self.headline.setText(self._headline(plan))
        self._fit_problem_columns()

    def _name_tabs(self) -> None:
        records = format_number(len(self.changes_model.rows()))  # loaded or not
        problems = format_number(self.problems_model.rowCount())
        self.details.setTabText(CHANGES_TAB, self.tr("Changes (%1)").replace("%1", records))
        self.details.setTabText(
            PROBLEMS_TAB, self.tr("Errors and warnings (%1)").replace("%1", problems)
        )

    def _fit_summary(self) -> None:
        """The counts table as tall as its rows (up to a limit), the details get the rest."""
        rows = self.summary_model.rowCount()
        wanted = (
            self.summary.horizontalHeader().sizeHint().height()
            + rows * self.summary.verticalHeader().defaultSectionSize()
            + 2 * self.summary.frameWidth()
        )
        self.summary.setMinimumHeight(min(wanted, SUMMARY_MAX_HEIGHT // 2))
        # Before the first layout these are proportions, which the splitter scales to fit.
        self.splitter.setSizes([min(wanted, SUMMARY_MAX_HEIGHT), max(self.height(), 400)])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_problem_columns()

    def _fit_problem_columns(self) -> None:
        if not self.problems.isVisible():
            return
        for column in (ProblemColumn.SHEET, ProblemColumn.ROW, ProblemColumn.COLUMN):
            self.problems.resizeColumnToContents(column)

    def _load_more_at_the_end(self, value: int) -> None:
        if value == self.changes.verticalScrollBar().maximum() and (
            self.changes_proxy.can_load_more()
        ):
            self.changes_proxy.load_more()

    def _apply_filter(self) -> None:
        self.changes_proxy.set_change_filter(
            ChangeFilter(self.search.text(), self.action_filter.currentData())
        )

    def _headline(self, plan) -> str:
        if plan.has_errors:
            return self.tr(
                "%n problem(s) must be fixed in the workbook before it can be "
                "imported. Nothing has been written.",
                "",
                len(plan.errors),
            )
        changed = sum(s.new + s.changed + s.deleted for s in plan.summary.values())
        if not changed:
            return self.tr("The workbook matches the portfolio: nothing to import.")
        return self.tr(
            "Check the changes below, then press Import. You can undo the whole "
            "import with Edit ▸ Undo."
        )
