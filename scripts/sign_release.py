"""Sign a built folder (``make dist``): write DIR/RELEASE.json and DIR/../SHA256SUMS.

The release private key (Ed25519, PEM) stays outside the repository: env
INFOSEC_DESK_RELEASE_KEY, default ~/.config/infosec-desk/release-key.pem. If it is missing, a
development key is created there (with its public half beside it) and said so: a build signed
with it verifies only with ``--public-key``, never against the project's key in resources/.
An encrypted PEM is opened with env INFOSEC_DESK_RELEASE_KEY_PASSPHRASE or a prompt.

    python scripts/sign_release.py dist/infosec-desk
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app import __version__
from desktop_app.release import (
    MANIFEST_NAME,
    build_manifest,
    default_public_key_path,
    key_id,
    load_public_key,
    public_key_pem,
    scan,
    sign_manifest,
)
from desktop_app.store.atomic import atomic_write_bytes

KEY_ENV = "INFOSEC_DESK_RELEASE_KEY"
KEY_PASSPHRASE_ENV = "INFOSEC_DESK_RELEASE_KEY_PASSPHRASE"
DEFAULT_KEY = Path("~/.config/infosec-desk/release-key.pem")
SUMS_NAME = "SHA256SUMS"


def key_path() -> Path:
    return Path(os.environ.get(KEY_ENV) or DEFAULT_KEY).expanduser()


def public_half_path(private: Path) -> Path:
    return private.with_name(private.stem + ".pub.pem")


def create_key(path: Path) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    atomic_write_bytes(path, pem, 0o600)
    atomic_write_bytes(public_half_path(path), public_key_pem(key.public_key()), 0o644)
    return key


def load_key(path: Path) -> Ed25519PrivateKey:
    data = path.read_bytes()
    password = None
    if b"ENCRYPTED" in data:
        secret = os.environ.get(KEY_PASSPHRASE_ENV) or getpass.getpass(f"Passphrase for {path}: ")
        password = secret.encode()
    key = serialization.load_pem_private_key(data, password=password)
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"sign_release: {path} is not an Ed25519 private key")
    return key


def git_commit(repo: Path) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the built folder, e.g. dist/infosec-desk")
    folder: Path = parser.parse_args().folder.resolve()

    path = key_path()
    if path.is_file():
        key = load_key(path)
    else:
        key = create_key(path)
        print(
            f"sign_release: NOTICE: no release key at {path}; created a DEVELOPMENT key there "
            f"(public half: {public_half_path(path)}). Builds signed with it verify only with "
            f"`verify-release --public-key {public_half_path(path)}`. Set {KEY_ENV} to the "
            "project's release key to sign a real release.",
            file=sys.stderr,
        )
    project_key = load_public_key(default_public_key_path())
    signer = key_id(key.public_key())
    if signer != key_id(project_key):
        print(
            f"sign_release: NOTICE: signing with key {signer}, not the project's release key "
            f"{key_id(project_key)} ({default_public_key_path()}): `infosec-desk verify-release` "
            "refuses this build unless given --public-key.",
            file=sys.stderr,
        )

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    built = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    manifest = build_manifest(
        folder,
        name=folder.name,
        version=__version__,
        built=built.isoformat(timespec="seconds"),
        commit=git_commit(Path(__file__).resolve().parent.parent),
    )
    atomic_write_bytes(folder / MANIFEST_NAME, sign_manifest(manifest, key), 0o644)

    # For `sha256sum -c` where no InfoSec Desk runs yet; it follows links, so they are listed
    # by their targets' content like any file. Includes RELEASE.json.
    lines = []
    entries = scan(folder)
    # Folders are in the manifest (their modes), not in SHA256SUMS: they have no content.
    files = sorted(rel for rel, entry in entries.items() if "folder" not in entry)
    for rel in files + [MANIFEST_NAME]:
        with (folder / rel).open("rb") as stream:
            digest = hashlib.file_digest(stream, "sha256").hexdigest()
        lines.append(f"{digest}  {folder.name}/{rel}\n")
    sums = folder.parent / SUMS_NAME
    atomic_write_bytes(sums, "".join(lines).encode(), 0o644)
    print(
        f"sign_release: {folder.name} {__version__}: {len(manifest['files'])} files signed with "
        f"key {signer} -> {folder / MANIFEST_NAME}, {sums}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
