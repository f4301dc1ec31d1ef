"""The collector held off for a bulk import runs again after it, whatever happened inside."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from competition_app.services.collector import collector_paused


@pytest.fixture(autouse=True)
def _collector_running() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
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
