"""The Portfolio tab's dashboard: KPI cards for a period, charts and attention lists."""
