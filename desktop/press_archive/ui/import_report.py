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


class ImportReportDialog(QDialog):
    """Lists the files an import could not read; each can be fixed and imported again."""

    def __init__(self, report: ImportReport, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(760, 420)
        summary_label = QLabel(summary, self)
        summary_label.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "These files were not imported. The others were; importing the same files again "
                "skips the ones already done."
            ),
            self,
        )
        advice.setWordWrap(True)
        self.table = QTableWidget(len(report.failures), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
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
        layout.addWidget(summary_label)
        layout.addWidget(advice)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
