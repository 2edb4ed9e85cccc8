"""The set-up flow without Qt: steps per role, validation by field, the store and keys it makes,
and the coordinator's card with its fingerprint."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.desk import Desk, open_desk
from desktop_app.core.models import NodeRole
from desktop_app.errors import DeskError, ValidationError
from desktop_app.exchange import identity, service
from desktop_app.gui.flows import setup
from desktop_app.gui.flows.setup import SetupFlow
from desktop_app.store.keyslots import FAST_KDF
from desktop_app.store.workspace import Workspace
from tests.conftest import PASSPHRASE, DeskFactory, SteppingClock


def test_flow_imports_no_qt() -> None:
    source = Path(setup.__file__).read_text()
    assert "PySide6" not in source and "shiboken" not in source


def test_steps_follow_the_role(tmp_path: Path) -> None:
    flow = SetupFlow(tmp_path / "home")
    flow.set_role("coordinator")
    expected = [setup.ROLE, setup.NODE, setup.USER, setup.KEYS, setup.RECOVERY, setup.FINISH]
    assert flow.steps() == expected
    flow.set_role(NodeRole.INSTITUTION)
    assert setup.PARTNER in flow.steps()
    assert flow.next_step(setup.KEYS) == setup.PARTNER
    assert flow.next_step(setup.PARTNER) == setup.RECOVERY
    assert flow.next_step(setup.FINISH) is None
    with pytest.raises(ValidationError) as error:
        flow.set_role("ministry of silly walks")
    assert error.value.field == "role"


@pytest.mark.parametrize(
    ("code", "name", "field"),
    [("", "Nazirlik", "code"), ("has space", "Nazirlik", "code"), ("RINN", "  ", "name")],
)
def test_node_answers_are_checked(tmp_path: Path, code: str, name: str, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        SetupFlow(tmp_path).set_node(code, name)
    assert error.value.field == field


def test_user_answers_are_checked(tmp_path: Path) -> None:
    flow = SetupFlow(tmp_path)
    with pytest.raises(ValidationError) as short:
        flow.set_user("admin", "short", "short")
    assert short.value.field == "passphrase"
    with pytest.raises(ValidationError) as differ:
        flow.set_user("admin", PASSPHRASE, PASSPHRASE + "!")
    assert differ.value.field == "confirmation"
    assert flow.strength("")[0] == 0
    assert flow.strength("Qırmızı alma 7 dəfə düşdü!")[0] == 4


def _coordinator_card(tmp_path: Path, coordinator: Desk) -> Path:
    service.setup_identity(coordinator)
    card = tmp_path / "SCIS.card"
    card.write_bytes(service.identity_card(coordinator))
    return card


def test_institution_is_created_and_enrols_the_coordinator(
    tmp_path: Path, coordinator: Desk, clock: SteppingClock
) -> None:
    card = _coordinator_card(tmp_path, coordinator)
    flow = SetupFlow(tmp_path / "RINN", kdf=FAST_KDF, clock=clock)
    flow.set_role("institution")
    flow.set_node("RINN", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "Digital Development")
    flow.set_user("Əli", PASSPHRASE, PASSPHRASE)
    steps: list[tuple[int, int]] = []
    desk = flow.create(lambda done, total: steps.append((done, total)))
    try:
        assert steps[-1] == (2, 2)
        assert desk.node.code == "RINN" and desk.user == "Əli"
        assert flow.fingerprint == service.own_fingerprint(desk)
        assert flow.answers.passphrase == ""  # not kept once the store is open
        with pytest.raises(ValidationError):
            flow.create()  # a second store in the same place is refused

        preview = flow.read_card(card)
        assert preview.code == "SCIS"
        assert preview.fingerprint == service.own_fingerprint(coordinator)
        with pytest.raises(ValidationError) as unconfirmed:
            flow.enrol_coordinator()
        assert unconfirmed.value.field == "fingerprint"
        flow.confirm_fingerprint(True)
        flow.enrol_coordinator()
        assert [p.code for p in service.partners(desk)] == ["SCIS"]
        assert not flow.can_finish()  # not before the recovery key is noted down

        with pytest.raises(ValidationError) as no_key:
            flow.check_recovery_key()
        assert no_key.value.field == "recovery"
        recovery = flow.make_recovery_key()
        assert flow.make_recovery_key() == recovery  # made once, shown again after Back
        with pytest.raises(ValidationError, match="printed or wrote down"):
            flow.check_recovery_key()
        flow.note_recovery_key(True)
        flow.check_recovery_key()
        assert flow.can_finish()
        assert Workspace(tmp_path / "RINN").unlock_with_recovery_key(recovery) == desk.data_key
        saved = flow.save_card(tmp_path / "RINN.card")
        assert identity.read_card(saved.read_bytes()).code == "RINN"

        out = flow.save_key_card(tmp_path / "RINN-key-card.pdf")
        from pypdf import PdfReader

        text = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert flow.fingerprint.split()[0] in text
    finally:
        desk.close()
    open_desk(tmp_path / "RINN", user="Əli", passphrase=PASSPHRASE).close()


def test_a_card_that_is_not_the_coordinators_is_refused(
    tmp_path: Path, make_desk: DeskFactory
) -> None:
    other = make_desk("institution", "MB")
    service.setup_identity(other)
    card = tmp_path / "MB.card"
    card.write_bytes(service.identity_card(other))
    flow = SetupFlow(tmp_path / "new")
    with pytest.raises(ValidationError) as error:
        flow.read_card(card)
    assert error.value.field == "card"
    broken = tmp_path / "broken.card"
    broken.write_bytes(card.read_bytes().replace(b"MB", b"XB", 1))
    with pytest.raises(DeskError):
        flow.read_card(broken)
