"""cnpii.classify, the shared column inference, the combination rule, Policy.from_classification,
cnpii.inventory and `cnpii classify`."""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cnpii
from cnpii.classification import FRAME_COLUMNS, classes, classify, inventory, name_hint
from cnpii.classification._names import category_of, name_table
from cnpii.cli import main
from cnpii.entities import ENTITY_INFO, Entity
from cnpii.identifiers import bank_card, license_plate, mobile_phone, resident_id, uscc
from cnpii.masking import SUMMARY_ATTR, mask_frame
from cnpii.policy import Policy

HELDOUT = Path(__file__).parent / "data" / "heldout_columns.tsv"
ROOT = Path(__file__).resolve().parents[1]


def _heldout() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in HELDOUT.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            col, target, cat, src = line.split("\t")
            rows.append((col, target, cat, src))
    return rows


# -- names --------------------------------------------------------------------------------
def test_heldout_names_are_read_right() -> None:
    """Names from public DDL and a list written before the name table: at least 90% name
    their meaning exactly, and every miss is a name the table does not know (None), never
    a wrong guess."""
    rows = [r for r in _heldout() if r[3] != "ddl2"]
    misses = [(c, t) for c, t, _, _ in rows if (name_hint(c).target if name_hint(c) else None) != t]
    assert len(misses) <= 0.1 * len(rows), misses
    assert all(name_hint(c) is None for c, _ in misses), misses
    ddl = [r for r in rows if r[3] == "ddl"]
    assert all(name_hint(c) is not None and name_hint(c).target == t for c, t, _, _ in ddl)


def test_heldout_names_are_not_in_the_table() -> None:
    keys, tokens, zh, _ = name_table()
    own = [c for c, _, _, src in _heldout() if src == "self"]
    for col in own:
        k = col.lower().replace("_", "")
        assert k not in keys or k in {"zhye", "dkje", "khrq", "jgh", "csrq", "xb", "cvn2"}, col


def test_every_table_target_has_a_category_and_the_docs_list_every_class() -> None:
    docs = (ROOT / "docs" / "classification.md").read_text(encoding="utf-8")
    for name, cls in classes().items():
        assert f"`{name}`" in docs, f"class {name} missing from docs/classification.md"
        assert f"| `{name}` | {cls.category} |" in docs, f"class {name}: row missing or wrong"
    for entity in Entity:
        assert f"| `{entity}` | {ENTITY_INFO[entity].category} |" in docs
        assert category_of(str(entity)) == ENTITY_INFO[entity].category


@pytest.mark.parametrize(("name", "target"), [
    ("客户姓名", "PERSON"), ("证件号码", "CN_RESIDENT_ID"), ("khxm", "PERSON"), ("zjhm", "CN_RESIDENT_ID"),
    ("sjhm", "CN_MOBILE_PHONE"), ("yhkh", "CN_BANK_CARD"), ("dkzh", "CN_BANK_ACCOUNT"),
    ("cust_name", "PERSON"), ("idNo", "CN_RESIDENT_ID"), ("acct_no", "CN_BANK_ACCOUNT"),
    ("金额", "amount"), ("账户余额", "amount"), ("account_name", "PERSON"), ("出生日期", "birth_date"),
    ("卡有效期", "CARD_EXPIRY"), ("证件有效期", "id_document"), ("开户日期", "date"),
])
def test_issue_names(name: str, target: str) -> None:
    hint = name_hint(name)
    assert hint is not None and hint.target == target


@pytest.mark.parametrize("name", ["c07", "col_3", "字段5", "x", "", "F12"])
def test_meaningless_names_say_nothing(name: str) -> None:
    assert name_hint(name) is None


