"""Workbook schema, reader, writer, import planning and validation (WORKBOOK.md)."""
