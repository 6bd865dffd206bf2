"""What an import did, shown at its end: the figures, and every file that failed with its reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from press_archive.model import ImportReport
from press_archive.ui.formatting import count_phrase


def report_summary(report: ImportReport, cancelled: bool = False) -> str:
    parts = [
        f"{count_phrase(report.files_read, 'file')} read",
        f"{count_phrase(report.items_new, 'new item')}",
        f"{report.items_seen_again:,} seen again",
    ]
    if report.files_skipped:
        parts.append(f"{report.files_skipped:,} unchanged")
    if report.failures:
        parts.append(f"{len(report.failures):,} failed")
    prefix = "Import cancelled: " if cancelled else "Import finished: "
    return prefix + ", ".join(parts) + "."


class ImportReportDialog(QDialog):
    """Lists the files an import could not read; each can be fixed and imported again."""

    def __init__(self, report: ImportReport, cancelled: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.resize(760, 420)
        summary = QLabel(report_summary(report, cancelled), self)
        summary.setWordWrap(True)
        advice = QLabel(
            "These files were not imported. The others were; importing the same files again "
            "skips the ones already done.",
            self,
        )
        advice.setWordWrap(True)
        self.table = QTableWidget(len(report.failures), 2, self)
        self.table.setHorizontalHeaderLabels(["File", "Reason"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        for row, failure in enumerate(report.failures):
            source = QTableWidgetItem(failure.source)
            source.setToolTip(failure.source)
            reason = QTableWidgetItem(failure.reason)
            reason.setToolTip(failure.reason)
            self.table.setItem(row, 0, source)
            self.table.setItem(row, 1, reason)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 320)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(advice)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
