"""Contestants as the registration desk handles them: a form imported whole or not at all, a
preview that writes nothing, one person added, edited, given a status or deleted, each refusal
with the reason the desk reads."""

from __future__ import annotations

import pytest

from competition_app.domain.errors import ConflictError, LockedError, UserError, ValidationError
from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import (
    ContestantInfo,
    add_contestant,
    delete_contestant,
    find_contestant,
    import_contestants,
    list_contestants,
    preview_import,
    set_status,
    update_contestant,
)
from competition_app.services.results.locking import lock_trade
from competition_app.services.setup.trades import get_trade
from tests.services.staff import supervisor


def by_number(ctx, event_id) -> dict[str, ContestantInfo]:
    return {c.number: c for c in list_contestants(ctx, event_id)}


def messages(err: ValidationError) -> list[str]:
    return [p.reason for p in err.problems]


def test_the_example_form_is_stored_with_trades_found_by_code_or_name(ctx, event_id):
    people = by_number(ctx, event_id)
    assert sorted(people) == ["1001", "1002", "1003", "2001", "2002"]
    assert people["1003"].trade_code == "fitter" and people["1003"].trade_name == "钳工"
    assert people["1001"].name == "王伟" and people["1001"].group == "职工组"
    assert people["1001"].id_number == "11010519491231002X"
    assert people["2002"].unit == "重庆川仪自动化股份有限公司" and people["2002"].gender == "女"
    assert [c.number for c in list_contestants(ctx, event_id, "electrician")] == ["2001", "2002"]


def test_a_preview_shows_the_rows_and_writes_nothing(ctx, event_id, tmp_path):
    form = tmp_path / "more.csv"
    form.write_text("参赛证号,姓名,工种,单位\n3001,赵六,钳工,江北职教\n", encoding="utf-8")
    preview = preview_import(ctx, event_id, form)
    assert preview.ok and preview.total_rows == 1
    assert [(r.number, r.name, r.trade) for r in preview.rows] == [("3001", "赵六", "fitter")]
    assert "3001" not in by_number(ctx, event_id)


def test_a_form_with_one_bad_row_imports_nothing_and_names_the_row(ctx, event_id, tmp_path):
    form = tmp_path / "bad.csv"
    form.write_text(
        "参赛证号,姓名,工种,单位\n3001,赵六,钳工,江北职教\n1001,钱七,钳工,江北职教\n",
        encoding="utf-8",
    )
    preview = preview_import(ctx, event_id, form)
    assert not preview.ok and preview.total_rows == 2
    with pytest.raises(ValidationError) as refused:
        import_contestants(ctx, event_id, form)
    assert any("1001" in m for m in messages(refused.value))
    assert "3001" not in by_number(ctx, event_id)


def test_an_import_is_counted_and_audited_under_the_files_name(ctx, event_id, tmp_path):
    form = tmp_path / "late.csv"
    form.write_text(
        "参赛证号,姓名,工种,单位\n3001,赵六,钳工,江北职教\n3002,钱七,电工,江北职教\n",
        encoding="utf-8",
    )
    assert import_contestants(ctx, event_id, form) == 2
    assert by_number(ctx, event_id)["3002"].trade_code == "electrician"
    entry = next(
        a for a in audit_log(supervisor(ctx), event_id) if a.action == "contestants.import"
    )
    assert entry.key == "late.csv" and '"rows": 2' in entry.new


def test_added_contestant_is_trimmed_and_id_number_upper_cased(ctx, event_id):
    added = add_contestant(
        ctx,
        event_id,
        ContestantInfo(
            0,
            " 3001 ",
            " 赵六 ",
            "electrician",
            "",
            unit=" 江北职教 ",
            id_number="11010519491231002x",
        ),
    )
    stored = by_number(ctx, event_id)["3001"]
    assert stored == added
    assert (stored.name, stored.unit, stored.trade_name) == ("赵六", "江北职教", "电工")
    assert stored.id_number == "11010519491231002X"


def test_adding_refuses_every_problem_at_once(ctx, event_id):
    with pytest.raises(ValidationError) as refused:
        add_contestant(ctx, event_id, ContestantInfo(0, "1001", " ", "welder", "", status="gone"))
    assert set(messages(refused.value)) == {
        "参赛证号“1001”已存在",
        "姓名为空",
        "未知的状态“gone”",
        "未知的工种“welder”",
    }
    assert len(list_contestants(ctx, event_id)) == 5


