"""The tables: event, trades, rules, contestants, judges, marks, audit, users, lots, codes, appeals."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, configure_mappers, mapped_column, relationship

from competition_app.storage.types import DecimalText


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, Decimal: DecimalText}


def configure() -> None:
    """Relate the mapped classes now (~30 ms at city scale), not on their first use.

    SQLAlchemy does it on the first query of any mapped class; the window's start reads through
    the tables alone so as not to wait for it, and calls this once the first page is up, so that
    the first page the user opens after it does not pay for it either."""
    configure_mappers()


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    date: Mapped[str] = mapped_column(String(40), default="")
    organizer: Mapped[str] = mapped_column(String(200), default="")
    venue: Mapped[str] = mapped_column(String(200), default="")
    team_best_n: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Per-event key for certificate verification codes (HMAC); never printed.
    secret: Mapped[str] = mapped_column(String(64))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)

    trades: Mapped[list[Trade]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Trade.position"
    )


class Trade(Base):
    __tablename__ = "trade"
    __table_args__ = (UniqueConstraint("event_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    preset: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Everything in the rules except components and criteria (which have tables of their own,
    # because marks and scores point at them): panel, rounding, tie-break, awards, titles...
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    locked_by: Mapped[str] = mapped_column(String(80), default="")
    locked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    event: Mapped[Event] = relationship(back_populates="trades")
    components: Mapped[list[Component]] = relationship(
        back_populates="trade", cascade="all, delete-orphan", order_by="Component.position"
    )
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="trade", cascade="all, delete-orphan", order_by="Criterion.position"
    )


class Component(Base):
    __tablename__ = "component"
    __table_args__ = (UniqueConstraint("trade_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    weight: Mapped[Decimal]
    max_score: Mapped[Decimal]
    position: Mapped[int] = mapped_column(Integer, default=0)

    trade: Mapped[Trade] = relationship(back_populates="components")


class Criterion(Base):
    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("trade_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), index=True)
    component_code: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    max_mark: Mapped[Decimal]
    kind: Mapped[str] = mapped_column(String(20), default="measurement")
    position: Mapped[int] = mapped_column(Integer, default=0)

    trade: Mapped[Trade] = relationship(back_populates="criteria")


class Contestant(Base):
    __tablename__ = "contestant"
    __table_args__ = (
        UniqueConstraint("event_id", "number"),
        Index("ix_contestant_trade_group", "trade_id", "group_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[str] = mapped_column(String(10), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")
    unit: Mapped[str] = mapped_column(String(200), default="")
    team: Mapped[str] = mapped_column(String(200), default="")
    group_name: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[str] = mapped_column(String(20), default="ok")
    time_minutes: Mapped[Decimal | None] = mapped_column(nullable=True)
    # The chief judge's order for a tie the rules may not break (lower first).
    decided_order: Mapped[int | None] = mapped_column(Integer, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # HMAC with the audit key over the audited fields (services.integrity.row_seals).
    seal: Mapped[str] = mapped_column(String(64), default="", server_default="")


judge_trade = Table(
    "judge_trade",
    Base.metadata,
    Column("judge_id", ForeignKey("judge.id", ondelete="CASCADE"), primary_key=True),
    Column("trade_id", ForeignKey("trade.id", ondelete="CASCADE"), primary_key=True),
)


class Judge(Base):
    __tablename__ = "judge"
    __table_args__ = (UniqueConstraint("event_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(40), default="judge")

    trades: Mapped[list[Trade]] = relationship(secondary=judge_trade)


class CriterionMark(Base):
    __tablename__ = "criterion_mark"
    __table_args__ = (
        # judge_id 0 stands for "the one mark" of a criterion scored without a panel.
        UniqueConstraint("contestant_id", "criterion_id", "judge_id"),
        # Ranking reads a trade's marks by criterion: with every column it needs in the index,
        # the read never visits the table (a third faster at 900,000 marks).
        Index("ix_mark_criterion_marks", "criterion_id", "contestant_id", "judge_id", "mark"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(Integer, default=0)
    mark: Mapped[Decimal]
    entered_by: Mapped[str] = mapped_column(String(80), default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # HMAC with the audit key over the audited fields (services.integrity.row_seals).
    seal: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ComponentScore(Base):
    __tablename__ = "component_score"
    __table_args__ = (UniqueConstraint("contestant_id", "component_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id", ondelete="CASCADE"))
    component_id: Mapped[int] = mapped_column(ForeignKey("component.id", ondelete="CASCADE"))
    score: Mapped[Decimal]
    entered_by: Mapped[str] = mapped_column(String(80), default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # HMAC with the audit key over the audited fields (services.integrity.row_seals).
    seal: Mapped[str] = mapped_column(String(64), default="", server_default="")


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    # services.changes.change_stamp: an event's newest entry is one step into this index.
    __table_args__ = (Index("ix_audit_entry_event_id_id", "event_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=_now, server_default=func.now())
    user: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(60))
    event_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    entity: Mapped[str] = mapped_column(String(60), default="")
    entity_key: Mapped[str] = mapped_column(String(200), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


# -- contest-day integrity (migration 0002) -------------------------------------------------


class AuditHead(Base):
    """The one row saying where the audit chain ends, written with every entry.

    Deleting the last entries leaves a chain that is intact but short: the head still names the
    last id, hash and count, so the loss shows. `seal` is an HMAC with the audit key over those
    three, so re-pointing the head at an earlier entry needs the key too.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    seal: Mapped[str] = mapped_column(String(64), default="", server_default="")


