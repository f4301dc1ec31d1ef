"""The scoring scheme tab: components and criteria read back as shown, running totals as typed."""

from __future__ import annotations

from decimal import Decimal

from competition_app.domain.rules_io import weight_sum_problem
from competition_app.ui.setup.scoring_scheme import ScoringScheme

COMPONENTS = [
    {"code": "theory", "name": "理论知识", "weight": "0.3", "max": "100"},
    {"code": "practical", "name": "操作技能", "weight": "0.7", "max": "100"},
]
CRITERIA = [
    {"code": "k1", "name": "尺寸", "component": "practical", "max": "60", "kind": "measurement"},
    {"code": "k2", "name": "工艺", "component": "practical", "max": "30", "kind": "judgement"},
]


def test_rows_read_back_and_totals_shown(qtbot):
    scheme = ScoringScheme()
    qtbot.addWidget(scheme)
    scheme.set_rows(COMPONENTS, CRITERIA)
    scheme.update_status()
    assert scheme.components_mapping() == COMPONENTS
    assert scheme.criteria_mapping() == CRITERIA
    assert scheme.weight_status.text() == "✓ 权重合计 1"
    assert scheme.criteria_status.text() == "理论知识：直接录入；操作技能：细则满分合计 90 / 100"
    assert scheme.criteria.index(1, 4).data() == "评价"


def test_a_new_criterion_belongs_to_the_last_component(qtbot):
    scheme = ScoringScheme()
    qtbot.addWidget(scheme)
    scheme.set_rows(COMPONENTS, CRITERIA)
    scheme.criteria_table.add_row()
    added = scheme.criteria_mapping()[-1]
    assert added["code"] == "k3" and added["component"] == "practical"


def test_a_weight_that_is_not_a_number_is_said(qtbot):
    scheme = ScoringScheme()
    qtbot.addWidget(scheme)
    scheme.set_rows([{**COMPONENTS[0], "weight": "三成"}, COMPONENTS[1]], [])
    scheme.update_status()
    assert scheme.weights() is None
    assert scheme.weight_status.text() == "有权重不是数字"
    assert scheme.weight_status.objectName() == "FieldError"


def test_a_wrong_sum_is_said_in_the_domains_words(qtbot):
    scheme = ScoringScheme()
    qtbot.addWidget(scheme)
    scheme.set_rows([{**COMPONENTS[0], "weight": "0.35"}, COMPONENTS[1]], [])
    scheme.update_status()
    assert scheme.weights() == [Decimal("0.35"), Decimal("0.7")]
    assert scheme.weight_status.text() == weight_sum_problem(scheme.weights() or [])
    assert scheme.weight_status.text() == "权重之和应为 1，实际为 1.05"
    assert scheme.weight_status.objectName() == "FieldError"
