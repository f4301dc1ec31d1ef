"""Every Chinese message the lower layers can raise or report has its English in the catalogs."""

from __future__ import annotations

import re

import pytest

from competition_app.domain.wording import (
    catalog_cli,
    catalog_cli_output,
    catalog_domain,
    catalog_files,
    catalog_integrity,
    catalog_services,
    known,
    to_english,
)
from competition_app.domain.wording.english import _ENGLISH_HOLE, CJK, EXACT, EXTRA, TEMPLATES
from tests.domain.wording.message_sites import message_sites

SITES = message_sites()
PAIRS = [
    *catalog_domain.CATALOG,
    *catalog_files.CATALOG,
    *catalog_services.CATALOG,
    *catalog_integrity.CATALOG,
    *catalog_cli.CATALOG,
    *catalog_cli_output.CATALOG,
]
# English that keeps Chinese on purpose: the words a file must hold, whatever the language
KEEPS_CHINESE = {"性别“{}”应为 男 或 女", '应为文字的表，如 { 一等奖 = "First Prize" }'}


def test_the_source_has_messages_to_find():
    # the walker must keep finding the messages (a refactoring could hide them all)
    assert len(SITES) > 300
    assert any(s.template == "分数 {} 超出范围 {}–{}" for s in SITES)


@pytest.mark.parametrize("site", SITES, ids=[s.where for s in SITES])
def test_every_message_has_english(site):
    sample = site.sample()
    assert known(sample), f"no English for {site.template!r} ({site.where})"
    if site.template not in KEEPS_CHINESE:
        assert not CJK.search(to_english(sample)), to_english(sample)


def test_a_new_message_without_english_is_found():
    assert not known("这是一条没有英文的新消息 7")


@pytest.mark.parametrize(("chinese", "english"), PAIRS, ids=[zh[:30] for zh, _ in PAIRS])
def test_each_entry_has_the_holes_of_its_template(chinese, english):
    holes = chinese.count("{}")
    numbers = [m.group(1) for m in _ENGLISH_HOLE.finditer(english)]
    if any(numbers):
        assert sorted(int(n) for n in numbers) == list(range(holes))
    else:
        assert len(numbers) == holes
    assert CJK.search(chinese)


def test_no_template_is_listed_twice():
    chinese = [zh for zh, _ in PAIRS]
    assert len(chinese) == len(set(chinese))
    # and the frames of the window and the command line
    assert len(EXACT) + len(TEMPLATES) == len(set(chinese)) + len(EXTRA)


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("分数 120 超出范围 0–100", "Mark 120 is out of range 0–100"),
        ("未保存。分数 120 超出范围 0–100", "Not saved. Mark 120 is out of range 0–100"),
        (
            "报名表.csv:3:姓名: 姓名为空\n报名表.csv:4:id_number: 身份证号校验位错误",
            "报名表.csv:3:姓名: name is empty\n报名表.csv:4:id_number: the check digit of the ID number is wrong",
        ),
        (
            "用户“张三”（裁判员/记分员）无权锁定或解锁成绩",
            'User "张三" (judge/clerk) may not lock or unlock results',
        ),
        (
            "工种“钳工”的成绩已由裁判长锁定，不能修改；分数只能是整数",
            'The results of trade "钳工" are locked by the chief judge and cannot be changed;'
            " marks must be whole numbers",
        ),
        ("第 3 行（1001）张𠮷：字库缺字 U+20BB7", "Row 3 (1001) 张𠮷: not in the fonts U+20BB7"),
        (
            "“a.zip”中的 b.db 指向导入文件夹之外，拒绝导入",
            'b.db in "a.zip" points outside the import folder; import refused',
        ),
        ("用户名为空。", "The user name is empty."),
        ("第 3 行（1001）：姓名为空", "Row 3 (1001): name is empty"),
        ("名单.csv：", "名单.csv："),
        ("张三", "张三"),
        ("一条不认识的消息", "一条不认识的消息"),
        ("", ""),
    ],
    ids=[
        "range",
        "prefix",
        "rows",
        "permission",
        "joined",
        "glyphs",
        "reordered",
        "full stop",
        "worded location",
        "nothing after the location",
        "name",
        "unknown",
        "empty",
    ],
)
def test_messages_are_worded_whole(chinese, english):
    assert to_english(chinese) == english


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("共 1 处问题，未写入任何数据。", "1 problem; nothing was written."),
        ("共 2 处问题，未写入任何数据。", "2 problems; nothing was written."),
        ("共 11 处问题，未写入任何数据。", "11 problems; nothing was written."),
        ("共 0 处问题，未写入任何数据。", "0 problems; nothing was written."),
    ],
)
def test_a_count_of_one_takes_the_singular(chinese, english):
    assert to_english(chinese) == english


def test_every_counted_noun_after_a_hole_has_its_singular():
    # a count's noun in an English template ("{} marks") is said of one as SINGULAR says; a
    # plural noun missing from it would print "1 marks"
    from competition_app.domain.wording.english import SINGULAR

    counted = re.compile(r"\{\d*\} ([a-z]+s)\b")
    verbs = {"is", "has", "was", "does", "stands", "starts", "this"}
    missing = {
        word
        for entry in TEMPLATES
        for word in counted.findall(entry.english)
        if word not in SINGULAR and word not in verbs
    }
    assert missing == set()


@pytest.mark.parametrize(
    ("text", "counts", "said"),
    [
        ("Found %2 problems in “%1”", {"%2": 1}, "Found 1 problem in “%1”"),
        ("Found %2 problems in “%1”", {"%2": 2}, "Found 2 problems in “%1”"),
        ("Found %2 problems in “%1”", {"%2": 0}, "Found 0 problems in “%1”"),
        ("Note: %1 contestants still have marks missing.", {"%1": 1},
         "Note: 1 contestant still has marks missing."),
        ("The database cannot be reached: %1 marks are not saved yet", {"%1": 1},
         "The database cannot be reached: 1 mark is not saved yet"),
        ("Imported %1 rows: %2 criterion marks, %3 scores, %4 times",
         {"%1": 1, "%2": 1, "%3": 0, "%4": 12},
         "Imported 1 row: 1 criterion mark, 0 scores, 12 times"),
        ("%1 of %1 entries", {"%1": 1}, "1 of 1 entry"),  # every place of the hole
        ("%1 is done", {"%1": 1}, "1 is done"),  # no noun after it: as it is
        ("“%1”中发现 %2 处问题", {"%2": 1}, "“%1”中发现 1 处问题"),  # Chinese reads as it did
        ("%1 contestants, %2 ranked", {"%1": 11}, "11 contestants, %2 ranked"),
    ],
)  # fmt: skip
def test_the_windows_counts_are_filled_in_as_english_says_them(text, counts, said):
    from competition_app.domain.wording import counted

    assert counted(text, counts) == said
