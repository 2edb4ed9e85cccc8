"""Start the desktop application: ``run_gui()``."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from desktop_app.gui import i18n
from desktop_app.gui.context import AppContext
from desktop_app.gui.garbage import GuiThreadGarbageCollector
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.resources import icon, resources_dir
from desktop_app.gui.welcome import DEMO, SETUP, WelcomeDialog, build_demo, demo_available
from desktop_app.store.workspace import HOME_ENV, Workspace, default_home

if TYPE_CHECKING:
    # Imported when used: the demo (welcome.demo_available); the store's code, once the key
    # is derived (main_window.py), or by the first start's wizard.
    from desktop_app.core.desk import Desk
    from desktop_app.demo.build import DemoResult

ORGANISATION = "InfoSec Desk"
APPLICATION = "infosec-desk"
HOME_SETTING = "workspace/home"
# For the frozen build's test (tests/test_dist.py): quit this many ms after the main window
# shows, saying on stdout what it shows; with INFOSEC_DESK_PASSPHRASE the workspace is unlocked
# first. Only this smoke run reads a passphrase from the environment.
SMOKE_ENV = "INFOSEC_DESK_SMOKE_EXIT_MS"
SMOKE_PASSPHRASE_ENV = "INFOSEC_DESK_PASSPHRASE"

STYLE = """
QListWidget#sidebar { border: none; background: palette(alternate-base); font-size: 11pt; }
QListWidget#sidebar::item { padding: 6px 8px; }
QListWidget#sidebar::item:selected { background: #2b4c7e; color: white; border-radius: 4px; }
QLabel#heading { font-size: 16pt; font-weight: 600; }
QLabel#tile-value { font-size: 20pt; font-weight: 600; color: #2b4c7e; }
QFrame[tile="true"] {
    background: palette(base); border: 1px solid palette(mid); border-radius: 6px;
}
QFrame[tile="true"]:focus, QFrame[tile="true"]:hover { border: 2px solid palette(highlight); }
"""


def make_settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def workspace_home(settings: QSettings) -> Path:
    """``$INFOSEC_DESK_HOME``, else the workspace opened last (the demo's), else the default."""
    if os.environ.get(HOME_ENV):
        return default_home()
    remembered = str(settings.value(HOME_SETTING, "") or "")
    if remembered and Workspace(Path(remembered)).exists():
        return Path(remembered)
    return default_home()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv)
        GuiThreadGarbageCollector(app)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("InfoSec Desk")
    app.setWindowIcon(icon("app"))
    if "Fusion" in QStyleFactory.keys():
        app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
    # The bundled DejaVu has every Azerbaijani letter, whatever fonts the machine has.
    for font in (resources_dir() / "fonts").glob("DejaVuSans*.ttf"):
        QFontDatabase.addApplicationFont(str(font))
    return app


def first_start(ctx: AppContext) -> Desk | None:
    """Welcome, then the wizard or the demo; returns an open desk, or None if the user left.
    A cancelled or failed demo build comes back to the welcome screen."""
    from desktop_app.core.desk import open_desk
    from desktop_app.gui.flows.setup import SetupFlow
    from desktop_app.gui.setup_wizard import SetupWizard

    while True:
        welcome = WelcomeDialog(settings=ctx.settings)
        welcome.demo_button.setEnabled(demo_available())
        if not welcome.exec():
            return None
        if welcome.choice == SETUP:
            wizard = SetupWizard(SetupFlow(ctx.home), ctx.tasks, settings=ctx.settings)
            wizard.exec()
            # The store exists once the keys are made; leaving after that only skips the last
            # steps.
            return wizard.desk
        if welcome.choice != DEMO:
            return None
        result: list[DemoResult] = []
        build_demo(welcome, ctx.tasks, result.append)
        while ctx.tasks.busy:
            QCoreApplication.processEvents()
            ctx.tasks.wait_idle(50)
        QCoreApplication.processEvents()
        if result:
            break
    demo = result[0]
    ctx.home = Path(demo.coordinator_home)
    ctx.settings.setValue(HOME_SETTING, str(ctx.home))
    QMessageBox.information(
        None,
        QCoreApplication.translate("app", "Demo data"),
        QCoreApplication.translate(
            "app",
            "The demo workspaces are in %1. Every demo user's passphrase is: %2",
        )
        .replace("%1", str(Path(demo.coordinator_home).parent))
        .replace("%2", demo.passphrase),
    )
    return open_desk(ctx.home, user=None, passphrase=demo.passphrase)


def start_smoke_exit(app: QApplication, window: MainWindow, ctx: AppContext, delay: str) -> None:
    # The smoke start reports on stdout, where scripted checks (the frozen test) read it.
    log = logging.getLogger("infosec_desk.smoke")
    log.addHandler(logging.StreamHandler(sys.stdout))
    log.setLevel(logging.INFO)

    def report() -> None:
        ctx.tasks.wait_idle()
        desk = "unlocked" if ctx.desk is not None else "locked"
        shown = window.isVisible()
        log.info(
            "smoke: main window %s, %s, page %s",
            "shown" if shown else "hidden",
            desk,
            window.current_key(),
        )
        app.exit(0 if shown else 1)

    QTimer.singleShot(int(delay), report)


def run_gui(argv: list[str] | None = None, *, home: Path | None = None) -> int:
    """``home``: the workspace named on the command line, else ``workspace_home``."""
    app = make_application(argv)
    settings = make_settings()
    i18n.install(i18n.saved_language(settings))
    ctx = AppContext(home or workspace_home(settings), settings)
    desk = None
    smoke = os.environ.get(SMOKE_ENV)
    if smoke and os.environ.get(SMOKE_PASSPHRASE_ENV) and Workspace(ctx.home).exists():
        from desktop_app.core.desk import open_desk

        desk = open_desk(ctx.home, user=None, passphrase=os.environ[SMOKE_PASSPHRASE_ENV])
    if not Workspace(ctx.home).exists():
        desk = first_start(ctx)
        if desk is None:
            return 0
    window = MainWindow(ctx)
    window.show()
    if desk is not None:
        ctx.set_desk(desk)
    if smoke:
        start_smoke_exit(app, window, ctx, smoke)
    code = app.exec()
    ctx.tasks.wait_idle()
    return int(code)
