"""The OKRs tab: objectives, their key results and check-ins (issue 6)."""
