"""What a certificate states, built once from a result row: the facts it prints and signs.

The printed page, the verification code, the record of issue and the check of a code all use
these same facts, so what the paper says and what `verify` vouches for cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from competition_app.domain.certificate_codes import certificate_facts
from competition_app.domain.results import ResultRow


@dataclass(frozen=True)
class CertificateFacts:
    name: str
    unit: str
    trade: str
    award: str
    title: str  # titles joined with 、 (技术能手 ...)
    event: str

    @property
    def honour(self) -> str:
        """The award and title as one phrase: "一等奖、技术能手"."""
        return "、".join(x for x in (self.award, self.title) if x)

    @property
    def signed_text(self) -> str:
        """The canonical text the verification code is a MAC of."""
        return certificate_facts(
            name=self.name, unit=self.unit, trade=self.trade, award=self.honour, event=self.event
        )

    def same_as(self, other: CertificateFacts | None) -> bool:
        """Whether `other` says the same on paper (compared as signed: width and spacing folded)."""
        return other is not None and other.signed_text == self.signed_text


def facts_for(row: ResultRow, *, trade: str, event: str) -> CertificateFacts | None:
    """The facts of the row's certificate, or None when the row earns none (no award, no title)."""
    title = "、".join(row.titles)
    if not (row.award or title):
        return None
    return CertificateFacts(row.name, row.unit, trade, row.award, title, event)
