"""Speed of desktop_app.store.age against the Go `age` CLI, measured on the same bytes.

Prints one JSON object per line: `age_encrypt_vs_cli` and `age_decrypt_vs_cli`, each our time
divided by the CLI's (lower is better; goals 1.5 and 2.0). Runs alternate between ours and the
CLI and the best of each is kept, so disk and page-cache noise hits both alike. bench/run.py
calls run(quick); `python bench/age_speed.py [--quick]` runs it alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop_app.store.age import decrypt_stream, encrypt_stream, generate_identity

MIB = 1024 * 1024
ROUNDS = 3
GOALS = {"encrypt": 1.5, "decrypt": 2.0}


def _timed(action: Callable[[], object], output: Path) -> float:
    """Time `action`, which writes `output`, starting with no dirty pages from earlier runs."""
    output.unlink(missing_ok=True)
    os.sync()  # else whoever writes next pays for the previous run's writeback
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(MIB):
            digest.update(block)
    return digest.hexdigest()


def run(quick: bool) -> list[dict[str, object]]:
    """Time encryption and decryption of a 256 MiB (quick: 64 MiB) file by ours and the CLI."""
    cli = shutil.which("age")
    if cli is None:
        raise RuntimeError("the `age` command is needed for this benchmark")
    size_mib = 64 if quick else 256
    identity, recipient = generate_identity()
    with tempfile.TemporaryDirectory(prefix="age-bench-") as tmp_name:
        tmp = Path(tmp_name)
        plain, ours_ct, cli_ct, out = (tmp / n for n in ("plain", "ours.age", "cli.age", "out"))
        key_file = tmp / "key.txt"
        key_file.touch(mode=0o600)
        key_file.write_text(identity + "\n")
        with plain.open("wb") as f:
            for _ in range(size_mib):
                f.write(os.urandom(MIB))

        def ours_encrypt() -> None:
            with plain.open("rb") as src, ours_ct.open("wb") as dst:
                encrypt_stream(src, dst, [recipient])

        def cli_encrypt() -> None:
            subprocess.run([cli, "-r", recipient, "-o", str(cli_ct), str(plain)], check=True)

        # Both decrypt the CLI's ciphertext, so the input bytes are the same.
        def ours_decrypt() -> None:
            with cli_ct.open("rb") as src, out.open("wb") as dst:
                decrypt_stream(src, dst, [identity])

        def cli_decrypt() -> None:
            subprocess.run(
                [cli, "-d", "-i", str(key_file), "-o", str(out), str(cli_ct)], check=True
            )

        runs = {
            "encrypt_ours": (ours_encrypt, ours_ct),
            "encrypt_cli": (cli_encrypt, cli_ct),
            "decrypt_ours": (ours_decrypt, out),
            "decrypt_cli": (cli_decrypt, out),
        }
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(ROUNDS):
            for name, (action, output) in runs.items():
                times[name].append(_timed(action, output))
        # Honest figures only: what we timed must be right both ways.
        expected = _sha256(plain)
        ours_decrypt()
        if _sha256(out) != expected:
            raise RuntimeError("we did not recover the age CLI's plaintext")
        subprocess.run([cli, "-d", "-i", str(key_file), "-o", str(out), str(ours_ct)], check=True)
        if _sha256(out) != expected:
            raise RuntimeError("the age CLI did not recover our plaintext")

    results: list[dict[str, object]] = []
    for op, goal in GOALS.items():
        ours_s, cli_s = min(times[f"{op}_ours"]), min(times[f"{op}_cli"])
        results.append(
            {
                "name": f"age_{op}_vs_cli",
                "value": round(ours_s / cli_s, 3),
                "unit": "x",
                "goal": goal,
                "ours_s": round(ours_s, 3),
                "cli_s": round(cli_s, 3),
                "ours_mib_s": round(size_mib / ours_s, 1),
                "size_mib": size_mib,
                "rounds": ROUNDS,
            }
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="64 MiB instead of 256 MiB")
    for result in run(parser.parse_args().quick):
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
