"""Fixtures of the workbook tests."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture(scope="module")
def soffice() -> str:
    """LibreOffice, to re-save workbooks as a client would (CI installs it)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    return found
