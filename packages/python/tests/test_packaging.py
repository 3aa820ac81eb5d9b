"""The package as users install it: the wheel builds offline with the
present setuptools, holds every module and the py.typed marker, says its
version and Python floor, and imports from the wheel alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

from .support.helpers import PACKAGE


def _can_build() -> bool:
    """Whether this Python has pip and a setuptools that reads pyproject.toml (61+);
    Python 3.12+ ships without setuptools."""
    from importlib.metadata import PackageNotFoundError, version
    from importlib.util import find_spec

    try:
        setuptools = version("setuptools")  # read, not imported: importing it warns on some Pythons
    except PackageNotFoundError:
        return False
    return find_spec("pip") is not None and tuple(int(part) for part in setuptools.split(".")[:2] if part.isdigit()) >= (61,)


class PackagingTest(unittest.TestCase):
    @unittest.skipUnless(_can_build(), "needs pip and setuptools >= 61 (which reads pyproject.toml's [project] table)")
    def test_the_wheel_builds_offline_and_works(self) -> None:
        with tempfile.TemporaryDirectory(prefix="revox-python-wheel-") as folder:
            # A copy, so that the build's egg-info and build/ stay out of the source tree.
            source = os.path.join(folder, "source")
            shutil.copytree(
                os.path.join(PACKAGE, "src"), os.path.join(source, "src"), ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
            )
            shutil.copytree(
                os.path.join(PACKAGE, "build_backend"), os.path.join(source, "build_backend"), ignore=shutil.ignore_patterns("__pycache__")
            )
            for name in ("pyproject.toml", "README.md", "LICENSE"):
                shutil.copy(os.path.join(PACKAGE, name), source)
            out = os.path.join(folder, "dist")
            env = {**os.environ, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONDONTWRITEBYTECODE": "1"}
            build = subprocess.run(
                [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation", "-q", "-w", out],
                cwd=source,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            self.assertEqual(build.returncode, 0, build.stderr)
            (wheel,) = os.listdir(out)
            self.assertEqual(wheel, "revox-0.2.0-py3-none-any.whl")
            path = os.path.join(out, wheel)
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                metadata = archive.read("revox-0.2.0.dist-info/METADATA").decode()
            expected = {
                os.path.relpath(os.path.join(root, file), os.path.join(PACKAGE, "src")).replace(os.sep, "/")
                for root, _, files in os.walk(os.path.join(PACKAGE, "src", "revox"))
                for file in files
                if file.endswith(".py")
            }
            self.assertLessEqual(expected, names)
            self.assertIn("revox/py.typed", names)
            self.assertIn("Requires-Python: >=3.9", metadata)
            self.assertIn("Version: 0.2.0", metadata)
            self.assertNotIn("Requires-Dist", metadata)
            probe = subprocess.run(
                [
                    sys.executable,
                    "-S",
                    "-c",
                    "import revox, sys; print(revox.__version__, revox.__file__, 'typing_extensions' in sys.modules)",
                ],
                env={"PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"},
                capture_output=True,
                text=True,
                check=False,
            )
            self.assertEqual(probe.returncode, 0, probe.stderr)
            version, location, typing_extensions = probe.stdout.split()
            self.assertEqual(version, "0.2.0")
            self.assertTrue(location.startswith(path))
            self.assertEqual(typing_extensions, "False")  # standard library only at run time


if __name__ == "__main__":
    unittest.main()
