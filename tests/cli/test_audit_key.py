"""`audit key`: where the key is, its fingerprint, the recovery code, installing it elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from competition_app.services.integrity import audit_key
from tests.cli.conftest import Run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.backends("sqlite")
def test_the_recovery_code_installs_the_same_key_on_another_laptop(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("event", "import", str(EXAMPLES / "event.toml")).code == 0
    shown = cli("audit", "key", "--recovery-code")
    assert shown.code == 0, shown.err
    code = shown.out.split("恢复码：")[1].strip()
    ours = audit_key.fingerprint()
    assert ours in shown.out and cli("audit", "verify").code == 0

    monkeypatch.setenv(audit_key.KEY_ENV, str(tmp_path / "laptop-2" / "audit.key"))
    assert cli("audit", "verify").code != 0  # another laptop's key: the trail is not its own
    installed = cli("audit", "key", "--install", code)
    assert installed.code == 0, installed.err
    assert audit_key.fingerprint() == ours
    verified = cli("audit", "verify")
    assert verified.code == 0 and ours in verified.out
    refused = cli("audit", "key", "--install", "00" * 32)
    assert refused.code != 0 and "不会覆盖" in refused.err


def test_a_key_file_that_cannot_be_written_whole_is_not_left_behind(tiny_disk, monkeypatch):
    """A full disk while the key is made or installed: one refusal, and no empty `audit.key`
    that would later be read as a broken key."""
    from tests.conftest import fill_disk

    fill_disk(tiny_disk)
    path = tiny_disk / "audit.key"
    monkeypatch.setenv(audit_key.KEY_ENV, str(path))
    with pytest.raises(audit_key.AuditKeyError, match="无法创建审计密钥文件"):
        audit_key.audit_key()
    assert not path.exists()
    with pytest.raises(audit_key.AuditKeyError, match="无法"):
        audit_key.install_key("00" * 32)
    assert not path.exists()
