"""The account's Surveys page and its dialog, driven like a KAM: the NPS and CSAT on top,
filter by kind, record, edit and delete responses, each one undo step; scores outside their
kind's scale are refused under the field with nothing written."""

from __future__ import annotations

import datetime as dt

import pytest

from kamdesk.model.enums import SurveyKind
from kamdesk.services.accounts import AccountData
from kamdesk.services.health import SurveyData, SurveyService
from kamdesk.services.stakeholders import StakeholderData, StakeholderService
from kamdesk.ui.health.survey_page import SurveyColumn, SurveyPage
from tests.services.support import all_rows

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date(2026, 11, 25)  # the metrics period: Oct/2025 – Oct/2026


@pytest.fixture
def service(workspace):
    return SurveyService(workspace.portfolio)


@pytest.fixture
def agro(workspace, service):
    """Agro, selected, with Ana; NPS 10 (Ana) and 3, CSAT 4 in the period, NPS 0 before it."""
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    ana = StakeholderService(workspace.portfolio).create(agro, StakeholderData(name="Ana Souza"))
    service.create(
        SurveyData(agro, SurveyKind.NPS, dt.date(2026, 10, 10), 10, ana, "Ótimo suporte\nobrigada")
    )
    service.create(SurveyData(agro, SurveyKind.NPS, dt.date(2026, 9, 1), 3))
    service.create(SurveyData(agro, SurveyKind.CSAT, dt.date(2026, 8, 5), 4))
    service.create(SurveyData(agro, SurveyKind.NPS, dt.date(2025, 1, 10), 0))
    workspace.set_current_account(agro)
    return agro, ana


@pytest.fixture
def page(qtbot, workspace, agro):
    shown = SurveyPage(workspace)
    shown.today = lambda: TODAY
    qtbot.addWidget(shown)
    shown.resize(800, 460)
    shown.show()
    qtbot.waitExposed(shown)
    shown.reload()
    return shown


def shown_rows(page: SurveyPage) -> list[tuple[str, ...]]:
    proxy = page.proxy
    return [tuple(proxy.index(r, c).data() for c in SurveyColumn) for r in range(proxy.rowCount())]


def choose(field, value) -> None:
    """Picks ``value`` in a drop-down as the KAM does (the dialog reacts to the change)."""
    combo = field.widget
    combo.setCurrentIndex(combo.findData(value))


def open_new(page: SurveyPage):
    page.new_action.trigger()
    return page.editor


def test_the_scores_of_the_period_and_the_responses_newest_first(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert page.nps_label.text() == "NPS <b>0</b>"  # one promoter, one detractor
    assert page.csat_label.text() == "CSAT <b>100%</b>"
    assert "promoters (9–10)" in page.nps_label.toolTip()
    assert "scoring 4 or 5" in page.csat_label.toolTip()
    assert page.period_label.text() == ("Oct/2025 – Oct/2026 · 2 NPS responses · 1 CSAT response")
    assert shown_rows(page)[0] == ("10/10/2026", "NPS", "10/10", "Ana Souza", "Ótimo suporte")
    assert [row[0] for row in shown_rows(page)] == [
        "10/10/2026",
        "9/1/2026",
        "8/5/2026",
        "1/10/2025",
    ]


def test_the_filter_keeps_one_kind(page):
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(SurveyKind.CSAT.value))
    assert [row[1] for row in shown_rows(page)] == ["CSAT"]
    page.kind_filter.setCurrentIndex(0)
    assert len(shown_rows(page)) == 4


def test_a_new_response_through_the_dialog_is_one_undo_step(page, workspace, service, agro):
    account, ana = agro
    before = all_rows(workspace.portfolio)
    dialog = open_new(page)
    assert dialog.fields["date"].value() == TODAY
    choose(dialog.fields["kind"], SurveyKind.CSAT.value)
    assert dialog.scale_label.text().startswith("1–5")
    dialog.fields["score"].widget.setText("5")
    choose(dialog.fields["stakeholder_id"], ana)
    dialog.fields["comment"].widget.setPlainText("Entrega no prazo")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    [new] = [r for r in service.list_rows(account) if r.data.comment == "Entrega no prazo"]
    assert (new.data.kind, new.data.score, new.stakeholder_name) == (
        SurveyKind.CSAT,
        5,
        "Ana Souza",
    )
    assert page.selected_response().id == new.id
    assert workspace.undo_stack.undoText() == "New CSAT response of 11/25/2026"
    after = all_rows(workspace.portfolio)

    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    workspace.undo_stack.redo()
    assert all_rows(workspace.portfolio) == after  # the same id again


def test_editing_and_deleting_a_response_are_undone_exactly(page, workspace, service, agro):
    account, _ana = agro
    before = all_rows(workspace.portfolio)
    page.table.selectRow(0)  # the NPS 10 of Ana
    page.edit_action.trigger()
    dialog = page.editor
    assert dialog.fields["score"].value() == 10
    dialog.fields["score"].widget.setText("8")
    dialog.ok_button.click()
    assert service.list_rows(account)[0].data.score == 8
    assert workspace.undo_stack.undoText() == "Edit NPS response of 10/10/2026"
    assert page.nps_label.text() == "NPS <b>-50</b>"
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before

    page.table.selectRow(0)
    page.delete_action.trigger()
    assert len(service.list_rows(account)) == 3
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before


@pytest.mark.parametrize(
    ("kind", "score", "message"),
    [
        (SurveyKind.CSAT, "6", "Must be between 1 and 5; got 6."),
        (SurveyKind.NPS, "11", "Must be between 0 and 10; got 11."),
        (SurveyKind.NPS, "", "This field is required."),
        (SurveyKind.NPS, "nove", "Must be a whole number; got nove."),
    ],
)
def test_a_score_outside_the_kinds_scale_is_refused_under_the_field(
    page, workspace, kind, score, message
):
    before = all_rows(workspace.portfolio)
    dialog = open_new(page)
    choose(dialog.fields["kind"], kind.value)
    dialog.fields["score"].widget.setText(score)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.fields["score"].problem_label.text() == message
    assert all_rows(workspace.portfolio) == before
    assert workspace.undo_stack.count() == 0
    dialog.reject()


def test_without_responses_the_page_says_what_to_do(qtbot, workspace):
    nova = workspace.accounts.create(AccountData(name="Nova"))
    workspace.set_current_account(nova)
    page = SurveyPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.table_stack.currentWidget() is page.no_responses
    assert "New response" in page.no_responses.text()
    assert page.nps_label.text() == "NPS <b>—</b>"
