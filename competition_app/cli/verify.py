"""`verify`: is a certificate genuine, by its verification code against the database, or
offline by the signature in its QR code and the event's published key file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from competition_app.cli.common import UsageError, context, say
from competition_app.domain.errors import UserError


def cmd_verify(args: argparse.Namespace) -> int:
    from competition_app.services.printing.certificates import verify_certificate, verify_offline

    if args.offline:
        if not args.key:
            raise UsageError("离线核验须用 --key 给出赛事公布的公钥文件")
        v = verify_offline(args.code, _key_file_text(Path(args.key)))
    else:
        v = verify_certificate(context(args, write=False), args.code)
    if not v.genuine:
        print(f"✗ {say(v.message)}", file=sys.stderr)
        return 1
    print(f"✓ {say(v.message)}")
    for value, line in (
        (v.serial, f"证书编号：{v.serial}"),
        (v.name, f"姓名：{v.name}"),
        (v.unit, f"单位：{v.unit}"),
        (v.event, f"赛事：{v.event}"),
        (v.trade, f"工种：{v.trade}"),
        (v.award, f"奖项：{v.award}"),
        (v.title, f"称号：{v.title}"),
        (v.issued_at, f"颁发时间：{v.issued_at}"),
    ):
        if value:
            print(say(line))
    return 0


# A published key file is a few lines; anything much bigger is not one.
_KEY_FILE_LIMIT = 64 * 1024


def _key_file_text(path: Path) -> str:
    """The published key file's text, or a UserError naming what is wrong with the file."""
    try:
        with open(path, "rb") as f:
            data = f.read(_KEY_FILE_LIMIT + 1)
    except FileNotFoundError:
        raise UserError(f"找不到公钥文件 {path}") from None
    except IsADirectoryError:
        raise UserError(f"公钥文件 {path} 是一个文件夹，不是文件") from None
    except OSError as e:
        raise UserError(f"无法读取公钥文件 {path}：{e.strerror or e}") from None
    if len(data) > _KEY_FILE_LIMIT:
        raise UserError(f"公钥文件 {path} 过大，不是 print key 生成的公钥文件")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(f"公钥文件 {path} 不是 UTF-8 文本，不是 print key 生成的公钥文件") from None


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    x = sub.add_parser("verify", help="核验证书验证码（或离线核验二维码内容）")
    x.add_argument("code", help="验证码；--offline 时为扫描二维码得到的全文")
    x.add_argument("--offline", action="store_true", help="不用数据库：按公钥核验二维码中的签名")
    x.add_argument("--key", help="赛事公布的公钥文件（competition-app print key 生成）")
    x.set_defaults(func=cmd_verify)
