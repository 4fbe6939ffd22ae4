"""cnpii.presidio: offline Chinese AnalyzerEngine, same spans as cnpii.scan, substring context;
and the ``cnpii scan`` command line module."""

from __future__ import annotations

import argparse
import random

import pytest

from cnpii.detection import scan
from cnpii.identifiers import bank_card, mobile_phone, resident_id

presidio_analyzer = pytest.importorskip("presidio_analyzer")

from cnpii.presidio import (BlankChineseNlpEngine, CnpiiRecognizer, SubstringContextEnhancer,  # noqa: E402
                            analyzer_engine, recognizers)

RNG = random.Random(11)


def _texts() -> list[str]:
    out = []
    for _ in range(15):
        out.append(f"客户王晓明，身份证{resident_id.generate(RNG)}，手机{mobile_phone.generate(RNG)}，"
                   f"卡号{bank_card.generate(RNG)}，住址广东省广州市天河区体育西路101号2栋301室。")
    out += ["订单号2023120112345678901，金额88元。", "致电借款人艾力·阿木提（13912345678）无人接听。",
            "邮箱zhang@example.com，登录IP 10.2.3.4", ""]
    return out


@pytest.fixture(scope="module")
def engine():
    return analyzer_engine()


def test_engine_is_chinese_and_offline(engine) -> None:
    assert engine.supported_languages == ["zh"]
    assert isinstance(engine.nlp_engine, BlankChineseNlpEngine)
    assert isinstance(engine.context_aware_enhancer, SubstringContextEnhancer)
    assert any(isinstance(r, CnpiiRecognizer) for r in engine.registry.recognizers)


def test_same_spans_as_scan(engine) -> None:
    for text in _texts():
        got = sorted((r.start, r.end, r.entity_type) for r in engine.analyze(text, language="zh"))
        want = [(f.start, f.end, f.entity.value) for f in scan(text)]
        assert got == want, "presidio spans differ from cnpii.scan"


def test_entities_argument_and_explanations(engine) -> None:
    text = _texts()[0]
    res = engine.analyze(text, language="zh", entities=["CN_MOBILE_PHONE"], return_decision_process=True)
    assert [r.entity_type for r in res] == ["CN_MOBILE_PHONE"]
    assert "mobile_phone" in res[0].analysis_explanation.textual_explanation


def test_recognizers_added_to_an_existing_registry() -> None:
    reg = presidio_analyzer.RecognizerRegistry(supported_languages=["zh"])
    added = recognizers(reg)
    assert added and all(r in reg.recognizers for r in added)


def test_substring_context_enhancer_works_on_unsegmented_chinese() -> None:
    from presidio_analyzer import Pattern, PatternRecognizer

    member = PatternRecognizer("MEMBER_NO", patterns=[Pattern("m", r"M\d{6}", 0.3)], context=["会员号"],
                               supported_language="zh")
    eng = analyzer_engine(extra_recognizers=[member])
    with_cue = [r for r in eng.analyze("客户会员号M123456已登记", language="zh") if r.entity_type == "MEMBER_NO"]
    without = [r for r in eng.analyze("备注M123456已登记", language="zh") if r.entity_type == "MEMBER_NO"]
    assert with_cue and without and with_cue[0].score > without[0].score


# ---- cnpii scan (CLI module) -------------------------------------------------------------------
def _cli(tmp_path, capsys, *paths, entities=None):
    from cnpii.cli import _scan

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    _scan.add_parser(sub)
    argv = ["scan", *paths] + (["--entities", entities] if entities else [])
    args = parser.parse_args(argv)
    code = _scan.run(args)
    return code, capsys.readouterr()


def test_cli_scan_prints_locations_and_masked_previews_only(tmp_path, capsys) -> None:
    mob = mobile_phone.generate(RNG)
    rid = resident_id.generate(RNG)
    f = tmp_path / "a.txt"
    f.write_text(f"第一行没有\n客户手机：{mob}，证件{rid}\n", encoding="utf-8")
    code, out = _cli(tmp_path, capsys, str(f))
    assert code == 1
    lines = out.out.strip().splitlines()
    assert lines[0].startswith(f"{f}:2:6  CN_MOBILE_PHONE  ") and mobile_phone.mask(mob) in lines[0]
    assert mob not in out.out and rid not in out.out, "raw values printed"


def test_cli_scan_clean_file_directory_and_gbk(tmp_path, capsys) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "clean.txt").write_text("没有个人信息，热线95588。", encoding="utf-8")
    (tmp_path / "d" / "gbk.txt").write_bytes("联系人手机13812345678".encode("gb18030"))
    code, out = _cli(tmp_path, capsys, str(tmp_path / "d" / "clean.txt"))
    assert code == 0 and out.out == ""
    code, out = _cli(tmp_path, capsys, str(tmp_path / "d"))
    assert code == 1 and "gbk.txt:1:6  CN_MOBILE_PHONE  138****5678" in out.out


def test_cli_scan_errors(tmp_path, capsys) -> None:
    code, out = _cli(tmp_path, capsys, str(tmp_path / "missing.txt"))
    assert code == 2 and "cannot read" in out.err
    f = tmp_path / "x.txt"
    f.write_text("x", encoding="utf-8")
    code, out = _cli(tmp_path, capsys, str(f), entities="NOPE")
    assert code == 2
