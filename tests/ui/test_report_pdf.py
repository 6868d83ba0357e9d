"""The account-plan and portfolio-summary PDFs: written, paged, saying what the account's data
says (the text read back with pdftotext), in English and in Portuguese; and the File menu's
actions writing them off the GUI thread, with Cancel and errors leaving no file."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from kamdesk.model.enums import ActionStatus, Stance, SurveyKind
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.demo import write_demo
from kamdesk.services.health import MonthFigures, RevenueService, SurveyData, SurveyService
from kamdesk.services.health.metrics import MetricsService
from kamdesk.services.pipeline import OpportunityData, OpportunityService
from kamdesk.services.plan import (
    ActionData,
    CheckInData,
    KeyResultData,
    ObjectiveData,
    OkrService,
    RiskData,
    RiskService,
)
from kamdesk.services.stakeholders import OrgUnitData, StakeholderData, StakeholderService
from kamdesk.store import Portfolio
from kamdesk.ui.i18n import format_number, install_language, translate
from kamdesk.ui.report.document import render_account_plan, render_portfolio_summary, write_pdf
from kamdesk.ui.report.export_action import ReportActions
from kamdesk.ui.report.map_picture import render_map_picture
from kamdesk.ui.report.markup import Report, ReportPlurals

pytestmark = pytest.mark.usefixtures("qapp", "english")

TODAY = dt.date(2026, 11, 25)  # the period runs from October 2025 to October 2026
RISK = "Concorrente oferece desconto de 15%"
KEY_RESULT = "Receita recorrente mensal"
ACCOUNT_SECTIONS = (
    "Account plan",
    "Profile and ICP",
    "Positioning",
    "Stakeholder map",
    "Risks and actions",
    "Pipeline and forecast",
    "Objectives and key results",
    "Health",
)


def pdf_text(path: Path) -> str:
    """The PDF's text in reading order, every run of spaces and line breaks as one space (a
    table cell wraps its text; pt-BR money has a no-break space after R$)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.replace("\xa0", " ").split())


