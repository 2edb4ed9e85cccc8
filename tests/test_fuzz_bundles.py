"""Fuzzing the bundle reader with mutated real bundles and generated, validly signed ones.

Four families of input go to ``verify_bundle`` on the recipient's real store, and on to
``import_bundle`` when it accepts (or when an example asks for the import anyway):

- raw: bit flips, insertions, deletions, overwrites, truncations and splices of the encrypted
  files, so the age layer must refuse every input that changes a byte;
- inner: the same and frame-aware mutations (lengths, types, order, trailing data) applied to
  the decrypted payload, which is then encrypted again to the recipient's real key, so the
  container parser and the signature check are reached;
- manifest: the manifest's JSON changed (wrong types, missing or extra keys, huge values, other
  senders, recipients, parts or counts, nesting 200,000 deep, numbers of 5,000 digits, huge
  sequence numbers) and signed again with the sender's real key, so the checks behind the
  signature are reached;
- records: bundles generated from the real records (oversize fields, wrong types, unknown
  kinds, bad attachment names, counts that lie, extra parts, records the sender does not own,
  values nested too deep or numbers beyond 64 bits),
  with a valid manifest signed by the sender's real key.

The oracle. Every input ends in a refusal with a one-line reason or in an acceptance; any other
exception fails the test. A refused import changes nothing (the store's dump is compared). An
input is accepted only if it is legitimately valid:
- raw and inner inputs only if the decrypted payload is byte-identical to the original's;
- a manifest mutation only if it leaves every checked field alone, and then the import merges
  exactly what the original merges;
- a generated bundle only if it breaks none of the rules it was built to break, and then every
  record it changed is one its sender may change (section 8 of docs/bundle-format.md, re-stated
  here without desktop_app.core.rules), every value merged comes from the bundle, and no
  content arrives that no live attachment refers to.

``make test`` runs FUZZ_EXAMPLES=300 inputs in all; ``make fuzz`` runs 100,000 (the figures are
in docs/security.md). After an accepted import the recipient's store is put back from a copy.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Text, select

from desktop_app.core.desk import Desk
from desktop_app.core.dump import dump_state
from desktop_app.core.models import MODEL_BY_KIND, ExchangeKey
from desktop_app.core.signing import sign
from desktop_app.exchange import service
from desktop_app.exchange.format import MAGIC, SIGNATURE_CONTEXT
from desktop_app.store.age import CHUNK_SIZE, AgeReader, AgeWriter
from tests.conftest import SteppingClock
from tests.exchange_world import (
    co_sign_round,
    create_nodes,
    open_node,
    partner_of,
    plan_institution,
    secret_of,
    ship,
)

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
SHARES = {"raw": 0.3, "inner": 0.3, "manifest": 0.15, "records": 0.25}
# Optional: a file that gets one JSON line of figures per family (make fuzz sets it).
REPORT = os.environ.get("FUZZ_REPORT", "")
ENC_CHUNK = CHUNK_SIZE + 16
RESPONSE_FIELDS = {"response", "response_at", "status"}
RESPONDER_STATUSES = {"in_remediation", "remediated"}

State = tuple[dict[tuple[str, str], dict[str, Any]], frozenset[str]]

# What _bundle_of draws with: a composite's draw, data.draw, or a constant chooser.
Draw = Callable[[st.SearchStrategy[Any]], Any]


def _examples(family: str) -> int:
    return max(10, round(EXAMPLES * SHARES[family]))


def _settings(family: str) -> settings:
    return settings(
        max_examples=_examples(family),
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )


# --- The world: four nodes, three real bundles --------------------------------------------------


def _state(desk: Desk) -> State:
    with desk.reading() as session:
        data = dump_state(session)
    blobs = frozenset(data.pop("blobs"))
    records = {(kind, rec["id"]): rec for kind, recs in data.items() for rec in recs}
    return records, blobs


class Shown(bytes):
    """Bytes that hypothesis shows by their length, not their 80 KB."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes>"


def _frames(payload: bytes) -> list[tuple[bytes, bytes]]:
    """The container's frames, read as docs/bundle-format.md section 2 describes them."""
    assert payload.startswith(MAGIC)
    pos, found = len(MAGIC), []
    while pos < len(payload):
        length = int.from_bytes(payload[pos + 1 : pos + 9], "big")
        found.append((payload[pos : pos + 1], payload[pos + 9 : pos + 9 + length]))
        pos += 9 + length
    return found


def _assemble(frames: list[tuple[bytes, bytes]]) -> bytes:
    return MAGIC + b"".join(k + len(body).to_bytes(8, "big") + body for k, body in frames)


def _encrypt(payload: bytes, recipient: str) -> bytes:
    out = io.BytesIO()
    with AgeWriter(out, [recipient]) as writer:
        writer.write(payload)
    return out.getvalue()


@dataclass
class Target:
    """One real bundle and what its recipient's store looks like before and after it."""

    name: str
    sender: str
    recipient: str
    ciphertext: bytes
    payload: bytes
    manifest: dict[str, Any]
    lines: list[dict[str, Any]]
    contents: list[bytes]
    age_recipient: str
    secret: bytes
    before: State = field(default_factory=lambda: ({}, frozenset()))
    after: State = field(default_factory=lambda: ({}, frozenset()))

    def __repr__(self) -> str:  # what hypothesis prints for a failing example
        return f"<{self.name}>"