# -- tables ---------------------------------------------------------------------------------
def _people(n: int, seed: int = 7) -> dict[str, list[object]]:
    rng = random.Random(seed)
    surnames, given_chars = ["王", "李", "欧阳", "张", "刘", "陈"], "伟芳娜敏静丽强磊军洋"
    return {
        "name": [rng.choice(surnames) + "".join(rng.choice(given_chars) for _ in range(2))
                 for _ in range(n)],
        "id": [resident_id.generate(rng) for _ in range(n)],
        "mobile": [mobile_phone.generate(rng) for _ in range(n)],
        "card": [bank_card.generate(rng) for _ in range(n)],
        "account": ["6228" + "".join(rng.choice(string.digits) for _ in range(15)) for _ in range(n)],
        "amount": [f"{rng.uniform(0, 2e6):.2f}" for _ in range(n)],
        "date": [f"20{rng.randrange(10, 24)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                 for _ in range(n)],
        "cvv": [f"{rng.randrange(1000):03d}" for _ in range(n)],
        "hash": ["".join(rng.choice("0123456789abcdef") for _ in range(64)) for _ in range(n)],
        "plate": [license_plate.generate(rng) for _ in range(n)],
        "uscc": [uscc.generate(rng) for _ in range(n)],
        "email": [f"user{rng.randrange(10**6)}@example.cn" for _ in range(n)],
        "note": [rng.choice(["客户来电咨询", f"客户另留手机{mobile_phone.generate(rng)}",
                             f"联系人{rng.choice(surnames)}先生", "无异常"]) for _ in range(n)],
    }


def _expect(result: cnpii.Classification, expected: dict[str, tuple[str | None, str]]) -> None:
    frame = result.to_frame()
    got = {c: (frame.loc[c, "entity"], frame.loc[c, "category"]) for c in expected}
    bad = {c: (got[c], e) for c, e in expected.items() if got[c] != e}
    assert not bad, bad


def test_readable_names_table() -> None:
    p = _people(300)
    df = pd.DataFrame({"借款人姓名": p["name"], "customer_id_card": p["id"], "联系手机": p["mobile"],
                       "repayCardNo": p["card"], "贷款账号": p["account"], "放款金额": p["amount"],
                       "开户日期": p["date"], "CVN2": p["cvv"], "login_pwd_hash": p["hash"],
                       "备注信息": p["note"], "opening_branch": ["0101", "0203"] * 150})
    result = classify(df)
    assert list(result.to_frame().columns) == FRAME_COLUMNS
    assert list(result.to_frame().index) == list(df.columns)
    _expect(result, {
        "借款人姓名": ("PERSON", "C2"), "customer_id_card": ("CN_RESIDENT_ID", "C2"),
        "联系手机": ("CN_MOBILE_PHONE", "C2"), "repayCardNo": ("CN_BANK_CARD", "C2"),
        "贷款账号": ("CN_BANK_ACCOUNT", "C2"), "放款金额": (None, "C2"), "开户日期": (None, "C1"),
        "CVN2": ("CARD_CVV", "C3"), "login_pwd_hash": ("PASSWORD", "C3"), "备注信息": (None, "C2"),
        "opening_branch": (None, "C1"),
    })
    assert set(result.columns["备注信息"].found) >= {"CN_MOBILE_PHONE"}
    assert result.category == "C3" and result.level == 4


def test_terse_and_meaningless_names_with_messy_cells() -> None:
    p = _people(200, seed=11)

    def messy(values: list[object], seed: int) -> list[object]:
        rng = random.Random(seed)
        out: list[object] = []
        for v in values:
            r = rng.random()
            out.append(None if r < 0.05 else "" if r < 0.08 else "N/A" if r < 0.1 else
                       f"  {v} " if r < 0.2 else v)
        return out

    fullwidth = str.maketrans("0123456789", "０１２３４５６７８９")
    df = pd.DataFrame({
        "c01": messy(p["name"], 1), "c02": messy(p["id"], 2),
        "c03": messy([m.translate(fullwidth) if i % 3 == 0 else m
                      for i, m in enumerate(p["mobile"])], 3),
        "c04": messy([int(c) if i % 2 else c for i, c in enumerate(p["card"])], 4),  # mixed types
        "c05": messy([float(a) for a in p["amount"]], 5), "c06": messy(p["hash"], 6),
        "c07": messy(p["date"], 7), "col_8": messy(p["plate"], 8), "字段9": messy(p["email"], 9),
        "字段10": messy(p["note"], 10), "f11": [None] * 200, "f12": ["  "] * 100 + ["N/A"] * 100,
        "f13": messy(["男", "女"] * 100, 13),
    })
    result = classify(df, sample=150)
    _expect(result, {
        "c01": ("PERSON", "C2"), "c02": ("CN_RESIDENT_ID", "C2"), "c03": ("CN_MOBILE_PHONE", "C2"),
        "c04": ("CN_BANK_CARD", "C2"), "c05": (None, "C2"), "c06": ("PASSWORD", "C3"),
        "c07": (None, "C1"), "col_8": ("CN_LICENSE_PLATE", "C2"), "字段9": ("EMAIL_ADDRESS", "C2"),
        "字段10": (None, "C2"), "f11": (None, "C1"), "f12": (None, "C1"), "f13": (None, "C2"),
    })
    assert result.columns["f11"].sampled == 0 and "all null" in result.columns["f11"].evidence
    assert result.columns["f12"].nulls == 200
    assert "joined to" in result.columns["f13"].evidence


def test_heldout_names_with_content_get_their_category() -> None:
    """Each held-out name over values of its meaning: the category is right for every one."""
    p = _people(60, seed=3)
    values = {"PERSON": p["name"], "CN_RESIDENT_ID": p["id"], "CN_MOBILE_PHONE": p["mobile"],
              "CN_BANK_ACCOUNT": p["account"], "EMAIL_ADDRESS": p["email"],
              "CN_ADDRESS": ["北京市朝阳区建国路88号", "广东省深圳市南山区科技园1号"] * 30,
              "CN_PASSPORT": ["E12345678", "EA1234567"] * 30, "PASSWORD": p["hash"],
              "CARD_CVV": p["cvv"], "CARD_EXPIRY": ["12/28", "03/27"] * 30,
              "amount": p["amount"], "income": p["amount"], "credit_limit": p["amount"],
              "transaction": [f"2023{i:016d}" for i in range(60)], "grade": ["A", "B", "C"] * 20,
              "branch": ["0101", "3302"] * 30, "date": p["date"],
              "timestamp": [d + " 10:11:12" for d in p["date"]], "birth_date": p["date"],
              "gender": ["男", "女"] * 30}
    rows = [r for r in _heldout() if r[3] != "ddl2"]
    df = pd.DataFrame({c: values[t] for c, t, _, _ in rows} | {"客户姓名": p["name"]})
    result = classify(df)
    wrong = {c: (str(result.columns[c].category), cat) for c, _, cat, _ in rows
             if str(result.columns[c].category) != cat}
    assert not wrong, wrong


def test_names_of_schemas_seen_after_the_table_was_final() -> None:
    """Part 3 of the held-out list (public schemas met after the name table was final, the
    table not changed for them): what a new user meets. Measured floor: 30 of 39 names read
    exactly and no name misread (a miss is an unknown name, left to content); with values of
    their meaning 36 of 39 columns get the right category (the misses: a misspelt birth date
    and marital status/occupation codes, graded by content as C1 dates and labels)."""
    rng = random.Random(12)
    p = _people(80, seed=12)
    rows = [r for r in _heldout() if r[3] == "ddl2"]
    hits = [c for c, t, _, _ in rows if name_hint(c) is not None and name_hint(c).target == t]
    wrong = [c for c, t, _, _ in rows if name_hint(c) is not None and name_hint(c).target != t]
    assert len(hits) >= 30 and not wrong, wrong
    values = {"customer_number": [f"C{rng.randrange(10**9):09d}" for _ in range(80)],
              "PERSON": p["name"], "id_document": ["居民身份证", "护照"] * 40, "CN_RESIDENT_ID": p["id"],
              "birth_date": ["1987-03-02", "1990-11-23"] * 40, "gender": ["男", "女"] * 40,
              "identity_basic": ["已婚", "未婚", "其他", "公务员"] * 20,
              "CN_MOBILE_PHONE": p["mobile"], "EMAIL_ADDRESS": p["email"],
              "CN_ADDRESS": ["北京市朝阳区建国路88号", "广东省深圳市南山区科技园1号"] * 40,
              "CN_BANK_CARD": p["card"], "branch": ["中国银行北京分行", "朝阳支行"] * 40,
              "date": p["date"], "timestamp": ["10:11:12", "23:01:00"] * 40, "amount": p["amount"],
              "rate": ["0.0435", "0.0525"] * 40, "CN_BANK_ACCOUNT": p["account"],
              "free_text": p["note"], "CN_USCC": [c for c in p["uscc"] if not c.startswith("92")][:1] * 80}
    df = pd.DataFrame({c: values[t] for c, t, _, _ in rows})
    result = classify(df)
    right = [c for c, _, cat, _ in rows if str(result.columns[c].category) == cat]
    assert len(right) >= 36, sorted(set(df.columns) - set(right))


def test_free_text_column_lists_what_it_holds() -> None:
    rng = random.Random(2)
    texts = [f"客户王淑兰来电，身份证{resident_id.generate(rng)}，手机{mobile_phone.generate(rng)}"
             for _ in range(30)] + ["无"] * 10
    c = classify(pd.DataFrame({"remark": texts})).columns["remark"]
    assert c.kind == "text" and c.entity is None and str(c.category) == "C2"
    assert {"CN_RESIDENT_ID", "CN_MOBILE_PHONE"} <= set(c.found)
    assert "CN_RESIDENT_ID" in c.evidence


def test_names_decide_c3_even_for_plain_digits() -> None:
    df = pd.DataFrame({"cvv2": ["123", "456"], "pin": [1234, 5678], "交易密码": ["888888", "123456"],
                       "track2": ["6222021234567890128=2512", "x"], "yxq": ["1228", "0327"]})
    assert {str(c.category) for c in classify(df).columns.values()} == {"C3"}


def test_uscc_of_a_sole_trader_is_c2() -> None:
    rng = random.Random(1)
    codes = [uscc.generate(rng) for _ in range(40)]
    company = [c for c in codes if not c.startswith("92")]
    r1 = classify(pd.DataFrame({"tyshxydm": company})).columns["tyshxydm"]
    assert r1.entity == Entity.CN_USCC and str(r1.category) == "C1"
    body = "92" + company[0][2:17]  # registering authority 9, category 2: 个体工商户
    sole = body + uscc.calc_check_char(body)
    assert uscc.is_valid(sole)
    r2 = classify(pd.DataFrame({"tyshxydm": company + [sole]})).columns["tyshxydm"]
    assert r2.entity == Entity.CN_USCC and str(r2.category) == "C2" and "sole-trader" in r2.evidence


def test_sampling_is_seeded_and_bounded() -> None:
    p = _people(3000, seed=5)
    df = pd.DataFrame({"x": p["id"], "y": p["note"]})
    a, b = classify(df, sample=100, seed=1), classify(df, sample=100, seed=1)
    assert a.to_frame().equals(b.to_frame())
    assert a.columns["x"].sampled == 100 and a.rows == 3000
    with pytest.raises(ValueError):
        classify(df, sample=0)
    with pytest.raises(TypeError):
        classify([1, 2])  # type: ignore[arg-type]


# -- dataset level ----------------------------------------------------------------------------
def test_combination_rule_raises_the_level() -> None:
    p = _people(50)
    base = classify(pd.DataFrame({"khxm": p["name"], "sfzh": p["id"]}))
    assert base.category == "C2" and base.level == 3 and not base.combined["applies"]
    full = classify(pd.DataFrame({"khxm": p["name"], "sfzh": p["id"], "sjhm": p["mobile"]}))
    assert full.combined["applies"] and full.base_level == 3 and full.level == 4
    assert "raised to level 4" in full.rule() and "raised to level 4" in str(full)
    assert "level <b>4</b>" in full._repr_html_()
    # contact details inside free text count too
    text = classify(pd.DataFrame({"khxm": p["name"], "sfzh": p["id"], "bz": p["note"]}))
    assert text.combined["contact"] == ["bz"] and text.level == 4


# -- one inference: classify and mask_frame agree ---------------------------------------------
def test_every_c2_or_c3_column_is_masked_by_mask_frame() -> None:
    p = _people(120, seed=9)
    df = pd.DataFrame({"khxm": p["name"], "dkzh": p["account"], "c07": p["amount"],
                       "DkZh2": p["account"], "金额": [float(a) for a in p["amount"]],
                       "cvv": p["cvv"], "pwd": p["hash"], "sxed": p["amount"],
                       "开户日期": p["date"], "wdh": ["0101", "0102"] * 60, "n": list(range(120))})
    result = classify(df)
    out = mask_frame(df)
    summary = out.attrs[SUMMARY_ATTR]
    for col, c in result.columns.items():
        changed = (out[col].astype(str) != df[col].astype(str)) | out[col].isna()
        if str(c.category) in ("C2", "C3"):
            assert changed.all(), f"{col} ({c.category}) left unmasked"
        else:
            assert not changed.any(), f"{col} ({c.category}) was changed"
    # the loan-account case of the issue: masked by the bank display convention
    assert out["dkzh"].str.fullmatch(r"\d{6}\*+\d{4}").all()
    assert summary.columns["dkzh"].entity == "CN_BANK_ACCOUNT"
    assert summary.columns["c07"].kind == "class"


def test_policy_from_classification_round_trips_and_masks(tmp_path: Path) -> None:
    p = _people(40)
    df = pd.DataFrame({"khxm": p["name"], "dkzh": p["account"], "余额": p["amount"],
                       "csrq": p["date"], "cvv": p["cvv"], "wdh": ["0101"] * 40})
    result = classify(df)
    policy = Policy.from_classification(result)
    saved = policy.save(tmp_path / "policy.yaml")
    again = Policy.load(saved)
    assert again.to_dict() == policy.to_dict()
    cols = {r["column"]: r for r in again.to_dict()["rules"] if "column" in r}
    assert cols["dkzh"] == {"column": "dkzh", "entity": "CN_BANK_ACCOUNT"}
    assert cols["余额"]["params"] == {"kind": "amount"} and cols["csrq"]["params"]["kind"] == "birth_date"
    assert "wdh" not in cols
    out = mask_frame(df, again)
    assert out["余额"].str.contains("-|>=|<").all() and out["cvv"].isna().all()
    assert out["wdh"].equals(df["wdh"])
    role = Policy.from_classification(result, role="auditor")
    assert role.resolve(role="auditor").profile == "role_auditor"
    inv = inventory([("t", df)], progress=False)
    assert Policy.from_classification(inv).to_dict()["rules"][-len(cols):] == \
        policy.to_dict()["rules"][-len(cols):]


# -- never leak -------------------------------------------------------------------------------
@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["id", "mobile", "card", "name", "note", "amount", "email"]),
                min_size=1, max_size=5, unique=True), st.integers(0, 1000))
