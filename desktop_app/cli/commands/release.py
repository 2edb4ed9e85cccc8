"""``verify-release DIR``: is a copied build exactly the one the project signed?"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli import texts
from desktop_app.cli.common import Context, add_command, out, warn
from desktop_app.cli.texts import translate
from desktop_app.release import verify_release


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    verify = add_command(
        subparsers,
        "verify-release",
        "check a copied build (e.g. from a stick) against its signed release manifest: the "
        "signature, every file's SHA-256 and mode, every folder, nothing missing or extra, and "
        "that it is not older than this build; exit 1 if anything differs",
        common,
        cmd_verify_release,
    )
    verify.add_argument("folder", type=Path, metavar="DIR", help="the build's folder")
    verify.add_argument(
        "--manifest",
        type=Path,
        metavar="FILE",
        help="the signed manifest (default: DIR/RELEASE.json)",
    )
    verify.add_argument(
        "--public-key",
        type=Path,
        metavar="FILE",
        help="the release public key, PEM (default: the project's, "
        "resources/release-public-key.pem)",
    )
    verify.add_argument(
        "--allow-downgrade",
        action="store_true",
        help="accept a build older than this one (it is still named on stderr)",
    )


def cmd_verify_release(ctx: Context) -> int:
    a = ctx.args
    check = verify_release(a.folder, a.manifest, a.public_key, allow_downgrade=a.allow_downgrade)
    if check.downgrade is not None:
        warn(texts.error_text(check.downgrade))
    verified = translate(
        "cli", "release verified: {name} {version}, {files} files, signed by key {key}"
    )
    out(
        verified.format(name=check.name, version=check.version, files=check.files, key=check.key_id)
    )
    return 0
