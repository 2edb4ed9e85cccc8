"""Signed release manifests: is this copy of a build exactly the one the project released?

``make dist`` hashes every file of ``dist/infosec-desk/`` and signs the list with the release
key (Ed25519); the manifest travels inside the folder as ``RELEASE.json`` (the one file it does
not list). ``verify_release`` checks the signature against the public key in ``resources/`` (or
a given one), then every file's SHA-256, and that no file is missing or extra. Used by the CLI's
``verify-release`` and open to the GUI; it imports nothing above ``errors`` and ``resources``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.errors import DeskError
from desktop_app.resources import resource_path

FORMAT = "infosec-desk-release/1"
MANIFEST_NAME = "RELEASE.json"
PUBLIC_KEY_NAME = "release-public-key.pem"
# A manifest lists a few thousand files; anything far larger is not one.
_MAX_MANIFEST_BYTES = 16 * 1024 * 1024

# One entry per file, by its path relative to the folder with "/" separators:
# {"sha256": hex, "size": n} for a file, {"link": target} for a symbolic link.
Entries = dict[str, dict[str, Any]]


class ReleaseError(DeskError):
    """The build is not the one the manifest describes, or the manifest is not genuine."""


@dataclass(frozen=True)
class ReleaseCheck:
    """What a successful verification established."""

    name: str
    version: str
    files: int
    key_id: str


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short fingerprint of a public key: the first 16 hex digits of SHA-256 of its 32 bytes."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def default_public_key_path() -> Path:
    return resource_path(PUBLIC_KEY_NAME)


def load_public_key(path: Path | None = None) -> Ed25519PublicKey:
    """The release public key (PEM); by default the project's, shipped in ``resources/``."""
    path = default_public_key_path() if path is None else path
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as exc:
        raise ReleaseError(f"cannot read the release public key {path}: {exc.strerror}") from None
    except ValueError:
        raise ReleaseError(f"{path} is not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ReleaseError(f"{path} is not an Ed25519 public key")
    return key


def public_key_pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def scan(root: Path) -> Entries:
    """Every file and symbolic link under ``root`` (links are not followed), except the
    manifest at the top."""
    if not root.is_dir():
        raise ReleaseError(f"{root} is not a folder")
    entries: Entries = {}

    def fail(error: OSError) -> None:
        raise ReleaseError(f"cannot read {error.filename}: {error.strerror}")

    for folder, dirs, files in os.walk(root, onerror=fail):
        base = Path(folder)
        for name in dirs + files:
            path = base / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                entries[rel] = {"link": os.readlink(path)}
            elif name in files and rel != MANIFEST_NAME:
                if not path.is_file():
                    raise ReleaseError(f"{rel}: not a regular file")
                try:
                    entries[rel] = {"sha256": _sha256(path), "size": path.stat().st_size}
                except OSError as exc:
                    raise ReleaseError(f"cannot read {rel}: {exc.strerror}") from None
    return entries


def build_manifest(
    root: Path, *, name: str, version: str, built: str, commit: str
) -> dict[str, Any]:
    """The unsigned manifest of the folder ``root`` as it is now."""
    return {
        "format": FORMAT,
        "name": name,
        "version": version,
        "built": built,
        "commit": commit,
        "files": scan(root),
    }


def sign_manifest(manifest: Mapping[str, Any], private_key: Ed25519PrivateKey) -> bytes:
    """The manifest file: the manifest, the signing key's id and the Ed25519 signature over
    the manifest's canonical JSON."""
    signature = private_key.sign(_canonical(manifest))
    document = {
        "manifest": manifest,
        "key_id": key_id(private_key.public_key()),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return json.dumps(document, sort_keys=True, indent=1, ensure_ascii=True).encode() + b"\n"


def _read_signed(path: Path, public_key: Ed25519PublicKey) -> dict[str, Any]:
    """The manifest in ``path`` once its signature checks out with ``public_key``."""
    try:
        with path.open("rb") as stream:
            data = stream.read(_MAX_MANIFEST_BYTES + 1)
    except OSError as exc:
        raise ReleaseError(f"cannot read the release manifest {path}: {exc.strerror}") from None
    try:
        if len(data) > _MAX_MANIFEST_BYTES:
            raise ValueError
        document = json.loads(data)
        manifest = document["manifest"]
        signature = base64.b64decode(document["signature"], validate=True)
        signer = str(document.get("key_id", "?"))
        if not isinstance(manifest, dict):
            raise ValueError
    except (ValueError, KeyError, TypeError):
        raise ReleaseError(f"{path} is not an InfoSec Desk release manifest") from None
    try:
        public_key.verify(signature, _canonical(manifest))
    except InvalidSignature:
        raise ReleaseError(
            f"the release manifest's signature does not match the release key {key_id(public_key)}"
            f" (it names key {signer}): this build was not released by that key or was altered"
        ) from None
    # Signed, so its shape is ours; still checked so a future format fails with a clear line.
    files = manifest.get("files")
    if manifest.get("format") != FORMAT or not isinstance(files, dict):
        raise ReleaseError(f"{path}: unknown release manifest format {manifest.get('format')!r}")
    return manifest


def _differences(expected: Entries, actual: Entries) -> list[str]:
    problems: list[str] = []
    for rel in sorted(expected.keys() | actual.keys()):
        want, have = expected.get(rel), actual.get(rel)
        if have is None:
            problems.append(f"{rel} is missing")
        elif want is None:
            problems.append(f"{rel} is not part of the release")
        elif want != have:
            problems.append(f"{rel} differs from the released file")
    return problems


def verify_release(
    root: Path, manifest_path: Path | None = None, public_key_path: Path | None = None
) -> ReleaseCheck:
    """Check the build in ``root`` against its signed manifest (default ``root/RELEASE.json``).

    Raises ``ReleaseError`` with one line naming the first problem (and how many others).
    """
    public_key = load_public_key(public_key_path)
    manifest = _read_signed(
        root / MANIFEST_NAME if manifest_path is None else manifest_path, public_key
    )
    problems = _differences(manifest["files"], scan(root))
    if problems:
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        raise ReleaseError(f"{root}: {problems[0]}{more}; do not install this copy")
    return ReleaseCheck(
        name=str(manifest.get("name", "")),
        version=str(manifest.get("version", "")),
        files=len(manifest["files"]),
        key_id=key_id(public_key),
    )


@dataclass(frozen=True)
class InstalledRelease:
    """What About shows of the build it runs from: the signed manifest's version and commit,
    the signing key's id and the SHA-256 of ``RELEASE.json`` (the release's fingerprint)."""

    version: str
    commit: str
    key_id: str
    manifest_sha256: str


def running_build() -> Path | None:
    """The folder of the frozen build this process runs from; None from a checkout or wheel."""
    return Path(sys.executable).parent if getattr(sys, "frozen", False) else None


def installed_release(
    root: Path | None, public_key_path: Path | None = None
) -> InstalledRelease | None:
    """The build's signed manifest, its signature checked (not every file: ``verify_release``
    does that); None when ``root`` is None or holds no manifest."""
    if root is None or not (root / MANIFEST_NAME).is_file():
        return None
    public_key = load_public_key(public_key_path)
    manifest = _read_signed(root / MANIFEST_NAME, public_key)
    return InstalledRelease(
        version=str(manifest.get("version", "")),
        commit=str(manifest.get("commit", "")),
        key_id=key_id(public_key),
        manifest_sha256=_sha256(root / MANIFEST_NAME),
    )
