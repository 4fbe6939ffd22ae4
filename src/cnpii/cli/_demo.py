"""``cnpii demo``: a short tour on synthetic data (generated, not real people)."""

from __future__ import annotations

import argparse
import random

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="a short tour of cnpii on synthetic data")
    p.add_argument("--seed", type=int, default=2020, help="seed for the synthetic values")
    p.set_defaults(handler=run)


def _identifiers(rng: random.Random) -> None:
    from cnpii.identifiers import MODULES

    print("1. Identifier validators (synthetic values, shown masked)")
    for name, module in MODULES.items():
        value = module.generate(rng)
        broken = value[:-1] + ("0" if value[-1] != "0" else "1")
        print(f"   {name:<16} {module.mask(value):<24} valid={module.is_valid(value)}"
              f"   one character changed: valid={module.is_valid(broken)}")
    from cnpii.identifiers import resident_id

    info = resident_id.parse(resident_id.generate(rng))
    print(f"   resident_id.parse -> document={info.document} region={info.region_name}"
          f" sex={info.sex} birth year={info.birth_date.year}")
    print()


def _tokenization(rng: random.Random) -> None:
    from cnpii.audit import MemorySink
    from cnpii.identifiers import bank_card, resident_id
    from cnpii.tokenization import Keyring, Tokenizer

    print("2. Reversible, format-preserving tokenization (FF1 under a fresh key)")
    audit = MemorySink()
    tokenizer = Tokenizer(Keyring.generate(), grants=[("fraud", "CN_RESIDENT_ID", "investigation")],
                          audit=audit)
    for entity, module in (("CN_RESIDENT_ID", resident_id), ("CN_BANK_CARD", bank_card)):
        value = module.generate(rng)
        token = tokenizer.tokenize(value, entity)
        print(f"   {entity:<16} value {module.mask(value):<22} token {module.mask(token):<22}"
              f" token valid={module.is_valid(token)}")
    value = resident_id.generate(rng)
    token = tokenizer.tokenize(value, "CN_RESIDENT_ID")
    back = tokenizer.detokenize(token, "CN_RESIDENT_ID", actor="demo", role="fraud",
                                purpose="investigation", reason="demo")
    print(f"   detokenize with a grant: restored the original = {back == value}")
    try:
        tokenizer.detokenize(token, "CN_RESIDENT_ID", actor="demo", role="analyst", purpose="analytics")
    except Exception as exc:  # PermissionDenied
        print(f"   detokenize without a grant: {type(exc).__name__}")
    print(f"   audit events recorded: {len(audit.events)} (no values in them)")
    print()


def _validation(rng: random.Random) -> None:
    from cnpii.identifiers import mobile_phone, resident_id
    from cnpii.validation import validate_record

    print("3. Collection-time checks of a customer record (messages never carry the value)")
    good_id = resident_id.generate(rng)
    record = {
        "name": "张三", "id_type": "resident_id",
        "id_number": good_id[:-1] + ("0" if good_id[-1] != "0" else "1"),  # check char broken
        "id_expiry": "2020-01-01", "mobile": mobile_phone.generate(rng),
        "address": "北京市朝阳区建国路1号", "occupation": "",
    }
    for issue in validate_record(record, purpose="account_opening"):
        print(f"   {issue.field:<12} {issue.code:<22} {issue.message_zh}")
    print()


#: a synthetic call-centre note (generated numbers, invented people)
PARAGRAPH = ("客户王淑兰来电，身份证110105 19491231 002X，手机+86 138-1234-5678，"
             "住址北京市朝阳区建国路88号3单元402室，要求挂失卡号6222 0212 3456 7890 128的借记卡，"
             "订单号20231201000012345678，金额5000元。")


def _detection() -> None:
    import cnpii

    print("4. Finding PII in free text (shown masked; order and amount numbers are not PII)")
    for f in cnpii.scan(PARAGRAPH):
        print(f"   {f.entity:<16} [{f.start:>3}:{f.end:<3}] score={f.score:.2f}  {f.masked(PARAGRAPH)}")
    print("   masked with the default (bank display) policy:")
    print("   " + cnpii.mask(PARAGRAPH))
    print()


def _masking(rng: random.Random) -> None:
    import pandas as pd

    import cnpii
    from cnpii.identifiers import bank_card, mobile_phone, resident_id

    print("5. Masking a table with the default policy (columns inferred from names and values)")
    df = pd.DataFrame({
        "客户姓名": ["张三", "欧阳娜娜", None],
        "sfzh": [resident_id.generate(rng) for _ in range(3)],
        "mobile": [mobile_phone.generate(rng), None, "+86 " + mobile_phone.generate(rng)],
        "card_no": [bank_card.generate(rng) for _ in range(3)],
        "地址": ["北京市朝阳区建国路88号3单元402室", "四川省成都市武侯区人民南路四段1号", ""],
        "备注": ["客户张三来电修改手机号", "无", None],
    })
    out = cnpii.mask_frame(df)
    for line in out.to_string().splitlines():
        print("   " + line)
    for line in str(out.attrs["cnpii_summary"]).splitlines():
        print("   " + line)
    print()


def run(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    _identifiers(rng)
    _tokenization(rng)
    _validation(rng)
    _detection()
    _masking(rng)
    return 0
