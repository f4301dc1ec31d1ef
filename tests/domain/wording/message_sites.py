"""Finds, by reading the source with `ast`, every Chinese message the lower layers can show a user.

A message site is a Chinese string literal or f-string inside a `raise`, a `Problem(...)`, a
`bad(...)` report, an append to a list of problems or differences, a `return`, an assignment to
a variable named like a message, or the default of a parameter named like one. Labels in
dictionaries (statuses, roles, flags) are not sites: the window translates those by context.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CJK = re.compile(r"[\u3400-\u9fff]")
PACKAGE = Path(__file__).resolve().parents[3] / "competition_app"
LAYERS = ("domain", "services", "io", "storage")
# demo data and the wording catalog itself are text, not messages
SKIPPED = ("services/setup/demo.py", "domain/wording/")
REPORT_CALLS = frozenset({"Problem", "bad", "_refuse_if_scored", "UserError"})
COLLECTIONS = frozenset({"problems", "differences", "undone", "out", "lines", "reasons"})
MESSAGE_NAMES = frozenset({"reason", "message", "msg", "why", "problem", "error", "detail", "e"})


@dataclass(frozen=True)
class Site:
    """One message in the source: where it is and its text with `{}` for each interpolation."""

    where: str
    template: str

    def sample(self) -> str:
        """The message as a user might see it, each interpolated value replaced by a sample."""
        return self.template.replace("{}", "7")


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _concatenation(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add)
        and (_is_text(node.left) or _is_text(node.right) or _concatenation(node.left))
    )


def _template(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.BinOp):
        return "".join(
            _template(part) if _is_text(part) or _concatenation(part) else "{}"
            for part in (node.left, node.right)
        )
    assert isinstance(node, ast.JoinedStr)
    out = []
    for v in node.values:
        out.append(v.value if isinstance(v, ast.Constant) else "{}")
    return "".join(out)


def _strings(root: ast.AST) -> Iterator[ast.expr]:
    inner = {id(v) for n in ast.walk(root) if isinstance(n, ast.JoinedStr) for v in n.values}
    for n in ast.walk(root):
        if _concatenation(n):
            # a message glued with `+` is one message; its literal pieces are not
            inner.update(id(p) for p in (n.left, n.right) if _is_text(p) or _concatenation(p))
    for n in ast.walk(root):
        if id(n) in inner:
            continue
        if _is_text(n) or _concatenation(n):
            assert isinstance(n, ast.expr)
            if CJK.search(_template(n)):
                yield n


def _call_name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _roots(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.Raise) and node.exc is not None:
        return [node.exc]
    if isinstance(node, ast.Return) and node.value is not None:
        return [node.value]
    if isinstance(node, ast.Call):
        name = _call_name(node)
        if name in REPORT_CALLS:
            return [*node.args, *(k.value for k in node.keywords)]
        f = node.func
        if (
            name in ("append", "extend")
            and isinstance(f, ast.Attribute)
            and isinstance(f.value, ast.Name)
            and f.value.id in COLLECTIONS
        ):
            return list(node.args)
    if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign) and node.value is not None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if any(isinstance(t, ast.Name) and t.id in MESSAGE_NAMES for t in targets):
            return [node.value]
    if isinstance(node, ast.arguments):
        named = [*node.posonlyargs, *node.args][-len(node.defaults) :] if node.defaults else []
        return [d for a, d in zip(named, node.defaults, strict=True) if a.arg in MESSAGE_NAMES]
    return []


def _command_line() -> list[Path]:
    """The command line's own modules (`cli*.py`, or a `cli/` package once it is one): only
    what they raise counts there, their prints are their output."""
    return sorted({*PACKAGE.glob("cli*.py"), *(PACKAGE / "cli").rglob("*.py")})


def message_sites() -> list[Site]:
    sites: list[Site] = []
    layers = [p for layer in LAYERS for p in sorted((PACKAGE / layer).rglob("*.py"))]
    cli = _command_line()
    for path in layers + cli:
        rel = path.relative_to(PACKAGE).as_posix()
        if any(rel.startswith(s) for s in SKIPPED):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        seen: set[int] = set()
        for node in ast.walk(tree):
            if path in cli and not isinstance(node, ast.Raise):
                continue
            for root in _roots(node):
                for s in _strings(root):
                    if id(s) not in seen:
                        seen.add(id(s))
                        sites.append(Site(f"{rel}:{s.lineno}", _template(s)))
    return sites


# -- what the command line prints ---------------------------------------------------------------

# argparse's own words (help, description) stay Chinese: the README says so
_HELP_CALLS = frozenset({"add_argument", "add_parser", "ArgumentParser", "add_subparsers"})
# the calls that word a text in `--lang`
_WORDING = frozenset({"say", "report_error"})


def _help_texts(tree: ast.AST) -> set[int]:
    out: set[int] = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and _call_name(n) in _HELP_CALLS:
            out.update(id(s) for k in n.keywords for s in ast.walk(k.value))
    return out


def _docstrings(tree: ast.AST) -> set[int]:
    return {
        id(n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)
    }


def output_texts(tree: ast.AST) -> list[tuple[int, str]]:
    """The Chinese texts in a command-line module other than its help and what it raises
    (those are `message_sites`): the lines it prints, their parts, prompts and labels."""
    skipped = _help_texts(tree) | _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            skipped.update(id(s) for s in ast.walk(node.exc))
    return [(s.lineno, _template(s)) for s in _strings(tree) if id(s) not in skipped]


def unworded_prints(tree: ast.AST) -> list[int]:
    """The lines of `print(...)` calls given Chinese text that does not pass `say` (or
    `report_error`): in `--lang en` they would print Chinese."""
    found = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and _call_name(n) == "print" and n.args:
            worded = {
                id(s)
                for c in ast.walk(n.args[0])
                if isinstance(c, ast.Call) and _call_name(c) in _WORDING
                for s in ast.walk(c)
            }
            if any(id(s) not in worded for s in _strings(n.args[0])):
                found.append(n.lineno)
    return found


def _cli_trees() -> Iterator[tuple[str, ast.AST]]:
    for path in _command_line():
        yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def cli_output_sites() -> list[Site]:
    """Every Chinese text the command line can print for a person."""
    return [
        Site(f"{rel}:{line}", text)
        for rel, tree in _cli_trees()
        for line, text in output_texts(tree)
    ]


def cli_unworded_prints() -> list[str]:
    return [f"{rel}:{line}" for rel, tree in _cli_trees() for line in unworded_prints(tree)]
