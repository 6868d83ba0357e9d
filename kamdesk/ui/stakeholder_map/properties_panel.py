"""The side panel that shows and edits what is selected on the map (or in the people list).

One person: every field of the person, each committing on its own as one undoable command.
One link: its ends, its kind and (for an influence) its strength. Anything else: a short hint.
The panel follows the document: after every write (an edit here, undo, redo, an import) the
document emits ``measures_changed`` and the panel shows the stored values again; it never
pushes anything while it reloads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import BuyingRole, LinkKind, Stance
from kamdesk.services.stakeholders import LinkData, MapLink, MapPerson
from kamdesk.services.stakeholders.checks import SYMMETRIC_KINDS
from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.fields import (
    NO_DATE,
    Field,
    choice_field,
    date_field,
    hint_label,
    long_text_field,
    set_choices,
    text_field,
    vertical_scroll,
)
from kamdesk.ui.i18n import enum_label, problem_text
from kamdesk.ui.stakeholder_map.commands import (
    DeleteLinksCommand,
    DeletePeopleCommand,
    UpdateLinkCommand,
    UpdatePersonCommand,
)
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.stakeholder_map.palette import CARD_TEXT, STANCE_COLORS, card_fill
from kamdesk.ui.workspace import Workspace

# A combo box hands its enum values back as plain strings; the panel works with members.
ENUM_FIELDS = {"stance": Stance, "buying_role": BuyingRole, "kind": LinkKind}
UNIT_INDENT = "    "


def _as_member(name: str, value: object) -> object:
    enum_class = ENUM_FIELDS.get(name)
    return enum_class(value) if enum_class and value is not None else value


class PropertiesPanel(QWidget):
    def __init__(self, workspace: Workspace, document: MapDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stakeholderProperties")
        self.workspace, self.document = workspace, document
        self.selected_people: list[int] = []
        self.selected_links: list[int] = []
        self.person_id: int | None = None  # the person the form shows
        self.link_id: int | None = None  # the link the form shows
        self._shown_person: MapPerson | None = None
        self._listed_units: tuple | None = None  # the units the org-unit drop-down lists

        self.hint_page = self._hint_page()
        self.person_page = self._person_page()
        self.link_page = self._link_page()
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 4, 8, 8)
        for page in (self.hint_page, self.person_page, self.link_page):
            content_layout.addWidget(page)
        content_layout.addStretch(1)
        self.scroll = vertical_scroll(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        document.reloaded.connect(self.clear)
        document.measures_changed.connect(self._follow_document)  # emitted after every write
        self._show_hint(0, 0)

    # -- building ----------------------------------------------------------------------------

    def _hint_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        self.selection_count = QLabel()
        self.selection_count.setObjectName("selectionCount")
        self.selection_count.setWordWrap(True)
        self.selection_count.setStyleSheet("font-weight: 600;")
        self.hint = hint_label()
        self.hint.setObjectName("propertiesHint")
        layout.addWidget(self.selection_count)
        layout.addWidget(self.hint)
        return page

    def _person_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("personProperties")
        self.person_heading = _heading_label("personHeading")
        self.stance_chip = QLabel()
        self.stance_chip.setObjectName("stanceChip")
        self.stance_chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        heading = QHBoxLayout()
        heading.addWidget(self.person_heading, 1)
        heading.addWidget(self.stance_chip, 0, Qt.AlignmentFlag.AlignTop)
        form = _form()
        self.person_fields: dict[str, Field] = {}
        add = self._add_person_field
        add(form, self.tr("Name *"), text_field("name", self.tr("Full name"), 200))
        add(form, self.tr("Job title"), text_field("job_title", self.tr("e.g. CFO"), 200))
        add(form, self.tr("Org unit"), choice_field("org_unit_id", self._unit_choices()))
        form.addRow(_section(self.tr("In the buying decision")))
        add(form, self.tr("Stance"), choice_field("stance", [(enum_label(s), s) for s in Stance]))
        add(
            form,
            self.tr("Influence on the decision"),
            choice_field("influence", self._influence_choices()),
        )
        add(form, self.tr("Buying role"), choice_field("buying_role", self._role_choices()))
        form.addRow(_section(self.tr("Relationship")))
        add(
            form,
            self.tr("Relationship with us"),
            choice_field("relationship_strength", self._relationship_choices()),
        )
        add(
            form,
            self.tr("Relationship owner (our side)"),
            text_field("relationship_owner", self.tr("Who on our team looks after them"), 120),
        )
        self._add_last_contact(form)
        add(
            form,
            self.tr("What they care about"),
            long_text_field("mindset", self.tr("Priorities, worries, what success means to them")),
        )
        form.addRow(_section(self.tr("Contact details")))
        add(form, self.tr("E-mail"), text_field("email", self.tr("name@company.com.br"), 200))
        add(form, self.tr("Phone"), text_field("phone", "", 60))
        add(form, self.tr("Notes"), long_text_field("notes"))
        for name in ("mindset", "notes"):
            self.person_fields[name].widget.setFixedHeight(72)
        self.delete_person_button = QPushButton(self.tr("Delete person"))
        self.delete_person_button.setObjectName("deletePerson")
        self.delete_person_button.setToolTip(
            self.tr("Remove this person and their links from the map (Undo brings them back)")
        )
        self.delete_person_button.clicked.connect(self.delete_person)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_caption(self.tr("Person")))
        layout.addLayout(heading)
        layout.addLayout(form)
        layout.addWidget(self.delete_person_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _add_person_field(self, form: QFormLayout, label: str, field: Field) -> Field:
        self.person_fields[field.name] = field
        field.widget.setObjectName(f"person_{field.name}")
        field.committed.connect(self._commit_person_field)
        form.addRow(label, field.container)
        return field

    def _add_last_contact(self, form: QFormLayout) -> None:
        """The date with quick “Today” and clear buttons: a KAM logs a call in one click."""
        field = date_field("last_contact", self.tr("not recorded"))
        field.widget.setKeyboardTracking(False)  # one commit per typed date, not per digit
        self.today_button = QToolButton()
        self.today_button.setObjectName("lastContactToday")
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("We were in touch today"))
        self.today_button.clicked.connect(lambda: _set_date(field, dt.date.today()))
        self.clear_date_button = QToolButton()
        self.clear_date_button.setObjectName("lastContactClear")
        self.clear_date_button.setText("✕")
        self.clear_date_button.setToolTip(self.tr("No contact recorded"))
        self.clear_date_button.clicked.connect(lambda: _set_date(field, None))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(field.container, 1)
        row_layout.addWidget(self.today_button, 0, Qt.AlignmentFlag.AlignTop)
        row_layout.addWidget(self.clear_date_button, 0, Qt.AlignmentFlag.AlignTop)
        self.person_fields[field.name] = field
        field.widget.setObjectName("person_last_contact")
        field.committed.connect(self._commit_person_field)
        form.addRow(self.tr("Last contact"), row)

    def _link_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("linkProperties")
        self.link_heading = _heading_label("linkHeading")
        form = _form()
        self.link_fields: dict[str, Field] = {}
        self.kind_field = choice_field("kind", [(enum_label(k), k) for k in LinkKind])
        self.strength_field = choice_field("strength", self._strength_choices())
        for label, field in (
            (self.tr("Kind of link"), self.kind_field),
            (self.tr("Strength of the influence"), self.strength_field),
        ):
            self.link_fields[field.name] = field
            field.widget.setObjectName(f"link_{field.name}")
            field.committed.connect(self._commit_link_field)
            form.addRow(label, field.container)
        self.link_form = form
        self.reverse_button = QPushButton(self.tr("Reverse direction"))
        self.reverse_button.setObjectName("reverseLink")
        self.reverse_button.setToolTip(self.tr("Make the arrow point the other way"))
        self.reverse_button.clicked.connect(self.reverse_link)
        self.delete_link_button = QPushButton(self.tr("Delete link"))
        self.delete_link_button.setObjectName("deleteLink")
        self.delete_link_button.setToolTip(
            self.tr("Remove this link from the map (Undo brings it back)")
        )
        self.delete_link_button.clicked.connect(self.delete_link)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reverse_button)
        buttons.addWidget(self.delete_link_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_caption(self.tr("Link")))
        layout.addWidget(self.link_heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return page

    # -- choices -----------------------------------------------------------------------------

    def _unit_choices(self) -> list[tuple[str, object]]:
        units = [(UNIT_INDENT * u.depth + u.data.name, u.id) for u in self.document.units]
        return [(self.tr("No org unit"), None), *units]

    def _role_choices(self) -> list[tuple[str, object]]:
        return [(self.tr("No buying role"), None)] + [(enum_label(r), r) for r in BuyingRole]

    def _influence_choices(self) -> list[tuple[str, object]]:
        words = [
            self.tr("very low"),
            self.tr("low"),
            self.tr("medium"),
            self.tr("high"),
            self.tr("decides"),
        ]
        return _numbered(words)

    def _relationship_choices(self) -> list[tuple[str, object]]:
        words = [
            self.tr("none"),
            self.tr("distant"),
            self.tr("cordial"),
            self.tr("close"),
            self.tr("trusted"),
        ]
        return _numbered(words)

    def _strength_choices(self) -> list[tuple[str, object]]:
        return _numbered([self.tr("weak"), self.tr("moderate"), self.tr("strong")])

    # -- what is shown -----------------------------------------------------------------------

    def show_selection(self, person_ids: Iterable[int], link_ids: Iterable[int]) -> None:
        """Called by the tab whenever the selection on the map (or in the list) changes."""
        people, links = list(dict.fromkeys(person_ids)), list(dict.fromkeys(link_ids))
        if (people, links) != ([self.person_id], []):
            self._commit_focused_field()
        self.selected_people, self.selected_links = people, links
        self._show()

    def clear(self) -> None:
        self.show_selection([], [])

    def _follow_document(self) -> None:
        """After any write: forget what was deleted and show the stored values again."""
        self._show()

    def _show(self) -> None:
        people = [p for p in self.selected_people if p in self.document.people]
        links = [k for k in self.selected_links if k in self.document.links]
        self.selected_people, self.selected_links = people, links
        if len(people) == 1 and not links:
            self._show_person(self.document.people[people[0]])
        elif len(links) == 1 and not people:
            self._show_link(self.document.links[links[0]])
        else:
            self._show_hint(len(people), len(links))

    def _show_page(self, page: QWidget) -> None:
        for each in (self.hint_page, self.person_page, self.link_page):
            each.setVisible(each is page)

    def _show_hint(self, people: int, links: int) -> None:
        self.person_id, self.link_id, self._shown_person = None, None, None
        counts = []
        if people:
            counts.append(self.tr("%n person(s) selected", "", people))
        if links:
            counts.append(self.tr("%n link(s) selected", "", links))
        self.selection_count.setText("\n".join(counts))
        self.selection_count.setVisible(bool(counts))
        self.hint.setText(
            self.tr("Select just one person or link to see and edit it.")
            if counts
            else self.tr("Select a person or a link to see and edit it.")
        )
        self._show_page(self.hint_page)

    def _show_person(self, person: MapPerson) -> None:
        """Loads the fields whose stored value changed (all of them for another person), so
        an edit still being typed in another field survives an undo elsewhere."""
        previous = self._shown_person if self.person_id == person.id else None
        self.person_id, self.link_id, self._shown_person = person.id, None, person
        units_changed = self._listed_units != self.document.units
        if units_changed:
            set_choices(self.person_fields["org_unit_id"], self._unit_choices())
            self._listed_units = self.document.units
        for name, field in self.person_fields.items():
            value = getattr(person.data, name)
            unchanged = previous is not None and getattr(previous.data, name) == value
            if not unchanged or (units_changed and name == "org_unit_id"):
                field.load(value)
        self.person_heading.setText(person.data.name)
        self._paint_stance_chip(person.data.stance)
        self._show_page(self.person_page)

    def _paint_stance_chip(self, stance: Stance) -> None:
        # The card's own tint and colour, so the chip reads as “this card” at a glance.
        self.stance_chip.setText(enum_label(stance))
        self.stance_chip.setStyleSheet(
            f"background: {card_fill(stance).name()}; color: {CARD_TEXT.name()};"
            f" border: 1px solid {STANCE_COLORS[stance].name()}; border-radius: 9px;"
            " padding: 1px 8px; font-weight: 600;"
        )

    def _show_link(self, link: MapLink) -> None:
        self.person_id, self.link_id, self._shown_person = None, link.id, None
        self._load_link(link.data)
        self._show_page(self.link_page)

    def _load_link(self, data: LinkData) -> None:
        source = self._name_of(data.source_id)
        target = self._name_of(data.target_id)
        arrow = "↔" if data.kind in SYMMETRIC_KINDS else "→"
        self.link_heading.setText(f"{source} {arrow} {target}")
        self.kind_field.load(data.kind)
        self.strength_field.load(data.strength)
        is_influence = LinkKind(data.kind) is LinkKind.INFLUENCES
        self.link_form.setRowVisible(self.strength_field.container, is_influence)
        self.strength_field.widget.setEnabled(is_influence)
        self.reverse_button.setVisible(data.kind not in SYMMETRIC_KINDS)

    def _name_of(self, person_id: int) -> str:
        person = self.document.people.get(person_id)
        return person.data.name if person else "?"

    # -- committing --------------------------------------------------------------------------

    def _commit_person_field(self, name: str) -> None:
        person = self.document.people.get(self.person_id) if self.person_id else None
        if person is None:
            return
        field = self.person_fields[name]
        value = _as_member(name, field.value())
        if value == getattr(person.data, name):
            field.load(value)  # drops a stale problem (and spaces the service would trim)
            return
        after = replace(person.data, **{name: value})
        problems = self.document.service.validate(self.document.account_id, after)
        if problems:  # shown under the field; nothing is written
            for problem in problems:
                (self.person_fields.get(problem.field) or field).show_problem(problem_text(problem))
            return
        field.show_problem(None)
        self.workspace.undo_stack.push(
            UpdatePersonCommand(
                self.workspace, self.document, person.id, person.data.name, {name: value}
            )
        )

    def _commit_focused_field(self) -> None:
        """Text still being typed when the selection moves is saved for the person it was
        typed for, rather than lost when the fields load the next one."""
        focused = QApplication.focusWidget()
        if self.person_id is None or focused is None:
            return
        for name, field in self.person_fields.items():
            if field.widget is focused or field.widget.isAncestorOf(focused):
                self._commit_person_field(name)

    def _commit_link_field(self, name: str) -> None:
        link = self.document.links.get(self.link_id) if self.link_id else None
        if link is None:
            return
        value = _as_member(name, self.link_fields[name].value())
        if value != getattr(link.data, name):
            self._change_link(link, {name: value})

    def reverse_link(self) -> None:
        link = self.document.links.get(self.link_id) if self.link_id else None
        if link is not None:
            data = link.data
            self._change_link(link, {"source_id": data.target_id, "target_id": data.source_id})

    def _change_link(self, link: MapLink, changes: dict[str, object]) -> None:
        after = replace(link.data, **changes)
        if after.kind != link.data.kind and "strength" not in changes:
            after = replace(after, strength=None)  # as the service does: the default, or none
        problems = self.document.service.validate_link(self.document.account_id, after, link.id)
        if problems:
            self._load_link(link.data)  # the form shows what is stored again
            show_message(
                self,
                self.tr("This change cannot be made to the link."),
                "\n".join(problem_text(p) for p in problems),
            )
            return
        self.workspace.undo_stack.push(
            UpdateLinkCommand(self.workspace, self.document, link.id, changes)
        )

    def delete_person(self) -> None:
        if self.person_id in self.document.people:
            self.workspace.undo_stack.push(
                DeletePeopleCommand(self.workspace, self.document, [self.person_id])
            )

    def delete_link(self) -> None:
        if self.link_id in self.document.links:
            self.workspace.undo_stack.push(
                DeleteLinksCommand(self.workspace, self.document, [self.link_id])
            )


def _set_date(field: Field, value: dt.date | None) -> None:
    """Sets the date as the user would (the field commits it), unless it is already set."""
    wanted = NO_DATE if value is None else QDate(value.year, value.month, value.day)
    if field.widget.date() != wanted:
        field.widget.setDate(wanted)


def _numbered(words: list[str]) -> list[tuple[str, object]]:
    return [(f"{n} · {word}", n) for n, word in enumerate(words, start=1)]


def _form() -> QFormLayout:
    """Labels above their inputs: long Portuguese labels fit a narrow side panel."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setContentsMargins(0, 6, 0, 6)
    return form


def _caption(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setStyleSheet(f"color: {MUTED_TEXT.name()}; font-size: 8pt; font-weight: 600;")
    return label


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: 600;")
    label.setContentsMargins(0, 10, 0, 0)
    return label


def _heading_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("font-size: 14pt; font-weight: 600;")
    return label
