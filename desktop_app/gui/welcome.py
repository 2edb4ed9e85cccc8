"""The first start: set this computer up, or explore with demo data."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.i18n import LanguageChooser
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import Task, TaskContext, TaskManager, error_text

if TYPE_CHECKING:  # imported when used: a build may leave the demo out (demo_available)
    from desktop_app.demo.build import DemoResult
    from desktop_app.store.keyslots import KdfParams

SETUP = 1
DEMO = 2


class WelcomeDialog(QDialog):
    """Two ways in; ``choice`` is SETUP or DEMO after ``accept()``."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowIcon(icon("app"))
        self.choice = 0
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.language = LanguageChooser(settings)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.setup_button = QCommandLinkButton()
        self.setup_button.setIcon(icon("setup"))
        self.setup_button.setIconSize(QSize(32, 32))
        self.setup_button.clicked.connect(lambda: self._choose(SETUP))
        self.demo_button = QCommandLinkButton()
        self.demo_button.setIcon(icon("demo"))
        self.demo_button.setIconSize(QSize(32, 32))
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addWidget(self.setup_button)
        layout.addWidget(self.demo_button)
        self.retranslate()
        self.resize(560, 340)

    def retranslate(self) -> None:
        """Every text in the current language (again when the user picks another)."""
        self.setWindowTitle(self.tr("Welcome to InfoSec Desk"))
        self.heading.setText(self.tr("Welcome to InfoSec Desk"))
        self.text.setText(
            self.tr(
                "There is no InfoSec Desk store on this computer yet. Set it up for your "
                "institution, or look around first in a set of demo workspaces."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.setup_button.setText(self.tr("Set up this computer"))
        self.setup_button.setDescription(
            self.tr("Choose the role, name the institution, create the first user and the keys.")
        )
        self.demo_button.setText(self.tr("Explore with demo data"))
        self.demo_button.setDescription(
            self.tr(
                "Build a coordinator, institutions, an inspection team and the partner agency's "
                "desk with sample data in a folder you choose, and open the coordinator."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


DEMO_MODULE = "desktop_app.demo.build"


def demo_available() -> bool:
    return importlib.util.find_spec(DEMO_MODULE) is not None


def build_demo(
    parent: QWidget | None,
    tasks: TaskManager,
    on_done: Callable[[DemoResult], None],
    folder: Path | None = None,
    kdf: KdfParams | None = None,
) -> Task[DemoResult] | None:
    """Ask for an empty folder, build the demo set there on a worker, hand back the result
    (``coordinator_home``, ``passphrase``) to ``on_done``. The progress dialog's Cancel stops
    the build and removes what was built. ``kdf`` is for tests."""
    if folder is None:
        name = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("WelcomeDialog", "A folder for the demo workspaces")
        )
        if not name:
            return None
        folder = Path(name)
    if folder.exists() and any(folder.iterdir()):
        folder = folder / "infosec-desk-demo"
    demo: Any = importlib.import_module(DEMO_MODULE)

    def work(context: TaskContext) -> DemoResult:
        # The builder names each step; the progress dialog shows the count of steps done.
        result: DemoResult = demo.build_demo(
            folder,
            progress=lambda _step, _at, done, total: context.progress(done, total),
            cancel=context.cancelled,
            kdf=kdf,
        )
        return result

    def failed(error: Exception) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("WelcomeDialog", "Demo data"), error_text(error)
        )

    return tasks.run(
        work,
        on_done=on_done,
        on_error=failed,
        write=True,
        cancellable=True,
        title=QCoreApplication.translate("WelcomeDialog", "Building the demo workspaces…"),
        parent_widget=parent,
    )
