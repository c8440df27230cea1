"""The window's status bar: messages, a brief's progress with Cancel, and the word count."""

from __future__ import annotations

from briefer.app.qt import QLabel, QProgressBar, QPushButton, QStatusBar


class BriefStatus(QStatusBar):
    """Say what happened; while a brief is made, show how far it is and offer Cancel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton("Cancel")
        self.words = QLabel("0 words")
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        self.addPermanentWidget(self.words)
        self.busy(False)

    def busy(self, busy: bool) -> None:
        """Show or hide the progress and Cancel; a new run starts at "reading 0%"."""
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setValue(0)
        self.progress.setFormat("reading %p%" if busy else "")

    def show_progress(self, step) -> None:
        self.progress.setValue(int(step.fraction * 100))
        label = step.stage
        if step.file and step.total > 1:
            label = f"reading {step.done + 1} of {step.total}"
        self.progress.setFormat(f"{label} %p%")

    def show_words(self, count: int) -> None:
        self.words.setText(f"{count} words")

    def say(self, message: str, milliseconds: int = 4000) -> None:
        self.showMessage(message, milliseconds)
