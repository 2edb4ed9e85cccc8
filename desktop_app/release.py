"""Signed release manifests: is this copy of a build exactly the one the project released?

``make dist`` hashes every file of ``dist/infosec-desk/`` and signs the list with the release
key (Ed25519); the manifest travels inside the folder as ``RELEASE.json`` (the one file it does
not list). ``verify_release`` checks the signature against the public key in ``resources/`` (or
a given one), then every file's SHA-256 and mode, every folder, that nothing is missing or
extra, and that the build is not older than the one running. Used by the CLI's
``verify-release`` and open to the GUI; it imports nothing above ``errors`` and ``resources``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app import __version__
from desktop_app.errors import DeskError
from desktop_app.resources import resource_path

FORMAT = "infosec-desk-release/2"  # /2: modes and folders are listed too
MANIFEST_NAME = "RELEASE.json"
PUBLIC_KEY_NAME = "release-public-key.pem"
# A manifest lists a few thousand files; anything far larger is not one.
_MAX_MANIFEST_BYTES = 16 * 1024 * 1024

# One entry per file, by its path relative to the folder with "/" separators:
# {"sha256": hex, "size": n, "mode": n} for a file, {"folder": true, "mode": n} for a folder,
# {"link": target} for a symbolic link; "mode" holds the permission bits.
Entries = dict[str, dict[str, Any]]
# Bits no file or folder of a build has, in the manifest or in a copy: a copy with them runs as
# another user (setuid, setgid) or can be changed by other users after it was checked.
_FORBIDDEN_BITS = stat.S_ISUID | stat.S_ISGID | stat.S_ISVTX | stat.S_IWGRP | stat.S_IWOTH
_EXECUTE_BITS = stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH


class ReleaseError(DeskError):
    """The build is not the one the manifest describes, or the manifest is not genuine."""


@dataclass(frozen=True)
class ReleaseCheck:
    """What a successful verification established."""

    name: str
    version: str
    files: int
    key_id: str
    # Why the build is older than the running one, if it is, as a message a front end
    # translates (``str()`` is its English line).
    downgrade: ReleaseError | None = None


@dataclass(frozen=True)
class BuildInfo:
    """A build's version and, for a signed build, when it was built (ISO 8601, UTC)."""

    version: str
    built: str = ""

    def __str__(self) -> str:
        return str(self.message())

    def message(self) -> DeskError | str:
        """The version and build time, as a message's part a front end translates."""
        if self.built:
            return DeskError("{version}, built {built}", version=self.version, built=self.built)
        return self.version


def running_build_info() -> BuildInfo:
    """The build this process runs from: a frozen build's own manifest says when it was built
    (it is the installed copy, trusted as it is); a checkout or a wheel has only a version."""
    root = running_build()
    if root is not None:
        try:
            own = json.loads((root / MANIFEST_NAME).read_bytes())
            return BuildInfo(str(own["manifest"]["version"]), str(own["manifest"]["built"]))
        except (OSError, ValueError, KeyError, TypeError):
            pass
    return BuildInfo(__version__)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def _older(checked: BuildInfo, running: BuildInfo) -> bool:
    if _version_key(checked.version) != _version_key(running.version):
        return _version_key(checked.version) < _version_key(running.version)
    return bool(checked.built and running.built) and checked.built < running.built


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
        raise ReleaseError(
            "cannot read the release public key {path}: {reason}", path=path, reason=exc.strerror
        ) from None
    except ValueError:
        raise ReleaseError("{path} is not a PEM public key", path=path) from None
    if not isinstance(key, Ed25519PublicKey):
        raise ReleaseError("{path} is not an Ed25519 public key", path=path)
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
        raise ReleaseError("{root} is not a folder", root=root)
    entries: Entries = {}

    def fail(error: OSError) -> None:
        raise ReleaseError(
            "cannot read {path}: {reason}", path=error.filename, reason=error.strerror
        )

    for folder, dirs, files in os.walk(root, onerror=fail):
        base = Path(folder)
        for name in dirs + files:
            path = base / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                entries[rel] = {"link": os.readlink(path)}
            elif name in dirs:
                entries[rel] = {"folder": True, "mode": stat.S_IMODE(path.lstat().st_mode)}
            elif rel != MANIFEST_NAME:
                if not path.is_file():
                    raise ReleaseError("{path}: not a regular file", path=rel)
                try:
                    entries[rel] = {
                        "sha256": _sha256(path),
                        "size": path.stat().st_size,
                        "mode": stat.S_IMODE(path.stat().st_mode),
                    }
                except OSError as exc:
                    raise ReleaseError(
                        "cannot read {path}: {reason}", path=rel, reason=exc.strerror
                    ) from None
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
        raise ReleaseError(
            "cannot read the release manifest {path}: {reason}", path=path, reason=exc.strerror
        ) from None
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
        raise ReleaseError("{path} is not an InfoSec Desk release manifest", path=path) from None
    try:
        public_key.verify(signature, _canonical(manifest))
    except InvalidSignature:
        raise ReleaseError(
            "the release manifest's signature does not match the release key {key}"
            " (it names key {signer}): this build was not released by that key or was altered",
            key=key_id(public_key),
            signer=signer,
        ) from None
    # Signed, so its shape is ours; still checked so a future format fails with a clear line.
    files = manifest.get("files")
    if manifest.get("format") != FORMAT or not isinstance(files, dict):
        raise ReleaseError(
            "{path}: unknown release manifest format {format}",
            path=path,
            format=repr(manifest.get("format")),
        )
    return manifest


