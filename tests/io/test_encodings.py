"""The strict decoder's refusals name an encoding a person has heard of."""

from __future__ import annotations

import pytest

from competition_app.domain.errors import ValidationError
from competition_app.io.tabular import decode_text


def _refusal(data: bytes) -> str:
    with pytest.raises(ValidationError) as refused:
        decode_text(data, "f.csv")
    (problem,) = refused.value.problems
    return str(problem)


@pytest.mark.parametrize(
    "data",
    [
        b"number,name,trade\n3001,Jos\xe9 M\xfcller,fitter\n",
        "number,name,unit\n3001,Ren\u00e9e Fa\u00e7on,Caf\u00e9 cr\u00e8me\n".encode("cp1252"),
        "number,name\n3001,J\u00fcrgen Stra\u00dfe\n3002,\u00c5sa \u00d8berg\n".encode("latin-1"),
    ],
    ids=["latin1-sample", "french-cp1252", "german-nordic-latin1"],
)
def test_western_european_text_is_named_latin_1_or_cp1252(data):
    said = _refusal(data)
    assert "Latin-1/cp1252" in said, said
    for obscure in ("cp775", "cp1250", "cp1125", "mac_", "cp437"):
        assert obscure not in said, said


def test_a_well_known_guess_is_kept():
    said = _refusal("陳大文,鉗工,台北\n張三,電工,台北\n".encode("big5"))
    assert "big5" in said, said


def test_cyrillic_is_not_called_latin_1():
    said = _refusal("номер,имя\n3001,Привет мир\n3002,Иван Петров\n".encode("cp1251"))
    assert "Latin-1" not in said and "cp1251" in said, said


@pytest.mark.parametrize(
    ("data", "named"),
    [
        pytest.param(
            "number,name,trade,unit\n3004,山田太郎,fitter,東京技術\n3005,佐藤花子,fitter,大阪工業大学\n"
            .encode("cp932"),
            "cp932",
            id="shift-jis-kanji-read-as-gb18030-nonsense",
        ),
        pytest.param(
            "number,name,trade,unit\n3006,Müller,fitter,Señora Peña\n".encode("latin-1"),
            "Latin-1/cp1252",
            id="latin-1-letters-read-as-gbk-extension",
        ),
    ],
)  # fmt: skip
def test_foreign_text_that_gb18030_would_take_is_refused(data: bytes, named: str) -> None:
    said = _refusal(data)
    assert "按 GB18030 读出的也不是中文" in said and named in said, said


def test_chinese_with_rare_name_characters_is_read() -> None:
    text = "参赛证号,姓名,工种,单位\n3001,张喆,钳工,江北区职业教育中心\n3002,李堃,钳工,重庆机床集团\n3003,陈𠮷,电工,江北供电\n"
    assert decode_text(text.encode("gb18030"), "f.csv") == text
