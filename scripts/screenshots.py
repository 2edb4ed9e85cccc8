"""One PNG per main screen of the real application on demo data, in English, Azerbaijani and
Russian, at 1280x800 (``make screenshots`` runs it under Xvfb):

    SCREENSHOT_DIR=docs/screenshots xvfb-run -a .venv/bin/python scripts/screenshots.py

English shots are NAME.png, the others NAME-az.png and NAME-ru.png. The demo workspaces and
the settings live in a temporary folder. The script fails if a screen makes the window wider
or taller than 1280x800 (a layout that does not fit).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from PySide6.QtWidgets import QDialog, QMenu, QWidget, QWizard

from desktop_app.core.commission import CO_SIGNED
from desktop_app.core.desk import Desk, open_desk
from desktop_app.core.models import NodeRole
from desktop_app.core.sheets.plan_sheet import measure_sheet
from desktop_app.core.sheets.writer import write_table
from desktop_app.demo.build import DemoResult, build_demo
from desktop_app.exchange import service
from desktop_app.gui import i18n
from desktop_app.gui.app import make_application
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.inspection import Choices, FindingDialog
from desktop_app.gui.dialogs.plan_import import PlanImportWizard
from desktop_app.gui.flows.setup import SetupFlow
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.setup_wizard import SetupWizard
from desktop_app.gui.welcome import WelcomeDialog

WIDTH, HEIGHT = 1280, 800
LANGUAGES = ("en", "az", "ru")
TIMEOUT_S = 60


def settle(window: MainWindow, until: Callable[[], bool] = lambda: True) -> None:
    """Run the event loop until no task runs and ``until()`` holds."""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not window.ctx.tasks.busy and until():
            for _ in range(5):  # late repaints
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            return
        time.sleep(0.01)
    raise TimeoutError("the screen did not settle")


@dataclass
class Shooter:
    window: MainWindow
    out_dir: Path
    language: str = "en"
    too_big: list[str] | None = None

    def save(self, widget: QWidget, name: str) -> Path:
        suffix = "" if self.language == "en" else f"-{self.language}"
        path = self.out_dir / f"{name}{suffix}.png"
        if widget is self.window and (self.window.width() > WIDTH or self.window.height() > HEIGHT):
            assert self.too_big is not None
            self.too_big.append(f"{path.name}: {self.window.width()}x{self.window.height()}")
        widget.grab().save(str(path))
        print(path, flush=True)
        return path

    def page(self, key: str, **args: Any) -> Any:
        self.window.go(key, args or None)
        settle(self.window)
        return self.window.pages[key]


@dataclass(frozen=True)
class Prepared:
    inbox: Path  # one institution bundle, checked (never merged) for the import preview
    stick: Path  # where the export dialog writes
    plan: Path  # a newer version of the plan as a spreadsheet, for the plan import wizard


def newer_plan(desk: Desk, path: Path) -> Path:
    """The coordinator's plan as its measures list exports it, then edited as a secretariat
    might: a measure's term moved, a new one whose co-executor is misspelt."""
    headers, rows = measure_sheet(desk.plan.measure_rows())
    end = headers.index("END")
    rows[0][end] = dt.date(2027, 12, 31)
    added = list(rows[-1])
    added[0], added[2] = "5.9", "Kibertəhlükəsizlik üzrə regional əməkdaşlıq forumu"
    added[headers.index("CO-EXECUTORS")] = "Xarici İşlər Nazirlyi"
    write_table(path, headers, [*rows, added], marking="")
    return path


