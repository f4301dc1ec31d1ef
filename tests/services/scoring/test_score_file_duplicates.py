"""A long-form score file giving one contestant's criterion from one judge twice is refused,
naming both rows, however many marks it holds and whatever their hashes."""

from __future__ import annotations

import pytest

from competition_app.domain.errors import ValidationError
from competition_app.io import score_sheets
from competition_app.services.scoring.score_file import import_scores

from ..conftest import EXAMPLES

pytestmark = pytest.mark.backends("sqlite")


def _marks(tmp_path, lines):
    path = tmp_path / "marks.csv"
    path.write_text("number,criterion,judge,mark\n" + "".join(lines), encoding="utf-8")
    return path


def _problems(ctx, event_id, path):
    with pytest.raises(ValidationError) as e:
        import_scores(ctx, event_id, "electrician", path)
    return [(p.location, p.reason) for p in e.value.problems]


def _example_lines():
    return (EXAMPLES / "electrician-marks.csv").read_text(encoding="utf-8").splitlines(True)[1:]


def test_a_repeated_mark_names_the_row_it_repeats(ctx, event_id, tmp_path):
    lines = _example_lines()
    path = _marks(tmp_path, [*lines, lines[2], lines[0]])
    rows = len(lines) + 1  # the header is row 1
    assert _problems(ctx, event_id, path) == [
        (f"marks.csv:{rows + 1}", "与第 4 行重复（同一选手、评分项和裁判）"),
        (f"marks.csv:{rows + 2}", "与第 2 行重复（同一选手、评分项和裁判）"),
    ]


@pytest.mark.parametrize("repeat", [False, True])
def test_keys_sharing_a_hash_are_told_apart_by_the_keys(ctx, event_id, tmp_path, monkeypatch,
                                                       repeat):  # fmt: skip
    # every key hashed alike: the check falls back to the keys, so distinct marks all import
    # and a real repeat is still found
    monkeypatch.setattr(score_sheets, "hash", lambda key: 7, raising=False)
    lines = _example_lines()
    path = _marks(tmp_path, [*lines, lines[1]] if repeat else lines)
    if repeat:
        assert _problems(ctx, event_id, path) == [
            (f"marks.csv:{len(lines) + 2}", "与第 3 行重复（同一选手、评分项和裁判）")
        ]
    else:
        assert import_scores(ctx, event_id, "electrician", path).marks == len(lines)


def test_a_refused_import_leaves_the_collector_running(ctx, event_id, tmp_path):
    # the import holds the cyclic collector off while it keeps the file's marks; a refusal
    # must not leave it off for the rest of the session
    import gc

    lines = _example_lines()
    assert gc.isenabled()
    _problems(ctx, event_id, _marks(tmp_path, [*lines, lines[0]]))
    assert gc.isenabled()
