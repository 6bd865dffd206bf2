"""The details of an update from the website: where it fetches from, its counts, and every URL that failed.

The dialog is not modal: the window stays usable while the update runs, and closing the dialog
leaves the update running (the status bar keeps its progress, File ▸ Update from the Website
shows the dialog again).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from press_archive.ui.fetch_flow import FetchFlow
from press_archive.ui.formatting import format_number
from press_archive.web.report import CrawlReport


class FetchDialog(QDialog):
    """Follows a `FetchFlow`: its counts as they change, its failed URLs, and a Stop button."""

    def __init__(self, flow: FetchFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self.setWindowTitle(self.tr("Update from the Website"))
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = self.tr(
            "Pages are fetched politely, one at a time with a pause between two, so the whole site "
            "takes a while. New items appear in the results as they arrive. Close this window and "
            "the update goes on; stop it and the next update goes on from where it stopped."
        )
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.figures = {
            name: QLabel("0", self)
            for name in ("fetched", "unchanged", "queued", "new", "seen", "failed")
        }
        self.failures = QTableWidget(0, 2, self)
        self.failures.setHorizontalHeaderLabels([self.tr("Address"), self.tr("What went wrong")])
        self.failures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.failures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.failures.verticalHeader().hide()
        self.failures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.failures.setWordWrap(False)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.clicked.connect(flow.cancel)
        self._lay_out()
        flow.started.connect(self.show_started)
        flow.progressed.connect(self.show_report)
        flow.finished.connect(self.show_finished)

    def _lay_out(self) -> None:
        form = QFormLayout()
        labels = {
            "fetched": self.tr("Pages fetched:"),
            "unchanged": self.tr("Unchanged since the last update:"),
            "queued": self.tr("Still to fetch:"),
            "new": self.tr("New items:"),
            "seen": self.tr("Items seen again:"),
            "failed": self.tr("Errors:"),
        }
        for name, label in labels.items():
            form.addRow(label, self.figures[name])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Addresses that failed:"), self))
        layout.addWidget(self.failures, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def show_started(self, sites: Sequence[str]) -> None:
        self.state.setText(self.tr("Updating from {sites}…").format(sites=", ".join(sites)))
        self.show_report(CrawlReport())
        self.stop_button.setEnabled(True)

    def show_report(self, report: CrawlReport) -> None:
        figures = {
            "fetched": report.requests,
            "unchanged": report.pages_unchanged,
            "queued": report.queued,
            "new": report.items_new,
            "seen": report.items_seen_again,
            "failed": report.pages_failed,
        }
        for name, figure in figures.items():
            self.figures[name].setText(format_number(figure))
        if self.failures.rowCount() > len(report.failed):
            self.failures.setRowCount(0)
        for failure in report.failed[self.failures.rowCount():]:
            row = self.failures.rowCount()
            self.failures.insertRow(row)
            for column, text in enumerate((failure.url, failure.error)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.failures.setItem(row, column, cell)

    def show_finished(self, report: CrawlReport | None) -> None:
        self.stop_button.setEnabled(False)
        if report is None:
            self.state.setText(self.tr("The update could not run: {error}").format(error=self._flow.error))
            return
        self.show_report(report)
        self.state.setText(self._flow.summary(report))
