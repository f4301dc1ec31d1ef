"""The Windows installer script and the Linux desktop entry agree with the PyInstaller spec and
name files that exist (neither can be built here)."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "packaging" / "competition-app.spec").read_text(encoding="utf-8")
ISS_PATH = ROOT / "packaging" / "windows" / "competition-app.iss"


def _iss() -> str:
    return ISS_PATH.read_text(encoding="utf-8-sig")


def _define(name: str) -> str:
    m = re.search(rf'^#define {name} "([^"]+)"', _iss(), re.M)
    assert m, name
    return m.group(1)


def test_the_installer_script_is_utf8_with_a_bom() -> None:
    # Inno Setup reads a script as UTF-8 only when it starts with a BOM; the texts are Chinese.
    assert ISS_PATH.read_bytes().startswith(b"\xef\xbb\xbf")


def test_installer_and_spec_name_the_same_folder_and_executables() -> None:
    app = re.search(r'^APP = "([^"]+)"', SPEC, re.M)
    assert app is not None and app.group(1) == "competition-app"
    assert "name=APP, console=False" in SPEC and 'name=f"{APP}-cli", console=True' in SPEC
    assert "name=APP)" in SPEC  # the COLLECT folder
    assert _define("BundleDir") == r"..\..\dist\competition-app"
    assert _define("AppExe") == "competition-app.exe"
    assert _define("AppCli") == "competition-app-cli.exe"


def test_files_the_installer_names_exist() -> None:
    here = ISS_PATH.parent
    for rel in re.findall(r'(?:SetupIconFile=|Source: ")([^"\r\n*]+?\.(?:ico|xlsx))', _iss()):
        path = (here / rel.replace("\\", "/")).resolve()
        assert path.is_file(), rel
    assert "AppId={{" in _iss() and "PrivilegesRequired=lowest" in _iss()
    assert "--self-test" in _iss()


def test_the_desktop_entry_is_complete() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "competition-app.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Terminal"] == "false"
    assert d["Exec"].split()[0] == "competition-app" and d["Icon"] == "competition-app"
    assert d["Name[zh_CN]"] == "职业技能大赛赛务系统"
    assert d["Categories"].endswith(";")
    for icon in ("app.svg", "app.png", "app.ico"):
        assert (ROOT / "resources" / "icons" / icon).is_file()