def prepare(desk: Desk, demo: DemoResult, scratch: Path) -> Prepared:
    """A conflict to review, then an institution's bundle for the import preview."""
    # Answers are a thread; the status is one field: both sides move an open finding, one the
    # institution holds (its act co-signed by both agencies).
    acts = desk.commission.statuses()
    cosigned = {i.reference for i in desk.inspections.inspections() if acts.get(i.id) == CO_SIGNED}
    finding = next(
        r for r in desk.inspections.findings() if r.status == "open" and r.inspection in cosigned
    )
    code = finding.institution
    inbox = scratch / "inbox"
    inbox.mkdir()
    institution = open_desk(
        demo.institution_homes[code], user=demo.users[code], passphrase=demo.passphrase
    )
    try:
        institution.inspections.respond(
            finding.ref, "Seqmentasiya layihəsi hazırlanıb", "in_remediation"
        )
        institution.inspections.respond(
            finding.ref, "Avadanlıq quraşdırılıb, sənədlər əlavə edilib", "remediated"
        )
        desk.inspections.respond(
            finding.ref, "Koordinator: kağız üzərində qəbul edildi", "in_remediation"
        )
        sent = service.export_bundle(institution, demo.coordinator_code, scratch)
        service.import_bundle(desk, sent.path)
        institution.progress.add(
            next(r.number for r in institution.plan.measure_rows() if r.lead_code == code),
            "2026-Q3",
            "in_progress",
            60,
            "Ekran görüntüsü üçün hesabat: işin 60 faizi görülüb",
        )
        service.export_bundle(institution, demo.coordinator_code, inbox)
    finally:
        institution.close()
    stick = scratch / "stick"
    stick.mkdir()
    return Prepared(inbox, stick, newer_plan(desk, scratch / "plan-2027.xlsx"))


def unlock(window: MainWindow, demo: DemoResult) -> None:
    panel = window.unlock_panel
    panel.user.setCurrentText(demo.users[demo.coordinator_code])
    panel.passphrase.setText(demo.passphrase)
    panel.unlock()
    settle(window, lambda: window.ctx.desk is not None)


def shoot(shots: Shooter, demo: DemoResult, prepared: Prepared) -> None:
    window = shots.window
    ctx = window.ctx
    ctx.lock()
    settle(window)
    shots.save(window, "unlock")
    unlock(window, demo)
    desk = ctx.require_desk()
    shoot_plan(shots, desk)
    shoot_inspections(shots, desk)
    shoot_exchange(shots, prepared)
    shoot_plan_import(shots, prepared)
    shoot_reports_and_settings(shots)


def shoot_plan(shots: Shooter, desk: Desk) -> None:
    """The dashboard, the measures, the richest measure's detail and its plan history."""
    window = shots.window
    dashboard = shots.page("dashboard")
    settle(window, lambda: dashboard.dashboard is not None)
    shots.save(window, "dashboard")

    measures = shots.page("measures")
    settle(window, lambda: measures.model.rowCount() > 0)
    measures.table.clearSelection()
    settle(window)
    shots.save(window, "measures")

    # The measure with the most evidence and progress reports.
    def richness(row: Any) -> tuple[int, int]:
        detail = desk.plan.measure_detail(row.id)
        return len(detail.attachments), len(detail.reports)

    best = max(measures.model.rows()[:60], key=richness)
    measures.open_with({"measure": best.id})
    settle(window, lambda: measures.detail is not None and measures.detail.measure.id == best.id)
    if measures.reports.rowCount():
        measures.reports.selectRow(0)
    settle(window)
    shots.save(window, "measure-detail")
    shoot_plan_history(shots, measures)


def shoot_inspections(shots: Shooter, desk: Desk) -> None:
    """Inspections, findings, the due list, working groups and conflicts."""
    window = shots.window
    inspections = shots.page("inspections")
    row = max(
        range(inspections.model.rowCount()),
        key=lambda r: len(desk.inspections.detail(inspections.model.row_at(r).reference).notes),
        default=-1,
    )
    if row >= 0:
        inspections.view.selectRow(row)
        settle(window)
        if inspections.findings_model.rowCount():
            inspections.findings_view.selectRow(0)
    settle(window)
    shots.save(window, "inspections")

    findings = shots.page("findings")
    if findings.proxy.rowCount():
        findings.view.selectRow(0)
    settle(window)
    shots.save(window, "findings")
    shoot_weighing_and_extensions(shots)

    shots.page("due")
    shots.save(window, "due")
    shots.page("groups")
    shots.save(window, "working-groups")

    conflicts = shots.page("conflicts")
    settle(window, lambda: conflicts.model.rowCount() > 0)
    conflicts.view.selectRow(0)
    settle(window)
    shots.save(window, "conflicts")


