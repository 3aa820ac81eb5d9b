"""The package's PEP 517 build backend: setuptools, and a wheel writer of its
own for when setuptools cannot write one.

setuptools before 70.1 needs the separate ``wheel`` package both for wheel
metadata (``dist_info``) and for wheels (``bdist_wheel``), and a bare Python
(setuptools 65, no network) does not have it: ``pip wheel . --no-deps
--no-build-isolation`` would fail. When ``wheel`` is importable this backend
is setuptools' own. Otherwise setuptools still reads pyproject.toml and
writes the metadata (its ``egg_info`` command, which needs nothing more), and
this module turns it into a ``.dist-info`` and writes the pure-Python
(``py3-none-any``) wheel: the packages under ``src/`` with their
``py.typed``, plus the ``WHEEL`` and ``RECORD`` files of the wheel format
(PEP 427). sdists are setuptools' own. Standard library only.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from email.parser import Parser
from typing import Any, Dict, List, Optional, Tuple

from setuptools import build_meta as _setuptools

__all__ = [
    "build_sdist",
    "build_wheel",
    "get_requires_for_build_sdist",
    "get_requires_for_build_wheel",
    "prepare_metadata_for_build_wheel",
]

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SOURCES = os.path.join(_ROOT, "src")
_PACKAGE_DATA = {"py.typed"}

build_sdist = _setuptools.build_sdist
get_requires_for_build_sdist = _setuptools.get_requires_for_build_sdist


def _has_wheel() -> bool:
    try:
        import wheel  # noqa: F401  # pyright: ignore[reportMissingImports, reportUnusedImport]
    except ImportError:
        return False
    return True


def get_requires_for_build_wheel(config_settings: Optional[Dict[str, Any]] = None) -> List[str]:
    return _setuptools.get_requires_for_build_wheel(config_settings) if _has_wheel() else []


def prepare_metadata_for_build_wheel(metadata_directory: str, config_settings: Optional[Dict[str, Any]] = None) -> str:
    if _has_wheel():
        return _setuptools.prepare_metadata_for_build_wheel(metadata_directory, config_settings)
    return _write_dist_info(metadata_directory)


def build_wheel(wheel_directory: str, config_settings: Optional[Dict[str, Any]] = None, metadata_directory: Optional[str] = None) -> str:
    if _has_wheel():
        return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
    if metadata_directory is not None:
        return _write_wheel(wheel_directory, metadata_directory)
    with tempfile.TemporaryDirectory() as scratch:
        name = _write_dist_info(scratch)
        return _write_wheel(wheel_directory, os.path.join(scratch, name))


def _write_dist_info(directory: str) -> str:
    """setuptools' metadata (egg-info) as a .dist-info folder in ``directory``; its name."""
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(
            [sys.executable, "-c", "from setuptools import setup; setup()", "-q", "egg_info", "--egg-base", scratch],
            cwd=_ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (egg_info,) = [name for name in os.listdir(scratch) if name.endswith(".egg-info")]
        with open(os.path.join(scratch, egg_info, "PKG-INFO"), encoding="utf-8") as file:
            metadata = file.read()
        requires = os.path.join(scratch, egg_info, "requires.txt")
        if os.path.exists(requires) and open(requires, encoding="utf-8").read().strip():  # noqa: SIM115
            raise RuntimeError("revox_build writes wheels without dependencies only")
        top_level = os.path.join(scratch, egg_info, "top_level.txt")
        parsed = Parser().parsestr(metadata)
        if parsed["Name"] == "UNKNOWN":
            raise RuntimeError("setuptools did not read pyproject.toml's [project] table: it needs setuptools >= 61")
        name = f"{parsed['Name'].replace('-', '_')}-{parsed['Version']}.dist-info"
        target = os.path.join(directory, name)
        os.makedirs(target, exist_ok=True)
        with open(os.path.join(target, "METADATA"), "w", encoding="utf-8") as file:
            file.write(metadata)
        shutil.copy(top_level, os.path.join(target, "top_level.txt"))
        if os.path.exists(os.path.join(_ROOT, "LICENSE")):
            shutil.copy(os.path.join(_ROOT, "LICENSE"), os.path.join(target, "LICENSE"))
    return name


def _record_line(path: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def _package_files() -> List[Tuple[str, str]]:
    """(path in the wheel, path on disk) of every module and data file under src/."""
    files: List[Tuple[str, str]] = []
    for folder, folders, names in os.walk(_SOURCES):
        folders[:] = sorted(name for name in folders if name != "__pycache__" and not name.endswith(".egg-info"))
        for name in sorted(names):
            if name.endswith(".py") or name in _PACKAGE_DATA:
                disk = os.path.join(folder, name)
                files.append((os.path.relpath(disk, _SOURCES).replace(os.sep, "/"), disk))
    return files


def _write_wheel(wheel_directory: str, metadata_directory: str) -> str:
    with open(os.path.join(metadata_directory, "METADATA"), encoding="utf-8") as file:
        metadata = Parser().parse(file)
    distribution = metadata["Name"].replace("-", "_")
    version = metadata["Version"]
    dist_info = f"{distribution}-{version}.dist-info"
    wheel_name = f"{distribution}-{version}-py3-none-any.whl"
    records: List[str] = []
    os.makedirs(wheel_directory, exist_ok=True)
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def add(path: str, data: bytes) -> None:
            info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))  # reproducible
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
            records.append(_record_line(path, data))

        for path, disk in _package_files():
            with open(disk, "rb") as file:
                add(path, file.read())
        for folder, _, names in os.walk(metadata_directory):
            for name in sorted(names):
                disk = os.path.join(folder, name)
                relative = os.path.relpath(disk, metadata_directory).replace(os.sep, "/")
                if relative in ("RECORD", "WHEEL"):
                    continue
                with open(disk, "rb") as file:
                    add(f"{dist_info}/{relative}", file.read())
        add(f"{dist_info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: revox_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        record = f"{dist_info}/RECORD"
        archive.writestr(zipfile.ZipInfo(record, date_time=(1980, 1, 1, 0, 0, 0)), "\n".join([*records, f"{record},,", ""]))
    return wheel_name
