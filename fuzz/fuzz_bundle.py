"""Coverage-guided fuzzing of the bundle reader with atheris (libFuzzer), beside hypothesis.

The input is read as a recipe: which real bundle, which layer (the encrypted file, the decrypted
payload encrypted again to the recipient, or the manifest signed again with the sender's real
key), and up to four byte edits at positions the fuzzer chooses (among them runs of one byte up to
300,000 long: nesting 200,000 deep, numbers of thousands of digits). The edited bundle goes to
``verify_bundle`` on the recipient's real store (tests/test_fuzz_bundles.py builds them).
A crash is any exception out of verify; a wrong acceptance is an accepted file or payload that
differs from the original, or an accepted manifest that breaks a rule of section 3.

    make fuzz                                  (ATHERIS_RUNS=20000 by default)
    .venv/bin/python fuzz/fuzz_bundle.py -runs=100000 [-max_len=256] [CORPUS_DIR]
"""

from __future__ import annotations

import atexit
import json
import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["desktop_app"]):
    from desktop_app.exchange import service

from tests.test_fuzz_bundles import (
    World,
    _encrypt,
    _frames,
    _manifest_rule_broken,
    _sealed,
)

ROOT = Path(tempfile.mkdtemp(prefix="atheris-bundles-"))
atexit.register(shutil.rmtree, ROOT, True)  # libFuzzer ends the process with exit()
WORLD = World(ROOT)
FINGERPRINTS = {t.sender: t.manifest["sender"]["key"] for t in WORLD.targets}
MANIFESTS = [_frames(t.payload)[0][1] for t in WORLD.targets]


def _edit(base: bytes, fdp: atheris.FuzzedDataProvider) -> bytes:
    buf = bytearray(base)
    for _ in range(fdp.ConsumeIntInRange(1, 4)):
        op = fdp.ConsumeIntInRange(0, 4)
        pos = fdp.ConsumeIntInRange(0, len(buf))
        if op == 0 and buf:  # flip a bit
            pos = min(pos, len(buf) - 1)
            buf[pos] ^= 1 << fdp.ConsumeIntInRange(0, 7)
        elif op == 1:  # insert
            buf[pos:pos] = fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 16))
        elif op == 2:  # delete
            del buf[pos : pos + fdp.ConsumeIntInRange(1, 16)]
        elif op == 3:  # overwrite
            chunk = fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 16))
            buf[pos : pos + len(chunk)] = chunk
        else:  # a run of one byte: "[" * 200,000, "9" * 5,000
            buf[pos:pos] = fdp.ConsumeBytes(1) * fdp.ConsumeIntInRange(1, 300_000)
    return bytes(buf)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    index = fdp.ConsumeIntInRange(0, len(WORLD.targets) - 1)
    target = WORLD.targets[index]
    layer = fdp.ConsumeIntInRange(0, 2)
    broken = ""
    if layer == 0:
        sealed = _edit(target.ciphertext, fdp)
        broken = "" if sealed == target.ciphertext else "the file changed"
    elif layer == 1:
        payload = _edit(target.payload, fdp)
        sealed = _encrypt(payload, target.age_recipient)
        broken = "" if payload == target.payload else "the payload changed"
    else:
        manifest = _edit(MANIFESTS[index], fdp)
        try:
            parsed = json.loads(manifest)
            broken = _manifest_rule_broken(parsed, target.manifest, FINGERPRINTS[target.sender])
        except (ValueError, RecursionError):  # RecursionError: nested too deep to read here
            broken = "not JSON"
        sealed = _sealed(target, manifest, _frames(target.payload)[2:-1])
    WORLD.scratch.write_bytes(sealed)
    verdict = service.verify_bundle(WORLD.desks[target.recipient], WORLD.scratch)
    if verdict.ok and broken:
        raise AssertionError(f"wrongly accepted: {broken}")
    if not verdict.ok and ("\n" in verdict.reason or not verdict.reason):
        raise AssertionError(f"not a one-line reason: {verdict.reason!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    try:
        atheris.Fuzz()
    finally:
        WORLD.close()


if __name__ == "__main__":
    main()
