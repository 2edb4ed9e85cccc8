"""``build_demo``: a complete demo installation, built the way the real one would be.

It creates the coordinator's, the institutions' and the inspection team's workspaces, enrols
them with each other (cards and fingerprints), and plays the dated story of
``desktop_app.demo.story``: each node writes only its own data through its own desk, and
everything that reaches another node travels there in a real bundle, exported, carried and
imported. So the coordinator's store is what its imports made of the institutions' and the
team's work.
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.desk import Desk, create_desk
from desktop_app.core.hlc import Clock, SystemClock
from desktop_app.core.messages import Said
from desktop_app.core.models import NodeRole
from desktop_app.demo.commission import PARTNER, joint_commission_steps
from desktop_app.demo.data import COORDINATOR, TEAM, WORKSPACE_BODIES
from desktop_app.demo.story import STORY_START, Carry, StoryClock, story
from desktop_app.errors import ExchangeError, Term, ValidationError
from desktop_app.exchange import service
from desktop_app.store.keyslots import KdfParams

# A step's line (a front end translates it), the story's moment it happened at (None while the
# workspaces are set up), the steps done and their number.
DemoProgress = Callable[[Said, dt.datetime | None, int, int], None]
# The coordinator's workspace is DIR/coordinator; every other node's is DIR/<its code>.
COORDINATOR_DIR = "coordinator"


@dataclass(frozen=True)
class DemoResult:
    root: Path
    passphrase: str
    coordinator_code: str
    coordinator_home: Path
    institution_codes: tuple[str, ...]
    institution_homes: dict[str, Path]
    team_code: str
    team_home: Path
    users: dict[str, str]  # node code -> the one local user's name
    bundles: int  # bundles carried while building
    partner_code: str  # the partner agency's desk (the State Security Service)
    partner_home: Path


@dataclass(frozen=True)
class _Node:
    code: str
    role: NodeRole
    name: str
    name_en: str
    user: str


def _nodes() -> list[_Node]:
    """The coordinator first, then the institutions with a workspace, the team and the
    partner agency."""
    return [
        _Node(
            COORDINATOR.code,
            NodeRole.COORDINATOR,
            COORDINATOR.name,
            COORDINATOR.name_en,
            COORDINATOR.user,
        ),
        *(
            _Node(body.code, NodeRole.INSTITUTION, body.name, body.name_en, body.user)
            for body in WORKSPACE_BODIES
        ),
        _Node(TEAM.code, NodeRole.INSPECTION_TEAM, TEAM.name, TEAM.name_en, TEAM.user),
        _Node(PARTNER.code, NodeRole.PARTNER_AGENCY, PARTNER.name, PARTNER.name_en, PARTNER.user),
    ]


def new_passphrase() -> str:
    """One passphrase for every demo workspace: random, so no two demos share it."""
    return "demo-" + secrets.token_urlsafe(15)


class DemoCancelled(Exception):
    """The user stopped the build; what was built so far is gone."""


def _remove_partial(root: Path, existed: bool) -> None:
    """Take away a stopped build: the folder if the build made it, else what it put there."""
    if not existed:
        shutil.rmtree(root, ignore_errors=True)
        return
    for child in root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def _check_empty(root: Path) -> None:
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise ValidationError(
            "{root} is not an empty folder; the demo needs a new one", "dir", root=root
        )


def _carry(desks: dict[str, Desk], carry: Carry, stick: Path) -> int:
    """Export from the sender for each recipient and import it there; each must merge."""
    sender = desks[carry.sender]
    for recipient in carry.recipients:
        exported = service.export_bundle(sender, recipient, stick)
        result = service.import_bundle(desks[recipient], exported.path)
        if result.outcome != service.Outcome.MERGED:
            raise ExchangeError(
                "demo bundle {sender} → {recipient} was not merged: {line}",
                sender=carry.sender,
                recipient=recipient,
                line=result.line(),
            )
        exported.path.unlink()
    return len(carry.recipients)


def build_demo(
    root: Path,
    *,
    progress: DemoProgress | None = None,
    cancel: Callable[[], bool] | None = None,
    kdf: KdfParams | None = None,
    clock: Clock | None = None,
) -> DemoResult:
    """Build the demo under ``root`` (new or empty): ``root/<code>`` for every node.

    ``clock`` is the present (default: the system clock); the story's moments are dated
    2025-2026 and any still in the future of ``clock`` happen at its present. ``kdf`` is for
    tests (FAST_KDF); the default key derivation costs a fraction of a second per workspace.
    ``cancel()`` is asked between steps: when it says so, or when a step fails, everything
    built so far is removed and ``DemoCancelled`` (or the failure) is raised.
    """
    root = Path(root)
    _check_empty(root)
    existed = root.exists()
    root.mkdir(parents=True, exist_ok=True)
    try:
        return _build(root, progress, cancel, kdf, clock)
    except BaseException:
        _remove_partial(root, existed)
        raise


def _build(
    root: Path,
    progress: DemoProgress | None,
    cancel: Callable[[], bool] | None,
    kdf: KdfParams | None,
    clock: Clock | None,
) -> DemoResult:
    passphrase = new_passphrase()
    story_clock = StoryClock(clock or SystemClock(), STORY_START)
    nodes = _nodes()
    # Stable: the story's steps first among those at one moment.
    steps = sorted([*story(), *joint_commission_steps()], key=lambda step: step.at)
    total = len(nodes) + 1 + len(steps)
    done = 0

    def tell(message: Said, at: dt.datetime | None = None) -> None:
        nonlocal done
        if cancel is not None and cancel():
            raise DemoCancelled("the demo build was cancelled")
        done += 1
        if progress:
            progress(message, at, done, total)

    desks: dict[str, Desk] = {}
    carried = 0
    try:
        for node in nodes:
            desk = create_desk(
                root / (COORDINATOR_DIR if node.code == COORDINATOR.code else node.code),
                role=node.role,
                code=node.code,
                name=node.name,
                name_en=node.name_en,
                user=node.user,
                passphrase=passphrase,
                kdf=kdf,
                clock=story_clock,
            )
            desks[node.code] = desk
            service.setup_identity(desk)
            tell(Said("workspace {code} ({role})", code=node.code, role=Term(node.role.value)))
        coordinator = desks[COORDINATOR.code]
        for node in nodes[1:]:
            other = desks[node.code]
            # As on paper: each side checks the fingerprint the other reads out.
            service.enrol_partner(
                coordinator, service.identity_card(other), service.own_fingerprint(other)
            )
            service.enrol_partner(
                other, service.identity_card(coordinator), service.own_fingerprint(coordinator)
            )
        tell(Said("nodes enrolled with the coordinator"))
        with tempfile.TemporaryDirectory(prefix="infosec-demo-stick-") as stick:
            for step in steps:
                story_clock.go(step.at)
                if isinstance(step, Carry):
                    carried += _carry(desks, step, Path(stick))
                else:
                    step.run(desks[step.node], story_clock)
                tell(step.label, step.at)
    finally:
        for desk in desks.values():
            desk.close()
    institutions = tuple(body.code for body in WORKSPACE_BODIES)
    return DemoResult(
        root=root,
        passphrase=passphrase,
        coordinator_code=COORDINATOR.code,
        coordinator_home=root / COORDINATOR_DIR,
        institution_codes=institutions,
        institution_homes={code: root / code for code in institutions},
        team_code=TEAM.code,
        team_home=root / TEAM.code,
        users={node.code: node.user for node in nodes},
        bundles=carried,
        partner_code=PARTNER.code,
        partner_home=root / PARTNER.code,
    )
