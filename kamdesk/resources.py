"""Where the shipped resources (translations, icons, demo data) live.

They sit in the top-level ``resources/`` folder of a checkout, in ``kamdesk/resources_data`` of an
installed wheel, and under ``resources/`` of a PyInstaller bundle.
"""

import sys
from pathlib import Path


def resources_dir() -> Path:
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates += [package_dir.parent / "resources", package_dir / "resources_data"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