def shoot_exchange(shots: Shooter, prepared: Prepared) -> None:
    """The Exchange page, an export to the stick and the import's preview."""
    window = shots.window
    exchange = shots.page("exchange")
    shots.save(window, "exchange")
    for old in prepared.stick.iterdir():
        old.unlink()
    exchange.open_export()
    export = exchange.dialog
    export.destination.setText(str(prepared.stick))
    settle(window, lambda: "…" not in export.summary.text())
    shots.save(export, "export")
    export.export()
    settle(window, export.done_box.isVisible)
    shots.save(export, "export-done")
    export.reject()
    settle(window)

    exchange.open_import()
    importer = exchange.dialog
    importer.add_paths([prepared.inbox, prepared.stick])
    importer.check()
    settle(window, importer.merge_button.isEnabled)
    shots.save(importer, "import-preview")
    importer.reject()
    settle(window)


def shoot_reports_and_settings(shots: Shooter) -> None:
    """Reports, partners, the audit log, settings, the user guide and About."""
    window = shots.window
    reports = shots.page("reports")
    reports.kind.setCurrentIndex(reports.kind.findData("strategy"))
    reports.generate()
    settle(window, reports.preview.is_ready)
    time.sleep(0.3)  # QPdfView renders pages asynchronously
    settle(window)
    shots.save(window, "reports")

    shots.page("partners")
    shots.save(window, "partners")

    audit = shots.page("audit")
    audit.verify()
    settle(window, lambda: bool(audit.result.text()))
    shots.save(window, "audit-log")

    settings = shots.page("settings")
    settle(window, lambda: settings.users_model.rowCount() > 0)
    shots.save(window, "settings")

    window.go("exchange", None)
    window.show_help()
    settle(window)
    assert window.help is not None
    shots.save(window.help, "help")
    window.help.reject()
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    help_menu.actions()[-1].trigger()  # Help → About
    about = next(d for d in window.findChildren(QDialog) if d.objectName() == "about")
    settle(window)
    shots.save(about, "about")
    about.accept()
    settle(window)


def shoot_plan_import(shots: Shooter, prepared: Prepared) -> None:
    """File → Import the action plan: the columns found, then the preview of a newer plan."""
    window = shots.window
    window.import_plan()
    wizard = next(w for w in window.findChildren(PlanImportWizard) if w.isVisible())
    wizard.path_edit.setText(str(prepared.plan))
    wizard.next()
    settle(window, lambda: wizard.preview is not None)
    shots.save(wizard, "plan-import-columns")
    wizard.next()
    settle(window, lambda: wizard.preview is not None)
    shots.save(wizard, "plan-import-preview")
    wizard.reject()
    settle(window)


def shoot_weighing_and_extensions(shots: Shooter) -> None:
    """A finding awaiting a decision on more time, that decision's dialog, and a weighed
    finding in the finding form (risk score and default deadline shown)."""
    window = shots.window
    desk = window.ctx.require_desk()
    (pending,) = desk.inspections.extension_requests(pending=True)
    findings = shots.page("findings", search=pending.finding)
    settle(window, lambda: findings.proxy.rowCount() == 1)
    findings.view.selectRow(0)
    settle(window, findings.decide_request_button.isEnabled)
    shots.save(window, "findings-extension")
    findings.decide_request_button.click()
    settle(window)
    shots.save(findings.dialog, "extension-decide")
    findings.dialog.reject()
    findings.search.clear()
    settle(window)

    weighed = next(r for r in desk.inspections.findings() if r.risk_score and not r.urgent)
    inspection = desk.inspections.detail(weighed.inspection).inspection
    dialog = FindingDialog(
        window.ctx,
        Choices.load(desk),
        inspection.reference,
        inspection.institution_id,
        weighed,
        parent=window,
    )
    dialog.show()
    settle(window, lambda: "25" in dialog.weighing.text())
    shots.save(dialog, "finding-weighing")
    dialog.reject()
    settle(window)


