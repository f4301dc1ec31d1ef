"""A refusal lists its problems; past a thousand it lists the first and counts the rest."""

from __future__ import annotations

from competition_app.domain.errors import Problem, ProblemList, ValidationError


def test_a_refusal_lists_every_problem_up_to_the_cap_and_counts_the_rest(monkeypatch) -> None:
    monkeypatch.setattr(ProblemList, "LISTED", 2)
    problems = ProblemList()
    for row in range(2, 7):
        problems.append(Problem(f"f.csv:{row}:mark", "分数为空"))
    assert len(problems) == 2 and problems.unlisted == 3
    refused = ValidationError(problems)
    assert refused.total == 5
    assert [str(p) for p in refused.problems] == [
        "f.csv:2:mark: 分数为空",
        "f.csv:3:mark: 分数为空",
        "另有 3 处问题未列出",
    ]


def test_a_plain_list_is_listed_whole() -> None:
    refused = ValidationError([Problem("a", "x"), Problem("b", "y")])
    assert refused.total == 2 and len(refused.problems) == 2
