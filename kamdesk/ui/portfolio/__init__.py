"""The Portfolio tab: what needs the KAM's attention across every account."""
