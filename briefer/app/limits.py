"""Reading limits in the window: the largest file to read and the longest time to read it.

The defaults are those of `briefer brief` (--max-size, --read-timeout); the user's
choice is kept in the window's settings.
"""

from __future__ import annotations

from briefer.app.qt import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QSpinBox
from briefer.options import DEFAULT_SECONDS, MAX_BYTES


class ReadingLimitsDialog(QDialog):
    """Ask for the largest article file (MB) and the longest time to read one (s)."""

    def __init__(self, parent, max_bytes: int, seconds: float):
        super().__init__(parent)
        self.setWindowTitle("Reading Limits")
        self.megabytes = QDoubleSpinBox(suffix=" MB", decimals=0, minimum=1, maximum=10_000)
        self.megabytes.setValue(max_bytes / 1e6)
        self.megabytes.setToolTip("Larger article files are refused, with a message")
        self.seconds = QSpinBox(suffix=" s", minimum=5, maximum=3600)
        self.seconds.setValue(round(seconds))
        self.seconds.setToolTip("A file that takes longer to read is given up, with a message")
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
        form.addRow(buttons)

    def restore_defaults(self) -> None:
        self.megabytes.setValue(MAX_BYTES / 1e6)
        self.seconds.setValue(round(DEFAULT_SECONDS))

    def values(self) -> tuple[int, float]:
        """Return (max_bytes, seconds) as chosen."""
        return round(self.megabytes.value() * 1e6), float(self.seconds.value())


def choose_reading_limits(window, settings, _checked: bool = False) -> None:
    """Ask for new reading limits and keep them in the settings."""
    limits = settings.reading_limits()
    dialog = ReadingLimitsDialog(window, limits["max_bytes"], limits["read_seconds"])
    if dialog.exec():
        settings.set_reading_limits(*dialog.values())
