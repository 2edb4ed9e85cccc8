"""The frozen build (``make dist``) run the way an air-gapped machine runs it.

The executable gets a bare environment: PATH is an empty folder (no Python, no venv, no tools),
HOME a fresh folder, cheap key derivation, Qt offscreen; nothing it needs may come from this
checkout or the venv. ``make test-dist`` runs these (``make test`` leaves the ``dist`` marker
out); they build with ``make dist`` unless INFOSEC_DESK_DIST_REUSE=1 and dist/ is newer than
every source.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from desktop_app import __version__
from desktop_app.release import MANIFEST_NAME, default_public_key_path, key_id, load_public_key

pytestmark = pytest.mark.dist

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "infosec-desk"
REUSE_ENV = "INFOSEC_DESK_DIST_REUSE"
# Where `make dist` found (or made) the release key: see scripts/sign_release.py.
RELEASE_KEY = Path(
    os.environ.get("INFOSEC_DESK_RELEASE_KEY") or "~/.config/infosec-desk/release-key.pem"
).expanduser()
SOURCES = ("desktop_app", "resources", "scripts", "build.spec", "pyproject.toml", "Makefile")
PASSPHRASE = "correct horse battery staple"
MAX_SIZE = 250 * 10**6  # bytes: the 250 MB


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


@pytest.fixture(scope="module")
def build() -> Path:
    manifest = DIST / MANIFEST_NAME
    fresh = manifest.is_file() and manifest.stat().st_mtime > _newest_source()
    if not (os.environ.get(REUSE_ENV) == "1" and fresh):
        done = subprocess.run(
            ["make", "dist"], cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False
        )
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert (DIST / "infosec-desk").is_file()
    return DIST


@dataclass
class Frozen:
    """The built executable, run with a bare environment from a folder of its own."""

    exe: Path
    env: dict[str, str]
    cwd: Path

    def run(
        self, *args: str | Path, code: int = 0, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(self.exe), *map(str, args)],
            cwd=self.cwd,
            env={**self.env, **(env or {})},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert done.returncode == code, (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, done.stderr
        return done

    def refuses(self, *args: str | Path) -> str:
        """The run exits 1 with exactly one ``error:`` line."""
        lines = self.run(*args, code=1).stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), lines
        return lines[0]

    def json(self, *args: str | Path) -> Any:
        return json.loads(self.run(*args).stdout)


@pytest.fixture
def frozen(build: Path, tmp_path: Path) -> Frozen:
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": str(empty_bin),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "INFOSEC_DESK_PASSPHRASE": PASSPHRASE,
        "QT_QPA_PLATFORM": "offscreen",
    }
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    return Frozen(build / "infosec-desk", env, tmp_path)


def _fingerprint(frozen: Frozen, home: Path) -> str:
    return frozen.run("--home", home, "identity", "fingerprint").stdout.splitlines()[-1]


def _coordinator(frozen: Frozen, home: Path) -> None:
    frozen.run("--home", home, "init", "--role", "coordinator", "--code", "SCIS",
               "--name", "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti")  # fmt: skip
    frozen.run("--home", home, "institutions", "add", "MOD", "--name", "Müdafiə Nazirliyi",
               "--kind", "ministry")  # fmt: skip
    frozen.run("--home", home, "strategy", "set", "--title", "Strategiya 2023-2027",
               "--start", "2023", "--end", "2027")  # fmt: skip
    frozen.run(
        "--home", home, "directions", "add", "1", "--title", "Hüquqi bazanın təkmilləşdirilməsi"
    )
    frozen.run("--home", home, "measures", "add", "--number", "1.1", "--lead", "MOD",
               "--direction", "1", "--title", "Şəbəkələrin təhlükəsizlik auditi (ĞÜŞİÖÇƏ)",
               "--start", "01.01.2026", "--end", "31.12.2026")  # fmt: skip


def test_version(frozen: Frozen) -> None:
    assert frozen.run("--version").stdout.strip() == f"infosec-desk {__version__}"


def test_two_nodes_exchange_and_report(frozen: Frozen, tmp_path: Path) -> None:
    scis, mod, stick = tmp_path / "scis", tmp_path / "mod", tmp_path / "stick"
    stick.mkdir()
    _coordinator(frozen, scis)
    frozen.run("--home", mod, "init", "--role", "institution", "--code", "MOD",
               "--name", "Müdafiə Nazirliyi")  # fmt: skip

    # Enrolment: each side reads the other's card and compares the fingerprint.
    for home in (scis, mod):
        frozen.run("--home", home, "identity", "card", "--out", stick / f"{home.name}.card")
    frozen.run("--home", scis, "partners", "add", stick / "mod.card",
               "--fingerprint", _fingerprint(frozen, mod))  # fmt: skip
    frozen.run("--home", mod, "partners", "add", stick / "scis.card",
               "--fingerprint", _fingerprint(frozen, scis))  # fmt: skip

    # The plan goes out on the stick...
    frozen.run("--home", scis, "export", "--to", stick)
    assert "merged from SCIS" in frozen.run("--home", mod, "import", stick).stdout
    plan = frozen.json("--home", scis, "dump")
    for kind in ("strategy", "direction", "measure"):
        assert frozen.json("--home", mod, "dump")[kind] == plan[kind]
    assert plan["measure"][0]["title"] == "Şəbəkələrin təhlükəsizlik auditi (ĞÜŞİÖÇƏ)"

    # ...and a progress report comes back.
    back = tmp_path / "back"
    back.mkdir()
    frozen.run("--home", mod, "progress", "add", "1.1", "--period", "2026", "--status",
               "in_progress", "--percent", "40", "--text", "Audit başladı")  # fmt: skip
    frozen.run("--home", mod, "export", "--to", back)
    assert "merged from MOD" in frozen.run("--home", scis, "import", back).stdout
    reports = frozen.json("--home", scis, "dump")["progress_report"]
    assert reports == frozen.json("--home", mod, "dump")["progress_report"]
    assert [r["percent"] for r in reports] == [40]

    # A report through reportlab and the bundled fonts.
    pdf = tmp_path / "hesabat.pdf"
    frozen.run("--home", scis, "report", "strategy", "--period", "2026", "--out", pdf)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Şəbəkələrin təhlükəsizlik auditi" in text

    frozen.run("--home", scis, "audit", "verify")
    frozen.refuses("--home", scis, "measures", "add", "--number", "1.2", "--title", "X",
                   "--lead", "NOBODY")  # fmt: skip


def test_gui_opens_main_window_on_demo_data(frozen: Frozen, tmp_path: Path, xvfb: str) -> None:
    root = tmp_path / "demo"
    built = frozen.run("demo", root).stdout
    passphrase = re.search(r"^passphrase: (\S+)$", built, re.M)
    assert passphrase, built
    smoke = {
        "INFOSEC_DESK_HOME": str(root / "coordinator"),
        "INFOSEC_DESK_PASSPHRASE": passphrase[1],
        "INFOSEC_DESK_SMOKE_EXIT_MS": "2000",
    }
    # offscreen as in the tests; xcb as on an X11 desktop, through the bundled plugin.
    for platform in ({"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb}):
        done = frozen.run(env={**smoke, **platform})
        assert "smoke: main window shown, unlocked, page dashboard" in done.stdout, done.stderr


def test_bundle_contents_and_size(build: Path) -> None:
    internal = build / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):  # fmt: skip
        assert (plugins / plugin).is_file(), plugin
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_ru.qm").is_file()
    assert (internal / "resources" / "release-public-key.pem").is_file()
    assert (internal / "resources" / "translations" / "infosec_desk_az.qm").is_file()
    # The CLI's catalogs, read without Qt; no other translators' source ships.
    shipped_sources = sorted(p.name for p in (internal / "resources").rglob("*.ts"))
    assert shipped_sources == ["infosec_desk_az.ts", "infosec_desk_ru.ts"]
    assert (
        internal / "desktop_app" / "store" / "migrations" / "versions" / "0001_initial.py"
    ).is_file()
    assert not list(plugins.glob("platforminputcontexts/libqtvirtualkeyboard*"))
    size = sum(f.stat().st_size for f in build.rglob("*") if f.is_file() and not f.is_symlink())
    assert size <= MAX_SIZE, f"{size / 10**6:.0f} MB"


@pytest.fixture
def release_key_args(tmp_path: Path) -> list[str | Path]:
    """``--public-key`` for the key that signed this build, or nothing if it is the project's."""
    private = serialization.load_pem_private_key(RELEASE_KEY.read_bytes(), password=None)
    assert isinstance(private, Ed25519PrivateKey)
    public = private.public_key()
    pem = tmp_path / "signer.pem"
    pem.write_bytes(
        public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    project = key_id(load_public_key(default_public_key_path()))
    return [] if key_id(public) == project else ["--public-key", pem]


def test_verify_release_copy_and_tampering(
    frozen: Frozen, build: Path, tmp_path: Path, release_key_args: list[str | Path]
) -> None:
    copy = tmp_path / "stick" / "infosec-desk"
    shutil.copytree(build, copy, symlinks=True)
    if release_key_args:
        # A development build: the project's key must refuse it.
        assert "signature does not match" in frozen.refuses("verify-release", copy)
    done = frozen.run("verify-release", copy, *release_key_args)
    assert done.stdout.startswith(f"release verified: infosec-desk {__version__}")

    # One byte of the executable changed: a swapped build.
    exe = copy / "infosec-desk"
    data = bytearray(exe.read_bytes())
    data[len(data) // 2] ^= 0x01
    exe.write_bytes(bytes(data))
    line = frozen.refuses("verify-release", copy, *release_key_args)
    assert "infosec-desk differs from the released file" in line

    (copy / "_internal" / "extra.so").write_bytes(b"\x7fELF")
    (copy / "_internal" / "resources" / "release-public-key.pem").unlink()
    line = frozen.refuses("verify-release", copy, *release_key_args)
    assert "_internal/extra.so is not part of the release" in line
    assert "(and 2 more problem(s))" in line

    # A manifest signed by anyone else is refused whatever it lists.
    manifest = json.loads((copy / MANIFEST_NAME).read_text())
    manifest["manifest"]["files"]["_internal/extra.so"] = {"sha256": "0" * 64, "size": 4}
    (copy / MANIFEST_NAME).write_text(json.dumps(manifest))
    assert "signature does not match" in frozen.refuses("verify-release", copy, *release_key_args)


def test_running_leaves_the_build_unchanged(
    frozen: Frozen, build: Path, release_key_args: list[str | Path]
) -> None:
    """After the runs above (GUI, migrations loaded from source): still exactly as released."""
    frozen.run("verify-release", build, *release_key_args)