def shoot_plan_history(shots: Shooter, measures: Any) -> None:
    """A plan revision by decision (1.3.3), the dialog that asks for one, a falling indicator
    with its milestones and achievement (4.3.3), the coordinator's official status decision,
    and a cancelled measure (4.2.2)."""
    window = shots.window

    def show(number: str) -> None:
        row = next(r for r in measures.model.rows() if r.number == number)
        measures.open_with({"measure": row.id})
        settle(window, lambda: measures.detail is not None and measures.detail.measure.id == row.id)

    def dialog(name: str, open_it: Callable[[], None]) -> None:
        open_it()
        settle(window)
        opened = measures.open_dialog
        shots.save(opened, name)
        opened.reject()
        settle(window)

    show("1.3.3")
    shots.save(window, "measure-history")
    dialog("measure-revision", measures.edit_measure)
    show("4.3.3")
    measures.indicators.setCurrentRow(0)
    settle(window)
    shots.save(window, "measure-indicators")
    dialog("indicator", measures.edit_indicator)
    dialog("official-status", measures.set_official_status)
    dialog("measure-cancel", measures.cancel_measure)
    show("4.2.2")
    shots.save(window, "measure-cancelled")


def shoot_first_start(shots: Shooter, home: Path) -> None:
    """The welcome screen and each step of the set-up wizard of a coordinator's desk (real
    keys and store, made in ``home``)."""
    welcome = WelcomeDialog()
    welcome.show()
    settle(shots.window)
    shots.save(welcome, "welcome")
    welcome.reject()
    wizard = SetupWizard(SetupFlow(home), shots.window.ctx.tasks)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    wizard.role_page.buttons[NodeRole.COORDINATOR].setChecked(True)
    shots.save(wizard, "wizard-role")
    next_button.click()
    wizard.node_page.code.setText("SCIS")
    wizard.node_page.name.setText("Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti")
    shots.save(wizard, "wizard-node")
    next_button.click()
    wizard.user_page.passphrase.setText("dörd müstəqil söz bir cümlədə")
    wizard.user_page.confirmation.setText("dörd müstəqil söz bir cümlədə")
    settle(shots.window)
    shots.save(wizard, "wizard-user")
    next_button.click()
    settle(shots.window, wizard.keys_page.isComplete)
    shots.save(wizard, "wizard-keys")
    next_button.click()
    settle(shots.window, lambda: not wizard.recovery_page.running)
    shots.save(wizard, "wizard-recovery")
    wizard.recovery_page.noted.setChecked(True)
    next_button.click()
    settle(shots.window)
    shots.save(wizard, "wizard-finish")
    wizard.reject()
    settle(shots.window)


def main() -> int:
    out_dir = Path(os.environ.get("SCREENSHOT_DIR") or "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="isdesk-shots-"))
    too_big: list[str] = []
    try:
        demo = build_demo(scratch / "demo")
        settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
        i18n.install("en")
        ctx = AppContext(demo.coordinator_home, settings)
        window = MainWindow(ctx)
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(window)
        unlock(window, demo)
        prepared = prepare(ctx.require_desk(), demo, scratch)
        for language in LANGUAGES:
            settings.setValue(i18n.SETTING, language)
            i18n.install(language)
            ctx.language_changed.emit(language)
            window.resize(WIDTH, HEIGHT)
            settle(window)
            shooter = Shooter(window, out_dir, language, too_big)
            shoot(shooter, demo, prepared)
            shoot_first_start(shooter, scratch / f"new-{language}")
        ctx.lock()
        window.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    del app
    for line in too_big:
        print(f"too big for {WIDTH}x{HEIGHT}: {line}", file=sys.stderr)
    return 1 if too_big else 0


if __name__ == "__main__":
    sys.exit(main())
