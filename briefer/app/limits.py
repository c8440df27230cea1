"""Limits in the window: the largest file to read, the longest time to read one, and the
longest time to make a brief.

The defaults are those of `briefer brief` (--max-size, --read-timeout, --time-limit); the
user's choice is kept in the window's settings.
"""

from __future__ import annotations

from briefer.app.qt import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QSpinBox
from briefer.options import DEFAULT_BRIEF_SECONDS, DEFAULT_SECONDS, MAX_BYTES, MAX_MEGABYTES


class ReadingLimitsDialog(QDialog):
    """Ask for the largest article file (MB), the longest time to read one (s) and the
    longest time to make a brief (s)."""

    def __init__(self, parent, max_bytes: int, seconds: float, brief_seconds: float):
        super().__init__(parent)
        self.setWindowTitle("Reading Limits")
        self.megabytes = QDoubleSpinBox(suffix=" MB", decimals=0, minimum=1, maximum=MAX_MEGABYTES)
        self.megabytes.setValue(max_bytes / 1e6)
        self.megabytes.setToolTip("Larger article files are refused, with a message")
        self.seconds = QSpinBox(suffix=" s", minimum=5, maximum=3600)
        self.seconds.setValue(round(seconds))
        self.seconds.setToolTip("A file that takes longer to read is given up, with a message")
        self.brief_seconds = QSpinBox(suffix=" s", minimum=10, maximum=86400)
        self.brief_seconds.setValue(round(brief_seconds))
        self.brief_seconds.setToolTip("A brief that takes longer is given up, with a message")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        form = QFormLayout(self)
        form.addRow("Largest article file:", self.megabytes)
        form.addRow("Longest time to read one:", self.seconds)
        form.addRow("Longest time to make a brief:", self.brief_seconds)
        form.addRow(buttons)

    def restore_defaults(self) -> None:
        self.megabytes.setValue(MAX_BYTES / 1e6)
        self.seconds.setValue(round(DEFAULT_SECONDS))
        self.brief_seconds.setValue(round(DEFAULT_BRIEF_SECONDS))

    def values(self) -> tuple[int, float, float]:
        """Return (max_bytes, seconds, brief_seconds) as chosen."""
        megabytes, seconds = self.megabytes.value(), self.seconds.value()
        return round(megabytes * 1e6), float(seconds), float(self.brief_seconds.value())


def choose_reading_limits(window, settings, _checked: bool = False) -> None:
    """Ask for new reading limits and keep them in the settings."""
    limits = settings.reading_limits()
    dialog = ReadingLimitsDialog(
        window, limits["max_bytes"], limits["read_seconds"], limits["brief_seconds"]
    )
    if dialog.exec():
        settings.set_reading_limits(*dialog.values())
