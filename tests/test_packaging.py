"""The PyInstaller build, checked without building: spec, icons and the frozen file layout.

The spec is executed with stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE, so these
tests need neither PyInstaller (except the Windows version resource one) nor a build.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import types
from pathlib import Path
from types import SimpleNamespace
from xml.etree import ElementTree

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


def modules_the_app_imports() -> set[str]:
    """Every absolute import in the kamdesk package, by reading its sources."""
    modules = set()
    for source in (ROOT / "kamdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules.add(node.module)
    return modules


def test_spec_excludes_no_module_the_app_imports(tmp_path, monkeypatch):
    _, calls = run_spec(tmp_path, monkeypatch)
    excludes = set(calls_of(calls, "Analysis")[0].kwargs["excludes"])
    imported = modules_the_app_imports()
    qt_modules = {name for name in imported if name.startswith("PySide6.")}
    assert {
        "PySide6.QtCore",
        "PySide6.QtWidgets",
        "PySide6.QtCharts",
        "PySide6.QtSvg",
    } <= qt_modules

    for name in imported:
        parents = {".".join(name.split(".")[: i + 1]) for i in range(name.count(".") + 1)}
        assert not parents & excludes, f"the spec excludes {name}, which kamdesk imports"


def test_spec_excludes_the_qt_modules_and_libraries_the_app_does_without(tmp_path, monkeypatch):
    _, calls = run_spec(tmp_path, monkeypatch)
    excludes = set(calls_of(calls, "Analysis")[0].kwargs["excludes"])
    for unused in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtSql"):
        assert f"PySide6.{unused}" in excludes
    assert {"_hashlib", "pygments", "tkinter"} <= excludes
    assert not {"ssl", "psycopg", "psycopg_binary", "keyring"} & excludes  # team mode ships them


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
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == kamdesk.__version__
    (document,) = plist["CFBundleDocumentTypes"]
    (portfolio_type,) = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [portfolio_type["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"
    tags = portfolio_type["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [kamdesk.PORTFOLIO_SUFFIX.lstrip(".")]
    assert tags["public.mime-type"] == ["application/x-kamdesk"]


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


# -- ICU data trimming (build_spec/trim_icu.py) ---------------------------------------------


def load_trim_icu():
    loader = importlib.util.spec_from_file_location("trim_icu", ROOT / "build_spec" / "trim_icu.py")
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/root.res", True),
        ("icudt73l/pt.res", True),
        ("icudt73l/pt_BR.res", True),
        ("icudt73l/en_001.res", True),
        ("icudt73l/coll/root.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/curr/pool.res", True),
        ("icudt73l/zone/pt_PT.res", True),
        ("icudt73l/res_index.res", True),
        ("icudt73l/coll/res_index.res", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/brkitr/word.brk", True),
        ("icudt73l/ibm-5348_P100-1997.cnv", True),  # Windows-1252
        ("icudt73l/de.res", False),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/lang/yue_Hans.res", False),
        ("icudt73l/gb18030.cnv", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/root.res", False),
    ],
)
def test_icu_trimming_keeps_portuguese_english_and_shared_data(name, kept):
    assert load_trim_icu().keep_item(name) is kept


def test_icu_package_written_back_reads_the_same_items():
    trim_icu = load_trim_icu()
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + bytes(8) + b"CmnD" + bytes(16)
    items = [("icudt73l/b.res", b"x" * 17), ("icudt73l/a.res", b"y" * 3), ("icudt73l/c", b"")]

    package = trim_icu.write_package(header, items)
    read_header, read_items = trim_icu.read_package(package)

    assert read_header == header
    assert [name for name, _ in read_items] == sorted(name for name, _ in items)
    for (name, data), (read_name, read_data) in zip(sorted(items), read_items, strict=True):
        assert read_name == name
        assert read_data.rstrip(b"\0") == data  # items are padded to 16 bytes
        assert (package.index(read_data, len(header)) - len(header)) % 16 == 0
    with pytest.raises(ValueError):
        trim_icu.read_package(b"\0" * 64)


ICU_CHECK = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
words = ["zebra", "ação", "Álvaro", "abacaxi", "éclair", "avião"]
print(sorted(words, key=QCollator(QLocale("pt_BR")).sortKey))
print(QLocale("pt_BR").toUpper("ação"), QStringDecoder("windows-1252").isValid())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt bundles ICU on Linux only")
def test_trimmed_icu_library_still_collates_portuguese(tmp_path):
    from PySide6 import QtCore

    originals = sorted((Path(QtCore.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not originals or not all(shutil.which(tool) for tool in ("nm", "readelf", "as", "ld")):
        pytest.skip("no ICU data library in this Qt, or no binutils")
    trimmed = tmp_path / originals[0].name

    load_trim_icu().trim_library(originals[0], trimmed)

    assert trimmed.stat().st_size < originals[0].stat().st_size / 4
    env = {**os.environ, "LD_PRELOAD": str(trimmed)}  # same soname: Qt's ICU takes this one
    run = subprocess.run(
        [sys.executable, "-c", ICU_CHECK], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "['abacaxi', 'ação', 'Álvaro', 'avião', 'éclair', 'zebra']",
        "AÇÃO True",
    ]


# -- installers -----------------------------------------------------------------------------

LINUX = ROOT / "build_spec" / "linux"


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_opens_kamdesk_files_with_the_app():
    entry = desktop_entry(LINUX / "kamdesk.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "KAMdesk"
    assert entry["Exec"].endswith(" %f")  # the double-clicked file is passed on
    assert entry["Icon"] == "kamdesk"
    assert entry["Terminal"] == "false"
    assert "application/x-kamdesk" in entry["MimeType"].split(";")
    assert entry["Categories"].endswith(";") and entry["MimeType"].endswith(";")
    assert entry["StartupWMClass"] == kamdesk.APP_NAME  # X11 class = QApplication's name
    if shutil.which("desktop-file-validate"):
        run = subprocess.run(
            ["desktop-file-validate", str(LINUX / "kamdesk.desktop")],
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


def test_mime_type_matches_the_portfolio_suffix():
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ElementTree.parse(LINUX / "kamdesk-mime.xml").getroot()
    (mime_type,) = root.findall("m:mime-type", namespace)
    assert mime_type.get("type") == "application/x-kamdesk"
    globs = [glob.get("pattern") for glob in mime_type.findall("m:glob", namespace)]
    assert globs == [f"*{kamdesk.PORTFOLIO_SUFFIX}"]
    icon = mime_type.find("m:generic-icon", namespace).get("name")
    assert icon == "application-x-kamdesk"  # the name install.sh gives the icon


@pytest.mark.parametrize(
    "script",
    ["build.sh", "make_tarball.sh", "make_dmg.sh", "linux/install.sh", "linux/uninstall.sh"],
)
def test_shell_scripts_are_valid_bash(script):
    run = subprocess.run(["bash", "-n", str(ROOT / "build_spec" / script)], capture_output=True)
    assert run.returncode == 0, run.stderr.decode()


def fake_package(folder: Path) -> Path:
    """An unpacked Linux package whose app is a script answering --version."""
    package = folder / "KAMdesk-0.0.0-linux"
    (package / "KAMdesk" / "_internal").mkdir(parents=True)
    app = package / "KAMdesk" / "KAMdesk"
    app.write_text('#!/bin/sh\necho "KAMdesk 0.0.0 $*"\n')
    app.chmod(0o755)
    for name in ("install.sh", "uninstall.sh", "kamdesk.desktop", "kamdesk-mime.xml"):
        shutil.copy2(LINUX / name, package / name)
    shutil.copy2(ICONS / "kamdesk.png", package / "kamdesk.png")
    return package


def run_script(script: Path, home: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    return subprocess.run(
        ["bash", str(script)], env=env, capture_output=True, text=True, timeout=60
    )


def test_linux_install_is_per_user_and_uninstall_removes_it_all(tmp_path):
    package, home = fake_package(tmp_path / "download"), tmp_path / "home"
    data = home / ".local" / "share"
    (data / "KAMdesk").mkdir(parents=True)
    (data / "KAMdesk" / "backup.kamdesk").write_text("the user's backup")

    installed = run_script(package / "install.sh", home)

    assert installed.returncode == 0, installed.stderr
    app = data / "kamdesk-app" / "KAMdesk"
    link = home / ".local" / "bin" / "kamdesk"
    assert link.resolve() == app.resolve()
    assert subprocess.run([str(link), "x"], capture_output=True, text=True).stdout.strip() == (
        "KAMdesk 0.0.0 x"
    )
    entry = desktop_entry(data / "applications" / "kamdesk.desktop")
    assert entry["Exec"] == f'"{app}" %f'  # by full path: ~/.local/bin is not always on PATH
    assert entry["TryExec"] == str(app)
    assert (data / "mime" / "packages" / "kamdesk.xml").is_file()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "kamdesk.png").is_file()
    assert (data / "kamdesk-app" / "uninstall.sh").is_file()  # still there after the download goes

    shutil.rmtree(package)
    removed = run_script(data / "kamdesk-app" / "uninstall.sh", home)

    assert removed.returncode == 0, removed.stderr
    for gone in (link, data / "kamdesk-app", data / "applications" / "kamdesk.desktop"):
        assert not gone.exists() and not gone.is_symlink(), gone
    assert not (data / "mime" / "packages" / "kamdesk.xml").exists()
    assert (data / "KAMdesk" / "backup.kamdesk").read_text() == "the user's backup"


def test_linux_install_refuses_a_folder_without_the_app(tmp_path):
    package = fake_package(tmp_path / "download")
    shutil.rmtree(package / "KAMdesk")
    result = run_script(package / "install.sh", tmp_path / "home")
    assert result.returncode == 1
    assert "unpack the whole archive" in result.stderr
    assert not (tmp_path / "home" / ".local" / "share" / "kamdesk-app").exists()


def inno_sections(path: Path) -> dict[str, list[str]]:
    """The lines of each [Section] of an Inno Setup script (comments and blanks left out)."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections


