"""User text is never reportlab markup: an inspection team sends, with its own real key, an
inspection whose reference and scope are markup; the coordinator prints the act. The text comes
out literally, and the local file an ``<img>`` names is not embedded."""

from __future__ import annotations

import ast
import uuid
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop_app.core.desk import Desk
from desktop_app.reports import ReportParams, generate
from tests.conftest import DeskFactory
from tests.exchange_world import enrol, ship

REPORTS = Path(__file__).resolve().parent.parent / "desktop_app" / "reports"


@pytest.mark.slow
def test_markup_in_a_reference_prints_literally_and_embeds_no_local_file(
    make_desk: DeskFactory, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    c: Desk = make_desk("coordinator", "SCIS")
    t: Desk = make_desk("inspection-team", "TEAM1")
    enrol(c, t)
    c.plan.add_institution("MIN1", "Nazirlik")
    c.inspections.add("MIN1", reference="KII-0", team_node="TEAM1")  # brings MIN1 to the team
    ship(c, t, tmp_path / "stick")
    # A reference holds at most 32 characters: the file needs a short absolute path.
    secret = Path("/tmp") / f"{uuid.uuid4().hex[:8]}.png"
    Image.new("RGB", (41, 17), "red").save(secret)
    request.addfinalizer(secret.unlink)
    bold = "<b>KII</b>-1 & <i>x"
    image = f'<img src="{secret}"/>'
    t.inspections.add("MIN1", reference=bold, scope="<font size=40>böyük</font>", team_node="TEAM1")
    t.inspections.add("MIN1", reference=image, team_node="TEAM1")
    ship(t, c, tmp_path / "stick")

    for reference in (bold, image):
        out = generate(c, "inspection-act", ReportParams(inspection=reference), tmp_path / "a.pdf")
        pdf = PdfReader(out)
        text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
        assert " ".join(reference.split()) in text
        sizes = {
            img.image.size for page in pdf.pages for img in page.images if img.image is not None
        }
        assert (41, 17) not in sizes
        if reference == bold:
            assert "<font size=40>böyük</font>" in text


PARAGRAPHS = ("Paragraph", "_Paragraph")


def test_only_layout_makes_a_paragraph() -> None:
    """The escaping is one point: no code in the reports but ``layout.para`` (user text, escaped)
    and ``layout.marked`` (the user guide's own markup) builds a Paragraph."""
    makers = set()
    for path in sorted(REPORTS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]
        for call in ast.walk(tree):
            # layout's _Paragraph is reportlab's, its line breaking kept per width
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") in PARAGRAPHS:
                inside = [
                    f.name for f in functions if f.lineno <= call.lineno <= (f.end_lineno or 0)
                ]
                makers.add(f"{path.name}:{inside[-1] if inside else 'module'}")
    assert makers == {"layout.py:para", "layout.py:marked"}
