"""The collector held off for a bulk import, or for the window's start, runs again after it,
whatever happened inside."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from competition_app.services import collector
from competition_app.services.collector import collector_paused


@pytest.fixture(autouse=True)
def _collector_running() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()  # what a start froze goes back to being collected, as in any other test
    if not was:
        gc.disable()


def test_paused_inside_and_running_after_even_when_the_import_fails() -> None:
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("a bad row")
    assert gc.isenabled()


def test_an_inner_pause_ending_does_not_resume_an_outer_one() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_someone_had_stopped_stays_stopped() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_the_start_holds_it_until_the_window_has_opened_its_database() -> None:
    collector.pause_for_start()
    collector.pause_for_start()  # once: a second start call is the same start
    assert not gc.isenabled()
    # a page's import during the start ends without resuming what the start holds
    with collector_paused():
        pass
    assert not gc.isenabled()
    collector.resume_after_start()
    assert gc.isenabled()
    collector.resume_after_start()  # nothing held any more: nothing to undo
    assert gc.isenabled()


def test_an_import_running_when_the_start_ends_keeps_it_until_it_ends() -> None:
    collector.pause_for_start()
    with collector_paused():
        collector.resume_after_start()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_window_made_without_a_start_changes_nothing() -> None:
    gc.unfreeze()
    collector.resume_after_start()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_what_the_start_made_is_not_walked_again_and_what_comes_after_is_collected() -> None:
    gc.unfreeze()
    collector.pause_for_start()
    made_at_start = [_Cycle() for _ in range(1000)]
    collector.resume_after_start()
    # the start's objects are out of the generations a collection walks
    assert gc.get_freeze_count() >= len(made_at_start)
    walked = {id(x) for x in gc.get_objects()}
    assert not any(id(x) in walked for x in made_at_start)
    # a cycle made once the window is open is still found and freed
    later = _Cycle()
    gone = weakref.ref(later)
    del later
    gc.collect()
    assert gone() is None
