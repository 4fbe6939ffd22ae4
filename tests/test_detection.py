"""cnpii.scan on identifiers: spans as written, validation, context, overlaps, result types.

Values come from published vectors or from the identifier modules' own generators; failure
messages never print them (only entities and offsets).
"""

from __future__ import annotations

import dataclasses
import random

import pytest

import cnpii
from cnpii import Entity
from cnpii.detection import Finding, ScanResult, scan, scan_many, scan_result
from cnpii.identifiers import bank_card, mobile_phone, resident_id, uscc

ID = "11010519491231002X"  # GB 11643 example, valid
FW = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789-"})
RNG = random.Random(20261128)


def spans(text: str, **kw) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.entity.value) for f in scan(text, **kw)]


def only(text: str, value: str, entity: Entity, **kw) -> bool:
    """Whether ``value`` (as written in ``text``) is found exactly, as ``entity``."""
    s = text.index(value)
    return (s, s + len(value), entity.value) in spans(text, **kw)


# ---- the result types ---------------------------------------------------------------------
def test_finding_is_frozen_ordered_and_repr_hides_the_value() -> None:
    text = f"身份证{ID}"
    [f] = scan(text)
    assert isinstance(f, Finding) and f.entity is Entity.CN_RESIDENT_ID
    assert ID not in repr(f) and ID[:10] not in repr(f), "repr must not show the value"
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 0  # type: ignore[misc]
    assert Finding(1, 2, Entity.PERSON) < Finding(3, 4, Entity.PERSON)
    assert 0 < f.score <= 1 and "resident_id" in f.explanation


def test_top_level_exports() -> None:
    assert cnpii.scan is scan and cnpii.scan_many is scan_many and cnpii.Finding is Finding
    assert cnpii.ScanResult is ScanResult


def test_scan_result_renders_masked_html_only() -> None:
    mob = mobile_phone.generate(RNG)
    text = f"客户王小明，手机{mob}，身份证{ID}。"
    r = scan_result(text)
    html = r._repr_html_()
    assert mob not in html and ID not in html and "王小明" not in html, "raw values in HTML"
    assert mobile_phone.mask(mob) in html and "<mark" in html
    assert mob not in repr(r) and mob not in r.masked_text()
    assert len(r) == 3 and list(r) == scan(text)


