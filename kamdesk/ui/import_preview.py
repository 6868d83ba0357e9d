"""The import preview: what a workbook would change, sheet by sheet, before anything is written.

It lists per sheet the new, changed, unchanged and to-be-deleted rows and the errors; each
changed row opens to its old → new values; every error names sheet, row and column. Import is
possible only without errors. "Delete records not in the workbook" re-plans with deletions,
which are listed first. When there are problems, "Save errors workbook…" asks the caller for
a copy of the file with the bad cells marked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.excel.schema import SHEETS_BY_KEY
from kamdesk.ui.i18n import enum_label, format_date, format_number, translate

ACTION_ORDER = ("delete", "new", "changed")


NOUN_ARGUMENTS = ("thing", "things")  # "account", "risks", ...: translated like the template


def problem_text(problem) -> str:
    # Cell problems keep the cell parser's template (context "CellError").
    template = translate("ImportProblem", problem.template)
    if template == problem.template:
        template = translate("CellError", problem.template)
    args = {
        key: translate("ImportProblem", value)
        if key in NOUN_ARGUMENTS
        else translate("Problem", value)
        if key == "reason"  # the CNPJ reasons
        else value
        for key, value in problem.args.items()
    }
    return template.format(**args)


def show_value(value) -> str:
    """A cell value as the preview shows it (old → new), in the interface's formats."""
    if value is None or value == "":
        return "—"
    if hasattr(value, "english"):
        return enum_label(value)
    if isinstance(value, bool):
        return translate("ImportPreview", "Yes") if value else translate("ImportPreview", "No")
    if isinstance(value, tuple | list):
        return ", ".join(show_value(v) for v in value)
    if hasattr(value, "isoformat") and hasattr(value, "year"):
        return format_date(value)
    if isinstance(value, int | float) or type(value).__name__ == "Decimal":
        return format_number(float(value), 0 if float(value).is_integer() else 2)
    return str(value)


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
        self.summary = self._tree(
            [
                self.tr("Sheet"),
                self.tr("New"),
                self.tr("Changed"),
                self.tr("Unchanged"),
                self.tr("To delete"),
                self.tr("Errors"),
            ]
        )
        self.changes = self._tree(
            [self.tr("Sheet / row"), self.tr("Record"), self.tr("What happens")]
        )
        self.problems = self._tree(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.summary.header().setStretchLastSection(False)
        self.details = QTabWidget()
        self.delete_missing = QCheckBox(self.tr("Delete records that are not in the workbook"))
        self.delete_missing.toggled.connect(self.delete_missing_changed)
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
        layout = QVBoxLayout(self)
        for widget in (
            self.headline,
            self.summary,
            self.details,
            self.delete_missing,
            self.buttons,
        ):
            layout.addWidget(widget)
        layout.setStretch(2, 1)
        self.show_plan(plan)

    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        # Read-only display of a finished plan: a widget tree is enough here (no data model
        # to keep in step), and it gives expandable old → new rows for free.
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(len(headers) == 3)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        return tree

    def show_plan(self, plan) -> None:
        self.plan = plan
        self._fill_summary(plan)
        self._fill_changes(plan)
        self._fill_problems(plan)
        self.details.clear()
        self.details.addTab(
            self.changes,
            self.tr("Changes (%1)").replace("%1", str(self.changes.topLevelItemCount())),
        )
        self.details.addTab(
            self.problems,
            self.tr("Errors and warnings (%1)").replace(
                "%1", str(self.problems.topLevelItemCount())
            ),
        )
        if plan.errors:
            self.details.setCurrentWidget(self.problems)
        self.import_button.setEnabled(not plan.has_errors)
        self.errors_button.setVisible(bool(plan.errors or plan.warnings))
        self.headline.setText(self._headline(plan))

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

    def _fill_summary(self, plan) -> None:
        self.summary.clear()
        for key, counts in plan.summary.items():
            values = (counts.new, counts.changed, counts.unchanged, counts.deleted, counts.errors)
            item = QTreeWidgetItem([SHEETS_BY_KEY[key].label(plan.language), *map(str, values)])
            for column in range(1, 6):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.summary.addTopLevelItem(item)

    def _fill_changes(self, plan) -> None:
        self.changes.clear()
        rows = list(plan.deletions) + [r for r in plan.rows if r.action in ("new", "changed")]
        for row in rows:
            sheet = SHEETS_BY_KEY[row.sheet_key].label(plan.language)
            where = f"{sheet}, {self.tr('row')} {row.row}" if row.row else sheet
            item = QTreeWidgetItem([where, row.key_text, self._action_text(row)])
            for change in row.changes:
                QTreeWidgetItem(
                    item,
                    ["", change.column, f"{show_value(change.old)} → {show_value(change.new)}"],
                )
            self.changes.addTopLevelItem(item)

    def _action_text(self, row) -> str:
        if row.action == "delete":
            return self.tr("delete")
        if row.action == "new":
            return self.tr("new")
        text = self.tr("%n field(s) changed", "", len(row.changes))
        if row.matched_by == "natural key":
            text += " · " + self.tr("matched by name, not by id")
        return text

    def _fill_problems(self, plan) -> None:
        self.problems.clear()
        for problem, is_error in [(p, True) for p in plan.errors] + [
            (p, False) for p in plan.warnings
        ]:
            prefix = "" if is_error else self.tr("Warning: ")
            item = QTreeWidgetItem(
                [
                    problem.sheet,
                    str(problem.row or ""),
                    problem.column,
                    prefix + problem_text(problem),
                ]
            )
            if is_error:
                item.setForeground(3, Qt.GlobalColor.darkRed)
            self.problems.addTopLevelItem(item)
