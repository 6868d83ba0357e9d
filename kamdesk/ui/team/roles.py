"""A team member's role in words: its name and what it lets the member do."""

from __future__ import annotations

from kamdesk.ui.i18n import translate


def role_name(role: str) -> str:
    names = {
        "director": translate("TeamRoles", "Director"),
        "kam": translate("TeamRoles", "KAM"),
        "viewer": translate("TeamRoles", "Viewer (read only)"),
    }
    return names.get(role, role)


def role_allows(member) -> str:
    """What ``member``'s role lets them do, in one sentence."""
    if member.role == "director":
        return translate("TeamRoles", "Reads and edits every account and the portfolio's settings.")
    if member.role == "kam":
        return translate(
            "TeamRoles",
            "Edits the accounts whose owner is “%1”; reads the others (or does not see them, "
            "if the director chose so).",
        ).replace("%1", member.owner_name)
    if member.role == "viewer":
        return translate("TeamRoles", "Reads the portfolio; changes are refused by the server.")
    return ""