def test_no_value_in_any_output(kinds: list[str], seed: int) -> None:
    p = _people(30, seed=seed)
    df = pd.DataFrame({f"c{i}": p[k] for i, k in enumerate(kinds)})
    result = classify(df, sample=20, seed=seed)
    inv = inventory([("t", df)], progress=False)
    blob = "\n".join([str(result), repr(result), result.to_json(), result._repr_html_(),
                      result.to_frame().to_string(), inv.to_json(), inv.to_markdown(),
                      inv.to_html(), inv._repr_html_()])
    for k in kinds:
        for v in p[k]:
            v = str(v)
            if len(v) >= 5 and not v.replace(".", "").isdigit() or len(v) >= 11:
                assert v not in blob


# -- inventory and CLI --------------------------------------------------------------------------
def _tree(d: Path) -> list[str]:
    p = _people(30, seed=21)
    (d / "sub").mkdir()
    pd.DataFrame({"客户姓名": p["name"], "证件号码": p["id"]}).to_csv(d / "gbk.csv", index=False,
                                                                encoding="gbk")
    pd.DataFrame({"sjhm": p["mobile"]}).to_csv(d / "sub" / "u16.tsv", sep="\t", index=False,
                                               encoding="utf-16")
    pd.DataFrame({"c1": p["card"], "余额": [float(a) for a in p["amount"]]}).to_parquet(d / "x.parquet")
    with pd.ExcelWriter(d / "book.xlsx") as w:
        pd.DataFrame({"cvv": p["cvv"]}).to_excel(w, sheet_name="one", index=False)
        pd.DataFrame({"wdh": ["0101"] * 5}).to_excel(w, sheet_name="two", index=False)
    pd.DataFrame({"email": p["email"]}).to_json(d / "sub" / "e.jsonl", orient="records",
                                                 lines=True, force_ascii=False)
    (d / "readme.txt").write_text("not data", encoding="utf-8")
    return [*p["name"][:5], *p["id"], *p["mobile"], *p["card"], *p["email"]]


