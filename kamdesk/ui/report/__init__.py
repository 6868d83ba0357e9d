"""The account-plan and portfolio-summary PDFs (issue 7): content, charts, layout, export."""
