"""Edit the event after the wizard: name, dates, organizer, venue, issuer, notice period."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.services.context import Context
from competition_app.services.setup.events import (
    MAX_NOTICE_DAYS,
    EventDetails,
    EventInfo,
    get_event,
    update_event,
)
from competition_app.ui.common.form_dialog import accept_buttons, error_label
from competition_app.ui.window.crash_reporting import user_error_text


class EventDialog(QDialog):
    """The event's details in a form; Save writes them through update_event (audited). A
    refusal is shown in the dialog, which stays open. `saved` is the event after a save."""

    def __init__(self, ctx: Context, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.event_id = ctx, event_id
        self.saved: EventInfo | None = None
        self.setWindowTitle(self.tr("编辑赛事信息"))
        self.setMinimumWidth(520)
        ev = get_event(ctx, event_id)
        self.name = QLineEdit(ev.name)
        self.date = QLineEdit(ev.date)
        self.date.setPlaceholderText(self.tr("如 2022-07-20 或 2022-07-20 至 2022-07-22"))
        self.organizer = QLineEdit(ev.organizer)
        self.venue = QLineEdit(ev.venue)
        self.issuer = QLineEdit(ev.issuer)
        self.issuer.setToolTip(self.tr("印在获奖证书上的发证单位"))
        self.notice_days = QSpinBox()
        self.notice_days.setRange(0, MAX_NOTICE_DAYS)
        self.notice_days.setValue(ev.notice_days)
        self.notice_days.setSuffix(self.tr(" 个工作日"))
        form = QFormLayout()
        form.addRow(self.tr("赛事名称 *"), self.name)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("主办单位"), self.organizer)
        form.addRow(self.tr("地点"), self.venue)
        form.addRow(self.tr("发证单位"), self.issuer)
        form.addRow(self.tr("公示期"), self.notice_days)
        self.error = error_label("ErrorText")
        buttons, self.save_button = accept_buttons(
            self, self.tr("保存"), self.tr("取消"), self.save
        )
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def details(self) -> EventDetails:
        return EventDetails(
            self.name.text(),
            self.date.text(),
            self.organizer.text(),
            self.venue.text(),
            self.issuer.text(),
            self.notice_days.value(),
        )

    def save(self) -> bool:
        try:
            self.saved = update_event(self.ctx, self.event_id, self.details())
        except UserError as e:
            self.error.setText(user_error_text(e))
            self.error.show()
            return False
        self.accept()
        return True