def page_count(path: Path) -> int:
    """Pages as the PDF's own page tree counts them (pdfinfo, independent of our footer)."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])


@pytest.fixture
def agro(portfolio) -> int:
    """Agro Cerrado: 12,000 a month (10,000 recurring) for the 13 months of the period, NPS 33,
    a sponsor in its one target area, a risk of 20 with an overdue action, an objective with a
    key result half-way, an open opportunity."""
    accounts = AccountService(portfolio)
    account = accounts.create(
        AccountData(
            name="Agro Cerrado",
            legal_name="Agro Cerrado S.A.",
            owner="Ana Souza",
            client_since=dt.date(2020, 3, 1),
            value_proposition="Menos perdas na colheita com telemetria.",
            desired_position="Parceiro estratégico da diretoria",
            perceived_position="Fornecedor de sensores",
        )
    )
    month = dt.date(2025, 10, 1)
    figures = {}
    while month <= dt.date(2026, 10, 1):
        figures[month] = MonthFigures(Decimal(12000), Decimal(10000))
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    RevenueService(portfolio).write(account, figures)
    surveys = SurveyService(portfolio)
    for score in (10, 9, 3):
        surveys.create(SurveyData(account, SurveyKind.NPS, dt.date(2026, 9, 10), score))
    people = StakeholderService(portfolio)
    area = people.create_unit(account, OrgUnitData(name="Diretoria Agrícola", is_target=True))
    people.create(
        account, StakeholderData(name="Maria Lima", org_unit_id=area, stance=Stance.SPONSOR)
    )
    risks = RiskService(portfolio)
    risk = risks.create(RiskData(account, description=RISK, likelihood=4, impact=5))
    risks.create_action(
        ActionData(
            account,
            title="Reunião com a diretoria",
            owner="Ana Souza",
            due=TODAY - dt.timedelta(days=10),
            status=ActionStatus.OPEN,
            risk_id=risk,
        ),
        today=TODAY - dt.timedelta(days=30),
    )
    okrs = OkrService(portfolio)
    objective = okrs.create_objective(ObjectiveData(account, "Crescer na Agro Cerrado", "2026"))
    key_result = okrs.create_key_result(
        KeyResultData(objective, KEY_RESULT, "R$", start=8000, target=12000)
    )
    okrs.create_check_in(CheckInData(key_result, dt.date(2026, 6, 1), 10000, confidence=7))
    OpportunityService(portfolio).create(
        OpportunityData(
            account_id=account,
            title="Expansão Norte",
            one_time_value=Decimal(10000),
            probability=50,
            expected_close=dt.date(2026, 12, 15),
        )
    )
    return account


def health_score(portfolio, account_id: int) -> str:
    metrics = MetricsService(portfolio).account_metrics(TODAY)
    return format_number(next(a for a in metrics if a.id == account_id).health.score)


def write_account_plan(portfolio, account_id: int, path: Path) -> int:
    picture = render_map_picture(portfolio, account_id, TODAY)
    return render_account_plan(portfolio, account_id, path, TODAY, picture)


def test_account_plan_has_every_section_and_the_accounts_figures(portfolio, agro, tmp_path):
    path = tmp_path / "plan.pdf"
    pages = write_account_plan(portfolio, agro, path)
    assert path.read_bytes().startswith(b"%PDF")
    assert pages > 1
    assert page_count(path) == pages
    text = pdf_text(path)
    for section in ACCOUNT_SECTIONS:
        assert section in text
    assert f"Page 1 of {pages}" in text
    assert f"Page {pages} of {pages}" in text
    assert "Agro Cerrado" in text
    assert f"{health_score(portfolio, agro)} / 100" in text
    assert RISK in text
    assert KEY_RESULT in text
    plurals = ReportPlurals()  # "Overdue by 10 days" once the .ts has the English plurals
    assert plurals.overdue_by(10) in text  # the action due ten days ago
    assert "R$156,000" in text  # 13 months × 12,000
    assert f"33 ({plurals.responses(3)})" in text  # NPS: two promoters, one detractor
    assert "Maria Lima" in text
    assert "1 of 1 target areas have a sponsor" in text
    assert "Expansão Norte" in text
    assert "11/25/2026" in text


def test_account_plan_in_portuguese_writes_numbers_and_dates_as_brazilians_do(
    portfolio, agro, tmp_path
):
    install_language("pt_BR")
    path = tmp_path / "plano.pdf"
    write_account_plan(portfolio, agro, path)
    text = pdf_text(path)
    assert "R$ 156.000" in text
    assert "25/11/2026" in text
    assert "Agro Cerrado" in text and RISK in text and KEY_RESULT in text
    assert f"{health_score(portfolio, agro)} / 100" in text


def test_account_plan_titles_in_portuguese(portfolio, agro, tmp_path):
    install_language("pt_BR")
    if translate("Report", "Account plan") == "Account plan":
        pytest.skip("the report's pt-BR translations are not in kamdesk_pt_BR.qm yet")
    path = tmp_path / "plano.pdf"
    pages = write_account_plan(portfolio, agro, path)
    text = pdf_text(path)
    for title in ("Plano de conta", "Perfil e ICP", "Mapa de stakeholders", "Riscos e ações"):
        assert title in text
    assert f"Página 1 de {pages}" in text


def test_an_account_with_nothing_yet_still_gets_its_plan(portfolio, tmp_path):
    account = AccountService(portfolio).create(AccountData(name="Conta Nova"))
    path = tmp_path / "nova.pdf"
    assert write_account_plan(portfolio, account, path) > 1
    text = pdf_text(path)
    assert "Nobody is on this account's map yet." in text
    assert "No risk recorded for this account." in text
    assert "No revenue recorded in the period." in text


def test_portfolio_summary_has_its_sections_and_every_account(portfolio, agro, tmp_path):
    AccountService(portfolio).create(AccountData(name="Banco Horizonte"))
    path = tmp_path / "carteira.pdf"
    pages = render_portfolio_summary(portfolio, path, TODAY)
    assert path.read_bytes().startswith(b"%PDF")
    assert pages > 1
    text = pdf_text(path)
    for section in (
        "Portfolio summary",
        "Key figures of the last 12 months",
        "Revenue by month",
        "Health distribution",
        "Every account",
        "Top risks",
        "Reviews due",
        "Objectives",
    ):
        assert section in text
    assert "Agro Cerrado" in text and "Banco Horizonte" in text
    assert RISK in text
    assert "Crescer na Agro Cerrado" in text
    assert "R$156,000" in text
    assert f"Page {pages} of {pages}" in text


def test_every_account_of_the_demo_portfolio_gets_a_plan(tmp_path):
    path = tmp_path / "demo.kamdesk"
    write_demo(path, accounts=4, seed=3, language="pt_BR")
    with Portfolio.open(path) as demo:
        for row in AccountService(demo).list_rows():
            out = tmp_path / f"{row.id}.pdf"
            assert write_account_plan(demo, row.id, out) > 1
            assert row.name in pdf_text(out)
        assert render_portfolio_summary(demo, tmp_path / "summary.pdf", TODAY) > 1


def test_a_cancel_while_printing_leaves_no_file(tmp_path):
    class Stop(Exception):
        pass

    def progress(done: int, total: int, text: str) -> None:
        if done == 2:
            raise Stop

    report = Report("t", "h", body=["<h1>One</h1>", '<h1 style="page-break-before: always">2</h1>'])
    report.add('<h1 style="page-break-before: always">Three</h1>')
    with pytest.raises(Stop):
        write_pdf(report, tmp_path / "x.pdf", progress)
    assert list(tmp_path.iterdir()) == []


# -- the File menu's actions -----------------------------------------------------------------


class UrlCatcher(QObject):
    """Receives the URLs QDesktopServices would open (Qt's own hook for file URLs)."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def actions(qtbot, workspace, agro):
    window = QMainWindow()
    window.setWindowTitle("KAMdesk")
    qtbot.addWidget(window)
    report_actions = ReportActions(window, workspace)
    report_actions.today = lambda: TODAY
    return report_actions


def saved_message() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "reportSavedMessage"]
    return next(w for w in boxes if w.isVisible())