def test_windows_installer_is_per_user_with_association_start_menu_and_uninstaller():
    iss = ROOT / "build_spec" / "kamdesk.iss"
    sections = inno_sections(iss)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator, no UAC prompt
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs then
    assert setup["ChangesAssociations"] == "yes"
    assert setup["Uninstallable"] == "yes"
    assert setup["AppVersion"] == "{#AppVersion}"
    icon = iss.parent / setup["SetupIconFile"].replace("\\", "/")
    assert icon.resolve() == ICONS / "kamdesk.ico"
    # The version is read from the executable's version resource, written from __version__.
    assert 'GetStringFileInfo(DistDir + "\\" + AppExe, "ProductVersion")' in iss.read_text()

    icons = sections["Icons"]
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in icons)
    registry = "\n".join(sections["Registry"])
    assert "Root: HKA" in registry and "HKLM" not in registry  # HKA = the user's hive here
    assert 'Subkey: "Software\\Classes\\.kamdesk"' in registry
    assert '\\shell\\open\\command"' in registry
    assert '"""{app}\\{#AppExe}"" ""%1"""' in registry  # the double-clicked file is argument 1
    assert "uninsdeletekey" in registry


def test_packaging_scripts_name_the_version_the_same_way(tmp_path):
    """make_tarball.sh and make_dmg.sh read __version__ with sed: it must find it."""
    command = r"sed -n 's/^__version__ = \"\(.*\)\"$/\1/p' kamdesk/__init__.py"
    for script in ("make_tarball.sh", "make_dmg.sh"):
        assert command.replace('\\"', '"') in (ROOT / "build_spec" / script).read_text()
    run = subprocess.run(["sh", "-c", command], cwd=ROOT, capture_output=True, text=True)
    assert run.stdout.strip() == kamdesk.__version__
