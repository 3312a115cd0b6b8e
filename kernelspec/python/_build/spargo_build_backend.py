"""PEP 517 build backend for spargo-papermill: setuptools, with an offline fallback.

The package is built by ``setuptools.build_meta`` whenever setuptools can build
wheels (setuptools >= 70.1, or any setuptools with the ``wheel`` package).

``install.sh`` runs ``pip install --no-build-isolation`` so that installing
needs no network. In an environment whose setuptools predates 70.1 and that
has no ``wheel`` package (e.g. a fresh Python 3.11 venv: setuptools 65, no
wheel), setuptools cannot build a wheel at all ("invalid command
'bdist_wheel'"). For that case this module builds the (pure-Python, single
package) wheel itself from the same ``pyproject.toml``.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import io
import os
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setuptools_builds_wheels() -> bool:
    if os.environ.get("SPARGO_BUILD_FALLBACK") == "1":  # for testing the fallback
        return False
    try:
        return bool(
            importlib.util.find_spec("setuptools")
            and (
                importlib.util.find_spec("setuptools.command.bdist_wheel")
                or importlib.util.find_spec("wheel.bdist_wheel")
            )
        )
    except (ImportError, ValueError):
        return False


if _setuptools_builds_wheels():
    from setuptools.build_meta import *  # noqa: F401,F403
    from setuptools.build_meta import __all__  # noqa: F401
else:
    __all__ = [
        "get_requires_for_build_wheel",
        "get_requires_for_build_sdist",
        "get_requires_for_build_editable",
        "prepare_metadata_for_build_wheel",
        "prepare_metadata_for_build_editable",
        "build_wheel",
        "build_editable",
        "build_sdist",
    ]

    def _project() -> dict:
        try:
            import tomllib
        except ImportError:  # Python < 3.11
            try:
                import tomli as tomllib
            except ImportError:
                raise RuntimeError(
                    "spargo-papermill: cannot build offline here (setuptools has no bdist_wheel and "
                    "there is no tomllib/tomli); install `wheel` or build with build isolation"
                ) from None
        with open(ROOT / "pyproject.toml", "rb") as f:
            data = tomllib.load(f)
        return data

    def _dist_name(name: str) -> str:
        return name.replace("-", "_").replace(".", "_")

    def _metadata_files() -> tuple[str, dict[str, bytes]]:
        data = _project()
        proj = data["project"]
        name, version = proj["name"], proj["version"]
        lines = [
            "Metadata-Version: 2.1",
            f"Name: {name}",
            f"Version: {version}",
        ]
        if proj.get("description"):
            lines.append(f"Summary: {proj['description']}")
        lic = proj.get("license", {})
        if isinstance(lic, dict) and lic.get("text"):
            lines.append(f"License: {lic['text']}")
        for c in proj.get("classifiers", []):
            lines.append(f"Classifier: {c}")
        if proj.get("requires-python"):
            lines.append(f"Requires-Python: {proj['requires-python']}")
        for dep in proj.get("dependencies", []):
            lines.append(f"Requires-Dist: {dep}")
        body = ""
        readme = proj.get("readme")
        if isinstance(readme, str) and (ROOT / readme).is_file():
            lines.append("Description-Content-Type: text/markdown")
            body = "\n" + (ROOT / readme).read_text(encoding="utf-8")
        metadata = ("\n".join(lines) + "\n" + body).encode("utf-8")

        ep_lines = []
        for group, eps in proj.get("entry-points", {}).items():
            ep_lines.append(f"[{group}]")
            ep_lines.extend(f"{k} = {v}" for k, v in eps.items())
            ep_lines.append("")
        wheel = (
            "Wheel-Version: 1.0\n"
            "Generator: spargo_build_backend\n"
            "Root-Is-Purelib: true\n"
            "Tag: py3-none-any\n"
        ).encode()
        dist_info = f"{_dist_name(name)}-{version}.dist-info"
        return dist_info, {
            "METADATA": metadata,
            "WHEEL": wheel,
            "entry_points.txt": "\n".join(ep_lines).encode(),
            "top_level.txt": b"".join(p.encode() + b"\n" for p in _packages()),
        }

    def _packages() -> list[str]:
        return list(_project().get("tool", {}).get("setuptools", {}).get("packages", []))

    def _package_files() -> list[tuple[str, bytes]]:
        files = []
        for pkg in _packages():
            pkg_dir = ROOT / pkg.replace(".", "/")
            for path in sorted(pkg_dir.rglob("*.py")):
                if "__pycache__" in path.parts:
                    continue
                files.append((path.relative_to(ROOT).as_posix(), path.read_bytes()))
        return files

    def _write_wheel(wheel_directory: str, extra_files: list[tuple[str, bytes]]) -> str:
        dist_info, meta = _metadata_files()
        name_version = dist_info[: -len(".dist-info")]
        wheel_name = f"{name_version}-py3-none-any.whl"
        entries = list(extra_files) + [(f"{dist_info}/{k}", v) for k, v in meta.items()]
        record = io.StringIO()
        for arcname, content in entries:
            digest = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()
            record.write(f"{arcname},sha256={digest},{len(content)}\n")
        record.write(f"{dist_info}/RECORD,,\n")
        os.makedirs(wheel_directory, exist_ok=True)
        with zipfile.ZipFile(Path(wheel_directory) / wheel_name, "w", zipfile.ZIP_DEFLATED) as zf:
            for arcname, content in entries:
                zf.writestr(zipfile.ZipInfo(arcname, date_time=(1980, 1, 1, 0, 0, 0)), content)
            zf.writestr(zipfile.ZipInfo(f"{dist_info}/RECORD", date_time=(1980, 1, 1, 0, 0, 0)), record.getvalue())
        return wheel_name

    def get_requires_for_build_wheel(config_settings=None):
        return []

    get_requires_for_build_editable = get_requires_for_build_wheel

    def get_requires_for_build_sdist(config_settings=None):
        return ["setuptools>=61"]

    def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
        dist_info, meta = _metadata_files()
        out = Path(metadata_directory) / dist_info
        out.mkdir(parents=True, exist_ok=True)
        for k, v in meta.items():
            (out / k).write_bytes(v)
        return dist_info

    prepare_metadata_for_build_editable = prepare_metadata_for_build_wheel

    def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
        return _write_wheel(wheel_directory, _package_files())

    def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
        pth = (str(ROOT) + "\n").encode(sys.getfilesystemencoding())
        return _write_wheel(wheel_directory, [("__editable__.spargo_papermill.pth", pth)])

    def build_sdist(sdist_directory, config_settings=None):
        from setuptools.build_meta import build_sdist as _build_sdist

        return _build_sdist(sdist_directory, config_settings)
