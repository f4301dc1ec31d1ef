"""The event's pages, each built the first time it is shown (not all fifteen when the event opens)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QStackedWidget

from competition_app.ui.common.view_base import View
from competition_app.ui.window.navigation import ViewFactory
from competition_app.ui.window.session import EventSession


class LazyPages:
    """The pages the user may open, by name; `pages[name]` builds the page on first use.

    Opening a city event built every page and loaded what each shows (1.2 s of imports and
    widgets before the window appeared, and their reads after it): now only the page shown is
    built, and a page not yet built has nothing to reload when data changes.
    """

    def __init__(
        self,
        session: EventSession | None = None,
        stack: QStackedWidget | None = None,
        factories: dict[str, ViewFactory] | None = None,
        built: Callable[[View], None] = lambda _view: None,
    ) -> None:
        self._session = session
        self._stack = stack
        self._factories = dict(factories or {})
        self._built: dict[str, View] = {}
        self._on_built = built

    def __contains__(self, name: object) -> bool:
        return name in self._factories

    def __getitem__(self, name: str) -> View:
        view = self._built.get(name)
        if view is None:
            assert self._session is not None and self._stack is not None
            view = self._factories[name](self._session, self._stack)
            view.name = name
            self._built[name] = view
            self._stack.addWidget(view)
            self._on_built(view)
        return view

    def get(self, name: str) -> View | None:
        return self[name] if name in self._factories else None

    def names(self) -> list[str]:
        return list(self._factories)

    def built(self) -> Iterator[View]:
        """The pages built so far (only they have state to save or unsaved edits)."""
        return iter(list(self._built.values()))

    def is_built(self, name: str) -> bool:
        return name in self._built

    def clear(self) -> None:
        self._factories = {}
        self._built = {}
