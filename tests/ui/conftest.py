"""Fixtures of the stakeholder map tests (the window fixtures are in tests/conftest.py)."""

from __future__ import annotations

import pytest

from kamdesk.services.accounts import AccountData
from kamdesk.services.stakeholders import StakeholderService


@pytest.fixture
def service(workspace):
    return StakeholderService(workspace.portfolio)


@pytest.fixture
def account(workspace):
    """An account, selected, whose map the tests draw."""
    account_id = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    workspace.set_current_account(account_id)
    return account_id
