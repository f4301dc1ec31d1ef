"""Every Chinese line the command line prints for a person has its English (`--lang en`), and
passes `say` on its way out: a new line without English, or printed past `say`, fails here."""

from __future__ import annotations

import ast

import pytest

from competition_app.domain.wording import known, to_english
from competition_app.domain.wording.english import CJK
from tests.domain.wording.message_sites import (
    cli_output_sites,
    cli_unworded_prints,
    output_texts,
    unworded_prints,
)

SITES = cli_output_sites()
# Chinese in the command line that is never printed: option values it accepts ("是" for on,
# "未设置" for none) and help texts named in a loop
NOT_OUTPUT = {
    ("cli/trades.py", "是"),
    ("cli/trades.py", "未设置"),
    ("cli/users.py", "停用用户"),
    ("cli/users.py", "重新启用用户"),
}
OUTPUT = [s for s in SITES if (s.where.split(":")[0], s.template) not in NOT_OUTPUT]


def test_the_walker_finds_the_command_lines_output():
    assert len(OUTPUT) > 80
    templates = {s.template for s in OUTPUT}
    assert {"已导入 {} 名选手", "抽签结果与种子 {} 重算的结果一致", "证书编号：{}"} <= templates
    # help texts are not output (they stay Chinese, as the README says)
    assert "抽签" not in templates


@pytest.mark.parametrize("site", OUTPUT, ids=[s.where for s in OUTPUT])
def test_every_printed_line_has_english(site):
    sample = site.sample()
    assert known(sample), f"no English for {site.template!r} ({site.where})"
    assert not CJK.search(to_english(sample)), to_english(sample)


def test_every_print_of_chinese_passes_say():
    assert cli_unworded_prints() == []


def test_a_new_line_without_english_or_past_say_is_found():
    tree = ast.parse(
        'print(f"已删除 {n} 个裁判")\n'
        'print(say(f"已清空 {n} 个分数"), file=sys.stderr)\n'
        'x.add_argument("--all", help="全部")\n'
        'raise UserError("不行")\n'
    )
    assert unworded_prints(tree) == [1]
    texts = output_texts(tree)
    assert texts == [(1, "已删除 {} 个裁判"), (2, "已清空 {} 个分数")]
    assert not any(known(t.replace("{}", "7")) for _, t in texts)