def test_inventory_walks_every_format_and_sheet(tmp_path: Path) -> None:
    raw = _tree(tmp_path)
    inv = inventory(tmp_path, progress=False, output=tmp_path / "out")
    names = {Path(e.path).name + (f"#{e.sheet}" if e.sheet else ""): e for e in inv.entries}
    assert set(names) == {"gbk.csv", "u16.tsv", "x.parquet", "book.xlsx#one", "book.xlsx#two",
                          "e.jsonl"}
    assert inv.skipped == [str(tmp_path / "readme.txt")] and not inv.errors
    assert names["gbk.csv"].result.columns["证件号码"].entity == Entity.CN_RESIDENT_ID
    assert names["u16.tsv"].result.columns["sjhm"].entity == Entity.CN_MOBILE_PHONE
    assert names["x.parquet"].result.columns["c1"].entity == Entity.CN_BANK_CARD
    assert str(names["book.xlsx#one"].result.category) == "C3"
    assert str(names["book.xlsx#two"].result.category) == "C1"
    assert all(e.rows == 30 for k, e in names.items() if k != "book.xlsx#two")
    frame = inv.to_frame()
    assert list(frame.columns) == ["file", "sheet", "column", "entity", "category", "level", "rows",
                                   "confidence", "evidence"]
    data = json.loads((tmp_path / "out" / "inventory.json").read_text(encoding="utf-8"))
    assert data["files"] == 6 and data["columns_by_category"]["C3"] == 1
    for f in ("inventory.json", "inventory.md", "inventory.html"):
        text = (tmp_path / "out" / f).read_text(encoding="utf-8")
        assert not [v for v in raw if v in text], f"raw value in {f}"
    html = (tmp_path / "out" / "inventory.html").read_text(encoding="utf-8")
    assert html.count("class='file-bar'") == 6 and "<svg" in html and "http" not in html.replace(
        "http://www.w3.org/2000/svg", "").replace("http-equiv", "")