def test_the_account_plan_action_follows_the_selected_account(actions, workspace, agro):
    assert not actions.account_plan_action.isEnabled()
    assert actions.portfolio_summary_action.isEnabled()
    workspace.set_current_account(agro)
    assert actions.account_plan_action.isEnabled()
    workspace.set_current_account(None)
    assert not actions.account_plan_action.isEnabled()


def test_exporting_writes_the_pdf_in_the_background_and_offers_to_open_it(
    qtbot, actions, workspace, agro, tmp_path
):
    workspace.set_current_account(agro)
    path = tmp_path / "Agro.pdf"
    task = actions.write_account_plan(path)
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    assert path.read_bytes().startswith(b"%PDF")
    assert "Stakeholder map" in pdf_text(path)
    message = saved_message()
    assert str(path) in message.informativeText()
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        open_file = next(b for b in message.buttons() if b.text() == "Open the file")
        qtbot.mouseClick(open_file, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in catcher.urls] == [str(path)]


def test_show_in_folder_opens_the_pdfs_folder(qtbot, actions, tmp_path):
    path = tmp_path / "Carteira.pdf"
    with qtbot.waitSignal(actions.write_portfolio_summary(path).done, timeout=20000):
        pass
    message = saved_message()
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        show = next(b for b in message.buttons() if b.text() == "Show in folder")
        qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in catcher.urls] == [tmp_path]
    assert "Portfolio summary" in pdf_text(path)


def test_cancel_through_the_background_runner_writes_no_file(
    qtbot, actions, workspace, agro, tmp_path
):
    folder = tmp_path / "out"
    folder.mkdir()
    task = actions.write_account_plan(folder / "Agro.pdf", account_id=agro)
    with qtbot.waitSignal(task.cancelled, timeout=20000):
        task.cancel()
    assert list(folder.iterdir()) == []
    assert actions.window.statusBar().currentMessage() == ("Export cancelled: no file was written.")


def test_a_folder_that_cannot_be_written_says_so_and_leaves_nothing(qtbot, actions, tmp_path):
    path = tmp_path / "missing" / "Carteira.pdf"
    task = actions.write_portfolio_summary(path)
    with qtbot.waitSignal(task.error, timeout=20000):
        pass
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "messageBox"]
    box = next(b for b in boxes if b.isVisible())
    assert box.text() == "The PDF could not be saved."
    assert box.informativeText()
    assert not path.parent.exists()
