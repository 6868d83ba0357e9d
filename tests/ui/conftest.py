"""Fixtures of the stakeholder map tests (the window fixtures are in tests/conftest.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kamdesk.services.accounts import AccountData
from kamdesk.services.stakeholders import StakeholderService
from kamdesk.ui.stakeholder_map.document import MapDocument


@pytest.fixture
def service(workspace):
    return StakeholderService(workspace.portfolio)


@pytest.fixture
def account(workspace):
    """An account, selected, whose map the tests draw."""
    account_id = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    workspace.set_current_account(account_id)
    return account_id


@pytest.fixture
def document(service, account):
    """The selected account's map, as the tab's widgets share it."""
    document = MapDocument(service)
    document.load(account)
    return document


@pytest.fixture
def test_organization():
    """QSettings of a test live under their own organization (the folders come from the shared
    conftest), so a stored language can never reach a real user's settings."""
    before = QCoreApplication.organizationName()
    QCoreApplication.setOrganizationName("KAMdeskTests")
    yield
    QCoreApplication.setOrganizationName(before)


@pytest.fixture
def host(qtbot) -> QWidget:
    """A window for a dialog to belong to; closing it at teardown takes the dialog along."""
    window = QWidget()
    qtbot.addWidget(window)
    return window
