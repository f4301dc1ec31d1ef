"""The look of the window: one light stylesheet on the Fusion style, the same on every platform."""

from __future__ import annotations

ACCENT = "#2563eb"
AWARD_COLOURS = {1: "#fef3c7", 2: "#e0e7ff", 3: "#fde7d9", 4: "#ecfdf5"}
FLAG_COLOURS = {
    "tie_needs_decision": "#fdba74",
    "panel_spread": "#fde68a",
    "missing_marks": "#e5e7eb",
    "boundary_tie": "#c7d2fe",
}
MISSING_CELL = "#fff7e6"
REFUSED_CELL = "#fee2e2"
RECUSED_CELL = "#f5f0ff"
MUTED_TEXT = "#94a3b8"
ABSENT_ROW = "#e9edf2"  # a contestant who does not compete (absent, disqualified): greyed

STYLESHEET = """
QMainWindow, QDialog, QWizard { background: #f1f5f9; }
QWidget { color: #0f172a; }
QWidget#ViewPage, QWidget#WelcomePage { background: #f1f5f9; }

QListWidget#Navigation {
    background: #1e293b; color: #cbd5e1; border: none; outline: 0;
    padding-top: 8px; font-size: 14px;
}
QListWidget#Navigation::item { padding: 6px 14px; border-left: 3px solid transparent; }
QListWidget#Navigation QScrollBar:vertical { background: #1e293b; width: 8px; border: none; margin: 0; }
QListWidget#Navigation QScrollBar::handle:vertical {
    background: #475569; border-radius: 4px; min-height: 24px;
}
QListWidget#Navigation QScrollBar::add-line:vertical,
QListWidget#Navigation QScrollBar::sub-line:vertical { height: 0; border: none; }
QListWidget#Navigation QScrollBar::add-page:vertical,
QListWidget#Navigation QScrollBar::sub-page:vertical { background: none; }
QListWidget#Navigation::item:hover { background: #334155; color: #f8fafc; }
QListWidget#Navigation::item:selected {
    background: #0f172a; color: #ffffff; border-left: 3px solid #60a5fa;
}
QLabel#NavBrand {
    background: #1e293b; color: #f8fafc; font-size: 15px; font-weight: 600;
    padding: 14px 12px 6px 16px;
}
QLabel#NavEvent { background: #1e293b; color: #94a3b8; padding: 0 12px 10px 16px; font-size: 12px; }

QLabel#ViewTitle { font-size: 20px; font-weight: 600; color: #0f172a; }
QLabel#ViewSubtitle { color: #64748b; }
QLabel#SectionTitle { font-size: 14px; font-weight: 600; color: #1e293b; }
QLabel#Muted { color: #64748b; }
QLabel#ErrorText { color: #b91c1c; }
QLabel#Counter { font-size: 14px; font-weight: 600; color: #1e293b; padding: 0 8px; }
QLabel#HeroTitle { font-size: 26px; font-weight: 600; color: #0f172a; }
QLabel#HeroSubtitle { font-size: 14px; color: #475569; }
QLabel#BigNumber { font-size: 24px; font-weight: 600; color: #1d4ed8; }

QFrame#Card {
    background: #ffffff; border: 1px solid #e2e8f0; border-radius: 8px;
}
QFrame#LockBanner {
    background: #fef3c7; border: 1px solid #f59e0b; border-radius: 6px;
}
QFrame#LockBanner QLabel { color: #78350f; font-weight: 600; }

QFrame#ProvisionalBanner {
    background: #ffedd5; border: 1px solid #fb923c; border-radius: 6px;
}
QFrame#ProvisionalBanner QLabel { color: #7c2d12; font-weight: 600; }
QFrame#FirstRunBanner { background: #eff6ff; border-bottom: 1px solid #bfdbfe; }
QFrame#FirstRunBanner QLabel { color: #1e3a8a; }
QFrame#VerificationBar { background: #eef2ff; border: 1px solid #c7d2fe; border-radius: 6px; }
QLabel#SeedNumber {
    font-size: 30px; font-weight: 700; color: #1d4ed8; letter-spacing: 2px;
    font-family: "DejaVu Sans Mono", "Consolas", monospace;
}
QLabel#Deadline { font-size: 14px; font-weight: 600; color: #1e293b; }
QLineEdit#ScanInput {
    font-size: 28px; padding: 8px 12px; border: 2px solid #93c5fd; border-radius: 8px;
    font-family: "DejaVu Sans Mono", "Consolas", monospace;
}
QLineEdit#ScanInput:focus { border-color: #2563eb; }
QWidget#ScanResult { background: #f8fafc; border: 2px solid #e2e8f0; border-radius: 10px; }
QWidget#ScanResult[state="ok"] { background: #dcfce7; border-color: #22c55e; }
QWidget#ScanResult[state="late"] { background: #ffedd5; border-color: #ea580c; }
QWidget#ScanResult[state="already"] { background: #fef3c7; border-color: #f59e0b; }
QWidget#ScanResult[state="unknown"] { background: #fee2e2; border-color: #ef4444; }
QLabel#ScanName { font-size: 28px; font-weight: 700; color: #0f172a; }
QLabel#ScanPlace { font-size: 20px; font-weight: 600; color: #1e293b; }
QLabel#ScanNote { font-size: 14px; color: #334155; }

QFrame#MessageBar { border-radius: 6px; border: 1px solid #bfdbfe; background: #eff6ff; }
QFrame#MessageBar[level="success"] { border-color: #86efac; background: #f0fdf4; }
QFrame#MessageBar[level="warning"] { border-color: #fcd34d; background: #fffbeb; }
QFrame#MessageBar[level="error"] { border-color: #fca5a5; background: #fef2f2; }
QLabel#SaveLine { border-radius: 4px; padding: 3px 8px; color: #334155; background: #f1f5f9; }
QLabel#SaveLine[level="success"] { color: #14532d; background: #dcfce7; }
QLabel#SaveLine[level="warning"] { color: #7c2d12; background: #fed7aa; font-weight: 600; }
QLabel#SaveLine[level="info"] { color: #1e3a8a; background: #dbeafe; }
QLabel#SaveLine[level="error"] { color: #7f1d1d; background: #fee2e2; }
QToolButton#MessageBarClose { border: none; color: #64748b; padding: 0 4px; }

QPushButton {
    background: #ffffff; border: 1px solid #cbd5e1; border-radius: 6px;
    padding: 5px 14px; min-height: 20px;
}
QPushButton:hover { background: #f8fafc; border-color: #94a3b8; }
QPushButton:pressed { background: #e2e8f0; }
QPushButton:disabled { color: #94a3b8; background: #f8fafc; border-color: #e2e8f0; }
QPushButton#Primary { background: #2563eb; border-color: #1d4ed8; color: #ffffff; font-weight: 600; }
QPushButton#Primary:hover { background: #1d4ed8; }
QPushButton#Primary:disabled { background: #93c5fd; border-color: #93c5fd; color: #eff6ff; }
QPushButton#Danger { color: #b91c1c; }
QPushButton#Danger:hover { background: #fef2f2; border-color: #fca5a5; }
QPushButton#Danger:disabled { color: #94a3b8; background: #f8fafc; border-color: #e2e8f0; }
QPushButton#WelcomeAction { border-radius: 8px; padding: 0; min-height: 72px; }
QLabel#ActionTitle { font-size: 15px; font-weight: 600; color: #0f172a; }
QPushButton#WelcomeAction:hover { border-color: #2563eb; background: #eff6ff; }

QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QPlainTextEdit, QTextEdit {
    background: #ffffff; border: 1px solid #cbd5e1; border-radius: 5px; padding: 3px 6px;
    selection-background-color: #bfdbfe; selection-color: #0f172a;
}
QComboBox { padding-right: 22px; }
QComboBox::drop-down {
    subcontrol-origin: padding; subcontrol-position: center right; width: 20px; border: none;
}
QComboBox::down-arrow { image: url("@CHEVRON@"); width: 12px; height: 12px; }
QComboBox QAbstractItemView {
    background: #ffffff; border: 1px solid #cbd5e1; selection-background-color: #dbeafe;
    selection-color: #0f172a; outline: 0;
}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QPlainTextEdit:focus {
    border-color: #2563eb;
}
QLineEdit[invalid="true"] { border-color: #dc2626; background: #fef2f2; }
QLabel#FieldError { color: #b91c1c; font-size: 12px; }
QLabel#FieldOk { color: #15803d; font-size: 12px; }

QTableView {
    background: #ffffff; alternate-background-color: #f8fafc; gridline-color: #e2e8f0;
    border: 1px solid #e2e8f0; border-radius: 6px;
    selection-background-color: #dbeafe; selection-color: #0f172a;
}
QTableView::item { padding: 0 4px; }
QTableView QLineEdit { border: 2px solid #2563eb; border-radius: 0; padding: 0 3px; }
QHeaderView::section {
    background: #f1f5f9; color: #334155; padding: 4px 6px; border: none;
    border-right: 1px solid #e2e8f0; border-bottom: 1px solid #cbd5e1; font-weight: 600;
}
QTableCornerButton::section { background: #f1f5f9; border: none; }

QGroupBox {
    background: #ffffff; border: 1px solid #e2e8f0; border-radius: 8px;
    margin-top: 14px; padding: 10px 8px 8px 8px; font-weight: 600;
}
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1e293b; }
QTabWidget::pane { border: 1px solid #e2e8f0; border-radius: 6px; background: #ffffff; top: -1px; }
QTabBar::tab {
    background: #e2e8f0; border: 1px solid #cbd5e1; border-bottom: none; padding: 6px 14px;
    border-top-left-radius: 6px; border-top-right-radius: 6px; margin-right: 2px;
}
QTabBar::tab:selected { background: #ffffff; color: #1d4ed8; font-weight: 600; }
QStatusBar { background: #e2e8f0; color: #334155; }
QStatusBar QLabel { padding: 0 8px; color: #334155; }
QSplitter::handle { background: #e2e8f0; }
QListWidget#RecentList { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }
QListWidget#RecentList::item { padding: 7px 8px; border-bottom: 1px solid #f1f5f9; }
QListWidget#RecentList::item:selected { background: #dbeafe; color: #0f172a; }
QProgressBar { border: 1px solid #cbd5e1; border-radius: 5px; background: #f1f5f9; text-align: center; }
QProgressBar::chunk { background: #3b82f6; border-radius: 4px; }
QToolTip { background: #1e293b; color: #f8fafc; border: none; padding: 4px 6px; }
"""


def stylesheet() -> str:
    """The stylesheet with the paths of the images it uses filled in."""
    from competition_app.resources_path import resource

    chevron = resource("icons", "chevron-down.svg").as_posix()
    return STYLESHEET.replace("@CHEVRON@", chevron)
