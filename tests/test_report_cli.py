"""``kamdesk report PORTFOLIO OUT.pdf [--account NAME] [--lang pt_BR|en]``: the account plan or
the portfolio summary as a PDF; exit 0 done, 1 rejected (nothing written), 2 usage/unreadable."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.health import MonthFigures, RevenueService
from kamdesk.services.plan import RiskData, RiskService
from kamdesk.ui.i18n import install_language

AS_OF = "2026-11-25"


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """The command installs the language it is asked for; later tests expect English."""
    yield
    install_language("en")


@pytest.fixture
def portfolio_file(portfolio, portfolio_path) -> Path:
    accounts = AccountService(portfolio)
    agro = accounts.create(AccountData(name="Agro", owner="Ana Souza"))
    accounts.create(AccountData(name="Banco"))
    RevenueService(portfolio).write(
        agro, {dt.date(2026, 10, 1): MonthFigures(Decimal(12000), Decimal(10000))}
    )
    RiskService(portfolio).create(RiskData(agro, description="Troca de diretoria", impact=5))
    portfolio.close()
    return portfolio_path


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.replace("\xa0", " ").split())


def report(*args: str) -> int:
    return main(["report", *args, "--as-of", AS_OF])


def test_the_account_plan_in_english(portfolio_file, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    assert report(str(portfolio_file), str(out), "--account", "Agro", "--lang", "en") == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "Account plan" in text and "Agro" in text and "Troca de diretoria" in text
    assert "R$12,000" in text
    assert "Page 1 of" in text
    assert str(out) in capsys.readouterr().out


def test_the_account_is_found_whatever_its_case_and_accents(portfolio_file, tmp_path):
    out = tmp_path / "out.pdf"
    assert report(str(portfolio_file), str(out), "--account", "AGRO", "--lang", "pt_BR") == 0
    text = pdf_text(out)
    assert "R$ 12.000" in text
    assert "25/11/2026" in text


def test_without_an_account_it_writes_the_portfolio_summary(portfolio_file, tmp_path):
    out = tmp_path / "summary.pdf"
    assert report(str(portfolio_file), str(out), "--lang", "en") == EXIT_OK
    text = pdf_text(out)
    assert "Portfolio summary" in text and "Agro" in text and "Banco" in text


def test_an_unknown_account_is_rejected_and_nothing_is_written(portfolio_file, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    assert report(str(portfolio_file), str(out), "--account", "Nope") == EXIT_REJECTED
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []
    assert "no account named 'Nope'" in capsys.readouterr().err


def test_a_missing_portfolio_is_a_usage_error(tmp_path):
    out = tmp_path / "out.pdf"
    assert report(str(tmp_path / "missing.kamdesk"), str(out)) == EXIT_USAGE
    assert not out.exists()


def test_a_folder_that_does_not_exist_is_a_usage_error(portfolio_file, tmp_path, capsys):
    out = tmp_path / "nowhere" / "out.pdf"
    assert report(str(portfolio_file), str(out)) == EXIT_USAGE
    assert "cannot write" in capsys.readouterr().err
    assert not out.parent.exists()


def test_a_bad_language_is_a_usage_error(portfolio_file, tmp_path):
    with pytest.raises(SystemExit) as exited:
        main(["report", str(portfolio_file), str(tmp_path / "x.pdf"), "--lang", "fr"])
    assert exited.value.code == EXIT_USAGE
