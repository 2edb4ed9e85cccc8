"""Helpers for the exchange tests: nodes that know each other, shipping, and crafted bundles.

``craft_bundle`` writes a bundle with a real signature by a node's real key but with whatever
manifest and records a test wants, so refusals can be tested one rule at a time.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core.commission import AWAITING
from desktop_app.core.desk import Desk, create_desk, open_desk
from desktop_app.core.dump import canonical_json, dump_state, record_dict
from desktop_app.core.models import BundleLog, ChannelState, ExchangeKey, Partner, Synced
from desktop_app.core.signing import sign
from desktop_app.exchange import service
from desktop_app.exchange.format import (
    FRAME_ATTACHMENT,
    FRAME_END,
    FRAME_MANIFEST,
    FRAME_RECORDS,
    FRAME_SIGNATURE,
    MAGIC,
    SIGNATURE_CONTEXT,
    Manifest,
    Part,
    frame_header,
)
from desktop_app.store.age import AgeWriter
from desktop_app.store.keyslots import FAST_KDF
from tests.conftest import PASSPHRASE, SteppingClock


def enrol(coordinator: Desk, *others: Desk) -> None:
    """Each node enrols the coordinator and the coordinator enrols it, fingerprints checked."""
    for desk in (coordinator, *others):
        service.setup_identity(desk)
    for other in others:
        service.enrol_partner(
            coordinator, service.identity_card(other), service.own_fingerprint(other)
        )
        service.enrol_partner(
            other, service.identity_card(coordinator), service.own_fingerprint(coordinator)
        )


def plan_institution(coordinator: Desk, code: str, name: str) -> None:
    """An institution of the plan; one enrolled from its card is registered already."""
    if code not in {institution.code for institution in coordinator.plan.institutions()}:
        coordinator.plan.add_institution(code, name)


def concurrent_weighing(coordinator: Desk, team: Desk, stick: Path) -> dict[str, str]:
    """The coordinator and the team weigh the team's finding INS-1#1 anew before they
    exchange: its requirement (a reference: the requirement's id is stored) and its severity
    conflict at the coordinator, ÜT-1 and critical here, XT-2 and low from the team. The
    requirements' ids by code."""
    enrol(coordinator, team)
    plan_institution(coordinator, "MIN1", "Nazirlik")
    coordinator.catalog.add(code="ÜT-1", title="İnformasiya aktivlərinin uçotu")
    coordinator.catalog.add(code="XT-2", title="Şəbəkə seqmentasiyası")
    coordinator.inspections.add("MIN1", reference="INS-1", team_node=team.node.code)
    ship(coordinator, team, stick)
    team.inspections.add_finding("INS-1", "Giriş nəzarəti yoxdur", "high")
    ship(team, coordinator, stick)
    coordinator.inspections.update_finding("INS-1#1", requirement="ÜT-1", severity="critical")
    team.inspections.update_finding("INS-1#1", requirement="XT-2", severity="low")
    ship(team, coordinator, stick)
    return {r.code: r.id for r in coordinator.catalog.requirements()}


# The nodes an inspection passes through: the issuing agency's coordinator and team, the
# inspected institution, and the partner agency of the joint commission.
COMMISSION_ROLES = {
    "SCIS": "coordinator",
    "MIN1": "institution",
    "TEAM1": "inspection-team",
    "DTX": "partner-agency",
}


def create_nodes(root: Path, roles: dict[str, str], clock: SteppingClock) -> dict[str, Desk]:
    """Stores under ``root`` by code (the first the coordinator), each enrolled with it."""
    desks = {
        code: create_desk(
            root / code,
            role=role,
            code=code,
            name=f"{code} qurumu",
            passphrase=PASSPHRASE,
            kdf=FAST_KDF,
            clock=clock,
        )
        for code, role in roles.items()
    }
    coordinator, *others = desks.values()
    enrol(coordinator, *others)
    return desks


def co_sign_round(coordinator: Desk, partner: Desk, stick: Path) -> None:
    """The partner agency's round: the coordinator's bundle to it, its co-signature of every
    act that awaits one, its bundle back; then the coordinator may send the acts on."""
    ship(coordinator, partner, stick / "to-partner")
    awaiting = partner.commission.statuses()
    for inspection in partner.inspections.inspections():
        if awaiting.get(inspection.id) == AWAITING:
            partner.commission.co_sign(inspection.reference)
    ship(partner, coordinator, stick / "from-partner")


@dataclass
class CommissionWorld:
    """The desks an inspection passes through (``COMMISSION_ROLES``), with bundles carried
    between them."""

    c: Desk
    m1: Desk
    team: Desk
    dtx: Desk
    root: Path
    # Whether the partner agency co-signs at the coordinator each time a bundle reaches it,
    # before the acts go on (else a test carries the co-signatures itself).
    co_sign_at_coordinator: bool = False
    rounds: int = 0

    def ship(self, *desks: Desk) -> None:
        """Along the chain ``desks`` (each bundle through the coordinator)."""
        for source, target in zip(desks, desks[1:], strict=False):
            self.rounds += 1
            ship(source, target, self.root / f"stick-{self.rounds}")
            if self.co_sign_at_coordinator and target is self.c:
                co_sign_round(self.c, self.dtx, self.root / f"stick-{self.rounds}")

    def held_by_institution(self) -> list[int]:
        return [row.number for row in self.m1.inspections.findings()]

    def status(self, desk: Desk) -> list[str]:
        return [act.status for act in desk.commission.acts("INS-1")]

    def close(self) -> None:
        for desk in (self.c, self.m1, self.team, self.dtx):
            desk.close()  # again for a desk a test closed: does nothing


def commission_world(root: Path, *, co_sign_at_coordinator: bool = False) -> CommissionWorld:
    """TEAM1 has recorded one finding about MIN1 in INS-1, the coordinator and MIN1 have it;
    no act is issued yet. DTX is the partner agency."""
    c, m1, team, dtx = create_nodes(root, COMMISSION_ROLES, SteppingClock()).values()
    plan_institution(c, "MIN1", "Nazirlik 1")
    c.inspections.add("MIN1", reference="INS-1", team_node="TEAM1")
    world = CommissionWorld(c, m1, team, dtx, root, co_sign_at_coordinator)
    world.ship(c, team)
    team.inspections.add_finding("INS-1", "Giriş nəzarəti yoxdur", "high")
    world.ship(team, c, m1)
    return world


def open_node(home: Path, clock: SteppingClock) -> Desk:
    return open_desk(home, user="admin", passphrase=PASSPHRASE, clock=clock)


def ship(source: Desk, target: Desk, stick: Path) -> service.ImportResult:
    """Export from ``source`` for ``target`` and import it there; the import must merge."""
    stick.mkdir(parents=True, exist_ok=True)
    exported = service.export_bundle(source, target.node.code, stick)
    result = service.import_bundle(target, exported.path)
    assert result.outcome == "merged", result.line()
    return result


def dump(desk: Desk) -> str:
    with desk.reading() as session:
        return canonical_json(dump_state(session))


def log_and_channels(desk: Desk) -> tuple[list[Any], list[Any]]:
    """The bundle log (without refusals) and the channel state, for "nothing changed"."""
    with desk.reading() as session:
        log = [
            (r.direction, r.peer, r.sequence, r.bundle_id, r.outcome, r.acked)
            for r in session.scalars(select(BundleLog).order_by(BundleLog.id))
            if r.outcome != "refused"
        ]
        channels = [
            (c.peer, c.next_out_seq, c.acked_to, c.highest_in, list(c.seen_in))
            for c in session.scalars(select(ChannelState).order_by(ChannelState.peer))
        ]
    return log, channels


def assert_refused(desk: Desk, path: Path, reason: str) -> None:
    """Verify and import both refuse ``path`` with one line naming ``reason``; nothing changes."""
    before = dump(desk), log_and_channels(desk)
    verdict = service.verify_bundle(desk, path)
    assert not verdict.ok and reason in verdict.reason, verdict.reason
    result = service.import_bundle(desk, path)
    assert result.outcome == "refused" and reason in result.reason, result.reason
    assert "\n" not in result.reason, result.reason
    assert (dump(desk), log_and_channels(desk)) == before


def secret_of(desk: Desk) -> tuple[bytes, str]:
    """(signing secret, fingerprint) of a node's current key, read from its store."""
    with desk.reading() as session:
        key = session.scalars(select(ExchangeKey).where(ExchangeKey.retired_at.is_(None))).one()
        return key.signing_secret, key.fingerprint


def stored_record(desk: Desk, model: type[Synced], record_id: str) -> dict[str, Any]:
    """A record as its bundle line carries it, read from ``desk``'s store."""
    with desk.reading() as session:
        record = session.get(model, record_id)
        assert record is not None
        return record_dict(record)


def partner_of(desk: Desk, code: str) -> Partner:
    with desk.reading() as session:
        partner = session.get(Partner, code)
        assert partner is not None
        return partner


def nested_manifest(_raw: bytes) -> bytes:
    """For ``craft_bundle(edit_manifest=...)``: a manifest of 200,000 ``[``, signed."""
    return b"[" * 200_000


def record_line(kind: str, record: dict[str, Any]) -> bytes:
    return json.dumps({"kind": kind, "record": record}, ensure_ascii=False).encode() + b"\n"


def craft_bundle(
    sender: Desk,
    recipient: Desk,
    out: Path,
    *,
    lines: Sequence[bytes] = (),
    attachments: Sequence[bytes] = (),
    sequence: int = 1,
    signing_secret: bytes | None = None,
    sender_key: str | None = None,
    tamper_manifest: dict[str, Any] | None = None,
    recipient_code: str | None = None,
    prev_sha256: str = "",
    edit_manifest: Callable[[bytes], bytes] | None = None,
) -> Path:
    """A bundle signed by ``sender``'s key (or ``signing_secret``) holding exactly ``lines``;
    ``edit_manifest`` rewrites the manifest's bytes before they are signed."""
    secret, fingerprint = secret_of(sender)
    body = b"".join(lines)
    parts = [Part("records", len(body), hashlib.sha256(body).hexdigest(), len(lines))]
    parts += [Part("attachment", len(a), hashlib.sha256(a).hexdigest()) for a in attachments]
    counts: dict[str, int] = {}
    for line in lines:
        try:
            kind = json.loads(line)["kind"]
        except (ValueError, RecursionError):  # a line built to be refused
            continue
        if isinstance(kind, str):  # else built to be refused too
            counts[kind] = counts.get(kind, 0) + 1
    counts["attachments"] = len(attachments)
    target = partner_of(sender, recipient.node.code)
    manifest = Manifest(
        bundle_id=str(uuid.uuid4()),
        created_at="2026-09-15T09:00:00",
        sender_code=sender.node.code,
        sender_role=sender.node.role.value,
        sender_key=sender_key or fingerprint,
        recipient_code=recipient_code or recipient.node.code,
        recipient_key=target.fingerprint,
        sequence=sequence,
        prev_sha256=prev_sha256,
        hlc_from="",
        hlc_to=sender.hlc.tick(),
        full=False,
        counts=counts,
        parts=parts,
        audit_head="0" * 64,
        state_digest="0" * 64,
    )
    raw = manifest.to_bytes()
    if tamper_manifest is not None:
        data = json.loads(raw)
        data.update(tamper_manifest)
        raw = json.dumps(data).encode()
    if edit_manifest is not None:
        raw = edit_manifest(raw)
    signature = sign(signing_secret or secret, SIGNATURE_CONTEXT, raw)
    path = out / f"crafted-{manifest.bundle_id}.age"
    out.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as dst, AgeWriter(dst, [target.age_recipient]) as writer:
        writer.write(MAGIC)
        writer.write(frame_header(FRAME_MANIFEST, len(raw)) + raw)
        writer.write(frame_header(FRAME_SIGNATURE, len(signature)) + signature)
        writer.write(frame_header(FRAME_RECORDS, len(body)) + body)
        for content in attachments:
            writer.write(frame_header(FRAME_ATTACHMENT, len(content)) + content)
        writer.write(frame_header(FRAME_END, 0))
    return path