def test_inventory_reports_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    pd.DataFrame({"wdh": ["0101"]}).to_csv(tmp_path / "ok.csv", index=False)
    inv = inventory(tmp_path, progress=False)
    assert [Path(e.path).name for e in inv.errors] == ["bad.parquet"]
    assert "cannot read" in (inv.errors[0].error or "")
    assert "unreadable" in inv.to_html() and "error" in inv.to_markdown()


def test_cli_classify_formats_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = _tree(tmp_path / "t") if (tmp_path / "t").mkdir() is None else []
    assert main(["classify", str(tmp_path / "t"), "--no-progress"]) == 1
    out = capsys.readouterr().out
    assert "gbk.csv" in out and "CN_RESIDENT_ID" in out and not [v for v in raw if v in out]
    for fmt in ("json", "markdown", "html"):
        target = tmp_path / f"r.{fmt}"
        assert main(["classify", str(tmp_path / "t"), "--format", fmt, "--output", str(target),
                     "--no-progress"]) == 1
        text = target.read_text(encoding="utf-8")
        assert "book.xlsx" in text and not [v for v in raw if v in text]
    json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    clean = tmp_path / "clean"
    clean.mkdir()
    pd.DataFrame({"wdh": ["0101", "0102"], "开户日期": ["2020-01-01", "2021-01-01"]}).to_csv(
        clean / "c.csv", index=False)
    assert main(["classify", str(clean), "--no-progress"]) == 0
    (clean / "bad.xlsx").write_bytes(b"zip? no")
    assert main(["classify", str(clean), "--no-progress"]) == 2
    assert "bad.xlsx" in capsys.readouterr().err
    assert main(["classify", str(tmp_path / "missing"), "--no-progress"]) == 2