def test_rejects_non_text_and_bad_threshold() -> None:
    with pytest.raises(TypeError):
        scan(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        scan("x", threshold=1.5)
    with pytest.raises(ValueError):
        scan("x", entities=["NOT_AN_ENTITY"])


# ---- spans as written -----------------------------------------------------------------------
@pytest.mark.parametrize("fmt", [
    lambda v: v,
    lambda v: f"{v[:6]} {v[6:14]} {v[14:]}",
    lambda v: f"{v[:6]}-{v[6:14]}-{v[14:]}",
    lambda v: v.translate(FW),
])
def test_resident_id_formats(fmt) -> None:
    for _ in range(20):
        v = fmt(resident_id.generate(RNG))
        for text in (f"证件号码：{v}，请核对", f"客户{v}已核实", f'{{"idNo":"{v}"}}', f"id={v}&x=1"):
            assert only(text, v, Entity.CN_RESIDENT_ID), "resident ID not found as written"


@pytest.mark.parametrize("fmt", [
    lambda v: v,
    lambda v: " ".join(v[i:i + 4] for i in range(0, len(v), 4)),
    lambda v: "-".join(v[i:i + 4] for i in range(0, len(v), 4)),
    lambda v: v.translate(FW),
])
def test_bank_card_formats(fmt) -> None:
    for _ in range(20):
        v = fmt(bank_card.generate(RNG))
        for text in (f"卡号{v}", f"入账卡：{v}。", f"1,张三,{v},100.00", f"INSERT INTO t VALUES ('{v}');"):
            assert only(text, v, Entity.CN_BANK_CARD), "card not found as written"


@pytest.mark.parametrize("prefix", ["", "+86 ", "+86-", "0086-", "0086 ", "(+86)", "86-", "+86"])
def test_mobile_with_prefix_and_groups(prefix: str) -> None:
    for _ in range(10):
        m = mobile_phone.generate(RNG)
        for v in (prefix + m, prefix + f"{m[:3]} {m[3:7]} {m[7:]}", prefix + f"{m[:3]}-{m[3:7]}-{m[7:]}"):
            assert only(f"手机：{v}，谢谢", v, Entity.CN_MOBILE_PHONE), "mobile span must include prefix"


def test_landline_forms() -> None:
    for v in ("010-62345678", "0755 86013388", "(0591)37523682", "（0591）37523682", "021-64371234转8021",
              "+86-21-64371234"):
        assert only(f"办公电话{v}。", v, Entity.CN_LANDLINE_PHONE), "landline not found as written"


def test_two_values_in_one_digit_run_are_split() -> None:
    m = mobile_phone.generate(RNG)
    v = f"{ID[:6]}-{ID[6:14]}-{ID[14:]}"
    text = f"张三 {v} {m}"
    got = spans(text)
    assert (text.index(v), text.index(v) + len(v), "CN_RESIDENT_ID") in got
    assert (text.index(m), text.index(m) + len(m), "CN_MOBILE_PHONE") in got


def test_letters_email_ip_plate_uscc() -> None:
    code = uscc.generate(RNG)
    text = (f"护照E12345678，通行证C12345678，信用代码{code}，邮箱zhang.san@example.com，"
            f"登录IP 192.168.1.20，IPv6 2001:db8::8a2e:370:7334，车牌粤B·12345。")
    got = {(text[s:e], ent) for s, e, ent in spans(text)}
    assert ("E12345678", "CN_PASSPORT") in got and ("C12345678", "CN_HK_MACAU_PERMIT") in got
    assert (code, "CN_USCC") in got
    assert ("zhang.san@example.com", "EMAIL_ADDRESS") in got
    assert ("192.168.1.20", "IP_ADDRESS") in got and ("2001:db8::8a2e:370:7334", "IP_ADDRESS") in got
    assert ("粤B·12345", "CN_LICENSE_PLATE") in got


# ---- validation and context -------------------------------------------------------------------
def test_wrong_check_digits_are_not_reported() -> None:
    bad_id = ID[:-1] + "3"
    card = bank_card.generate(RNG)
    bad_card = card[:-1] + str((int(card[-1]) + 1) % 10)
    assert not resident_id.is_valid(bad_id) and not bank_card.is_valid(bad_card)
    assert spans(f"证件号{bad_id}") == [] and spans(f"卡号{bad_card}") == []


def test_masked_values_hotlines_amounts_are_not_pii() -> None:
    for text in ("脱敏：138****5678 / 6222 **** **** 0187 / 440103********0175",
                 "如有疑问请致电95588或400-820-8888。",
                 "本期存款余额18946201684元，同比增长12%；对公存款¥15,707,224,704.00。",
                 "2024-05-01 12:30:45 job=settle records=52731 elapsed=1701620027951ms"):
        assert spans(text) == [], "look-alike numbers reported as PII"


def test_counter_cues_lower_the_score() -> None:
    card = bank_card.generate(RNG)
    plain = scan(f"号码{card}")
    order = scan(f"订单号{card}", threshold=0.0)
    assert plain and plain[0].entity is Entity.CN_BANK_CARD
    assert not order or order[0].score < plain[0].score, "counter-cue must lower the score"
    assert scan(f"订单号{card}") == [], "an order number is not reported at the default threshold"
    assert scan(f"流水号{card}，金额100元") == []


def test_cue_words_raise_the_score() -> None:
    m = mobile_phone.generate(RNG)
    assert scan(f"手机{m}")[0].score > scan(f"备注 {m}")[0].score


def _both_id_and_card() -> str:
    rng = random.Random(7)
    while True:
        v = resident_id.generate(rng)
        if v[-1] != "X" and bank_card.is_valid(v):
            return v


def test_overlap_between_id_and_card_is_resolved_by_context() -> None:
    v = _both_id_and_card()
    assert [f.entity for f in scan(f"身份证号{v}")] == [Entity.CN_RESIDENT_ID]
    assert [f.entity for f in scan(f"银行卡号{v}")] == [Entity.CN_BANK_CARD]


def test_mobile_inside_card_is_not_split_out() -> None:
    card = bank_card.generate(RNG)
    assert [f.entity for f in scan(f"卡号{card}")] == [Entity.CN_BANK_CARD]


def test_auth_data_only_next_to_cue_words() -> None:
    text = "卡片背面CVV 123，有效期 12/26，交易密码是 Abc12345，谢谢"
    got = {(text[s:e], ent) for s, e, ent in spans(text)}
    assert ("123", "CARD_CVV") in got and ("12/26", "CARD_EXPIRY") in got and ("Abc12345", "PASSWORD") in got
    assert spans("共123份，12/26 页，密码错误请重试") == []


def test_entities_filter_and_threshold() -> None:
    m = mobile_phone.generate(RNG)
    text = f"张三，手机{m}，邮箱a@b.cn"
    assert {e for _, _, e in spans(text, entities=["EMAIL_ADDRESS"])} == {"EMAIL_ADDRESS"}
    assert {e for _, _, e in spans(text, entities=[Entity.CN_MOBILE_PHONE])} == {"CN_MOBILE_PHONE"}
    high = scan(text, threshold=0.9)
    assert all(f.score >= 0.9 for f in high) and len(high) < len(scan(text))
    assert scan("无关文本", threshold=0.0) == []


# ---- scan_many ---------------------------------------------------------------------------------
def _texts(n: int) -> list[str]:
    rng = random.Random(5)
    out = []
    for i in range(n):
        out.append(f"第{i}条：客户李{'明华强'[i % 3]}，手机{mobile_phone.generate(rng)}，证件{resident_id.generate(rng)}")
        out.append(f"订单{rng.getrandbits(60)}，金额{rng.randint(1, 999)}元")
    out.append("含分隔符\x1e的文本 13812345678")
    out.append("")
    return out


def test_scan_many_equals_scan() -> None:
    texts = _texts(150)
    assert list(scan_many(texts, workers=1)) == [scan(t) for t in texts]
    assert list(scan_many(iter(texts), entities=["CN_MOBILE_PHONE"], workers=1)) == \
        [scan(t, entities=["CN_MOBILE_PHONE"]) for t in texts]


def test_scan_many_uses_worker_processes_for_large_inputs(monkeypatch) -> None:
    from cnpii.detection import _api

    monkeypatch.setattr(_api, "_CHUNK", 50)
    monkeypatch.setattr(_api, "_PARALLEL_MIN_CHARS", 100)
    texts = _texts(120)
    assert list(scan_many(texts, workers=2)) == [scan(t) for t in texts]


def test_scan_many_rejects_bad_workers() -> None:
    with pytest.raises(ValueError):
        list(scan_many(["x"], workers=0))


def test_accounts_taiwan_permits_and_track_data_need_their_cues() -> None:
    text = "结算账户：755912345610802，台胞证号码12345678，磁道 6222021234567890128=25121010000012345678"
    got = {ent for _, _, ent in spans(text)}
    assert {"CN_BANK_ACCOUNT", "CARD_TRACK_DATA"} <= got
    assert spans("备注 755912345610802") == [] and spans("编号12345678") == []


def test_card_from_unknown_issuer_needs_a_card_cue() -> None:
    rng = random.Random(3)
    while True:  # a Luhn-valid serial whose BIN no issuer owns
        v = str(rng.randint(10**18, 10**19 - 1))
        if bank_card.is_valid(v) and bank_card.issuer(v) is None:
            break
    assert spans(f"记录 {v} 已处理") == [], "a serial number passing Luhn is not a card"
    assert only(f"卡号：{v}", v, Entity.CN_BANK_CARD)