def _mode_problem(rel: str, want: int, have: int) -> ReleaseError | None:
    """What is wrong with a copy's permission bits. A stick's file system (FAT) may add
    execute bits and drop others, so only what matters is compared: no setuid, setgid, sticky
    or group- or world-writable bit, and every file the release runs is still executable."""
    if have & _FORBIDDEN_BITS:
        return ReleaseError(
            "{path} has mode {mode}, which no released file has (released as {released})",
            path=rel,
            mode=f"{have:o}",
            released=f"{want:o}",
        )
    if want & stat.S_IXUSR and not have & stat.S_IXUSR:
        return ReleaseError(
            "{path} has mode {mode}: it is no longer executable (released as {released})",
            path=rel,
            mode=f"{have:o}",
            released=f"{want:o}",
        )
    return None


def _differences(expected: Entries, actual: Entries) -> list[ReleaseError]:
    problems: list[ReleaseError] = []
    for rel in sorted(expected.keys() | actual.keys()):
        want, have = expected.get(rel), actual.get(rel)
        if have is None:
            problems.append(ReleaseError("{path} is missing", path=rel))
        elif want is None:
            problems.append(
                ReleaseError("{path} is not part of the release (an added folder)", path=rel)
                if have.get("folder")
                else ReleaseError("{path} is not part of the release (an added file)", path=rel)
            )
        elif {**want, "mode": 0} != {**have, "mode": 0}:
            problems.append(ReleaseError("{path} differs from the released file", path=rel))
        elif problem := _mode_problem(rel, int(want.get("mode", 0)), int(have.get("mode", 0))):
            problems.append(problem)
    return problems


def verify_release(
    root: Path,
    manifest_path: Path | None = None,
    public_key_path: Path | None = None,
    *,
    running: BuildInfo | None = None,
    allow_downgrade: bool = False,
) -> ReleaseCheck:
    """Check the build in ``root`` against its signed manifest (default ``root/RELEASE.json``).

    Raises ``ReleaseError`` with one line naming the first problem (and how many others); a
    build older than ``running`` (default: this one) is refused unless ``allow_downgrade``,
    since an old genuine build brings back the flaws fixed since.
    """
    public_key = load_public_key(public_key_path)
    manifest = _read_signed(
        root / MANIFEST_NAME if manifest_path is None else manifest_path, public_key
    )
    problems = _differences(manifest["files"], scan(root))
    if problems:
        if len(problems) == 1:
            raise ReleaseError(
                "{root}: {problem}; do not install this copy", root=root, problem=problems[0]
            )
        raise ReleaseError(
            "{root}: {problem} (and {count} more problem(s)); do not install this copy",
            root=root,
            problem=problems[0],
            count=len(problems) - 1,
        )
    checked = BuildInfo(str(manifest.get("version", "")), str(manifest.get("built", "")))
    running = running or running_build_info()
    downgrade = None
    if _older(checked, running):
        downgrade = ReleaseError(
            "{root} is an older build ({checked}) than the one running ({running}): "
            "installing it is a downgrade",
            root=root,
            checked=checked.message(),
            running=running.message(),
        )
        if not allow_downgrade:
            raise ReleaseError(
                "{downgrade}; give --allow-downgrade if that is meant", downgrade=downgrade
            )
    return ReleaseCheck(
        name=str(manifest.get("name", "")),
        version=checked.version,
        files=sum("folder" not in entry for entry in manifest["files"].values()),
        key_id=key_id(public_key),
        downgrade=downgrade,
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
