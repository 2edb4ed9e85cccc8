"""Signed release manifests (desktop_app.release) and ``verify-release``, on a small folder.

The frozen build itself is checked in tests/test_dist.py (``make test-dist``).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.cli.main import run
from desktop_app.release import (
    MANIFEST_NAME,
    BuildInfo,
    ReleaseError,
    build_manifest,
    default_public_key_path,
    installed_release,
    key_id,
    load_public_key,
    public_key_pem,
    running_build,
    sign_manifest,
    verify_release,
)
from tests.test_cli_i18n import said

KEY = Ed25519PrivateKey.generate()


@pytest.fixture
def public_key(tmp_path: Path) -> Path:
    path = tmp_path / "release-public.pem"
    path.write_bytes(public_key_pem(KEY.public_key()))
    return path


@pytest.fixture
def build(tmp_path: Path) -> Path:
    """A small signed "build": an executable, nested libraries, a relative symbolic link."""
    root = tmp_path / "infosec-desk"
    (root / "_internal" / "lib").mkdir(parents=True)
    (root / "infosec-desk").write_bytes(b"\x7fELF" + bytes(range(256)) * 64)
    (root / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"core" * 1000)
    (root / "_internal" / "Məlumat.txt").write_text("Azərbaycan", encoding="utf-8")
    (root / "_internal" / "libQt6Core.so.6").symlink_to("lib/libQt6Core.so.6")
    manifest = build_manifest(
        root, name="infosec-desk", version="0.1.0", built="2026-09-15T10:00:00+00:00", commit="c"
    )
    (root / MANIFEST_NAME).write_bytes(sign_manifest(manifest, KEY))
    return root


def test_a_faithful_copy_verifies(build: Path, public_key: Path) -> None:
    check = verify_release(build, public_key_path=public_key)
    assert (check.name, check.version, check.files) == ("infosec-desk", "0.1.0", 4)
    assert check.key_id == key_id(KEY.public_key())


def _refusal(build: Path, public_key: Path, manifest: Path | None = None) -> str:
    with pytest.raises(ReleaseError) as refused:
        verify_release(build, manifest, public_key)
    message = str(refused.value)
    assert "\n" not in message
    return message


def test_one_changed_byte_is_named(build: Path, public_key: Path) -> None:
    exe = build / "infosec-desk"
    data = bytearray(exe.read_bytes())
    data[100] ^= 0x80
    exe.write_bytes(bytes(data))
    message = _refusal(build, public_key)
    assert "infosec-desk differs from the released file" in message
    assert "more problem" not in message


def test_missing_extra_and_relinked_files(build: Path, public_key: Path) -> None:
    (build / "_internal" / "Məlumat.txt").unlink()
    (build / "_internal" / "lib" / "evil.so").write_bytes(b"x")
    link = build / "_internal" / "libQt6Core.so.6"
    link.unlink()
    link.symlink_to("/usr/lib/libQt6Core.so.6")
    message = _refusal(build, public_key)
    assert message.startswith(f"{build}: _internal/Məlumat.txt is missing")
    assert "(and 2 more problem(s))" in message


def test_a_replaced_link_target_file_is_caught(build: Path, public_key: Path) -> None:
    # The link is unchanged but the file it points to is not.
    (build / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"other")
    assert "_internal/lib/libQt6Core.so.6 differs" in _refusal(build, public_key)


def test_a_manifest_edited_or_signed_by_another_key_is_refused(
    build: Path, public_key: Path, tmp_path: Path
) -> None:
    path = build / MANIFEST_NAME
    document = json.loads(path.read_text())
    document["manifest"]["files"]["_internal/lib/evil.so"] = {"sha256": "0" * 64, "size": 1}
    path.write_text(json.dumps(document))
    assert "signature does not match" in _refusal(build, public_key)

    other = Ed25519PrivateKey.generate()
    manifest = build_manifest(build, name="infosec-desk", version="9", built="x", commit="c")
    path.write_bytes(sign_manifest(manifest, other))
    message = _refusal(build, public_key)
    assert f"it names key {key_id(other.public_key())}" in message


@pytest.mark.parametrize(
    ("path", "mode", "problem"),
    [
        ("infosec-desk", 0o4755, "infosec-desk has mode 4755, which no released file has"),
        ("_internal/Məlumat.txt", 0o666, "_internal/Məlumat.txt has mode 666, which no"),
        ("_internal/lib", 0o777, "_internal/lib has mode 777, which no released file has"),
        ("infosec-desk", 0o644, "infosec-desk has mode 644: it is no longer executable"),
    ],
)
def test_a_changed_mode_is_named(
    build: Path, public_key: Path, path: str, mode: int, problem: str
) -> None:
    """A setuid, group- or world-writable copy, or an executable that lost its execute bit."""
    (build / "infosec-desk").chmod(0o755)
    manifest = build_manifest(build, name="infosec-desk", version="0.1.0", built="b", commit="c")
    (build / MANIFEST_NAME).write_bytes(sign_manifest(manifest, KEY))
    (build / path).chmod(mode)
    assert problem in _refusal(build, public_key)
    # An execute bit added to a data file is what a FAT stick does to every file: accepted.
    (build / path).chmod(0o755)
    assert verify_release(build, public_key_path=public_key).files == 4


def test_an_added_folder_is_named(build: Path, public_key: Path) -> None:
    (build / "_internal" / "plugins").mkdir()
    message = _refusal(build, public_key)
    assert "_internal/plugins is not part of the release (an added folder)" in message


def _signed(build: Path, version: str, built: str) -> None:
    manifest = build_manifest(build, name="infosec-desk", version=version, built=built, commit="c")
    (build / MANIFEST_NAME).write_bytes(sign_manifest(manifest, KEY))


def test_an_older_build_is_a_downgrade(build: Path, public_key: Path) -> None:
    """An older build, genuinely signed, brings back what was fixed since: refused unless
    asked for; the same version built earlier counts as older too."""
    running = BuildInfo("0.2.0", "2026-10-01T00:00:00+00:00")
    with pytest.raises(ReleaseError, match=r"older build \(0.1.0, built 2026-09-15"):
        verify_release(build, public_key_path=public_key, running=running)
    check = verify_release(build, public_key_path=public_key, running=running, allow_downgrade=True)
    assert "installing it is a downgrade" in str(check.downgrade)
    _signed(build, "0.2.0", "2026-09-30T00:00:00+00:00")
    with pytest.raises(ReleaseError, match="give --allow-downgrade if that is meant"):
        verify_release(build, public_key_path=public_key, running=running)
    for version, built in [("0.2.0", "2026-10-01T00:00:00+00:00"), ("0.10.0", "2020")]:
        _signed(build, version, built)
        assert verify_release(build, public_key_path=public_key, running=running).downgrade is None


def test_cli_refuses_an_older_build_unless_allowed(
    build: Path, public_key: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _signed(build, "0.0.9", "2026-01-01T00:00:00+00:00")  # the running checkout is 0.1.0
    args = ["verify-release", str(build), "--public-key", str(public_key)]
    assert run(args) == 1
    assert capsys.readouterr().err.startswith(f"error: {build} is an older build (0.0.9, built")
    assert run([*args, "--allow-downgrade"]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("warning: ") and "downgrade" in captured.err
    assert captured.out.startswith("release verified: infosec-desk 0.0.9")


@pytest.mark.parametrize(
    "content", [b"", b"not json", b"[]", b'{"manifest": {}, "signature": "***"}', b"\xff" * 10]
)
def test_garbage_manifests_are_refused_in_one_line(
    build: Path, public_key: Path, content: bytes
) -> None:
    (build / MANIFEST_NAME).write_bytes(content)
    assert "is not an InfoSec Desk release manifest" in _refusal(build, public_key)


def test_a_manifest_kept_apart_and_the_project_key(
    build: Path, public_key: Path, tmp_path: Path
) -> None:
    apart = tmp_path / "RELEASE.json"
    os.replace(build / MANIFEST_NAME, apart)
    assert verify_release(build, apart, public_key).files == 4
    # Without --public-key the project's key (resources/) is used: it did not sign this one.
    project = load_public_key(default_public_key_path())
    assert key_id(project) != key_id(KEY.public_key())
    assert "signature does not match" in _refusal(build, default_public_key_path(), apart)


def test_cli_verify_release(
    build: Path, public_key: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["verify-release", str(build), "--public-key", str(public_key)]) == 0
    assert capsys.readouterr().out.startswith("release verified: infosec-desk 0.1.0, 4 files")

    (build / "extra").write_bytes(b"")
    assert run(["verify-release", str(build), "--public-key", str(public_key)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "extra is not part" in err[0]

    assert run(["verify-release", str(build), "--public-key", str(build / "extra")]) == 1
    assert "is not a PEM public key" in capsys.readouterr().err


def test_installed_release_is_the_signed_manifest_s_fingerprint(
    build: Path, public_key: Path, tmp_path: Path
) -> None:
    """What Help → About shows: version, commit, key and the manifest's SHA-256; nothing from a
    checkout; a manifest signed by another key is refused."""
    shown = installed_release(build, public_key)
    assert shown is not None
    assert (shown.version, shown.commit, shown.key_id) == ("0.1.0", "c", key_id(KEY.public_key()))
    assert shown.manifest_sha256 == hashlib.sha256((build / MANIFEST_NAME).read_bytes()).hexdigest()
    assert running_build() is None  # the tests run from a checkout
    assert installed_release(None) is None
    assert installed_release(tmp_path / "empty", public_key) is None
    other = tmp_path / "other.pem"
    other.write_bytes(public_key_pem(Ed25519PrivateKey.generate().public_key()))
    with pytest.raises(ReleaseError, match="signature does not match"):
        installed_release(build, other)


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_cli_verify_release_in_the_language(
    lang: str, build: Path, public_key: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its refusals and its downgrade warning are said as the catalogs have them."""
    (build / "extra").write_bytes(b"")
    (build / "lib").mkdir()
    args = ["--lang", lang, "verify-release", str(build), "--public-key", str(public_key)]
    assert run(args) == 1
    added = said(lang, "{path} is not part of the release (an added file)", "core", path="extra")
    refusal = "{root}: {problem} (and {count} more problem(s)); do not install this copy"
    line = said(lang, refusal, "core", root=str(build), problem=added, count="1")
    assert capsys.readouterr().err == said(lang, "error: {message}", message=line) + "\n"
    (build / "extra").unlink()
    (build / "lib").rmdir()
    _signed(build, "0.0.9", "2026-01-01T00:00:00+00:00")  # the running checkout is 0.1.0
    assert run([*args, "--allow-downgrade"]) == 0
    captured = capsys.readouterr()
    built = said(lang, "{version}, built {built}", "core", version="0.0.9", built="2026-01-01")
    assert captured.err.startswith(said(lang, "warning: {text}", text="")) and built in captured.err
    assert "downgrade" not in captured.err.replace("--allow-downgrade", "")
