"""The tuning controls: algorithm, length, theme pack, language, Regenerate."""

from __future__ import annotations

from briefer.app.qt import (
    QComboBox,
    QEvent,
    QHBoxLayout,
    QLabel,
    QMenu,
    QObject,
    QPushButton,
    QSpinBox,
    Qt,
    QToolButton,
    QWidget,
    Signal,
)
from briefer.options import BriefOptions, algorithm_choices, language_choices, theme_choices


class TuningBar(QWidget):
    """Choose how the brief is made; Regenerate asks for a new one."""

    regenerate = Signal()

    def __init__(self, themes_dir=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.algorithm = _combo(algorithm_choices())
        self.points = QSpinBox()
        self.points.setRange(0, 99)
        self.points.setSpecialValueText("auto")
        self.points.setToolTip("Key points in the brief, bottom line included (auto: a third)")
        self.share = QSpinBox()
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.share.setSpecialValueText("off")
        self.share.setToolTip("Or: key points as a share of the article's sentences")
        self.points.valueChanged.connect(lambda v: v and self.share.setValue(0))
        self.share.valueChanged.connect(lambda v: v and self.points.setValue(0))
        self.themes = _combo(theme_choices(themes_dir))
        self.themes.setToolTip("Headings for the key points: Auto picks the pack that fits")
        self.language = _combo(language_choices())
        self.sections = _sections_button()
        self.button = QPushButton("Regenerate")
        self.button.setToolTip("Make the brief again (F5); your edits and pinned points stay")
        self.button.clicked.connect(self.regenerate)
        self._keep_shortcuts = _KeepShortcuts(self)
        for box in (self.points, self.share):
            box.lineEdit().installEventFilter(self._keep_shortcuts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for label, widget in (
            ("Algorithm", self.algorithm),
            ("Points", self.points),
            ("or share", self.share),
            ("Themes", self.themes),
            ("Language", self.language),
        ):
            layout.addWidget(QLabel(label))
            layout.addWidget(widget)
        layout.addWidget(self.sections)
        layout.addStretch(1)
        layout.addWidget(self.button)
        self.set_options(BriefOptions())

    def options(self) -> BriefOptions:
        """Return the options the controls show."""
        return BriefOptions(
            points=self.points.value() or None,
            ratio=self.share.value() / 100 if self.share.value() else None,
            algorithm=self.algorithm.currentData(),
            themes=self.themes.currentData() or BriefOptions().themes,
            language=self.language.currentData(),
            **{name: action.isChecked() for name, action in self._section_actions()},
        )

    def set_options(self, options: BriefOptions) -> None:
        """Show these options in the controls."""
        self._select(self.algorithm, options.algorithm or BriefOptions().algorithm)
        self.points.setValue(options.points or 0)
        self.share.setValue(round((options.ratio or 0) * 100))
        self._select(self.themes, options.themes)
        self._select(self.language, options.language)
        for name, action in self._section_actions():
            action.setChecked(getattr(options, name))

    def _section_actions(self):
        return [(action.data(), action) for action in self.sections.menu().actions()]

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)


SECTIONS = (("quotes", "Who Said What"), ("figures", "Key Figures"), ("names", "Names"))


def _sections_button() -> QToolButton:
    """Return the Sections button: which sections besides the key points the brief has."""
    button = QToolButton(text="Sections", popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolTip("Sections after the key points: quotations, key figures, names")
    menu = QMenu(button)
    for name, label in SECTIONS:
        action = menu.addAction(label)
        action.setData(name)
        action.setCheckable(True)
    button.setMenu(menu)
    return button


def _combo(choices) -> QComboBox:
    """Return a box showing each choice by name, and what the chosen one means as its
    tooltip (each item's meaning shows in the list, too)."""
    combo = QComboBox()
    for choice in choices:
        combo.addItem(choice.label, choice.value)
        combo.setItemData(combo.count() - 1, choice.summary, Qt.ItemDataRole.ToolTipRole)

    def explain() -> None:
        combo.setToolTip(combo.currentData(Qt.ItemDataRole.ToolTipRole) or "")

    combo.currentIndexChanged.connect(explain)
    explain()
    return combo


class _KeepShortcuts(QObject):
    """Let the window's shortcuts (Ctrl+E: Export PDF) through a number box's text field,
    which would take Ctrl plus a letter as its own line-editing key."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)
