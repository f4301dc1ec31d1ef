"""The interface language: Chinese (the source text) by default, English from a compiled .qm file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from competition_app.domain.entries import STATUS_LABELS
from competition_app.domain.results import FLAG_LABELS
from competition_app.domain.wording import to_english
from competition_app.resources_path import resource

LANGUAGES: dict[str, str] = {"zh_CN": "中文（简体）", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
_installed: list[QTranslator] = []
# the language the translators were last installed for: the one the window speaks now
_active = [DEFAULT_LANGUAGE]


def current_language() -> str:
    """The interface language from the settings file (the one the settings dialog edits)."""
    from competition_app.settings import load_settings

    lang = load_settings().language
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def sentences(parts: list[str]) -> str:
    """Translated sentences one after another: Chinese runs them on, English puts a space
    between (a footnote read "…the tolerance.This trade…")."""
    return (" " if _active[0] == "en" else "").join(parts)


def set_language(lang: str) -> None:
    from competition_app.settings import update_settings

    if lang not in LANGUAGES:
        raise ValueError(lang)
    update_settings(language=lang)


def qm_path(lang: str) -> str:
    return str(resource("translations", f"competition_app_{lang}.qm"))


def install_translators(lang: str) -> bool:
    """Replace the installed translators; True when the app's own translation loaded (or is source)."""
    app = QCoreApplication.instance()
    assert app is not None
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _active[0] = lang
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    # Qt's own strings (OK, Cancel, file dialogs) in the same language
    if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    if lang == DEFAULT_LANGUAGE:
        return True
    own = QTranslator(app)
    if not own.load(qm_path(lang)):
        return False
    app.installTranslator(own)
    _installed.append(own)
    return True


def active_language() -> str:
    return _active[0]


def service_text(text: str) -> str:
    """A message of the services, domain or io (Chinese: the CLI's wording) in the language the
    window speaks. The one place the window words them: every error it shows passes here."""
    return to_english(text) if _active[0] == "en" else text


def domain_label(text: str) -> str:
    """A label coming from the domain (status, flag, preset, role) in the interface language."""
    return QCoreApplication.translate("Domain", text)


def status_label(status: str) -> str:
    return domain_label(STATUS_LABELS.get(status, status))


def actor_label(actor: str) -> str:
    """Who acted, as the window shows it: the single-user placeholder in the UI's language."""
    from competition_app.services.context import SINGLE_USER_ACTOR

    return domain_label("单机") if actor == SINGLE_USER_ACTOR else actor


def flag_label(flag: str) -> str:
    return domain_label(FLAG_LABELS.get(flag, flag))


def _domain_strings() -> None:  # pragma: no cover - never called, read by pyside6-lupdate
    (
        QCoreApplication.translate("Domain", "单机"),
        QCoreApplication.translate("Domain", "打开赛事时"),
        QCoreApplication.translate("Domain", "定时自动"),
        QCoreApplication.translate("Domain", "手动"),
        QCoreApplication.translate("Domain", "恢复前的安全副本"),
        QCoreApplication.translate("Domain", "导入归档前"),
        QCoreApplication.translate("Domain", "正常"),
        QCoreApplication.translate("Domain", "缺考"),
        QCoreApplication.translate("Domain", "取消资格"),
        QCoreApplication.translate("Domain", "不参与评奖"),
    )
    (
        QCoreApplication.translate("Domain", "成绩未录完"),
        QCoreApplication.translate("Domain", "并列待裁判长裁定"),
        QCoreApplication.translate("Domain", "评分差异超限"),
    )
    (
        QCoreApplication.translate("Domain", "并列跨奖项"),
        QCoreApplication.translate("Domain", "裁判员"),
        QCoreApplication.translate("Domain", "裁判长"),
        QCoreApplication.translate("Domain", "记分员"),
    )
    QCoreApplication.translate("Domain", "测量"), QCoreApplication.translate("Domain", "评价")
    # user roles (domain/roles.py)
    (
        QCoreApplication.translate("Domain", "赛务管理员"),
        QCoreApplication.translate("Domain", "裁判员/记分员"),
        QCoreApplication.translate("Domain", "加密裁判"),
        QCoreApplication.translate("Domain", "只读用户"),
    )
    # rule presets (domain/presets.py)
    (
        QCoreApplication.translate(
            "Domain", "省市级大赛（理论30%+操作70%，一二三等奖10%/20%/30%）"
        ),
        QCoreApplication.translate("Domain", "电工类（理论40%+操作60%）"),
        QCoreApplication.translate("Domain", "含技术答辩（理论25%+操作55%+答辩20%）"),
        QCoreApplication.translate(
            "Domain", "固定名额（一等奖1名、二等奖3名、三等奖5名、优秀奖10名）"
        ),
        QCoreApplication.translate("Domain", "全国技能大赛（金银铜牌各1名，优胜奖至前50%）"),
        QCoreApplication.translate("Domain", "世界技能大赛（0–3评价分，金银铜牌与优胜奖）"),
    )
    # appeals (domain/appeals.py) and verified entry (domain/double_entry.py)
    (
        QCoreApplication.translate("Domain", "待裁定"),
        QCoreApplication.translate("Domain", "申诉成立"),
        QCoreApplication.translate("Domain", "驳回"),
    )
    (
        QCoreApplication.translate("Domain", "未录入"),
        QCoreApplication.translate("Domain", "待另一遍"),
        QCoreApplication.translate("Domain", "一致"),
        QCoreApplication.translate("Domain", "不一致"),
        QCoreApplication.translate("Domain", "裁判长已裁定"),
    )
