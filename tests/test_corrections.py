"""cnpii.corrections: who corrected which field of which customer, values masked, history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii import Keyring
from cnpii.audit import JsonLinesSink, SQLiteSink, verify
from cnpii.corrections import CorrectionError, Corrections, customer_fingerprint
from cnpii.identifiers import mobile_phone

KR = Keyring({1: bytes(range(32))})
KEY = b"corrections-chain-key-0123456789"
ID_A, ID_B = "11010519491231002X", "440524188001010014"


def _book(tmp_path: Path, kind: str = "jsonl") -> tuple[Corrections, str]:
    target = str(tmp_path / f"corr.{kind}")
    sink = JsonLinesSink(target, key=KEY) if kind == "jsonl" else SQLiteSink(target, key=KEY)
    return Corrections(sink, KR), target


@pytest.mark.parametrize("kind", ["jsonl", "sqlite"])
def test_history_per_customer_and_export(tmp_path: Path, kind: str) -> None:
    book, target = _book(tmp_path, kind)
    book.record(ID_A, "mobile", "13812345678", "13987654321", actor="t1", reason="来电",
                approval="CR-1")
    book.record(ID_B, "name", "张三", "张叁", actor="t2", reason="证件更正", approval="CR-2")
    book.record(ID_A, "address", "北京市朝阳区建国路1号", "北京市海淀区中关村大街27号",
                actor="t1", reason="搬家", approval="CR-3")
    hist = book.history(ID_A.lower(), target)
    assert [(h.field, h.approval, h.actor) for h in hist] == [("mobile", "CR-1", "t1"),
                                                             ("address", "CR-3", "t1")]
    assert hist[0].old == "138****5678" and hist[0].new == "139****4321"
    assert "建国路" not in (hist[1].old or "")
    assert [h.field for h in book.history(ID_B, target)] == ["name"]
    for fmt in ("csv", "json"):
        text = book.export(ID_A, target, format=fmt)
        assert "CR-3" in text and "13812345678" not in text and ID_A not in text
    assert json.loads(book.export(ID_A, target, format="json"))[0]["customer"] == hist[0].customer
    assert verify(target, key=KEY).ok
    raw = Path(target).read_bytes()
    for secret in (ID_A, ID_B, "13812345678", "13987654321", "张叁".encode().decode()):
        assert secret.encode() not in raw


def test_an_edited_history_does_not_verify(tmp_path: Path) -> None:
    book, target = _book(tmp_path)
    book.record(ID_A, "mobile", "13812345678", "13987654321", actor="t", reason="r",
                approval="CR-1")
    text = Path(target).read_text().replace("CR-1", "CR-9")
    Path(target).write_text(text)
    assert not verify(target, key=KEY).ok


def test_fingerprint_is_keyed_and_normalised() -> None:
    other = Keyring({1: bytes(range(1, 33))})
    fp = customer_fingerprint(ID_A, KR)
    assert len(fp) == 32 and ID_A not in fp
    assert fp == customer_fingerprint("１１０１０５１９４９１２３１００２ｘ", KR)  # full-width, lower case
    assert fp != customer_fingerprint(ID_A, other) and fp != customer_fingerprint(ID_B, KR)
    KR2 = Keyring.from_json(KR.to_json())
    KR2.rotate()
    assert customer_fingerprint(ID_A, KR2) == fp, "stable across key rotation"


def test_refusals(tmp_path: Path) -> None:
    book, _ = _book(tmp_path)
    with pytest.raises(CorrectionError, match="approval"):
        book.record(ID_A, "mobile", "1", "2", actor="t", reason="r")
    with pytest.raises(CorrectionError):
        book.record(ID_A, "", "1", "2", actor="t", reason="r", approval="A")
    with pytest.raises(CorrectionError):
        Corrections(object(), KR)
    with pytest.raises(CorrectionError):
        customer_fingerprint("", KR)


@settings(max_examples=30, deadline=None)
@given(st.from_regex(r"13[0-9]{9}", fullmatch=True), st.from_regex(r"[a-z]{1,12}", fullmatch=True))
def test_no_old_or_new_value_is_stored(tmp_path_factory: pytest.TempPathFactory, phone: str,
                                       free: str) -> None:
    book, target = _book(tmp_path_factory.mktemp("c"))
    c = book.record(ID_A, "remark", f"tel {phone}", free, actor="t", reason=f"客户 {phone}",
                    approval="A-1")
    raw = Path(target).read_text()
    assert phone not in raw and (c.new or "") == "*" * len(free)
    assert mobile_phone.mask(phone) in (c.old or "")


def test_the_library_wide_trail_when_no_sink_is_given(tmp_path: Path) -> None:
    from cnpii.audit import MemorySink, configure

    book = Corrections(None, KR)
    with pytest.raises(CorrectionError, match="no audit sink"):
        book.record(ID_A, "mobile", "13812345678", "13987654321", actor="t", reason="r",
                    approval="A")
    sink = MemorySink()
    configure(sink)
    try:
        book.record(ID_A, "mobile", "13812345678", "13987654321", actor="t", reason="r",
                    approval="A")
    finally:
        configure(None)
    [e] = sink.events
    assert e.action == "correct" and e.details and e.details["new"] == "139****4321"
