"""Help: the user guide in the interface's language (F1 opens the current screen's section),
the guide printed as a PDF from the same source, and About (version, the build's release
fingerprint, the licences of the bundled components)."""

from __future__ import annotations

import html
import io
import platform
from importlib import metadata

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.gui.dialogs.base import grouped
from desktop_app.gui.dialogs.pdf_preview import PdfPreviewDialog
from desktop_app.gui.pages.parts import open_dialog
from desktop_app.gui.tasks import TaskManager
from desktop_app.gui.widgets import current_language
from desktop_app.release import ReleaseError, installed_release, running_build
from desktop_app.reports import user_guide

# What the build bundles: (component, distribution whose version is shown, licence).
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("Python", "python", "PSF-2.0"),
    ("Qt 6 and Qt for Python (PySide6)", "PySide6-Essentials", "LGPL-3.0-only"),
    ("SQLCipher (sqlcipher3)", "sqlcipher3", "BSD-3-Clause (SQLCipher), zlib (sqlcipher3)"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("cryptography (with OpenSSL)", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("segno", "segno", "BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("DejaVu fonts", "", "Bitstream Vera Fonts licence (free; resources/fonts)"),
)


def guide_language() -> str:
    language = current_language()
    return language if language in user_guide.GUIDE_LANGS else "en"


class HelpDialog(QDialog):
    """The guide, kept open beside the main window; ``show_section(key)`` scrolls to one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(760, 680)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.language = guide_language()
        self.browser.setHtml(user_guide.to_html(self.language))
        self.section = ""
        # The browser lays a long text out in steps after it is shown: while its scroll range
        # grows, the section asked for comes into reach, so the scroll follows it.
        self.browser.verticalScrollBar().rangeChanged.connect(self._scroll_to_section)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def show_section(self, key: str) -> None:
        self.section = key
        self.show()
        self.raise_()
        self.activateWindow()
        self._scroll_to_section()

    def _scroll_to_section(self) -> None:
        if self.section:
            self.browser.scrollToAnchor(self.section)


def print_user_guide(tasks: TaskManager, parent: QWidget) -> None:
    """Render the guide in a worker and show it to print or save."""
    language = guide_language()

    def render(_context: object) -> bytes:
        out = io.BytesIO()
        user_guide.render_pdf(language, out)
        return out.getvalue()

    title = QCoreApplication.translate("HelpDialog", "User guide")

    def show(data: bytes) -> None:
        dialog = PdfPreviewDialog(title, data, f"infosec-desk-guide-{language}.pdf", parent)
        dialog.setObjectName("guide-preview")
        open_dialog(dialog)

    tasks.run(render, on_done=show, title=title, parent_widget=parent)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About InfoSec Desk"))
        self.resize(640, 560)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def release_text(self) -> str:
        try:
            release = installed_release(running_build())
        except ReleaseError as error:
            return self.tr("The release manifest does not check out: %1").replace(
                "%1", html.escape(str(error))
            )
        if release is None:
            return self.tr("A development copy, not a signed release build.")
        return (
            self.tr("Release %1, commit %2, signed with release key %3.")
            .replace("%1", html.escape(release.version))
            .replace("%2", html.escape(release.commit[:12]))
            .replace("%3", html.escape(release.key_id))
            + "<br>"
            + self.tr("Release fingerprint (SHA-256 of RELEASE.json):")
            + f"<br><code>{grouped(release.manifest_sha256[:32])}<br>"
            + f"{grouped(release.manifest_sha256[32:])}</code>"
        )

    def text(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(_version(dist))}</td>"
            f"<td>{html.escape(licence)}</td></tr>"
            for name, dist, licence in COMPONENTS
        )
        return (
            f"<h2>InfoSec Desk {html.escape(__version__)}</h2>"
            + "<p>"
            + self.tr(
                "InfoSec Desk: the action plan of the Information Security and Cybersecurity "
                "Strategy 2023-2027 and inspections of critical information infrastructure, "
                "offline, with an encrypted store."
            )
            + "</p><p>"
            + self.release_text()
            + "</p><h3>"
            + self.tr("Bundled components and their licences")
            + "</h3>"
            + '<table cellpadding="3"><tr><th align="left">'
            + self.tr("Component")
            + '</th><th align="left">'
            + self.tr("Version")
            + '</th><th align="left">'
            + self.tr("Licence")
            + f"</th></tr>{rows}</table><p>"
            + self.tr(
                "Qt and PySide6 are used under the GNU LGPL version 3 as separate shared "
                "libraries, which may be replaced with other builds of the same version; their "
                "source code is published by the Qt Project."
            )
            + "</p>"
        )


def _version(distribution: str) -> str:
    if distribution == "python":
        return platform.python_version()
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""
