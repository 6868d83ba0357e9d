"""Helpers the stakeholder map tests share."""

from __future__ import annotations

from kamdesk.services.stakeholders import StakeholderData
from kamdesk.ui.stakeholder_map.tab import StakeholderMapTab


def person(service, account, name, position=None, **fields):
    return service.create(account, StakeholderData(name=name, **fields), position)


def open_tab(qtbot, workspace) -> StakeholderMapTab:
    tab = StakeholderMapTab(workspace)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.view.fit_all()
    return tab
