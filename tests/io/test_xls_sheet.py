"""Old Excel 97-2003 workbooks (.xls) read as XLSX files are, refusals in the same words."""

from __future__ import annotations

import pytest

from competition_app.domain.errors import ValidationError
from competition_app.io.registration import read_contestants
from tests.io.xls_file import write_xls


def test_an_xls_registration_form_is_read(tmp_path):
    path = write_xls(
        tmp_path / "报名表.xls",
        [
            ["参赛证号", "姓名", "工种", "单位"],
            ["0012", "陈𠮷", "钳工", "江北"],
            [1013.0, "王伟", "钳工", ""],
        ],
        sheet="报名",
    )
    sheet = read_contestants(path)
    assert sheet.header == ("number", "name", "trade", "unit")
    assert [values for _, values in sheet.rows] == [
        {"number": "0012", "name": "陈𠮷", "trade": "钳工", "unit": "江北"},
        {"number": "1013", "name": "王伟", "trade": "钳工", "unit": ""},  # Excel's 1013.0
    ]
    assert [row for row, _ in sheet.rows] == [2, 3]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        pytest.param(b"PK\x03\x04" + b"\x00" * 100, "内容是XLSX", id="an-xlsx-renamed"),
        pytest.param("参赛证号,姓名\n".encode(), "不是有效的 XLS 文件", id="a-csv-renamed"),
        pytest.param(
            bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600, "无法读取此 XLS 文件", id="damaged"
        ),
    ],
)
def test_what_is_not_an_xls_is_refused_in_words(tmp_path, content, says):
    path = tmp_path / "报名表.xls"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as e:
        read_contestants(path)
    assert says in str(e.value.problems[0])
