"""PERSON and CN_ADDRESS detection, linear-time behaviour on adversarial input, corpus quality."""

from __future__ import annotations

import os
import sys

import pytest

from cnpii import Entity
from cnpii.detection import scan

from _linear import assert_linear

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def found(text: str, entity: Entity) -> list[str]:
    return [text[f.start:f.end] for f in scan(text) if f.entity is entity]


# ---- names ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,names", [
    ("客户姓名：王淑兰\n联系电话：13912345678", ["王淑兰"]),
    ("尊敬的欧阳娜娜女士，您的账单已出。", ["欧阳娜娜"]),
    ("借款人陈海燕经营的小店仍在营业。", ["陈海燕"]),
    ("致电借款人艾力·阿木提无人接听。", ["艾力·阿木提"]),
    ("| 经办 | 林　敏 | 复核 | 张 伟 |", ["林　敏", "张 伟"]),
    ("本周回访：刘洋、赵敏、诸葛亮，请跟进。", ["刘洋", "赵敏", "诸葛亮"]),
    ('{"custName":"谢璐","level":"VIP"}', ["谢璐"]),
    ("您好黎欢，您的快递已到。", ["黎欢"]),
    ("1,邓凛,6222,100.00", ["邓凛"]),
    ("中国人民银行副行长潘功胜表示，将保持流动性合理充裕。", ["潘功胜"]),
    ("俄罗斯总统普京说，美国总统拜登表示将访问日本。", ["普京", "拜登"]),
])
def test_person_names(text: str, names: list[str]) -> None:
    assert found(text, Entity.PERSON) == names


@pytest.mark.parametrize("text", [
    "脱敏样例：杨先生 / 133****7180",
    "文明服务，平安银行高级客户经理为您服务。",
    "大额存单起存金额50万元。",
    "中国银行北京市分行营业部",
    "证件类型：居民身份证",
    "来访人 登记表",
    "阿里巴巴表示业绩增长，新加坡表示欢迎。",
    "母亲于上月在家中摔倒。",
])
def test_not_person(text: str) -> None:
    assert found(text, Entity.PERSON) == [], "word or title reported as a name"


# ---- addresses --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,address", [
    ("通讯地址：广东省深圳市南山区科技园路88号阳光花园3栋2单元1203室，邮编518000",
     "广东省深圳市南山区科技园路88号阳光花园3栋2单元1203室"),
    ("常驻邵阳市隆回县柳河镇新河村。", "邵阳市隆回县柳河镇新河村"),
    ("2020年1月18日在浙江省宁波市江北区友谊路350号附近发生事故", "浙江省宁波市江北区友谊路350号"),
    ('{"addr":"北京市朝阳区建国路88号SOHO现代城B座2203"}', "北京市朝阳区建国路88号SOHO现代城B座2203"),
    ("住址 江西省赣州市于都县城关镇前进村3组26号\n", "江西省赣州市于都县城关镇前进村3组26号"),
])
def test_addresses(text: str, address: str) -> None:
    assert found(text, Entity.CN_ADDRESS) == [address]


@pytest.mark.parametrize("text", [
    "中国工商银行上海市分行营业部于今日开业。",
    "北京市朝阳区支行将调整营业时间。",
    "本行在广东省内设有网点。",
])
def test_place_names_in_organisations_are_not_addresses(text: str) -> None:
    assert found(text, Entity.CN_ADDRESS) == []


# ---- no catastrophic backtracking ---------------------------------------------------------------
ADVERSARIAL = {
    "digits": "1",
    "digit groups": "1234 ",
    "dashes": "1-",
    "separators": "- ",
    "surnames": "王李张",
    "admin suffixes": "省市区县路号",
    "email-ish": "a.",
    "at signs": "a@",
    "ipv6-ish": "1:",
    "middle dots": "阿·",
    "plates": "京A",
    "letters": "E1",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_scales_linearly(name: str) -> None:
    unit = ADVERSARIAL[name]
    # 8x the input may cost about 8x the CPU time; quadratic behaviour would cost 64x. A ratio with
    # a wide margin, repeated (tests/_linear.py); no wall-clock bound.
    assert_linear(scan, lambda n: unit * (n // len(unit)), 10_000, factor=8, slack=4.0, runs=2, what=name)


# ---- quality on the project's own labelled corpus -----------------------------------------------
def test_quality_on_generated_corpus() -> None:
    sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
    try:
        import detection_corpus
    finally:
        sys.path.pop(0)
    label = {"PERSON": "PERSON", "CN_RESIDENT_ID": "CN_ID_CARD", "CN_MOBILE_PHONE": "CN_MOBILE",
             "CN_LANDLINE_PHONE": "CN_LANDLINE", "CN_BANK_CARD": "BANK_CARD", "EMAIL_ADDRESS": "EMAIL",
             "CN_ADDRESS": "ADDRESS", "CN_PASSPORT": "CN_PASSPORT", "CN_HK_MACAU_PERMIT": "CN_HK_MACAU_PERMIT",
             "CN_USCC": "CN_USCC", "CN_LICENSE_PLATE": "LICENSE_PLATE", "IP_ADDRESS": "IP_ADDRESS"}
    recs = detection_corpus.generate(600, seed=99)
    tp = n_pred = n_gold = 0
    fp_negative = n_negative = 0
    per: dict[str, list[int]] = {}
    for r in recs:
        gold = {(s["start"], s["end"], s["label"]) for s in r["spans"]}
        pred = {(f.start, f.end, label[f.entity.value]) for f in scan(r["text"]) if f.entity.value in label}
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
        for g in gold:
            per.setdefault(g[2], [0, 0])[1] += 1
            per[g[2]][0] += g in pred
        if r["source"] == "negative":
            n_negative += 1
            fp_negative += len(pred)
    p, rc = tp / n_pred, tp / n_gold
    f1 = 2 * p * rc / (p + rc)
    assert f1 >= 0.93, f"micro F1 {f1:.3f}"
    for lab in ("CN_ID_CARD", "BANK_CARD", "CN_USCC"):
        assert per[lab][0] / per[lab][1] >= 0.99, f"{lab} recall {per[lab][0]}/{per[lab][1]}"
    assert per["PERSON"][0] / per["PERSON"][1] >= 0.85 and per["ADDRESS"][0] / per["ADDRESS"][1] >= 0.85
    assert 1000 * fp_negative / n_negative <= 20, "false positives per 1,000 PII-free records"
