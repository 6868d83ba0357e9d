"""The PyInstaller build, checked without building: spec, icons and the frozen file layout.

The spec is executed with stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE, so these
tests need neither PyInstaller (except the Windows version resource one) nor a build.
"""

from __future__ import annotations

import ast
import shutil
import sys
import types
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QImage, QImageReader

import kamdesk
from kamdesk import resources
from kamdesk.store import migrate

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_spec" / "kamdesk.spec"
ICONS = ROOT / "resources" / "icons"
MIGRATIONS = ROOT / "kamdesk" / "store" / "migrations"


def run_spec(tmp_path: Path, monkeypatch, platform: str | None = None, prune: bool = False):
    """Executes the spec with recording stand-ins; returns its namespace and the calls made."""
    monkeypatch.setenv("KAMDESK_NO_PRUNE", "" if prune else "1")
    if platform:
        monkeypatch.setattr(sys, "platform", platform)
    calls: list[SimpleNamespace] = []

    def stand_in(kind: str):
        def record(*args, **kwargs):
            call = SimpleNamespace(kind=kind, args=args, kwargs=kwargs)
            call.binaries, call.datas, call.scripts, call.pure = [], [], [], []
            calls.append(call)
            return call

        return record

    namespace = {
        "__name__": "__main__",
        "SPECPATH": str(SPEC.parent),
        "specnm": SPEC.stem,
        "workpath": str(tmp_path / "work"),
        "DISTPATH": str(tmp_path / "dist"),
        **{kind: stand_in(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace, calls


def calls_of(calls, kind: str) -> list[SimpleNamespace]:
    return [call for call in calls if call.kind == kind]


def test_spec_is_python_that_pyinstaller_can_read():
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_spec_ships_migration_sources_where_migrate_looks_for_them(tmp_path, monkeypatch):
    _, calls = run_spec(tmp_path, monkeypatch)
    (analysis,) = calls_of(calls, "Analysis")
    shipped = {(Path(source).resolve(), dest) for source, dest in analysis.kwargs["datas"]}

    expected = [MIGRATIONS / "env.py", MIGRATIONS / "script.py.mako"]
    expected += sorted((MIGRATIONS / "versions").glob("*.py"))
    assert len(expected) > 3, "no migration versions found"
    for path in expected:
        folder = path.parent.relative_to(ROOT).as_posix()
        assert (path.resolve(), folder) in shipped, f"{path.name} is not shipped as data"


def test_spec_ships_resources_without_translation_sources(tmp_path, monkeypatch):
    _, calls = run_spec(tmp_path, monkeypatch)
    (analysis,) = calls_of(calls, "Analysis")
    datas = analysis.kwargs["datas"]

    assert (str(ICONS / "kamdesk.png"), "resources/icons") in datas
    for compiled in sorted((ROOT / "resources" / "translations").glob("*.qm")):
        assert (str(compiled), "resources/translations") in datas
    assert not [source for source, _ in datas if source.endswith(".ts")]


def test_spec_hidden_imports_cover_what_the_migration_scripts_import(tmp_path, monkeypatch):
    _, calls = run_spec(tmp_path, monkeypatch)
    hidden = set(calls_of(calls, "Analysis")[0].kwargs["hiddenimports"])
    assert {"alembic", "sqlalchemy", "sqlalchemy.dialects.sqlite.pysqlite"} <= hidden
    assert "alembic.ddl.sqlite" in hidden


def test_spec_excludes_unused_qt_modules_but_keeps_those_the_app_uses(tmp_path, monkeypatch):
    _, calls = run_spec(tmp_path, monkeypatch)
    excludes = set(calls_of(calls, "Analysis")[0].kwargs["excludes"])
    for unused in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtSql"):
        assert f"PySide6.{unused}" in excludes
    for used in ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPrintSupport", "QtSvg"):
        assert f"PySide6.{used}" not in excludes


def test_spec_builds_one_windowed_app_without_upx_on_linux(tmp_path, monkeypatch):
    _, calls = run_spec(tmp_path, monkeypatch, platform="linux")
    (exe,) = calls_of(calls, "EXE")
    assert exe.kwargs["name"] == "KAMdesk"
    assert exe.kwargs["console"] is False
    assert exe.kwargs["upx"] is False
    assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
    assert exe.kwargs["icon"] is None  # ELF files have no icon; the window sets kamdesk.png
    (collect,) = calls_of(calls, "COLLECT")
    assert collect.kwargs["upx"] is False
    assert collect.kwargs["name"] == "KAMdesk"
    assert not calls_of(calls, "BUNDLE")


def test_spec_builds_an_app_bundle_with_the_icns_icon_on_macos(tmp_path, monkeypatch):
    _, calls = run_spec(tmp_path, monkeypatch, platform="darwin")
    (bundle,) = calls_of(calls, "BUNDLE")
    assert bundle.kwargs["name"] == "KAMdesk.app"
    assert bundle.kwargs["icon"].endswith("kamdesk.icns")
    assert bundle.kwargs["info_plist"]["CFBundleShortVersionString"] == kamdesk.__version__


def test_windows_build_adds_a_console_cli_and_a_version_resource(tmp_path, monkeypatch):
    _, calls = run_spec(tmp_path, monkeypatch, platform="win32")
    executables = {call.kwargs["name"]: call.kwargs for call in calls_of(calls, "EXE")}
    assert set(executables) == {"KAMdesk", "kamdesk-cli"}
    assert executables["KAMdesk"]["console"] is False
    assert executables["kamdesk-cli"]["console"] is True
    assert executables["KAMdesk"]["icon"].endswith("kamdesk.ico")

    for name, options in executables.items():
        fixed, strings = read_version_file(options["version"])
        version_numbers = tuple(int(n) for n in kamdesk.__version__.split(".")[:3])
        assert fixed["filevers"][:3] == fixed["prodvers"][:3] == version_numbers
        assert strings["ProductVersion"] == strings["FileVersion"] == kamdesk.__version__
        assert strings["OriginalFilename"] == f"{name}.exe"


def read_version_file(path: str) -> tuple[dict, dict]:
    """The fixed info and the strings of a version file, which PyInstaller evaluates as Python
    with its versioninfo classes in scope (stand-ins here: PyInstaller needs pefile for them)."""
    fixed, strings = {}, {}
    scope = {
        name: (lambda *args, **kwargs: None)
        for name in ("VSVersionInfo", "StringFileInfo", "StringTable", "VarFileInfo", "VarStruct")
    }
    scope["FixedFileInfo"] = lambda **kwargs: fixed.update(kwargs)
    scope["StringStruct"] = lambda key, value: strings.update({key: value})
    eval(Path(path).read_text(encoding="utf-8"), scope)  # the text is the spec's own output
    return fixed, strings


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("PySide6/translations/qtbase_pt_BR.qm", True),
        ("PySide6/Qt/translations/qt_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_pt_BR.qm", False),
        ("resources/translations/kamdesk_pt_BR.qm", True),
        ("kamdesk/store/migrations/env.py", True),
    ],
)
def test_pruning_keeps_only_the_qt_files_the_app_needs(tmp_path, monkeypatch, dest, kept):
    spec, _ = run_spec(tmp_path, monkeypatch)
    assert spec["data_kept"](dest) is kept


def test_pruning_drops_libraries_that_only_dropped_plugins_link_to(tmp_path, monkeypatch):
    spec, _ = run_spec(tmp_path, monkeypatch)
    links = {
        "QtGui.abi3.so": ["libQt6Gui.so.6"],
        "libQt6Gui.so.6": ["libQt6Core.so.6", "libc.so.6"],
        "libqxcb.so": ["libQt6XcbQpa.so.6"],
        "libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
        "libqtvirtualkeyboardplugin.so": ["libQt6VirtualKeyboard.so.6", "libQt6Quick.so.6"],
        "libQt6VirtualKeyboard.so.6": ["libQt6Quick.so.6"],
        "libQt6Quick.so.6": ["libQt6Gui.so.6"],
    }
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda filename: {(name, None) for name in links.get(filename, [])}
    for name in ("PyInstaller", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)

    qt = "PySide6/Qt"
    binaries = [
        ("PySide6/QtGui.abi3.so", "QtGui.abi3.so", "EXTENSION"),
        (f"{qt}/lib/libQt6Gui.so.6", "libQt6Gui.so.6", "BINARY"),
        (f"{qt}/lib/libQt6Core.so.6", "libQt6Core.so.6", "BINARY"),
        (f"{qt}/plugins/platforms/libqxcb.so", "libqxcb.so", "BINARY"),
        (f"{qt}/lib/libQt6XcbQpa.so.6", "libQt6XcbQpa.so.6", "BINARY"),
        (
            f"{qt}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
            "libqtvirtualkeyboardplugin.so",
            "BINARY",
        ),
        (f"{qt}/lib/libQt6VirtualKeyboard.so.6", "libQt6VirtualKeyboard.so.6", "BINARY"),
        (f"{qt}/lib/libQt6Quick.so.6", "libQt6Quick.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "libpython3.11.so.1.0", "BINARY"),  # nothing links it
    ]
    kept = {Path(dest).name for dest, _, _ in spec["prune_binaries"](binaries)}
    assert kept == {
        "QtGui.abi3.so",
        "libQt6Gui.so.6",
        "libQt6Core.so.6",
        "libqxcb.so",
        "libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",
    }


def test_pruning_drops_symlinks_left_pointing_at_nothing(tmp_path, monkeypatch):
    spec, _ = run_spec(tmp_path, monkeypatch)
    collected = {
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
    }
    toc = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/QtGui.framework/Versions/Current", "A", "SYMLINK"),
        ("resources/icons/kamdesk.png", str(ICONS / "kamdesk.png"), "DATA"),
    ]
    kept = [dest for dest, _, _ in spec["without_dangling_symlinks"](toc, collected)]
    assert kept == [
        "libQt6Gui.so.6",
        "PySide6/Qt/lib/QtGui.framework/Versions/Current",
        "resources/icons/kamdesk.png",
    ]


def test_app_icon_png_is_256_pixels_square(qapp):
    image = QImage(str(ICONS / "kamdesk.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (256, 256)
    assert image.hasAlphaChannel()


@pytest.mark.parametrize(
    ("name", "sizes"),
    [("kamdesk.ico", {16, 24, 32, 48, 256}), ("kamdesk.icns", {16, 32, 128, 256, 512, 1024})],
)
def test_app_icon_containers_hold_every_size(qapp, name, sizes):
    reader = QImageReader(str(ICONS / name))
    assert reader.canRead(), reader.errorString()
    found = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        found.add(image.width())
    assert sizes <= found


def frozen_layout(tmp_path: Path, monkeypatch) -> Path:
    """A _MEIPASS folder holding the data files exactly where the spec ships them."""
    meipass = tmp_path / "_internal"
    _, calls = run_spec(tmp_path, monkeypatch)
    for source, folder in calls_of(calls, "Analysis")[0].kwargs["datas"]:
        (meipass / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, meipass / folder)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)
    return meipass


def test_frozen_app_finds_the_migrations_and_their_head_in_the_bundle(tmp_path, monkeypatch):
    source_head = migrate.head_revision()
    meipass = frozen_layout(tmp_path, monkeypatch)

    assert migrate.migrations_dir() == meipass / "kamdesk" / "store" / "migrations"
    assert migrate.script_directory().dir == str(meipass / "kamdesk" / "store" / "migrations")
    assert migrate.head_revision() == source_head


def test_frozen_app_finds_its_resources_in_the_bundle(tmp_path, monkeypatch):
    meipass = frozen_layout(tmp_path, monkeypatch)
    icon = resources.resource_path("icons", "kamdesk.png")
    assert icon == meipass / "resources" / "icons" / "kamdesk.png"
    assert icon.is_file()
