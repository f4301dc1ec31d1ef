"""Dialogs of typed fields: the accept / cancel buttons every such dialog has, and a base for
forms whose service reports each problem by field (a contestant, a judge)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError, ValidationError
from competition_app.ui.window.crash_reporting import error_text
from competition_app.ui.window.translation import service_text

Buttons = QDialogButtonBox.StandardButton


def accept_buttons(
    dialog: QDialog,
    accept_text: str,
    cancel_text: str,
    on_accept: Callable[[], None],
    *,
    accept: Buttons = Buttons.Save,
) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's button row: `accept_text` (the primary button, which runs `on_accept`: it
    checks and closes the dialog itself) and `cancel_text`. The texts come translated from the
    dialog, in its own context."""
    buttons = QDialogButtonBox(accept | Buttons.Cancel)
    button = buttons.button(accept)
    button.setText(accept_text)
    button.setObjectName("Primary")
    buttons.button(Buttons.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, button


def error_label(name: str = "FieldError") -> QLabel:
    """A hidden, wrapping label for a problem (shown once there is one)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldsDialog(QDialog):
    """A form whose each field has its problem shown beneath it, and a line for problems that
    belong to no field. Subclasses build the fields, call `_lay_out`, and implement `save()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.general_error = error_label()

    def save(self) -> None:
        raise NotImplementedError

    def _lay_out(
        self, rows: list[tuple[str, str, QWidget]], save_text: str, cancel_text: str
    ) -> QFormLayout:
        """Rows of (key, label, widget): the form, the general problem line, then the buttons."""
        form = QFormLayout()
        for key, label, widget in rows:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            self.errors[key] = err = error_label()
            box.addWidget(err)
            self._fields[key] = widget
            form.addRow(label, box)
        self.buttons, self.save_button = accept_buttons(self, save_text, cancel_text, self.save)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)
        return form

    def _set_error(self, key: str, text: str) -> None:
        label = self.errors[key]
        label.setText(text)
        label.setVisible(bool(text))
        widget = self._fields.get(key)
        if isinstance(widget, QLineEdit):
            # the stylesheet draws a field marked invalid with a red border
            widget.setProperty("invalid", bool(text))
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _show_refusal(self, error: UserError) -> None:
        """The service's refusal: each problem beside its field, the rest on the general line."""
        problems = error.problems if isinstance(error, ValidationError) else []
        other = [error_text(error)] if not isinstance(error, ValidationError) else []
        for p in problems:
            if p.location in self.errors:
                self._set_error(p.location, service_text(p.reason))
            else:
                other.append(service_text(str(p)))
        if other:
            self.general_error.setText("\n".join(other))
            self.general_error.show()