def test_a_wrong_id_number_is_refused(ctx, event_id):
    with pytest.raises(ValidationError) as refused:
        add_contestant(
            ctx,
            event_id,
            ContestantInfo(0, "3001", "赵六", "fitter", "", id_number="110105194912310021"),
        )
    assert [p.location for p in refused.value.problems] == ["id_number"]


def test_an_edit_is_saved_and_only_the_changed_fields_audited(ctx, event_id):
    wang = by_number(ctx, event_id)["1001"]
    saved = update_contestant(ctx, wang._replace(unit="重庆长安", trade_code="electrician"))
    assert saved.unit == "重庆长安" and saved.trade_name == "电工"
    assert saved.version == wang.version + 1
    assert by_number(ctx, event_id)["1001"] == saved
    entry = next(a for a in audit_log(supervisor(ctx), event_id) if a.action == "contestant.edit")
    assert "重庆长安" in entry.new and "王伟" not in entry.new


def test_an_edit_on_a_stale_copy_is_refused(ctx, event_id):
    wang = by_number(ctx, event_id)["1001"]
    update_contestant(ctx, wang._replace(unit="重庆长安"))
    with pytest.raises(ConflictError, match="选手 1001 已被他人修改"):
        update_contestant(ctx, wang._replace(name="王威"))
    assert by_number(ctx, event_id)["1001"].name == "王伟"


def test_editing_someone_deleted_meanwhile_is_refused(ctx, event_id):
    wang = by_number(ctx, event_id)["1001"]
    delete_contestant(ctx, wang.id)
    with pytest.raises(UserError, match="该选手已被删除"):
        update_contestant(ctx, wang._replace(name="王威"))


def test_a_number_taken_by_someone_else_is_refused_on_edit(ctx, event_id):
    wang = by_number(ctx, event_id)["1001"]
    with pytest.raises(ValidationError) as refused:
        update_contestant(ctx, wang._replace(number="1002"))
    assert messages(refused.value) == ["参赛证号“1002”已存在"]


def test_status_is_stored_with_its_reason_and_an_unknown_one_refused(ctx, event_id):
    li = by_number(ctx, event_id)["1002"]
    set_status(ctx, li.id, "disqualified", reason="冒名顶替")
    assert by_number(ctx, event_id)["1002"].status == "disqualified"
    entry = next(a for a in audit_log(supervisor(ctx), event_id) if a.action == "contestant.status")
    assert entry.key == "1002" and entry.reason == "冒名顶替"
    with pytest.raises(UserError, match="未知的状态“gone”"):
        set_status(ctx, li.id, "gone")


def test_delete_removes_the_contestant_and_a_second_delete_is_harmless(ctx, event_id):
    zhang = by_number(ctx, event_id)["1003"]
    delete_contestant(ctx, zhang.id)
    delete_contestant(ctx, zhang.id)
    assert "1003" not in by_number(ctx, event_id)


def test_a_locked_trade_keeps_its_contestants_as_they_are(ctx, event_id):
    lock_trade(ctx, get_trade(ctx, event_id, "fitter").id)
    people = by_number(ctx, event_id)
    with pytest.raises(LockedError):
        add_contestant(ctx, event_id, ContestantInfo(0, "3001", "赵六", "fitter", ""))
    with pytest.raises(LockedError):
        delete_contestant(ctx, people["1001"].id)
    with pytest.raises(LockedError):
        update_contestant(ctx, people["2001"]._replace(trade_code="fitter"))
    # a typo in a name changes no result and may still be put right
    update_contestant(ctx, people["1002"]._replace(name="李娜娜"))
    assert by_number(ctx, event_id)["1002"].name == "李娜娜"
    assert len(by_number(ctx, event_id)) == 5


def test_a_contestant_is_found_by_number_in_the_event_or_in_one_trade(ctx, event_id):
    found = find_contestant(ctx, event_id, "2001")
    assert (found.number, found.trade_code) == ("2001", "electrician")
    assert find_contestant(ctx, event_id, "2001", trade_code="electrician").id == found.id
    with pytest.raises(UserError, match=r"^工种“fitter”没有参赛证号“2001”的选手$"):
        find_contestant(ctx, event_id, "2001", trade_code="fitter")
    with pytest.raises(UserError, match=f"^赛事 {event_id} 没有参赛证号“9999”的选手$"):
        find_contestant(ctx, event_id, "9999")
