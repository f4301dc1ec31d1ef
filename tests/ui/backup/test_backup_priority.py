"""An automatic backup runs below the window's own work: the same snapshot, yielding the CPU."""

from __future__ import annotations

import os
import threading

import pytest

from competition_app.ui.backup.backup_control import BACKGROUND_NICE, MAX_NICE, below_the_window

unix = pytest.mark.skipif(not hasattr(os, "setpriority"), reason="Unix thread priorities")


def _nice_of_this_thread() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@unix
def test_the_work_runs_at_a_lower_priority_and_the_caller_keeps_its_own():
    before = _nice_of_this_thread()
    seen = below_the_window(lambda: (_nice_of_this_thread(), threading.get_native_id()))
    assert seen[0] == min(MAX_NICE, before + BACKGROUND_NICE)
    assert seen[1] != threading.get_native_id()
    assert _nice_of_this_thread() == before  # a pool thread would run later work at it


def test_the_result_comes_back_and_a_failure_is_raised_to_the_caller():
    assert below_the_window(lambda: 42) == 42

    def fails() -> None:
        raise ValueError("磁盘已满")

    with pytest.raises(ValueError, match="磁盘已满"):
        below_the_window(fails)
