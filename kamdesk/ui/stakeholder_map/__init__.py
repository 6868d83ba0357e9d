"""The Stakeholder map tab: MapDocument ↔ MapScene ↔ PersonCard/LinkItem, edits as commands."""
