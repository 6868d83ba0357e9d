"""The Pipeline tab of Preferences: the stages of the board with their default probability and
outcome, and the product lines opportunities are about.

Unlike the other tabs, which apply on OK, every edit here is written at once as its own
undoable command (see :mod:`kamdesk.ui.preferences.stage_commands`): deleting a stage in use
moves opportunities, which is no setting to hold back until OK. The service checks each edit
first; a refusal is shown in red under the table it concerns and writes nothing. The tab's own
Undo and Redo take back what was done during this visit (the main window's Edit menu is out
of reach while Preferences is open).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import StageOutcome, fold
from kamdesk.services.pipeline import (
    ProductData,
    ProductRow,
    ProductService,
    StageData,
    StageRow,
    StageService,
)
from kamdesk.services.problems import Problem
from kamdesk.ui.builtin_names import stage_label
from kamdesk.ui.fields import hint_label
from kamdesk.ui.i18n import enum_label, problem_text
from kamdesk.ui.preferences.settings_page import problem_label, show_messages
from kamdesk.ui.preferences.stage_commands import (
    CreateProductCommand,
    CreateStageCommand,
    DeleteProductCommand,
    DeleteStageCommand,
    MoveStageCommand,
    RenameStageCommand,
    SetStageOutcomeCommand,
    SetStageProbabilityCommand,
    SetupCommand,
    UpdateProductCommand,
    push_edit,
)
from kamdesk.ui.preferences.stages_model import (
    OutcomeDelegate,
    ProbabilityDelegate,
    ProductColumn,
    ProductsModel,
    RowsModel,
    StageColumn,
    StagesModel,
)
from kamdesk.ui.workspace import Workspace

CATEGORY_WIDTH = 170
OUTCOME_WIDTH = 120  # room for the drop-down of Open / Won / Lost
NEW_STAGE_PROBABILITY = 50  # when there is no open stage to take the default from


def label_of(stage: StageRow) -> str:
    return stage_label(stage.key, stage.name)


def free_name(base: str, taken: list[str]) -> str:
    """``base``, or ``base 2``, ``base 3``, ... whichever no name in ``taken`` already is
    (ignoring case and accents, as the services compare names)."""
    folded = {fold(name) for name in taken}
    name, number = base, 1
    while fold(name) in folded:
        number += 1
        name = f"{base} {number}"
    return name


# -- asking where the opportunities of a deleted stage go ------------------------------------


class MoveOpportunitiesDialog(QDialog):
    """Asks which stage (of the same outcome) takes the opportunities of a stage to delete."""

    def __init__(self, stage: StageRow, candidates: list[StageRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete stage"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        question = QLabel(
            self.tr(
                "“%1” holds %n opportunity(s). Before the stage is deleted, they move to:",
                "",
                stage.opportunity_count,
            ).replace("%1", label_of(stage))
        )
        question.setWordWrap(True)
        self.target = QComboBox()
        for candidate in candidates:
            self.target.addItem(label_of(candidate), candidate.id)
        self.target.setCurrentIndex(self._nearest(stage, candidates))
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.button_box.addButton(
            self.tr("Move and delete"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.target)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Their stage history moves with them and their dates stay as they are. "
                    "Undo brings the stage back with its opportunities."
                )
            )
        )
        layout.addWidget(self.button_box)
        self.setMinimumWidth(420)

    @staticmethod
    def _nearest(stage: StageRow, candidates: list[StageRow]) -> int:
        """The candidate just before the stage on the board, else the first after it."""
        before = [i for i, c in enumerate(candidates) if c.position < stage.position]
        return before[-1] if before else 0

    def target_id(self) -> int:
        return self.target.currentData()


# -- the page ----------------------------------------------------------------------------------


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def table_view(model: RowsModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().hide()
    # Compact rows, so the six stages of a new portfolio fit without scrolling.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return view


class StagesPage(QWidget):
    """Edits the pipeline stages and the product lines; every edit is undoable at once."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.stages = StageService(workspace.portfolio)
        self.products = ProductService(workspace.portfolio)
        self.stages_model = StagesModel(self)
        self.stages_model.on_edit = self._edit_stage
        self.products_model = ProductsModel(self)
        self.products_model.on_edit = self._edit_product
        self.stages_view = table_view(self.stages_model, StageColumn.NAME)
        self.stages_view.setItemDelegateForColumn(
            StageColumn.PROBABILITY, ProbabilityDelegate(self.stages_view)
        )
        self.stages_view.setItemDelegateForColumn(
            StageColumn.OUTCOME, OutcomeDelegate(self.stages_view)
        )
        self.stages_view.horizontalHeader().setSectionResizeMode(
            StageColumn.OUTCOME, QHeaderView.ResizeMode.Interactive
        )
        self.stages_view.setColumnWidth(StageColumn.OUTCOME, OUTCOME_WIDTH)
        self.products_view = table_view(self.products_model, ProductColumn.NAME)
        self.products_view.horizontalHeader().setSectionResizeMode(
            ProductColumn.CATEGORY, QHeaderView.ResizeMode.Interactive
        )
        self.products_view.setColumnWidth(ProductColumn.CATEGORY, CATEGORY_WIDTH)
        self.add_stage_button = QPushButton(self.tr("Add stage"))
        self.stage_up_button = QPushButton(self.tr("Move up"))
        self.stage_down_button = QPushButton(self.tr("Move down"))
        self.delete_stage_button = QPushButton(self.tr("Delete"))
        self.add_product_button = QPushButton(self.tr("Add product line"))
        self.delete_product_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.stage_problems = problem_label()
        self.product_problems = problem_label()
        self.move_dialog: MoveOpportunitiesDialog | None = None  # open while asking
        self.confirm_box: QMessageBox | None = None
        self.confirm_delete_button: QPushButton | None = None
        # Undo and Redo reach only the edits of this visit, never older ones.
        self._first_index = workspace.undo_stack.index()
        self._pushed = False
        self._lay_out()
        self._connect()
        self.reload()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Stages of the board, in order")))
        layout.addLayout(
            self._table_row(
                self.stages_view,
                (
                    self.add_stage_button,
                    self.stage_up_button,
                    self.stage_down_button,
                    self.delete_stage_button,
                ),
            ),
            3,
        )
        layout.addWidget(self.stage_problems)
        layout.addWidget(heading(self.tr("Product lines")))
        layout.addLayout(
            self._table_row(
                self.products_view, (self.add_product_button, self.delete_product_button)
            ),
            2,
        )
        layout.addWidget(self.product_problems)
        # One width for both button columns, so the two tables line up.
        side_buttons = (
            self.add_stage_button,
            self.stage_up_button,
            self.stage_down_button,
            self.delete_stage_button,
            self.add_product_button,
            self.delete_product_button,
        )
        width = max(b.sizeHint().width() for b in side_buttons)
        for button in side_buttons:
            button.setFixedWidth(width)
        footer = QHBoxLayout()
        footer.addWidget(
            hint_label(
                self.tr(
                    "Changes on this tab are saved as you make them, also if you press Cancel; "
                    "Undo takes them back one by one."
                )
            ),
            1,
        )
        footer.addWidget(self.undo_button)
        footer.addWidget(self.redo_button)
        layout.addLayout(footer)

    @staticmethod
    def _table_row(view: QTableView, buttons: tuple[QPushButton, ...]) -> QHBoxLayout:
        column = QVBoxLayout()
        for button in buttons:
            column.addWidget(button)
        column.addStretch()
        row = QHBoxLayout()
        row.addWidget(view, 1)
        row.addLayout(column)
        return row

    def _connect(self) -> None:
        self.add_stage_button.clicked.connect(self.add_stage)
        self.stage_up_button.clicked.connect(lambda: self.move_selected_stage(-1))
        self.stage_down_button.clicked.connect(lambda: self.move_selected_stage(1))
        self.delete_stage_button.clicked.connect(self.delete_selected_stage)
        self.add_product_button.clicked.connect(self.add_product)
        self.delete_product_button.clicked.connect(self.delete_selected_product)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        for view in (self.stages_view, self.products_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        for model in (self.stages_model, self.products_model):
            model.modelReset.connect(self._update_buttons)
        stack = self.workspace.undo_stack
        stack.indexChanged.connect(self._update_undo_buttons)
        self.workspace.pipeline_changed.connect(self.reload)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the stages and products again, keeping the selected ones selected."""
        stage_id = self._selected_id(self.stages_view)
        product_id = self._selected_id(self.products_view)
        self.stages_model.set_rows(self.stages.list_rows())
        self.products_model.set_rows(self.products.list_rows())
        if stage_id is not None and self._selected_id(self.stages_view) != stage_id:
            self.select_stage(stage_id)
        if product_id is not None and self._selected_id(self.products_view) != product_id:
            self.select_product(product_id)
        self._update_buttons()
        self._update_undo_buttons()

    @staticmethod
    def _selected_id(view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return view.model().row_at(rows[0].row()).id if rows else None

    def selected_stage(self) -> StageRow | None:
        rows = self.stages_view.selectionModel().selectedRows()
        return self.stages_model.row_at(rows[0].row()) if rows else None

    def selected_product(self) -> ProductRow | None:
        rows = self.products_view.selectionModel().selectedRows()
        return self.products_model.row_at(rows[0].row()) if rows else None

    def select_stage(self, stage_id: int) -> None:
        self._select(self.stages_view, stage_id)

    def select_product(self, product_id: int) -> None:
        self._select(self.products_view, product_id)

    @staticmethod
    def _select(view: QTableView, record_id: int) -> None:
        row = view.model().row_of(record_id)
        if row is None:
            view.clearSelection()
            return
        view.selectRow(row)
        view.setCurrentIndex(view.model().index(row, 0))

    def _update_buttons(self, *_args) -> None:
        stage = self.selected_stage()
        row = self.stages_model.row_of(stage.id) if stage else None
        last = self.stages_model.rowCount() - 1
        self.stage_up_button.setEnabled(row is not None and row > 0)
        self.stage_down_button.setEnabled(row is not None and row < last)
        self.delete_stage_button.setEnabled(stage is not None)
        self.delete_product_button.setEnabled(self.selected_product() is not None)

    # -- stages ------------------------------------------------------------------------------

    def add_stage(self) -> None:
        """An open stage named “New stage” (before the won and lost stages), ready to rename."""
        rows = self.stages_model.rows()
        taken = [s.name for s in rows] + [label_of(s) for s in rows]
        open_stages = [s for s in rows if s.outcome is StageOutcome.OPEN]
        probability = open_stages[-1].probability if open_stages else NEW_STAGE_PROBABILITY
        data = StageData(free_name(self.tr("New stage"), taken), probability, StageOutcome.OPEN)
        command = CreateStageCommand(self.workspace, self.stages, data)
        if self._push_stage_edit(command, data.name):
            self.select_stage(command.stage_id)
            row = self.stages_model.row_of(command.stage_id)
            self.stages_view.edit(self.stages_model.index(row, StageColumn.NAME))

    def move_selected_stage(self, steps: int) -> None:
        stage = self.selected_stage()
        if stage is None:
            return
        command = MoveStageCommand(self.workspace, self.stages, stage.id, label_of(stage), steps)
        self._push_stage_edit(command, label_of(stage))

    def delete_selected_stage(self) -> None:
        """Deletes the selected stage; one in use first asks which stage of the same outcome
        takes its opportunities (and is refused when there is none)."""
        stage = self.selected_stage()
        if stage is None:
            return
        self._show_stage_problems([])
        if not stage.opportunity_count:
            self._delete_stage(stage, None)
            return
        candidates = [
            s for s in self.stages_model.rows() if s.id != stage.id and s.outcome is stage.outcome
        ]
        if not candidates:
            message = self.tr(
                "“%1” holds %n opportunity(s), and no other stage has the outcome “%2” to take "
                "them. Add such a stage first, or move the opportunities on the board.",
                "",
                stage.opportunity_count,
            )
            message = message.replace("%1", label_of(stage)).replace(
                "%2", enum_label(stage.outcome)
            )
            self._show_stage_problems([message])
            return
        self.move_dialog = MoveOpportunitiesDialog(stage, candidates, self)
        self.move_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog = self.move_dialog
        dialog.accepted.connect(lambda: self._delete_stage(stage, dialog.target_id()))
        dialog.finished.connect(self._forget_move_dialog)
        dialog.open()

    def _forget_move_dialog(self, _result: int) -> None:
        self.move_dialog = None

    def _delete_stage(self, stage: StageRow, move_to: int | None) -> None:
        command = DeleteStageCommand(
            self.workspace, self.stages, stage.id, label_of(stage), move_to
        )
        self._push_stage_edit(command, label_of(stage))

    def _edit_stage(self, stage: StageRow, column: int, value) -> bool:
        """A cell of the stages table was edited: one command, if the service agrees."""
        label = label_of(stage)
        if column == StageColumn.NAME:
            name = str(value or "").strip()
            if name in (label, stage.name):  # unchanged: a built-in name stays translated
                return False
            command = RenameStageCommand(self.workspace, self.stages, stage.id, label, name)
        elif column == StageColumn.PROBABILITY:
            if not isinstance(value, int) or value == stage.probability:
                return False
            command = SetStageProbabilityCommand(
                self.workspace, self.stages, stage.id, label, value
            )
        elif column == StageColumn.OUTCOME:
            try:
                outcome = StageOutcome(value)
            except ValueError:
                return False
            if outcome is stage.outcome:
                return False
            command = SetStageOutcomeCommand(self.workspace, self.stages, stage.id, label, outcome)
        else:
            return False
        return self._push_stage_edit(command, label)

    def _push_stage_edit(self, command: SetupCommand, subject: str) -> bool:
        problems = self._push(command)
        self._show_stage_problems(self._problem_lines(subject, problems, self._stage_fields()))
        return not problems

    def _stage_fields(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "probability": self.tr("Default probability"),
            "outcome": self.tr("Outcome"),
        }

    def _show_stage_problems(self, lines: list[str]) -> None:
        show_messages(self.stage_problems, lines)

    # -- products ----------------------------------------------------------------------------

    def add_product(self) -> None:
        """A product line named “New product line”, ready to rename."""
        taken = [p.name for p in self.products_model.rows()]
        data = ProductData(free_name(self.tr("New product line"), taken))
        command = CreateProductCommand(self.workspace, self.products, data)
        if self._push_product_edit(command, data.name):
            self.select_product(command.product_id)
            row = self.products_model.row_of(command.product_id)
            self.products_view.edit(self.products_model.index(row, ProductColumn.NAME))

    def delete_selected_product(self) -> None:
        """Deletes the selected product line; when opportunities offer it, says how many will
        lose it and asks first."""
        product = self.selected_product()
        if product is None:
            return
        self._show_product_problems([])
        if not product.opportunity_count:
            self._delete_product(product)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete product line"),
            self.tr(
                "“%1” is the product line of %n opportunity(s).", "", product.opportunity_count
            ).replace("%1", product.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "The opportunities stay in the pipeline, without a product line. "
                "Undo gives it back to them."
            )
        )
        self.confirm_delete_button = box.addButton(
            self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.confirm_delete_button.clicked.connect(lambda: self._delete_product(product))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._forget_confirm_box)
        self.confirm_box = box
        box.open()

    def _forget_confirm_box(self, _result: int) -> None:
        self.confirm_box = None
        self.confirm_delete_button = None

    def _delete_product(self, product: ProductRow) -> None:
        command = DeleteProductCommand(self.workspace, self.products, product.id, product.name)
        self._push_product_edit(command, product.name)

    def _edit_product(self, product: ProductRow, column: int, value) -> bool:
        field = "name" if column == ProductColumn.NAME else "category"
        text = str(value or "").strip()
        if text == getattr(product, field):
            return False
        command = UpdateProductCommand(
            self.workspace, self.products, product.id, product.name, {field: text}
        )
        return self._push_product_edit(command, product.name)

    def _push_product_edit(self, command: SetupCommand, subject: str) -> bool:
        problems = self._push(command)
        fields = {"name": self.tr("Name"), "category": self.tr("Category")}
        self._show_product_problems(self._problem_lines(subject, problems, fields))
        return not problems

    def _show_product_problems(self, lines: list[str]) -> None:
        show_messages(self.product_problems, lines)

    # -- writing and undo --------------------------------------------------------------------

    def _push(self, command: SetupCommand) -> list[Problem]:
        problems = push_edit(self.workspace, command)
        if not problems:
            self._pushed = True
            self._update_undo_buttons()
        return problems

    def _problem_lines(
        self, subject: str, problems: list[Problem], fields: dict[str, str]
    ) -> list[str]:
        """Each refusal with what it is about: “Proposal — Name: There is already …”."""
        lines = []
        for problem in problems:
            text = problem_text(problem)
            field = fields.get(problem.field)
            template = self.tr("%1: %3")
            if field:
                template = self.tr("%1 — %2: %3").replace("%2", field)
            lines.append(template.replace("%1", subject).replace("%3", text))
        return lines

    def undo(self) -> None:
        if self._can_undo():
            self.workspace.undo_stack.undo()

    def redo(self) -> None:
        if self._can_redo():
            self.workspace.undo_stack.redo()

    def _can_undo(self) -> bool:
        stack = self.workspace.undo_stack
        return stack.canUndo() and stack.index() > self._first_index

    def _can_redo(self) -> bool:
        # Once this visit pushed an edit, everything ahead on the stack is from this visit.
        return self._pushed and self.workspace.undo_stack.canRedo()

    def _update_undo_buttons(self, *_args) -> None:
        stack = self.workspace.undo_stack
        self.undo_button.setEnabled(self._can_undo())
        self.redo_button.setEnabled(self._can_redo())
        self.undo_button.setToolTip(stack.undoText() if self._can_undo() else "")
        self.redo_button.setToolTip(stack.redoText() if self._can_redo() else "")
