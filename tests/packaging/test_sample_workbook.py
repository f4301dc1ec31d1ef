"""The sample registration workbook shipped in resources/samples: accepted as it is by the
importer (Chinese headers, valid ID numbers), and up to date with its generator."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from openpyxl import load_workbook

from competition_app.domain.id_number import validate_id_number
from competition_app.resources_path import resource
from competition_app.services.context import Context
from competition_app.services.registration.contestants import import_contestants, preview_import

ROOT = Path(__file__).resolve().parents[2]
WORKBOOK = resource("samples", "报名表模板.xlsx")
HEADERS = ["参赛证号", "姓名", "工种", "单位", "代表队", "组别", "身份证号", "性别", "状态"]


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "make_sample_workbook", ROOT / "packaging" / "make_sample_workbook.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cells(path: Path) -> dict[str, list[list[object]]]:
    wb = load_workbook(path)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb}
    finally:
        wb.close()


def test_the_workbook_has_the_form_first_and_instructions_second() -> None:
    wb = load_workbook(WORKBOOK)
    assert wb.sheetnames == ["报名表", "填写说明"]
    form = wb["报名表"]
    assert [c.value for c in form[1]] == HEADERS
    assert form["G2"].number_format == "@"  # ID numbers stay text in Excel
    assert {str(dv.sqref) for dv in form.data_validations.dataValidation} == {
        "H2:H501", "I2:I501"
    }  # fmt: skip
    wb.close()


def test_the_sample_imports_cleanly_into_the_example_event(tmp_path: Path) -> None:
    from competition_app.io.event_file import read_event_definition
    from competition_app.services.setup.events import create_event
    from competition_app.storage.database import Database

    db = Database(tmp_path / "contest.db")
    ctx = Context(db)
    fresh = create_event(ctx, read_event_definition(ROOT / "examples" / "event.toml"))
    preview = preview_import(ctx, fresh, WORKBOOK)

    assert preview.ok, [str(p) for p in preview.problems]
    assert len(preview.rows) == 5
    assert {r.trade for r in preview.rows} == {"fitter", "electrician"}
    assert all(validate_id_number(r.id_number) is None for r in preview.rows)
    assert {r.status for r in preview.rows} == {"ok", "absent"}
    assert import_contestants(ctx, fresh, WORKBOOK) == 5
    db.dispose()


def test_the_committed_workbook_matches_its_generator(tmp_path: Path) -> None:
    out = tmp_path / "again.xlsx"
    assert _generator().main(["make_sample_workbook.py", str(out)]) == 0
    assert _cells(out) == _cells(WORKBOOK), (
        "resources/samples/报名表模板.xlsx is stale: run .venv/bin/python packaging/make_sample_workbook.py"
    )
