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


# What a certificate is for: the award alone, the award with the titles, or one title alone
# (when a layout gives titles certificates of their own).
AWARD = "award"
BOTH = "both"
TITLE = "title:"  # followed by the title


def kind_of(award: str, title: str) -> str:
    """The kind of a certificate that names `award` and `title` (either may be "")."""
    if award and title:
        return BOTH
    return AWARD if award else f"{TITLE}{title}"


def certificate_kinds(row: ResultRow, *, separate_titles: bool) -> tuple[str, ...]:
    """The certificates a row earns: one naming everything, or the award's and one per title."""
    if not separate_titles:
        title = "、".join(row.titles)
        return (kind_of(row.award, title),) if row.award or title else ()
    return ((AWARD,) if row.award else ()) + tuple(f"{TITLE}{t}" for t in row.titles)


def facts_for(
    row: ResultRow, *, trade: str, event: str, kind: str | None = None
) -> CertificateFacts | None:
    """The facts of the row's certificate of `kind` (by default the one naming award and titles),
    or None when the row does not earn it (any more)."""
    title = "、".join(row.titles)
    if kind is None:
        if not (row.award or title):
            return None
        kind = kind_of(row.award, title)
    if kind == BOTH:
        award = row.award if row.award and title else ""
        if not award:
            return None
    elif kind == AWARD:
        if not row.award:
            return None
        award, title = row.award, ""
    elif kind.startswith(TITLE) and kind[len(TITLE) :] in row.titles:
        award, title = "", kind[len(TITLE) :]
    else:
        return None
    return CertificateFacts(row.name, row.unit, trade, award, title, event)
