"""The import dialog: choose bundle files or a drive, check each one (verification and a
preview of what would change), confirm the merge, then see the conflicts to review.

It draws ``flows.import_review.ImportReview``; checking and merging run in workers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.due import DueSummary
from desktop_app.exchange.merge import MergeReport
from desktop_app.exchange.service import ImportResult, Outcome
from desktop_app.gui import labels
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import human_size
from desktop_app.gui.dialogs.export import removable_drives
from desktop_app.gui.flows.import_review import (
    BundleReview,
    ImportReview,
    for_another_desk,
    reason_group,
)
from desktop_app.gui.pages.parts import WARNING_COLOUR, warning_label
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import TaskContext, error_text
from desktop_app.gui.widgets import format_date

OK_COLOUR = "#1b6e20"


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's width: QTreeView itself sizes rows
    for one line and cuts the rest."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.header().sectionResized.connect(lambda *_args: tree.doItemsLayout())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        width = max(self.tree.header().sectionSize(index.column()) - 12, 40)
        needed = shown.fontMetrics.boundingRect(
            0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, shown.text
        )
        return QSize(base.width(), max(base.height(), needed.height() + 6))


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.flow = ImportReview(ctx.require_desk())
        self.setWindowTitle(self.tr("Import bundles"))
        self.resize(820, 640)
        self.busy = False

        self.files = QListWidget()
        self.files.setMaximumHeight(110)
        choose = self._choose_row()
        self.results = self._results_tree()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.error = warning_label()
        buttons = self._buttons_row()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Bundle files, or folders and drives holding them:")))
        layout.addWidget(self.files)
        layout.addLayout(choose)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._enable()

    def _choose_row(self) -> QHBoxLayout:
        """Files, a folder, a removable drive; and removing one."""
        self.add_files_button = QPushButton(icon("open"), self.tr("Add files…"))
        self.add_files_button.clicked.connect(self._choose_files)
        self.add_folder_button = QPushButton(icon("open"), self.tr("Add a folder…"))
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.drives = QComboBox()
        self.drives.addItem(self.tr("Add a removable drive…"), "")
        for drive in removable_drives():
            self.drives.addItem(f"{drive.name} — {drive.path}", str(drive.path))
        self.drives.setVisible(self.drives.count() > 1)
        self.drives.activated.connect(self._drive_chosen)
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        choose = QHBoxLayout()
        for widget in (
            self.add_files_button,
            self.add_folder_button,
            self.drives,
            self.remove_button,
        ):
            choose.addWidget(widget)
        choose.addStretch()
        return choose

    def _results_tree(self) -> QTreeWidget:
        results = QTreeWidget()
        results.setColumnCount(3)
        results.setHeaderLabels([self.tr("Bundle"), self.tr("Result"), self.tr("Changes")])
        # The result column takes the room and wraps: a reason is read whole, not in a tooltip.
        header = results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        results.setWordWrap(True)
        results.setTextElideMode(Qt.TextElideMode.ElideNone)
        results.setItemDelegate(WrappingDelegate(results))
        return results

    def _buttons_row(self) -> QHBoxLayout:
        self.check_button = QPushButton(icon("search"), self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.merge_button = QPushButton(icon("import"), self.tr("Merge"))
        self.merge_button.clicked.connect(self.merge)
        self.conflicts_button = QPushButton(icon("conflicts"), self.tr("Review conflicts"))
        self.conflicts_button.clicked.connect(self._review_conflicts)
        self.conflicts_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (
            self.check_button,
            self.merge_button,
            self.conflicts_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        return buttons

    # -- choosing -----------------------------------------------------------------------------

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Bundle files"), "", self.tr("Bundles (*.age);;All files (*)")
        )
        self.add_paths([Path(name) for name in names])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with bundles"))
        if folder:
            self.add_paths([Path(folder)])

    def _drive_chosen(self) -> None:
        path = self.drives.currentData()
        self.drives.setCurrentIndex(0)
        if path:
            self.add_paths([Path(path)])

    def add_paths(self, paths: list[Path]) -> None:
        if not paths:
            return
        added = self.flow.add(paths)
        if not added:
            self.error.setText(self.tr("No new bundle files there."))
            self.error.show()
        else:
            self.error.hide()
        self.files.clear()
        for path in self.flow.paths:
            self.files.addItem(str(path))
        self.results.clear()
        self.summary.clear()
        self._enable()

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.flow.remove(Path(item.text()))
            self.files.takeItem(self.files.row(item))
        self.results.clear()
        self._enable()

    def _enable(self) -> None:
        idle = not self.busy
        has_files = bool(self.flow.paths)
        for widget in (self.add_files_button, self.add_folder_button, self.drives):
            widget.setEnabled(idle)
        self.remove_button.setEnabled(idle and has_files)
        self.check_button.setEnabled(idle and has_files and self.flow.step == "choose")
        mergeable = self.flow.step == "checked" and bool(self.flow.to_merge())
        self.merge_button.setEnabled(idle and mergeable)
        self.merge_button.setText(
            self.tr("Merge %n bundle(s)", "", len(self.flow.to_merge()))
            if mergeable
            else self.tr("Merge")
        )
        self.close_button.setEnabled(idle)

    # -- checking -----------------------------------------------------------------------------

    def _run(
        self,
        fn: Callable[[TaskContext], list[BundleReview]],
        on_done: Callable[[list[BundleReview]], None],
    ) -> None:
        self.busy = True
        self.error.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._enable()
        task = self.ctx.run(
            fn,
            on_done=on_done,
            on_error=self._failed,
            write=True,
            title=self.windowTitle(),
            parent_widget=self,
            progress_dialog=False,
        )
        task.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _idle(self) -> None:
        self.busy = False
        self.progress.hide()
        self._enable()

    def _failed(self, error: Exception) -> None:
        self._idle()
        self.error.setText(error_text(error))
        self.error.show()

    def check(self) -> None:
        flow = self.flow
        self._run(lambda task: flow.check(task.progress), self._checked)

    def _checked(self, reviews: list[BundleReview]) -> None:
        self._idle()
        self.results.clear()
        for review in reviews:
            self.results.addTopLevelItem(self._review_item(review, review.preview, preview=True))
        self.results.expandAll()
        merging = len(self.flow.to_merge())
        refused = sum(1 for review in reviews if review.refused)
        elsewhere = sum(1 for review in reviews if review.elsewhere)
        text = self.tr("%n bundle(s) can be merged.", "", merging)
        if elsewhere:
            text += " " + self.tr(
                "%n bundle(s) for other desks: left where they are.", "", elsewhere
            )
        if refused:
            text += " " + self.tr("%n bundle(s) refused: nothing of them will change.", "", refused)
        if merging:
            text += " " + self.tr("Nothing has changed yet: check the preview, then merge.")
        self.summary.setText(text)

    def _verdict(
        self, result: ImportResult, *, preview: bool, elsewhere: bool
    ) -> tuple[str, QColor | None]:
        """What became of the bundle, and the colour it is shown in (None: the text's)."""
        if elsewhere:
            return (
                self.tr("For another desk: this computer cannot open it; nothing to do."),
                self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
            )
        if result.outcome == Outcome.REFUSED:
            return self.tr("Refused: %s") % self.plain_reason(result.reason), QColor(WARNING_COLOUR)
        if result.outcome == Outcome.ALREADY:
            return self.tr("Already imported: nothing new"), None
        if preview:
            return self.tr("Verified: can be merged"), QColor(OK_COLOUR)
        return self.tr("Merged"), QColor(OK_COLOUR)

    def _add_report_lines(self, item: QTreeWidgetItem, report: MergeReport) -> None:
        """A line per kind of record merged, and one for the files."""
        for kind, counts in sorted(report.kinds.items()):
            child = QTreeWidgetItem(
                [
                    "",
                    labels.term(kind),
                    self.tr("%1 new, %2 updated, %n conflict(s)", "", counts.conflicts)
                    .replace("%1", str(counts.created))
                    .replace("%2", str(counts.updated)),
                ]
            )
            item.addChild(child)
        if report.attachments_stored:
            item.addChild(
                QTreeWidgetItem(
                    [
                        "",
                        self.tr("files"),
                        self.tr("%1 new (%2)")
                        .replace("%1", str(report.attachments_stored))
                        .replace("%2", human_size(report.attachment_bytes)),
                    ]
                )
            )

    def _review_item(
        self, review: BundleReview, result: ImportResult, *, preview: bool
    ) -> QTreeWidgetItem:
        name = review.path.name
        source = (
            self.tr("from %1, no. %2")
            .replace("%1", result.sender)
            .replace("%2", str(result.sequence))
            if result.sender
            else ""
        )
        elsewhere = for_another_desk(result)
        verdict, colour = self._verdict(result, preview=preview, elsewhere=elsewhere)
        changes = ""
        if result.report is not None:
            report = result.report
            changes = (
                self.tr("%1 new, %2 updated, %3 conflicts, %4 files")
                .replace("%1", str(report.created))
                .replace("%2", str(report.updated))
                .replace("%3", str(len(report.conflicts)))
                .replace("%4", str(report.attachments_stored))
            )
        item = QTreeWidgetItem([f"{name}\n{source}".strip(), verdict, changes])
        item.setToolTip(0, str(review.path))
        item.setToolTip(1, result.reason or verdict)
        if colour is not None:
            item.setForeground(1, colour)
            if elsewhere:
                item.setForeground(0, colour)
        item.setIcon(0, icon("exchange"))
        if result.outcome == Outcome.REFUSED and result.reason and not elsewhere:
            reason = labels.message(result.error, capital=False) if result.error else result.reason
            detail = QTreeWidgetItem(["", self.tr("Technical reason: %s") % reason, ""])
            item.addChild(detail)
        if result.report is not None:
            self._add_report_lines(item, result.report)
        if result.gap:
            item.addChild(QTreeWidgetItem(["", self.tr("Gap"), labels.message(result.gap)]))
        if result.history:
            item.addChild(QTreeWidgetItem(["", self.tr("History"), labels.message(result.history)]))
        if not preview and result.digest_match is not None:
            item.addChild(
                QTreeWidgetItem(
                    [
                        "",
                        self.tr("Shared data"),
                        self.tr("same as the sender's")
                        if result.digest_match
                        else self.tr("differs from the sender's: more bundles are on the way"),
                    ]
                )
            )
        if result.due is not None and result.outcome != Outcome.REFUSED:
            item.addChild(self._due_item(result.sender, result.due))
        return item

    def _due_item(self, sender: str, due: DueSummary) -> QTreeWidgetItem:
        """What the coordinator expects of this institution, one line per item."""
        counts = ", ".join(f"{labels.due_kind(kind)} {n}" for kind, n in due.counts().items())
        summary = (
            self.tr("as %1 sees it on %2, within %3 days: %4")
            .replace("%1", sender)
            .replace("%2", format_date(due.as_of))
            .replace("%3", str(due.within))
            .replace("%4", counts or self.tr("nothing"))
        )
        parent = QTreeWidgetItem(["", self.tr("Due"), summary])
        for kind, ref, date, overdue in due.items:
            remark = " · " + self.tr("overdue") if overdue else ""
            shown = f"{format_date(date) or '—'}  {labels.due_kind(kind)}{remark}"
            parent.addChild(QTreeWidgetItem(["", ref, shown]))
        return parent

    def plain_reason(self, reason: str) -> str:
        """What a refusal means for the user, in plain words."""
        words = {
            "not_for_us": self.tr("this bundle was made for another computer."),
            "unknown_sender": self.tr(
                "the sender is not enrolled here; enrol its key card on the Partners page."
            ),
            "revoked": self.tr("the sender's key has been revoked or replaced."),
            "forged": self.tr("the signature is not the sender's: the bundle may be forged."),
            "replayed": self.tr("this bundle is older than one already imported."),
            "unauthorised": self.tr("it changes records its sender may not change."),
            "damaged": self.tr(
                "the file was changed or damaged after it was written (a modified byte or an "
                "incomplete copy)."
            ),
            "unreadable": self.tr("the file cannot be read."),
        }
        return words.get(reason_group(reason), reason)

    # -- merging ------------------------------------------------------------------------------

    def merge(self) -> None:
        flow = self.flow
        self._run(lambda task: flow.merge(task.progress), self._merged)

    def _merged(self, merged: list[BundleReview]) -> None:
        self._idle()
        self.results.clear()
        for review in merged:
            if review.result is not None:
                self.results.addTopLevelItem(
                    self._review_item(review, review.result, preview=False)
                )
        self.results.expandAll()
        conflicts = self.flow.conflicts_found()
        done = sum(1 for r in merged if r.result is not None and r.result.outcome == Outcome.MERGED)
        text = self.tr("%n bundle(s) merged.", "", done)
        if conflicts:
            text += " " + self.tr(
                "%n concurrent edit(s) were kept as conflicts for review.", "", conflicts
            )
        self.summary.setText(text)
        self.conflicts_button.setVisible(conflicts > 0)

    def _review_conflicts(self) -> None:
        self.accept()
        self.ctx.go("conflicts")

    def reject(self) -> None:
        if not self.busy:
            super().reject()
