"""A form dialog shows each of the service's problems beside its field and the rest below."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from competition_app.domain.errors import Problem, UserError, ValidationError
from competition_app.ui.common.form_dialog import FieldsDialog


class NameDialog(FieldsDialog):
    def __init__(self, refusal: UserError | None) -> None:
        super().__init__()
        self.refusal = refusal
        self.name = QLineEdit()
        self._lay_out([("name", "姓名", self.name)], "保存", "取消")

    def save(self) -> None:
        if self.refusal is not None:
            self._show_refusal(self.refusal)
            return
        self.accept()


def test_problems_go_beside_their_field_and_the_rest_below(qtbot):
    refusal = ValidationError(
        [Problem("name", "姓名为空"), Problem("trade", "没有此工种"), Problem("row 3", "重复")]
    )
    dialog = NameDialog(refusal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()
    assert dialog.isVisible()  # refused: the dialog stays open
    assert dialog.errors["name"].isVisible() and dialog.errors["name"].text() == "姓名为空"
    assert dialog.name.property("invalid") is True
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text().splitlines() == [
        str(Problem("trade", "没有此工种")),
        str(Problem("row 3", "重复")),
    ]


def test_a_plain_refusal_is_shown_below_and_cancel_closes(qtbot):
    dialog = NameDialog(UserError("本工种已锁定"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()
    assert dialog.general_error.text() == "本工种已锁定"
    assert dialog.save_button.text() == "保存"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()


def test_an_accepted_save_closes(qtbot):
    dialog = NameDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