class World:
    """A coordinator, two institutions and an inspection team that exchanged real bundles."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.clock = SteppingClock()
        self.desks: dict[str, Desk] = {}
        self.scratch = root / "input.age"
        roles = {
            "SCIS": "coordinator",
            "MIN1": "institution",
            "MIN2": "institution",
            "TEAM1": "inspection-team",
            "DTX": "partner-agency",
        }
        self.desks.update(create_nodes(root, roles, self.clock))
        c, m, n, t, dtx = (self.desks[code] for code in roles)
        c.plan.set_strategy("İnformasiya təhlükəsizliyi strategiyası", 2023, 2027)
        c.plan.add_direction(1, "Hüquqi baza")
        for k in (1, 2):
            plan_institution(c, f"MIN{k}", f"Nazirlik {k}")
            c.plan.add_facility(f"MIN{k}", f"Məlumat mərkəzi {k}", criticality="I")
            c.plan.add_measure(f"1.{k}", f"Tədbir {k}", f"MIN{k}", direction=1, end="31.12.2026")
        c.catalog.add(code="ÜT-1", title="Aktivlərin uçotu")
        c.inspections.add("MIN1", reference="INS-1", facilities=["Məlumat mərkəzi 1"])
        c.inspections.add_finding("INS-1", "Çatışmazlıq", "medium")
        c.inspections.issue("INS-1", "A-1", "19.12.2026")
        # Assigned afterwards: from now on the team numbers this inspection's findings.
        c.inspections.update("INS-1", team_node="TEAM1")
        c.attachments.attach_stream("1.1", io.BytesIO(os.urandom(3000)), "plan.pdf")
        stick = root / "stick"
        co_sign_round(c, dtx, stick)  # the partner agency co-signs the act
        for peer in (m, n, t):
            ship(c, peer, stick)
        report = m.progress.add("1.1", "2026", "in_progress", 40, "İş görüldü: ğ ı ş ə")
        # 70 KB: the payload spans two age chunks, so chunk boundaries get mutated too.
        m.attachments.attach_stream(report.id, io.BytesIO(os.urandom(70_000)), "sübut.pdf")
        m.inspections.respond("INS-1#1", "Düzəldilir", "in_remediation")
        m.attachments.attach_stream("INS-1#1", io.BytesIO(os.urandom(2000)), "cavab.pdf")
        t.inspections.add_note("INS-1", "Qeyd")
        t.inspections.add_finding("INS-1", "Yeni çatışmazlıq", "high")
        t.attachments.attach_stream("INS-1", io.BytesIO(os.urandom(5000)), "akt.pdf")
        c.plan.add_measure("1.3", "Yeni tədbir", "MIN1", direction=1)
        exported = {
            "from_institution": (m, c, service.export_bundle(m, "SCIS", stick)),
            "from_team": (t, c, service.export_bundle(t, "SCIS", stick)),
            "to_institution": (c, m, service.export_bundle(c, "MIN1", stick)),
        }
        for code in ("SCIS", "MIN1"):  # the recipients: pristine copies to restore from
            self.desks[code].close()
            shutil.copytree(root / code, root / "pristine" / code)
            self._open(code)
        self.targets: list[Target] = []
        for name, (sender, recipient, result) in exported.items():
            ciphertext = result.path.read_bytes()
            with self.desks[recipient.node.code].reading() as session:
                identity = session.scalars(
                    select(ExchangeKey.age_identity).where(ExchangeKey.retired_at.is_(None))
                ).one()
            payload = AgeReader(io.BytesIO(ciphertext), [identity]).read()
            frames = _frames(payload)
            records = b"".join(body for kind, body in frames if kind == b"R")
            target = Target(
                name=name,
                sender=sender.node.code,
                recipient=recipient.node.code,
                ciphertext=Shown(ciphertext),
                payload=Shown(payload),
                manifest=json.loads(frames[0][1]),
                lines=[json.loads(line) for line in records.splitlines()],
                contents=[Shown(body) for kind, body in frames if kind == b"A"],
                age_recipient=partner_of(sender, recipient.node.code).age_recipient,
                secret=secret_of(sender)[0],
            )
            desk = self.desks[target.recipient]
            target.before = _state(desk)
            self.scratch.write_bytes(ciphertext)
            assert service.import_bundle(desk, self.scratch).outcome == "merged"
            target.after = _state(self.desks[target.recipient])
            self.restore(target.recipient)
            self.targets.append(target)

    def _open(self, code: str) -> None:
        self.desks[code] = open_node(self.root / code, self.clock)

    def restore(self, code: str) -> None:
        """Put a recipient's store back as it was before any import (a file copy)."""
        self.desks[code].close()
        shutil.rmtree(self.root / code)
        shutil.copytree(self.root / "pristine" / code, self.root / code)
        self._open(code)

    def close(self) -> None:
        for desk in self.desks.values():
            desk.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = World(tmp_path_factory.mktemp("fuzz"))
    yield built
    built.close()


# --- Feeding one input and judging the outcome ---------------------------------------------------


@dataclass
class Stats:
    family: str
    tried: int = 0
    refused: int = 0
    accepted: int = 0
    imported: int = 0
    must_refuse: int = 0
    beyond_bounds: int = 0  # of those: JSON nested too deep or numbers past the bounds
    started: float = field(default_factory=time.perf_counter)

    def report(self) -> None:
        figures = {
            "family": self.family,
            "inputs": self.tried,
            "refused": self.refused,
            "accepted": self.accepted,
            "built_to_be_refused": self.must_refuse,
            "beyond_bounds": self.beyond_bounds,
            "imports_run": self.imported,
            "crashes": 0,  # any crash fails the test before this line
            "wrongly_accepted": 0,  # likewise
            "seconds": round(time.perf_counter() - self.started, 1),
        }
        print(f"fuzz {json.dumps(figures)}")
        if REPORT:
            with open(REPORT, "a", encoding="utf-8") as out:
                out.write(json.dumps(figures) + "\n")


Judge = Callable[[Target, State, State], None]


def _same_as_original(target: Target, before: State, after: State) -> None:
    assert after == target.after, "accepted, but it merged something other than the original"


def _one_line(reason: str) -> None:
    assert reason and len(reason) <= 500, reason
    assert "\n" not in reason and "\r" not in reason and "Traceback" not in reason, reason


def _clock_sane(desk: Desk) -> None:
    """The recipient's clock must still issue stamps of the documented shape."""
    last = desk.hlc.last
    wall, counter, _node = last.split(".", 2)
    assert len(wall) == 13 and len(counter) == 5 and (wall + counter).isdigit(), last


def feed(
    world: World,
    target: Target,
    data: bytes,
    stats: Stats,
    *,
    must_refuse: str,
    judge: Judge,
    also_import: bool,
) -> None:
    """One input through verify (and import); fail on a crash or a wrong acceptance."""
    desk = world.desks[target.recipient]
    world.scratch.write_bytes(data)
    stats.tried += 1
    stats.must_refuse += bool(must_refuse)
    stats.beyond_bounds += BEYOND in must_refuse
    verdict = service.verify_bundle(desk, world.scratch)
    _clock_sane(desk)
    if not verdict.ok:
        _one_line(verdict.reason)
        stats.refused += 1
        if also_import:
            stats.imported += 1
            result = service.import_bundle(desk, world.scratch)
            assert result.outcome == "refused", f"verify refused, import said {result.line()}"
            assert _state(desk) == target.before, "a refused import changed the store"
        return
    assert not must_refuse, f"accepted although {must_refuse}"
    stats.accepted += 1
    stats.imported += 1
    result = service.import_bundle(desk, world.scratch)
    assert result.outcome in ("merged", "already imported"), result.line()
    _clock_sane(desk)
    after = _state(desk)
    world.restore(target.recipient)
    if result.outcome == "already imported":
        assert after == target.before, "an already imported bundle changed the store"
    else:
        judge(target, target.before, after)