def test_files_are_sampled_through_their_length_and_rows_counted(tmp_path: Path) -> None:
    """A file sorted so that its first rows say nothing is still graded by rows from its
    whole length; rows are counted exactly (blank lines, quoted line breaks, UTF-16)."""
    from cnpii.classification._inventory import count_rows

    rng = random.Random(8)
    ids = ["无"] * 6000 + [resident_id.generate(rng) for _ in range(6000)]
    pd.DataFrame({"c1": ids}).to_csv(tmp_path / "sorted.csv", index=False)
    (tmp_path / "sorted.jsonl").write_text(
        "\n".join(json.dumps({"c1": v}, ensure_ascii=False) for v in ids) + "\n\n", encoding="utf-8")
    inv = inventory(tmp_path, sample=300, progress=False)
    for e in inv.entries:
        assert e.rows == 12000 and e.result is not None
        assert e.result.columns["c1"].entity == Entity.CN_RESIDENT_ID, e.name
    (tmp_path / "q.csv").write_text('a,b\n1,"two\nlines"\n\n3,4\n', encoding="utf-8")
    (tmp_path / "blank.csv").write_text("a,b\n1,2\n\n\r\n3,4", encoding="utf-8")
    (tmp_path / "u16.csv").write_text("a,b\n上,下\n1,2\n", encoding="utf-16")
    assert [count_rows(tmp_path / f, "csv") for f in ("q.csv", "blank.csv", "u16.csv")] == [2, 2, 2]


