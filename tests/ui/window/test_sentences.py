"""Translated sentences put one after another: run on in Chinese, a space between in English."""

from __future__ import annotations

from competition_app.ui.window.translation import install_translators, sentences


def test_english_sentences_are_spaced_and_chinese_ones_run_on(qt_app):
    parts = ["超限占比：所在评分组最高与最低分相差超过容差的比例。", "本工种不去掉最高分和最低分。"]
    assert sentences(parts) == "".join(parts)
    assert install_translators("en")
    assert sentences(["The tolerance.", "This trade drops none."]) == (
        "The tolerance. This trade drops none."
    )
