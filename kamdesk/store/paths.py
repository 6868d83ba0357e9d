"""Platform folders for data, backups and logs; tests and portable installs override the root."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from kamdesk import APP_NAME, ORG_NAME

DATA_DIR_ENV = "KAMDESK_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(PlatformDirs(APP_NAME, ORG_NAME).user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