def test_progress_bar_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    inventory([("a", pd.DataFrame({"x": [1]})), ("b", pd.DataFrame({"y": [2]}))], progress=True)
    err = capsys.readouterr().err
    assert "cnpii inventory" in err and "2/2" in err
    inventory([("a", pd.DataFrame({"x": [1]}))], progress=False)
    assert capsys.readouterr().err == ""


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["1,2", "", "3,4", "五,六"]), min_size=1, max_size=30),
       st.sampled_from(["\n", "\r\n"]), st.booleans(), st.integers(3, 9))
def test_row_count_by_blocks_equals_the_parser(parts: list[str], sep: str, final: bool,
                                               block: int) -> None:
    """Counting line breaks block by block (blank lines across block boundaries included)
    gives the rows the CSV reader yields."""
    import tempfile

    import cnpii.classification._inventory as inv_mod
    from cnpii.dataframe._io import read_chunks

    text = sep.join(["a,b", *parts]) + (sep if final else "")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.csv"
        path.write_bytes(text.encode("utf-8"))
        saved, inv_mod._BLOCK = inv_mod._BLOCK, block
        try:
            rows, byte_safe, _ = inv_mod._profile(path, "csv")
        finally:
            inv_mod._BLOCK = saved
        expected = sum(len(c.frame) for c in read_chunks(path, "csv", on_bad_row="mask"))
    assert byte_safe and rows == expected