# --- Byte-level mutations (raw and inner) ------------------------------------------------------


def _landmarks(data: bytes, payload: bool) -> list[int]:
    """Positions worth aiming at: frame or chunk boundaries, header and tail."""
    if payload:
        marks, pos = [0, len(MAGIC)], len(MAGIC)
        while pos + 9 <= len(data):
            length = int.from_bytes(data[pos + 1 : pos + 9], "big")
            marks += [pos, pos + 1, pos + 9]
            pos += 9 + length
        return [*marks, len(data)]
    mac = data.find(b"\n---") + 1
    header = data.find(b"\n", mac) + 1 if mac else 0
    start = header + 16
    return [
        0,
        header - 45,
        header - 1,
        header,
        start,
        *range(start + ENC_CHUNK, len(data), ENC_CHUNK),
        len(data) - 16,
        len(data),
    ]


def _nudged(length: int, by: int) -> int:
    return max(0, length + by)


@st.composite
def _position(draw: st.DrawFn, data: bytes, payload: bool) -> int:
    if draw(st.booleans()):
        return draw(st.integers(0, max(0, len(data) - 1)))
    mark = draw(st.sampled_from(_landmarks(data, payload)))
    return min(max(0, mark + draw(st.integers(-3, 3))), len(data))


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes, others: list[bytes], payload: bool) -> bytes:
    """1-3 of: flip, insert, delete, overwrite, truncate, extend, splice with another input."""
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        op = draw(
            st.sampled_from(
                ["flip", "flip", "insert", "delete", "overwrite", "truncate", "extend", "splice"]
            )
        )
        pos = min(draw(_position(bytes(buf), payload)), len(buf))
        if op == "flip" and buf:
            pos = min(pos, len(buf) - 1)
            buf[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            buf[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del buf[pos : pos + draw(st.integers(1, 64))]
        elif op == "overwrite":
            chunk = draw(st.binary(min_size=1, max_size=32))
            buf[pos : pos + len(chunk)] = chunk
        elif op == "truncate":
            del buf[pos:]
        elif op == "extend":
            buf += draw(st.binary(min_size=1, max_size=64)) if draw(st.booleans()) else buf[-64:]
        elif op == "splice":
            other = draw(st.sampled_from(others))
            cut = draw(st.integers(0, len(other)))
            buf = buf[:pos] + other[cut:]
    return bytes(buf)


@st.composite
def frame_mutation(draw: st.DrawFn, payload: bytes, others: list[bytes]) -> bytes:
    """Mutations that know the container: frame types, lengths, order, copies, trailing data."""
    frames: list[list[Any]] = [[kind, len(body), body] for kind, body in _frames(payload)]
    magic = MAGIC
    for _ in range(draw(st.integers(1, 3))):
        op = draw(
            st.sampled_from(["length", "type", "drop", "copy", "swap", "foreign", "magic", "tail"])
        )
        i = draw(st.integers(0, len(frames) - 1))
        if op == "length":
            frames[i][1] = draw(
                st.one_of(
                    st.integers(-2, 2).map(partial(_nudged, frames[i][1])),
                    st.sampled_from([0, 64, 2**24, 2**63 - 1, 2**64 - 1]),
                )
            )
        elif op == "type":
            frames[i][0] = draw(st.sampled_from([b"M", b"S", b"R", b"A", b"E", b"\0", b"m"]))
        elif op == "drop" and len(frames) > 1:
            del frames[i]
        elif op == "copy":
            frames.insert(draw(st.integers(0, len(frames))), list(frames[i]))
        elif op == "swap":
            j = draw(st.integers(0, len(frames) - 1))
            frames[i], frames[j] = frames[j], frames[i]
        elif op == "foreign":  # a frame of another bundle for the same recipient
            theirs = _frames(draw(st.sampled_from(others)))
            frames[i] = list(draw(st.sampled_from(theirs)))
            frames[i].insert(1, len(frames[i][1]))
        elif op == "magic":
            magic = draw(st.sampled_from([b"", MAGIC[:-1], b"infosec-desk/b2\n", MAGIC * 2]))
        elif op == "tail":
            frames.append([b"E", 0, b""] if draw(st.booleans()) else [b"R", 3, b"{}\n"])
    out = magic + b"".join(
        kind + min(length, 2**64 - 1).to_bytes(8, "big") + body for kind, length, body in frames
    )
    return out


def _legit(targets: list[Target], recipient: str, data: bytes, attr: str) -> Target | None:
    """The real bundle ``data`` is, if it is one for this recipient (a splice can rebuild one)."""
    for target in targets:
        if target.recipient == recipient and getattr(target, attr) == data:
            return target
    return None


@pytest.mark.slow
def test_fuzz_raw_bytes(world: World) -> None:
    """Mutations of the encrypted files: the age layer refuses every changed byte."""
    stats = Stats("raw")
    ciphertexts = [target.ciphertext for target in world.targets]

    @_settings("raw")
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        target = world.targets[data.draw(st.integers(0, len(world.targets) - 1))]
        mutated = data.draw(byte_mutation(target.ciphertext, ciphertexts, payload=False))
        legit = _legit(world.targets, target.recipient, mutated, "ciphertext")
        feed(
            world,
            legit or target,
            mutated,
            stats,
            must_refuse="" if legit else "bytes of the encrypted file changed",
            judge=_same_as_original,
            also_import=data.draw(st.integers(0, 9)) == 0,
        )

    run()
    stats.report()


@pytest.mark.slow
def test_fuzz_decrypted_payload(world: World) -> None:
    """Mutations of the payload, encrypted again to the recipient: the container and the
    signature refuse every change."""
    stats = Stats("inner")

    @_settings("inner")
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        target = world.targets[data.draw(st.integers(0, len(world.targets) - 1))]
        others = [t.payload for t in world.targets if t.recipient == target.recipient]
        if data.draw(st.booleans()):
            mutated = data.draw(byte_mutation(target.payload, others, payload=True))
        else:
            mutated = data.draw(frame_mutation(target.payload, others))
        legit = _legit(world.targets, target.recipient, mutated, "payload")
        feed(
            world,
            legit or target,
            _encrypt(mutated, target.age_recipient),
            stats,
            must_refuse="" if legit else "the signed payload changed",
            judge=_same_as_original,
            also_import=data.draw(st.integers(0, 9)) == 0,
        )

    run()
    stats.report()


# --- Manifests signed again with the sender's real key ---------------------------------------

_HEX64 = "0123456789abcdef"
_CODES = ["SCIS", "MIN1", "MIN2", "TEAM1", "MIN9", "", " MIN1", "min1", "MIN1\n", "Ə" * 40]
_big_text = st.builds(
    lambda char, n: char * n,
    st.sampled_from(["a", "ə", "\x00", "\ud800", "\\", '"']),
    st.sampled_from([65, 1000, 70_000, 300_000]),
)
_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, 1, 2, -1, 2**63, 64, 65, 100_000, 10**30]),
    st.floats(),
    st.text(max_size=40),
    st.sampled_from(_CODES),
    st.sampled_from(["0" * 64, "F" * 64, "g" * 64, "0" * 63, str(uuid.uuid4()), "x" * 37]),
    st.sampled_from(["1789462800001.00000.SCIS", "9999999999999.99999.MIN1", " 789462800001.0.A"]),
    _big_text,
)
json_values = st.recursive(
    _leaf,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=10,
)