class AppUser(Base):
    """A person who logs in. Only a salted scrypt hash of the password is kept, with its parameters."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str] = mapped_column(String(128))
    password_salt: Mapped[str] = mapped_column(String(64))
    password_params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class LotDraw(Base):
    """The last draw of a trade: its seed and everything needed to redo it."""

    __tablename__ = "lot_draw"

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), unique=True)
    seed: Mapped[int] = mapped_column(BigInteger)
    capacities: Mapped[list[int]] = mapped_column(JSON)
    # The entry numbers that took part, as drawn; later status changes do not alter a draw.
    numbers: Mapped[list[str]] = mapped_column(JSON)
    drawn_by: Mapped[str] = mapped_column(String(80), default="")
    drawn_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    round: Mapped[int] = mapped_column(Integer, default=1)


class LotPlace(Base):
    """One contestant's place from the draw: session (场次), workstation (工位) and lot number."""

    __tablename__ = "lot_place"
    __table_args__ = (UniqueConstraint("trade_id", "session", "station"),)

    contestant_id: Mapped[int] = mapped_column(
        ForeignKey("contestant.id", ondelete="CASCADE"), primary_key=True
    )
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), index=True)
    session: Mapped[int] = mapped_column(Integer)
    station: Mapped[int] = mapped_column(Integer)
    draw_order: Mapped[int] = mapped_column(Integer)


class Checkin(Base):
    """检录: a contestant seen present (or found absent) before the session, and when."""

    __tablename__ = "checkin"

    contestant_id: Mapped[int] = mapped_column(
        ForeignKey("contestant.id", ondelete="CASCADE"), primary_key=True
    )
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    by: Mapped[str] = mapped_column(String(80), default="")


class BlindCode(Base):
    """A contestant's check-in code (一次加密) and work-piece code (二次加密)."""

    __tablename__ = "blind_code"
    __table_args__ = (
        UniqueConstraint("trade_id", "checkin_code"),
        UniqueConstraint("trade_id", "workpiece_code"),
    )

    contestant_id: Mapped[int] = mapped_column(
        ForeignKey("contestant.id", ondelete="CASCADE"), primary_key=True
    )
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), index=True)
    checkin_code: Mapped[str] = mapped_column(String(16))
    workpiece_code: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


