"""The command line: version, check, and the smoke test of the real window in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kamdesk import __version__
from kamdesk.cli import EXIT_OK, EXIT_USAGE, main
from kamdesk.services.portfolios import create_portfolio


def run_kamdesk(*args: str, home) -> subprocess.CompletedProcess:
    """Runs ``python -m kamdesk`` with its settings and data kept inside ``home``."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        KAMDESK_DATA_DIR=str(home / "data"),
    )
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", *args],
        env=env,
        text=True,
        capture_output=True,
        timeout=180,
    )


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_check_reports_a_healthy_portfolio_as_json(portfolio_path, capsys):
    create_portfolio(portfolio_path).close()
    assert main(["check", str(portfolio_path), "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["problems"] == []


def test_check_refuses_a_file_that_is_not_a_portfolio(tmp_path, capsys):
    bad = tmp_path / "planilha.kamdesk"
    bad.write_bytes(b"PK\x03\x04 not a database")
    assert main(["check", str(bad)]) == EXIT_USAGE
    assert "not a KAMdesk portfolio" in capsys.readouterr().err


def test_unknown_command_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as done:
        main(["demo"])
    assert done.value.code == EXIT_USAGE


def test_smoke_test_opens_every_tab_and_saves_screenshots(tmp_path):
    shots = tmp_path / "shots"
    result = run_kamdesk(
        "--smoke-test", "--screenshots", str(shots), "--lang", "pt_BR", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "5 tabs" in result.stdout
    assert len(list(shots.glob("*.png"))) == 5


def test_smoke_test_fails_on_a_bad_portfolio(tmp_path):
    bad = tmp_path / "bad.kamdesk"
    bad.write_bytes(os.urandom(1000))
    result = run_kamdesk("--smoke-test", str(bad), home=tmp_path)
    assert result.returncode != 0
