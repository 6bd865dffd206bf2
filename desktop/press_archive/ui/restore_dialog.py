"""File ▸ Restore from Automatic Backup: the backups taken as the user data changed, what restoring
the chosen one would add, and the restore itself.

Restoring merges, as `press-archive restore` does: nothing the user data holds now is removed, so
the preview shows what each kind of data would gain, next to what the backup and the user data hold.
The listing, the preview and the restore run as jobs; the dialog only shows their outcomes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from press_archive.archive.userdata.autobackup import BackupContents, RestorePreview
from press_archive.model import RestoreReport
from press_archive.ui.formatting import format_moment, format_number
from press_archive.ui.jobs import JobContext, JobRunner

PREVIEW_CHANNEL = "restore-preview"


@dataclass(frozen=True)
class ListedBackup:
    """One automatic backup as the list shows it."""

    path: Path
    taken: dt.datetime  # aware, so it is shown in local time
    size: int  # bytes


def list_backups(context: JobContext) -> list[ListedBackup]:
    """The automatic backups, newest first, as `restore --list` numbers them."""
    listed = []
    for path in context.archive.user.automatic_backups():
        status = path.stat()
        taken = dt.datetime.fromtimestamp(status.st_mtime, tz=dt.UTC)
        listed.append(ListedBackup(path, taken, status.st_size))
    return listed


class RestoreDialog(QDialog):
    """Lists the automatic backups, previews the selected one against the user data, restores it."""

    #: The backups are listed (a list of `ListedBackup`).
    listed = Signal(object)
    #: The preview of the selected backup is on screen (its `RestorePreview`).
    previewed = Signal(object)
    #: A backup was merged into the user data (its `RestoreReport`).
    restored = Signal(object)

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._backups: list[ListedBackup] = []
        self.setWindowTitle(self.tr("Restore from Automatic Backup"))
        intro = QLabel(self.tr(
            "A backup is taken each time your tags, stars, notes, collections or saved searches "
            "change. Restoring one adds what it holds to your data as it is now; nothing is removed."
        ), self)
        intro.setWordWrap(True)
        self.backup_list = QTreeWidget(self)
        self.backup_list.setHeaderLabels([self.tr("Taken"), self.tr("Size")])
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.backup_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.backup_list.header().setStretchLastSection(False)
        self.backup_list.itemSelectionChanged.connect(self._preview_selected)
        self.preview = self._preview_table()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.backup_list, 1)
        layout.addWidget(QLabel(self.tr("What restoring the selected backup would change:"), self))
        layout.addWidget(self.preview)
        layout.addWidget(self.summary)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(620, 600)
        self.reload()

    def _preview_table(self) -> QTableWidget:
        rows = [
            self.tr("Tags"), self.tr("Tagged items"), self.tr("Stars"), self.tr("Notes"),
            self.tr("Collections"), self.tr("Saved searches"),
        ]
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("In the backup"), self.tr("Now"), self.tr("Restoring adds")])
        table.setVerticalHeaderLabels(rows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row_height = table.fontMetrics().height() + 10  # the figures are compared: give them air
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(row_height)
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + row_height * len(rows) + 2 * table.frameWidth())
        return table

    def reload(self) -> None:
        """List the backups again (a new one is taken after each change)."""
        self._runner.submit(list_backups, self._show_backups, self._failed, channel="restore-list")

    def selected(self) -> ListedBackup | None:
        rows = [self.backup_list.indexOfTopLevelItem(item) for item in self.backup_list.selectedItems()]
        return self._backups[rows[0]] if rows else None

    def _show_backups(self, backups: list[ListedBackup]) -> None:
        chosen = self.selected()
        self._backups = backups
        self.backup_list.clear()
        rows = []
        for backup in backups:
            taken, size = format_moment(backup.taken, seconds=True), QLocale().formattedDataSize(backup.size)
            row = QTreeWidgetItem([taken, size])
            row.setToolTip(0, str(backup.path))
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            rows.append(row)
        self.backup_list.addTopLevelItems(rows)
        paths = [backup.path for backup in backups]
        if rows:  # the one chosen stays chosen when the list is read again after a restore
            kept = paths.index(chosen.path) if chosen is not None and chosen.path in paths else 0
            self.backup_list.setCurrentItem(rows[kept])
        else:
            self.summary.setText(self.tr("No automatic backups yet: one is taken once your data changes."))
        self.listed.emit(backups)

    @Slot()
    def _preview_selected(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(False)
        if backup is None:
            self._runner.invalidate(PREVIEW_CHANNEL)
            return

        def preview(context: JobContext) -> RestorePreview:
            return context.archive.user.preview_restore(backup.path)

        self._runner.submit(preview, self._show_preview, self._failed, channel=PREVIEW_CHANNEL)

    def _show_preview(self, preview: RestorePreview) -> None:
        columns = (preview.backup, preview.now, _added(preview.now, preview.merged))
        for column, contents in enumerate(columns):
            for row, count in enumerate(getattr(contents, name.name) for name in fields(BackupContents)):
                cell = QTableWidgetItem(format_number(count))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(row, column, cell)
        report = preview.report
        lines = []
        if report.notes_merged:
            lines.append(self.tr(
                "Notes that differ from the backup's keep their text and get the backup's appended: {count}."
            ).format(count=format_number(report.notes_merged)))
        if report.missing_items:
            lines.append(self.tr(
                "Items this archive does not hold: {count}. Their data is kept and shows once their "
                "pages are imported."
            ).format(count=format_number(len(report.missing_items))))
        if preview.now == preview.merged and not report.notes_merged:
            lines.append(self.tr("Your data already holds everything in this backup."))
        self.summary.setText("\n".join(lines))
        self.restore_button.setEnabled(True)
        self.previewed.emit(preview)

    @Slot()
    def restore(self) -> None:
        """Merge the selected backup into the user data, off the event loop."""
        backup = self.selected()
        if backup is None:
            return

        def restore(context: JobContext) -> RestoreReport:
            return context.archive.user.restore(backup.path)

        self.restore_button.setEnabled(False)
        self._runner.invalidate(PREVIEW_CHANNEL)
        self._runner.submit(restore, self._restored, self._failed, serial=True)

    def _restored(self, report: RestoreReport) -> None:
        self.restored.emit(report)
        self.reload()
        self.outcome.setText(self.report_text(report))

    def report_text(self, report: RestoreReport) -> str:
        return self.tr(
            "Restored: {tags} tags on items, {stars} stars, {notes} notes ({merged} merged into a "
            "different note), {collections} collections ({collection_items} items added to "
            "collections), {saved} saved searches."
        ).format(
            tags=format_number(report.item_tags_added), stars=format_number(report.stars_added),
            notes=format_number(report.notes_added), merged=format_number(report.notes_merged),
            collections=format_number(report.collections_added),
            collection_items=format_number(report.collection_items_added),
            saved=format_number(report.saved_searches_added),
        )

    def _failed(self, error: Exception) -> None:
        self.outcome.setText(self.tr("The backup could not be read or restored: {error}").format(error=error))


def _added(now: BackupContents, merged: BackupContents) -> BackupContents:
    """What the merge adds to each count (it never removes, so none is negative)."""
    return BackupContents(*(getattr(merged, name.name) - getattr(now, name.name) for name in fields(now)))
