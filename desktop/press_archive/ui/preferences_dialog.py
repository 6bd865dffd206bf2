"""Preferences: the archive file, the language, light or dark, how many results to read at a time, backups,
and where and how politely Update from the Website fetches.

The dialog edits a copy of the `Preferences` and hands it back on OK; the window stores and applies
it. The language and the archive file are read when the program starts, and the dialog says so
next to them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from press_archive.archive import default_db_path
from press_archive.ui.appearance import colors_for
from press_archive.ui.preferences import (
    BACKUPS_KEPT_RANGE,
    FETCH_DELAY_RANGE,
    PAGE_SIZE_RANGE,
    InterfaceLanguage,
    Preferences,
    Theme,
    parse_sites,
)
from press_archive.web.errors import UrlError
from press_archive.web.scope import DEFAULT_START_URLS

#: Each language is named in itself, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {InterfaceLanguage.ENGLISH: "English", InterfaceLanguage.RUSSIAN: "Русский"}


class PreferencesDialog(QDialog):
    """Shows `preferences`; `preferences()` is what the user set, once the dialog is accepted."""

    def __init__(
        self, preferences: Preferences, open_archive: Path, backup_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        # The file open now, which `--db` or $PRESS_ARCHIVE_DB may have named instead of the setting.
        self.open_archive_label = QLabel(str(open_archive.resolve()), self)
        self.open_archive_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_archive_label.setWordWrap(True)
        self._archive_path = preferences.archive_path
        self.archive_label = QLabel(self)
        self.archive_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.archive_label.setWordWrap(True)
        self.archive_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self._choose_archive)
        self.default_button = QPushButton(self.tr("Use the Default"), self)
        self.default_button.clicked.connect(lambda: self._show_archive(None))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Automatic (the system's language)"), InterfaceLanguage.AUTO.value)
        for language, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, language.value)
        self.language.setCurrentIndex(self.language.findData(preferences.language.value))
        self.theme = QComboBox(self)
        for theme, name in ((Theme.SYSTEM, self.tr("Follow the system")), (Theme.LIGHT, self.tr("Light")),
                            (Theme.DARK, self.tr("Dark"))):
            self.theme.addItem(name, theme.value)
        self.theme.setCurrentIndex(self.theme.findData(preferences.theme.value))
        self.page_size = QSpinBox(self)
        self.page_size.setRange(*PAGE_SIZE_RANGE)
        self.page_size.setSingleStep(50)
        self.page_size.setValue(preferences.page_size)
        self.auto_backup = QCheckBox(self.tr("On closing"), self)
        self.auto_backup.setChecked(preferences.auto_backup)
        self.backups_kept = QSpinBox(self)
        self.backups_kept.setRange(*BACKUPS_KEPT_RANGE)
        self.backups_kept.setValue(preferences.backups_kept)
        self.auto_backup.toggled.connect(self.backups_kept.setEnabled)
        self.backups_kept.setEnabled(preferences.auto_backup)
        where = self.tr("Your tags, stars, notes and collections are copied into {folder}")
        self.backup_dir_label = _note(where.format(folder=backup_dir), self)
        self.sites = QPlainTextEdit("\n".join(preferences.fetch_sites), self)
        self.sites.setTabChangesFocus(True)
        self.sites.setFixedHeight(self.sites.fontMetrics().lineSpacing() * 4 + 12)
        self.sites_problem = QLabel(self)
        self.sites_problem.setWordWrap(True)
        problem_palette = self.sites_problem.palette()
        problem_palette.setColor(QPalette.ColorRole.WindowText, colors_for(self.palette()).error)
        self.sites_problem.setPalette(problem_palette)
        self.sites_problem.hide()
        self.fetch_delay = QDoubleSpinBox(self)
        self.fetch_delay.setRange(*FETCH_DELAY_RANGE)
        self.fetch_delay.setDecimals(1)
        self.fetch_delay.setSingleStep(0.5)
        self.fetch_delay.setSuffix(self.tr(" s"))
        self.fetch_delay.setValue(preferences.fetch_delay)
        self.update_on_start = QCheckBox(self.tr("When Press Archive starts"), self)
        self.update_on_start.setChecked(preferences.update_on_start)
        self._lay_out()
        self._show_archive(preferences.archive_path)

    def _lay_out(self) -> None:
        archive_buttons = QWidget(self)
        row = QHBoxLayout(archive_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)  # texts, not boxes
        form.addRow(self.tr("Open archive:"), self.open_archive_label)
        form.addRow(self.tr("Archive file:"), self.archive_label)
        form.addRow("", archive_buttons)
        restart = self.tr("Another archive file is opened when Press Archive starts again.")
        form.addRow("", _note(restart, self))
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", _note(self.tr("A new language is used when Press Archive starts again."), self))
        form.addRow(self.tr("Colours:"), self.theme)
        form.addRow(self.tr("Results read at a time:"), self.page_size)
        form.addRow(self.tr("Automatic backups:"), self.auto_backup)
        form.addRow(self.tr("Backups to keep:"), self.backups_kept)
        form.addRow("", self.backup_dir_label)
        form.addRow(self.tr("Sites to update from:"), self.sites)
        form.addRow("", self.sites_problem)
        sites_note = self.tr("One start address a line; links are followed on these sites only.")
        form.addRow("", _note(sites_note, self))
        form.addRow(self.tr("Wait between requests:"), self.fetch_delay)
        form.addRow(self.tr("Update from the website:"), self.update_on_start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)

    def accept(self) -> None:
        """Closes only with start addresses that can be used; a bad one is named under the field."""
        try:
            parse_sites(self.sites.toPlainText())
        except UrlError as error:
            problem = self.tr("“{address}”: {reason}").format(address=error.url, reason=error.reason)
            self.sites_problem.setText(problem)
            self.sites_problem.show()
            self.sites.setFocus()
            return
        super().accept()

    def preferences(self) -> Preferences:
        """What the dialog shows; call once it is accepted (the sites are then known to be good)."""
        return Preferences(
            archive_path=self._archive_path,
            language=InterfaceLanguage(self.language.currentData()),
            theme=Theme(self.theme.currentData()),
            page_size=self.page_size.value(),
            auto_backup=self.auto_backup.isChecked(),
            backups_kept=self.backups_kept.value(),
            fetch_sites=parse_sites(self.sites.toPlainText()) or DEFAULT_START_URLS,
            fetch_delay=self.fetch_delay.value(),
            update_on_start=self.update_on_start.isChecked(),
        )

    def _show_archive(self, path: Path | None) -> None:
        self._archive_path = path
        if path is None:
            self.archive_label.setText(self.tr("{path} (the default)").format(path=default_db_path()))
        else:
            self.archive_label.setText(str(path))
        self.default_button.setEnabled(path is not None)

    @Slot()
    def _choose_archive(self) -> None:
        """An existing archive, or the name of a new one: a file that does not exist yet starts empty."""
        start = str(self._archive_path or default_db_path())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Archive File"), start, self.tr("Press Archive files (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self._show_archive(Path(name))


def _note(text: str, parent: QWidget) -> QLabel:
    """A line of explanation under a setting, smaller than the setting itself."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in light and dark alike
    return label