# Section 2 of docs/bundle-format.md: JSON nested at most 32 deep, integers within 64 bits,
# finite floats. Written into the JSON text in place of a placeholder string, since json.dumps
# would recurse too deep to write the deepest of them.
_PLACEHOLDER = "@@beyond the bounds@@"
BEYOND = "beyond the bounds"  # in the reason of every input the oracle refuses for these
_BEYOND_TEXTS = [
    "[" * 33 + "]" * 33,
    '{"a":' * 40 + "1" + "}" * 40,
    "[" * 1000 + "]" * 1000,
    "[" * 200_000 + "]" * 200_000,
    "[" * 200_000,
    str(2**63),
    str(-(2**63) - 1),
    "9" * 4000,
    "-" + "9" * 5000,
    "1e400",
    "NaN",
    "-Infinity",
]

# Sequence numbers far past the last one received: up to 2**53 - 1 (exact in every JSON reader)
# the bundle is read and the gap reported as a range; past it the manifest is refused.
HUGE_SEQUENCES = [10**12, 2**53 - 1, 2**53, 2**63 - 1, 2**63, 10**30]


def _written(text: str, beyond: str) -> tuple[str, bool]:
    """``text`` with the placeholder replaced by ``beyond``, and whether it was there."""
    quoted = json.dumps(_PLACEHOLDER)
    return text.replace(quoted, beyond), quoted in text


def _beyond_bounds(value: Any, depth: int = 0) -> bool:
    if isinstance(value, list | dict):
        if depth == 32:
            return True
        return any(_beyond_bounds(item, depth + 1) for item in _children(value))
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not -(2**63) <= value < 2**63
    return isinstance(value, float) and not math.isfinite(value)


def _children(value: list[Any] | dict[str, Any]) -> list[Any]:
    return list(value.values()) if isinstance(value, dict) else value


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _canon(value: Any) -> str:
    """Equality that tells 1 from 1.0 and True: the JSON text, keys sorted."""
    return json.dumps(value, sort_keys=True)


