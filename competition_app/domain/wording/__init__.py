"""The English wording of the messages the domain, services and io produce in Chinese."""

from competition_app.domain.wording.english import counted, known, to_english

__all__ = ["counted", "known", "to_english"]