def test_inventory_of_frames_and_their_names() -> None:
    a = pd.DataFrame({"sjhm": ["13812345678"]})
    b = pd.DataFrame({"wdh": ["0101"]})
    b.attrs["name"] = "branches"
    inv = inventory([a, b, ("named", a)], progress=False)
    assert [e.name for e in inv.entries] == ["frame 1", "branches", "named"]
    assert [str(e.result.category) for e in inv.entries] == ["C2", "C1", "C2"]
    assert inv.files_by_category() == {"C3": 0, "C2": 2, "C1": 1}
    assert repr(inv) == ("Inventory(files=3, errors=0, skipped=0, columns={'C3': 0, 'C2': 2, "
                         "'C1': 1})")
    assert "13812345678" not in repr(inv.entries[0]) + inv._repr_html_()


def test_values_overrule_an_ambiguous_name_only() -> None:
    """An English word inside a longer name, or an account word before a type, is checked
    against the values; a name that says exactly what it is is trusted (fail closed)."""
    df = pd.DataFrame({"mail_flag": ["Y", "N"] * 10, "branch_name": ["北京分行", "朝阳支行"] * 10,
                       "账户类型": ["储蓄账户", "信用账户"] * 10, "email": ["zhang(at)163.com"] * 20,
                       "yx": ["zhang(at)163.com"] * 20, "cust_name": ["张三", "欧阳娜娜"] * 10,
                       "cvv": ["abc", "N/A"] * 10})
    cols = classify(df).columns
    assert {c: str(cols[c].category) for c in ("mail_flag", "branch_name", "账户类型")} == \
        {"mail_flag": "C1", "branch_name": "C1", "账户类型": "C1"}
    assert all("do not look like it" in cols[c].evidence for c in ("mail_flag", "branch_name", "账户类型"))
    assert cols["email"].entity == cols["yx"].entity == Entity.EMAIL_ADDRESS
    assert cols["cust_name"].entity == Entity.PERSON and str(cols["cvv"].category) == "C3"


_CELL = st.one_of(st.none(), st.text(max_size=12), st.integers(-10**20, 10**20),
                  st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
                  st.sampled_from(["", " ", "N/A", "无", "１３８１２３４５６７８", "13812345678",
                                   "11010519491231002X", "  6222021234567890128 "]),
                  st.datetimes(min_value=__import__("datetime").datetime(1900, 1, 1)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=6, max_size=6), min_size=1, max_size=4),
       st.sampled_from(["c07", "sjhm", "余额", "备注", "cvv", "字段5"]))
def test_any_messy_column_is_graded_and_masked_consistently(columns: list[list[object]],
                                                            name: str) -> None:
    df = pd.DataFrame({f"{name}_{i}" if i else name: pd.Series(col, dtype=object)
                       for i, col in enumerate(columns)})
    result = classify(df)  # every value seen, as mask_frame's sample of 200 sees them
    frame = result.to_frame()
    assert list(frame.index) == list(df.columns)
    assert set(frame["category"]) <= {"C1", "C2", "C3"} and frame["level"].between(2, 4).all()
    out = mask_frame(df)
    assert len(out) == len(df) and list(out.columns) == list(df.columns)
    for col, c in result.columns.items():
        if str(c.category) == "C1" or c.kind == "text":
            continue
        cells = [(a, b) for a, b in zip(df[col], out[col], strict=True)
                 if a is not None and not (isinstance(a, float) and a != a)]
        # every non-null cell of a C2/C3 column comes out changed (or removed)
        assert all(b is None or (isinstance(b, float) and b != b) or str(b) != str(a)
                   or set(str(a).strip()) <= set("* ") for a, b in cells), (col, c.evidence)