def _hex64(value: Any, empty: bool = False) -> bool:
    if empty and value == "":
        return True
    return isinstance(value, str) and len(value) == 64 and all(c in _HEX64 for c in value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _utf8(value: Any) -> bool:
    """No lone surrogate anywhere (section 4: text values hold none)."""
    try:
        json.dumps(value, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        return False
    return True


def _manifest_rule_broken(new: Any, old: dict[str, Any], sender_fp: str) -> str:
    """Why a changed manifest must be refused (docs/bundle-format.md section 3), or ""."""
    if not isinstance(new, dict):
        return "the manifest is not an object"
    if not _utf8(new):
        return "a lone surrogate"
    if _beyond_bounds(new):
        return f"nested too deep, or a number {BEYOND}"
    # The documented keys of these objects; keys nobody reads may be added.
    if _canon(new.get("format")) != "1" or new.get("suite") != old["suite"]:
        return "format or suite changed"
    for key, names in (("sender", ("code", "role", "key")), ("recipient", ("code", "key"))):
        value = new.get(key)
        if not isinstance(value, dict) or any(
            _canon(value.get(n)) != _canon(old[key][n]) for n in names
        ):
            return f"{key} changed"
    parts = new.get("parts")
    if not isinstance(parts, list) or len(parts) != len(old["parts"]):
        return "parts changed"
    for mine, theirs in zip(parts, old["parts"], strict=True):
        if not isinstance(mine, dict) or any(
            _canon(mine.get(n)) != _canon(v) for n, v in theirs.items()
        ):
            return "parts changed"
    counts = new.get("counts")
    if not isinstance(counts, dict):
        return "counts are not an object"
    nonzero = {k: v for k, v in counts.items() if not (_is_int(v) and v == 0)}
    if _canon(nonzero) != _canon(old["counts"]):
        return "counts changed"
    missing = {"bundle_id", "created_at", "sequence", "prev_sha256", "hlc", "full"} | {
        "audit_head",
        "state_digest",
        "receipts",
        "rotations",
    }
    if missing - set(new):
        return f"{sorted(missing - set(new))} missing"
    if _is_int(new["sequence"]) and new["sequence"] > 2**53 - 1:
        return f"a sequence number {BEYOND}"
    hlc = new["hlc"]
    checks = {
        "sequence": _is_int(new["sequence"]) and 1 <= new["sequence"] <= 2**53 - 1,
        "bundle_id": isinstance(new["bundle_id"], str) and new["bundle_id"] != "",
        "created_at": isinstance(new["created_at"], str),
        "prev_sha256": _hex64(new["prev_sha256"], empty=True),
        "hlc": isinstance(hlc, dict) and "from" in hlc and "to" in hlc,
        "full": isinstance(new["full"], bool),
        "audit_head": _hex64(new["audit_head"]),
        "state_digest": _hex64(new["state_digest"]),
        "receipts": isinstance(new["receipts"], list) and len(new["receipts"]) <= 64,
        "rotations": isinstance(new["rotations"], list) and len(new["rotations"]) <= 64,
    }
    if not all(checks.values()):
        return f"bad {[k for k, ok in checks.items() if not ok]}"
    for stamp in (hlc["from"], hlc["to"]):
        if stamp != "" and not _stamp_ok(stamp):
            return "bad HLC range"
    for receipt in new["receipts"]:
        if not isinstance(receipt, dict):
            return "a receipt is not an object"
    for rotation in new["rotations"]:
        statement = rotation.get("statement") if isinstance(rotation, dict) else None
        if isinstance(statement, dict) and statement.get("old_fingerprint") == sender_fp:
            return "a rotation statement nobody signed"
    return ""


@st.composite
def manifest_mutation(draw: st.DrawFn, target: Target, fingerprint: str) -> tuple[bytes, Any, bool]:
    """(manifest bytes, the parsed value or None, whether it holds JSON beyond the bounds): a
    changed, re-serialised manifest."""
    if draw(st.integers(0, 19)) == 0:  # not JSON at all, or not UTF-8
        raw = draw(st.binary(max_size=200) | _big_text.map(lambda s: s.encode("utf-8", "replace")))
        try:
            return raw, json.loads(raw), False
        except ValueError:
            return raw, None, False
    data: Any = json.loads(json.dumps(target.manifest))
    beyond = draw(st.sampled_from(_BEYOND_TEXTS))
    for _ in range(draw(st.integers(0, 3))):
        path = draw(st.sampled_from(_paths(data)))
        op = draw(
            st.sampled_from(["set", "set", "delete", "add", "rotation", "beyond", "sequence"])
        )
        value = draw(json_values)
        if op == "beyond":
            value = _PLACEHOLDER
        elif op == "sequence" and isinstance(data, dict):  # the gap since the last one is huge
            data["sequence"] = draw(st.sampled_from(HUGE_SEQUENCES))
            continue
        if not path:
            data = value if op in ("set", "beyond") else data
            continue
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        if op in ("set", "beyond"):
            parent[path[-1]] = value
        elif op == "delete":
            del parent[path[-1]]
        elif op == "add" and isinstance(parent[path[-1]], dict):
            parent[path[-1]][draw(st.text(max_size=10))] = value
        elif op == "rotation" and isinstance(data, dict):
            data["rotations"] = [
                {
                    "statement": {"old_fingerprint": fingerprint, "code": target.sender},
                    "signature": draw(st.sampled_from(["", "00" * 64, 5])),
                    "new_key_signature": value,
                }
            ]
    text = json.dumps(
        data,
        sort_keys=draw(st.booleans()),
        ensure_ascii=draw(st.booleans()),
        separators=draw(st.sampled_from([(",", ":"), (", ", ": ")])),
    )
    text, placed = _written(text, beyond)
    return text.encode("utf-8", "surrogatepass"), data, placed


def _sealed(target: Target, manifest: bytes, rest: list[tuple[bytes, bytes]]) -> bytes:
    """A bundle with this manifest, signed by the sender's real key, encrypted to the recipient."""
    signature = sign(target.secret, SIGNATURE_CONTEXT, manifest)
    frames = [(b"M", manifest), (b"S", signature), *rest, (b"E", b"")]
    return _encrypt(_assemble(frames), target.age_recipient)


@pytest.mark.slow
def test_fuzz_signed_manifests(world: World) -> None:
    """Manifests changed and signed again: only the checks behind the signature stand between
    them and the store."""
    stats = Stats("manifest")
    fingerprints = {t.sender: t.manifest["sender"]["key"] for t in world.targets}

    @_settings("manifest")
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        target = world.targets[data.draw(st.integers(0, len(world.targets) - 1))]
        raw, parsed, beyond = data.draw(manifest_mutation(target, fingerprints[target.sender]))
        rest = [(kind, body) for kind, body in _frames(target.payload)[2:-1]]
        try:
            raw.decode("utf-8")
            broken = _manifest_rule_broken(parsed, target.manifest, fingerprints[target.sender])
            broken = f"JSON {BEYOND}" if beyond else broken
        except UnicodeDecodeError:
            broken = "the manifest is not UTF-8"
        feed(
            world,
            target,
            _sealed(target, raw, rest),
            stats,
            must_refuse=broken,
            judge=_same_as_original,
            also_import=data.draw(st.integers(0, 9)) == 0,
        )

    run()
    stats.report()


# --- Generated bundles: records and parts behind a valid signature ---------------------------

_KIND_ORDER = list(MODEL_BY_KIND)
_NODE = r"\w[\w.-]{0,31}"
_BAD_NAMES = ["", ".", "..", "a/b.pdf", "..\\x.pdf", "a\x00.pdf", "sübut\n.pdf", "\x7f", "x" * 256]
_BAD_STAMPS = [
    "",
    "x",
    "1789462800001.00000",
    "1789462800001.0000.SCIS",
    "17894628000010.00000.SCIS",
    " 789462800001.00000.MIN1",  # int() would take these: the format says digits
    "+789462800001.00000.MIN1",
    "1_789462800001.0000.MIN1",
    "١٧٨٩٤٦٢٨٠٠٠٠١.00000.MIN1",
    "1789462800001.00000.MIN1 ",
    "1789462800001.00000.MIN/1",
    1789462800001,
    None,
]


def _columns(kind: str) -> dict[str, Any]:
    model = MODEL_BY_KIND[kind]
    return {name: model.__table__.columns[name] for name in model.sync_fields()}


def _text_limit(column: Any) -> int | None:
    kind = column.type
    if isinstance(kind, String | Text) and not isinstance(kind, Text) and kind.length:
        return int(min(kind.length, 100_000))
    return 100_000 if isinstance(kind, String | Text) else None


def _stamp_ok(stamp: Any) -> bool:
    """ASCII digits, and before the documented year-2255 cap (9,000,000,000,000 ms)."""
    pattern = rf"[0-9]{{13}}\.[0-9]{{5}}\.{_NODE}"
    return (
        isinstance(stamp, str)
        and re.fullmatch(pattern, stamp) is not None
        and int(stamp[:13]) < 9_000_000_000_000
    )


def _value_ok(column: Any, value: Any) -> bool:
    """A field value as section 4 of docs/bundle-format.md allows it."""
    import datetime as dt

    kind = column.type
    if value is None:
        return bool(column.nullable)
    if isinstance(kind, String | Text):
        return isinstance(value, str) and len(value) <= (_text_limit(column) or 0) and _utf8(value)
    if isinstance(kind, Boolean):
        return isinstance(value, bool)
    if isinstance(kind, Integer):
        return _is_int(value)
    if isinstance(kind, Float):
        return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)
    try:
        if isinstance(kind, DateTime):
            return isinstance(value, str) and dt.datetime.fromisoformat(value).tzinfo is None
        if isinstance(kind, Date):
            return (
                isinstance(value, str) and len(value) == 10 and bool(dt.date.fromisoformat(value))
            )
    except ValueError:
        return False
    if isinstance(kind, JSON):
        return isinstance(value, list | dict) and _utf8(value)
    raise AssertionError(f"no rule for {kind!r}")


def _file_name_ok(name: Any) -> bool:
    return (
        isinstance(name, str)
        and 0 < len(name) <= 255
        and name not in (".", "..")
        and not any(c in "/\\" or ord(c) < 32 or ord(c) == 127 for c in name)
    )


def _line_broken(line: Any) -> str:
    """Why one record line must be refused (docs/bundle-format.md section 4), or ""."""
    if _beyond_bounds(line):
        return f"nested too deep, or a number {BEYOND}"
    if not isinstance(line, dict) or set(line) != {"kind", "record"}:
        return "not a record line"
    kind, record = line["kind"], line["record"]
    if kind not in MODEL_BY_KIND or not isinstance(record, dict):
        return "unknown kind"
    columns = _columns(kind)
    if set(record) != set(columns) | {"id", "origin", "versions"}:
        return "missing or extra fields"
    if not isinstance(record["id"], str) or not re.fullmatch(r"[A-Za-z0-9-]{1,36}", record["id"]):
        return "bad id"
    # The reader trims a code before it checks and keeps it: " MIN1" arrives as "MIN1".
    if not isinstance(record["origin"], str) or not re.fullmatch(_NODE, record["origin"].strip()):
        return "bad origin"
    versions = record["versions"]
    if not isinstance(versions, dict) or set(versions) != set(columns):
        return "bad versions"
    if not all(_stamp_ok(stamp) for stamp in versions.values()):
        return "bad clock stamp"
    for name, column in columns.items():
        if not _value_ok(column, record[name]):
            return f"bad value of {kind}.{name}"
    if kind == "attachment" and not _file_name_ok(record["file_name"]):
        return "bad attachment file name"
    return ""


@st.composite
def _valid_value(draw: st.DrawFn, column: Any) -> Any:
    kind = column.type
    if column.nullable and draw(st.integers(0, 9)) == 0:
        return None
    if isinstance(kind, String | Text):
        limit = _text_limit(column) or 0
        text = draw(
            st.text(max_size=min(limit, 30))
            | st.sampled_from(["Düzəldildi", "remediated", "in_remediation", "verified_closed"])
            | st.sampled_from(["a\x00b", "\u202eabc", "ə" * limit, "\ud800"])
        )
        return text[:limit]
    if isinstance(kind, Boolean):
        return draw(st.booleans())
    if isinstance(kind, Integer):
        return draw(st.integers(-1000, 10**6) | st.sampled_from([2**63 - 1, -(2**63), 2**63]))
    if isinstance(kind, Float):
        return draw(st.floats(-1e6, 1e6) | st.integers(-5, 5))
    if isinstance(kind, DateTime):
        return draw(st.datetimes()).isoformat()
    if isinstance(kind, Date):
        return draw(st.dates()).isoformat()
    return draw(
        st.lists(st.integers(), max_size=3) | st.dictionaries(st.text(max_size=5), st.none())
    )


@st.composite
def _wrong_value(draw: st.DrawFn, column: Any) -> Any:
    """A value section 4 refuses: the wrong type, too long, null where a value is required."""
    limit = _text_limit(column)
    options: list[Any] = [1.5, [1], {"a": 1}, True, "yesterday", float("nan"), 2**63]
    if limit:
        options.append("ə" * (limit + draw(st.integers(1, 3))))
    if not column.nullable:
        options.append(None)
    if isinstance(column.type, Date):
        options += ["2026-13-01", "01.01.2026", 20260101]
    if isinstance(column.type, DateTime):
        options += ["2026-01-01T10:00:00+04:00", "31.12.2026"]
    return draw(st.sampled_from([v for v in options if not _value_ok(column, v)]))


@dataclass
class Generated:
    lines: list[Any]
    contents: list[bytes]
    lie: str = ""
    beyond: str = ""  # written where a line holds _PLACEHOLDER


def _bump(sender: str, draw: st.DrawFn) -> str:
    wall = draw(st.sampled_from([1_800_000_000_000, 9_000_000_000_000, 9_999_999_999_999]))
    counter = draw(st.sampled_from([0, 1, 99_999]))
    return f"{wall:013d}.{counter:05d}.{sender}"


@st.composite
def generated_bundle(draw: st.DrawFn, target: Target) -> Generated:
    """The real records changed by 1-3 operations; some break rules, some do not."""
    lines: list[Any] = json.loads(json.dumps(target.lines))
    contents = list(target.contents)
    store_keys = sorted(target.before[0])
    for _ in range(draw(st.integers(1, 3))):
        op = draw(
            st.sampled_from(
                ["edit", "edit", "wrong", "kind", "fields", "stamp", "id", "name", "copy", "drop"]
                + ["foreign", "relink", "origin", "shuffle", "garbage", "extra", "uncontent"]
                + ["beyond"]
            )
        )
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        line: Any = lines[i] if lines else None
        ok = (
            isinstance(line, dict)
            and line.get("kind") in MODEL_BY_KIND
            and isinstance(line.get("record"), dict)
            and isinstance(line["record"].get("versions"), dict)
        )
        if op in ("edit", "wrong") and ok:
            columns = _columns(line["kind"])
            name = draw(st.sampled_from(sorted(columns)))
            strategy = _valid_value if op == "edit" else _wrong_value
            line["record"][name] = draw(strategy(columns[name]))
            if draw(st.integers(0, 4)):
                line["record"]["versions"][name] = _bump(target.sender, draw)
        elif op == "kind" and lines:
            lines[i] = {
                "kind": draw(st.sampled_from(_KIND_ORDER) | st.text(max_size=12)),
                "record": line["record"] if ok else {},
            }
        elif op == "fields" and ok:
            record = line["record"]
            victim = draw(st.sampled_from([record, record["versions"]]))
            if draw(st.booleans()) and victim:
                del victim[draw(st.sampled_from(sorted(victim)))]
            else:
                victim[draw(st.text(max_size=8))] = draw(json_values)
        elif op == "stamp" and ok:
            versions = line["record"]["versions"]
            versions[draw(st.sampled_from(sorted(versions)))] = draw(st.sampled_from(_BAD_STAMPS))
        elif op == "id" and ok:
            line["record"]["id"] = draw(
                st.sampled_from(["", "x" * 37, "a/b", "ид", 5])
                | st.builds(lambda: str(uuid.uuid4()))
            )
        elif op == "name":
            attached = [
                ln
                for ln in lines
                if isinstance(ln, dict)
                and ln.get("kind") == "attachment"
                and isinstance(ln.get("record"), dict)
            ]
            if attached:
                chosen = draw(st.sampled_from(attached))
                chosen["record"]["file_name"] = draw(
                    st.sampled_from(_BAD_NAMES) | st.text(max_size=20)
                )
        elif op == "copy" and lines:
            lines.insert(draw(st.integers(0, len(lines))), json.loads(json.dumps(line)))
        elif op == "drop" and lines:
            del lines[i]
        elif op == "foreign":  # a record of the recipient's store, claimed changed
            kind, record_id = draw(st.sampled_from(store_keys))
            record = json.loads(json.dumps(target.before[0][(kind, record_id)]))
            columns = _columns(kind)
            name = draw(st.sampled_from(sorted(columns)))
            record[name] = draw(_valid_value(columns[name]))
            record["versions"][name] = _bump(target.sender, draw)
            lines.append({"kind": kind, "record": record})
        elif op == "relink" and ok:  # point a reference at another record of the store
            refs = [n for n in _columns(line["kind"]) if n.endswith("_id")]
            if refs:
                name = draw(st.sampled_from(refs))
                line["record"][name] = draw(st.sampled_from(store_keys))[1]
                line["record"]["versions"][name] = _bump(target.sender, draw)
        elif op == "origin" and ok:
            line["record"]["origin"] = draw(st.sampled_from(_CODES))
        elif op == "shuffle":
            lines = draw(st.permutations(lines))
        elif op == "garbage":
            lines.insert(i, draw(json_values))
        elif op == "extra":
            contents.append(Shown(draw(st.binary(min_size=1, max_size=100))))
        elif op == "uncontent" and contents:
            del contents[draw(st.integers(0, len(contents) - 1))]
        elif op == "beyond" and ok:  # in any field, a stamp, the id: refused before all else
            record = line["record"]
            victim = draw(st.sampled_from([record, record["versions"]]))
            victim[draw(st.sampled_from(sorted(victim)))] = _PLACEHOLDER
    lie = draw(st.sampled_from(["", "", "", "", "kind", "attachments", "part"]))
    return Generated(lines, contents, lie, draw(st.sampled_from(_BEYOND_TEXTS)))


def _encode_line(line: Any) -> bytes:
    try:
        return json.dumps(line, ensure_ascii=False).encode() + b"\n"
    except UnicodeEncodeError:  # a lone surrogate travels escaped
        return json.dumps(line).encode() + b"\n"


def _bundle_of(target: Target, generated: Generated, draw: Draw) -> tuple[bytes, str]:
    """(the sealed bundle, why it must be refused or "")."""
    import hashlib

    written = [_written(_encode_line(line).decode(), generated.beyond) for line in generated.lines]
    body = [text.encode() for text, _placed in written]
    split = draw(st.integers(0, len(body)))
    groups = [g for g in (body[:split], body[split:]) if g] or [[]]
    counts: dict[str, int] = {}
    for line in generated.lines:
        kind = line.get("kind") if isinstance(line, dict) else None
        if isinstance(kind, str):
            counts[kind] = counts.get(kind, 0) + 1
    counts["attachments"] = len(generated.contents)
    parts: list[dict[str, Any]] = [
        {
            "type": "records",
            "size": len(b"".join(g)),
            "records": len(g),
            "sha256": hashlib.sha256(b"".join(g)).hexdigest(),
        }
        for g in groups
    ]
    parts += [
        {"type": "attachment", "size": len(c), "sha256": hashlib.sha256(c).hexdigest()}
        for c in generated.contents
    ]
    broken = next((why for why in map(_line_broken, generated.lines) if why), "")
    if any(placed for _text, placed in written):
        broken = f"JSON {BEYOND}"
    if generated.lie == "kind":
        kind = draw(st.sampled_from(_KIND_ORDER))
        counts[kind] = counts.get(kind, 0) + draw(st.sampled_from([1, 2, -1]))
        if counts[kind] < 0:
            counts[kind] = 1
        broken = broken or "counts that lie"
    elif generated.lie == "attachments":
        counts["attachments"] += 1
        broken = broken or "an attachment count that lies"
    elif generated.lie == "part":
        parts[0]["records"] += draw(st.sampled_from([1, -1])) if parts[0]["records"] else 1
        broken = broken or "a part's record count that lies"
    ids = [(ln["kind"], ln["record"].get("id")) for ln in generated.lines if not _line_broken(ln)]
    if len(ids) != len(set(map(repr, ids))):
        broken = broken or "a record appears twice"
    live = {
        ln["record"]["sha256"]
        for ln in generated.lines
        if not _line_broken(ln) and ln["kind"] == "attachment" and not ln["record"]["deleted"]
    }
    if any(part["sha256"] not in live for part in parts if part["type"] == "attachment"):
        broken = broken or "content no live attachment refers to"
    manifest = dict(target.manifest, bundle_id=str(uuid.uuid4()), counts=counts, parts=parts)
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    rest = [(b"R", b"".join(g)) for g in groups] + [(b"A", c) for c in generated.contents]
    return _sealed(target, raw, rest), broken


def _same_value(column: Any, a: Any, b: Any) -> bool:
    """Equal once both are read as the column's type (a bundle may spell a date-time otherwise)."""
    import datetime as dt

    if a is None or b is None or not isinstance(column.type, DateTime):
        return _canon(a) == _canon(b) or (isinstance(column.type, Float) and a == b)
    return dt.datetime.fromisoformat(a) == dt.datetime.fromisoformat(b)


def _may_change(
    sender: str, role: str, kind: str, old: Any, new: dict[str, Any], after: dict[Any, Any]
) -> bool:
    """Section 8 of docs/bundle-format.md: may ``sender`` turn ``old`` into ``new``?"""
    if role == "coordinator":
        return True

    def get(kind: str, record_id: Any) -> dict[str, Any]:
        return after.get((kind, record_id)) or {}

    if role == "institution":
        own = next(
            (r["id"] for (k, _), r in after.items() if k == "institution" and r["code"] == sender),
            None,
        )

        def about_us(finding: dict[str, Any]) -> bool:
            return (
                own is not None
                and get("inspection", finding.get("inspection_id")).get("institution_id") == own
            )

        def owns(record: dict[str, Any]) -> bool:
            if kind == "progress_report":
                return own is not None and record["institution_id"] == own
            if kind == "finding":
                return about_us(record)
            if kind in ("finding_event", "finding_response"):
                return old is None and about_us(get("finding", record["finding_id"]))
            if kind == "extension_request":  # asked once, pending; only the coordinator decides
                return (
                    old is None
                    and record["status"] == "pending"
                    and about_us(get("finding", record["finding_id"]))
                )
            if kind == "attachment":
                target = get(record["record_kind"], record["record_id"])
                if record["record_kind"] == "progress_report":
                    return own is not None and target.get("institution_id") == own
                return record["record_kind"] == "finding" and about_us(target)
            return False

        if kind == "finding":
            if old is None:
                return False
            changed = {n for n in _columns(kind) if old["versions"][n] != new["versions"][n]}
            changed |= {n for n in _columns(kind) if _canon(old[n]) != _canon(new[n])}
            if not changed <= RESPONSE_FIELDS:
                return False
            if old["status"] != new["status"] and new["status"] not in RESPONDER_STATUSES:
                return False
        return owns(new) and (old is None or owns(old))

    def team_owns(inspection_id: Any) -> bool:
        inspection = get("inspection", inspection_id)
        return bool(inspection) and sender in (inspection["team_node"], inspection["origin"])

    def owns_team(record: dict[str, Any]) -> bool:
        if kind == "inspection":
            return sender in (record["team_node"], record["origin"])
        if kind in ("inspection_note", "finding"):
            return team_owns(record["inspection_id"])
        if kind == "deadline_extension" or (kind == "finding_event" and old is None):
            return team_owns(get("finding", record["finding_id"]).get("inspection_id"))
        if kind == "attachment":
            target_kind, target = (
                record["record_kind"],
                get(record["record_kind"], record["record_id"]),
            )
            if target_kind == "inspection":
                return team_owns(record["record_id"])
            if target_kind in ("inspection_note", "finding"):
                return team_owns(target.get("inspection_id"))
        return False

    return owns_team(new) and (old is None or owns_team(old))


def _judge_generated(generated: Generated) -> Judge:
    def judge(target: Target, before: State, after: State) -> None:
        old_records, old_blobs = before
        new_records, new_blobs = after
        role = target.manifest["sender"]["role"]
        carried = {(ln["kind"], ln["record"]["id"]): ln["record"] for ln in generated.lines}
        assert set(old_records) <= set(new_records), "an import removed records"
        for key, new in new_records.items():
            old = old_records.get(key)
            if old == new:
                continue
            assert key in carried, f"{key} changed but the bundle does not carry it"
            sent = carried[key]
            for name, column in _columns(key[0]).items():
                stamps = {sent["versions"][name], *([old["versions"][name]] if old else [])}
                assert new["versions"][name] in stamps, f"{key}.{name}: a stamp from nowhere"
                values = [sent[name], *([old[name]] if old else [])]
                if name == "deleted":
                    values.append(False)  # a tombstone older than an edit does not hide
                assert any(_same_value(column, new[name], v) for v in values), (
                    f"{key}.{name}: a value from nowhere"
                )
            assert _may_change(target.sender, role, key[0], old, new, new_records), (
                f"{target.sender} ({role}) changed {key}, which it does not own"
            )
        live = {
            r["sha256"]
            for (kind, _), r in new_records.items()
            if kind == "attachment" and not r["deleted"]
        }
        assert new_blobs - old_blobs <= live, "content arrived that no live attachment refers to"

    return judge


@pytest.mark.slow
def test_fuzz_generated_bundles(world: World) -> None:
    """Generated records and parts behind a valid signature: the record checks and the
    authorisation at merge."""
    stats = Stats("records")

    @_settings("records")
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        target = world.targets[data.draw(st.integers(0, len(world.targets) - 1))]
        generated = data.draw(generated_bundle(target))
        sealed, broken = _bundle_of(target, generated, data.draw)
        feed(
            world,
            target,
            sealed,
            stats,
            must_refuse=broken,
            judge=_judge_generated(generated),
            also_import=data.draw(st.integers(0, 9)) == 0,
        )

    run()
    stats.report()


def test_what_fuzzing_found_stays_refused(world: World) -> None:
    """The inputs that got through or crashed before the fixes, fed again on every run."""
    stats = Stats("found")
    target = next(t for t in world.targets if t.name == "from_institution")
    report = next(i for i, ln in enumerate(target.lines) if ln["kind"] == "progress_report")

    def edited(**fields: Any) -> Generated:
        lines = json.loads(json.dumps(target.lines))
        lines[report]["record"].update(fields)
        return Generated(lines, list(target.contents))

    stamp = dict(target.lines[report]["record"]["versions"], work_done=" 789462800001.00000.MIN1")
    far = dict(target.lines[report]["record"]["versions"], work_done="9999999999999.00000.MIN1")
    late = dict(target.lines[report]["record"]["versions"], work_done="9000000000000.99999.MIN1")
    cases = {
        "a stamp int() reads but the format does not": edited(versions=stamp),
        "a stamp past 2255": edited(versions=far),
        "a stamp at the cap (it moved the receiver's clock past it)": edited(versions=late),
        "a lone surrogate": edited(work_done="\ud800"),
        "a lone surrogate in JSON": edited(indicator_actuals={"\udfff": 1}),
        "content no record refers to": Generated(target.lines, [*target.contents, Shown(b"\0")]),
        "an attachment count that lies": Generated(target.lines, target.contents, "attachments"),
    }
    for why, generated in cases.items():
        sealed, broken = _bundle_of(target, generated, lambda _strategy: 0)
        assert broken, why
        feed(
            world, target, sealed, stats, must_refuse=why, judge=_same_as_original, also_import=True
        )
    for flag in ("true", "1.0", json.dumps("a" * 1000)):  # the last once came back whole
        manifest = json.dumps(target.manifest).replace('"format": 1', f'"format": {flag}')
        rest = _frames(target.payload)[2:-1]
        feed(
            world,
            target,
            _sealed(target, manifest.encode(), rest),
            stats,
            must_refuse=f"format {flag[:10]}",
            judge=_same_as_original,
            also_import=True,
        )
    assert stats.refused == stats.tried