# A judge's criteria panel within a trade; a judge with no row here marks every criterion.
judge_panel = Table(
    "judge_panel",
    Base.metadata,
    Column("judge_id", ForeignKey("judge.id", ondelete="CASCADE"), primary_key=True),
    Column("criterion_id", ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True),
)


class JudgeConflict(Base):
    """A declared conflict of interest (回避): this judge may not mark this contestant."""

    __tablename__ = "judge_conflict"
    __table_args__ = (UniqueConstraint("judge_id", "contestant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("judge.id", ondelete="CASCADE"), index=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text, default="")
    declared_by: Mapped[str] = mapped_column(String(80), default="")
    declared_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class MarkEntry(Base):
    """One pass of a verified entry (复核): 1 and 2 by two people, 3 the chief judge's resolution."""

    __tablename__ = "mark_entry"
    __table_args__ = (
        UniqueConstraint("contestant_id", "criterion_id", "judge_id", "pass_no"),
        Index("ix_mark_entry_criterion", "criterion_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(Integer, default=0)
    pass_no: Mapped[int] = mapped_column(Integer)
    mark: Mapped[Decimal]
    entered_by: Mapped[str] = mapped_column(String(80), default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class Appeal(Base):
    """申诉 against a trade's results: when it came in, why, and the decision."""

    __tablename__ = "appeal"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), index=True)
    contestant_id: Mapped[int | None] = mapped_column(
        ForeignKey("contestant.id", ondelete="SET NULL"), nullable=True
    )
    number: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    decision_note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(80), default="")


class IssuedCertificate(Base):
    """A certificate as printed: its serial and the facts its verification code vouches for."""

    __tablename__ = "issued_certificate"
    __table_args__ = (UniqueConstraint("serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    contestant_id: Mapped[int | None] = mapped_column(
        ForeignKey("contestant.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The trade the certificate was earned in, by id: a renamed trade is still the same trade
    # (its certificates then no longer match what they print, and are reissued).
    trade_id: Mapped[int | None] = mapped_column(
        ForeignKey("trade.id", ondelete="SET NULL"), nullable=True, index=True
    )
    serial: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(200), default="")
    trade: Mapped[str] = mapped_column(String(100), default="")  # the trade's name as printed
    award: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(100), default="")
    # Reprinting with changed facts (an appeal moved an award) issues a new serial; the old one
    # stops verifying.
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    issued_by: Mapped[str] = mapped_column(String(80), default="")
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


# -- re-check sampling (migration 0008) -----------------------------------------------------


class RecheckRound(Base):
    """A trade's re-check (抽样复核): the seed and settings it was drawn with, and its escalation."""

    __tablename__ = "recheck_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_id: Mapped[int] = mapped_column(ForeignKey("trade.id", ondelete="CASCADE"), unique=True)
    seed: Mapped[int] = mapped_column(BigInteger)
    # top, share and error_rate as drawn: a later change of the trade's settings alters no draw.
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    drawn_by: Mapped[str] = mapped_column(String(80), default="")
    drawn_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    round: Mapped[int] = mapped_column(Integer, default=1)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class RecheckItem(Base):
    """One contestant's score sheet in a re-check: drawn (top part, sample) or added (full
    re-check, moved into the top part), and what the checker found."""

    __tablename__ = "recheck_item"
    __table_args__ = (UniqueConstraint("round_id", "contestant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("recheck_round.id", ondelete="CASCADE"))
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestant.id", ondelete="CASCADE"))
    part: Mapped[str] = mapped_column(String(10))  # top | sample | full
    state: Mapped[str] = mapped_column(String(10), default="pending")
    checked_by: Mapped[str] = mapped_column(String(80), default="")
    checked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # sha256 of the sheet's marks when checked: a mark changed afterwards makes it pending again.
    digest: Mapped[str] = mapped_column(String(64), default="")
    # each correction: {"criterion", "judge", "old", "new"} (the audited mark change)
    corrections: Mapped[list[Any]] = mapped_column(JSON, default=list)
