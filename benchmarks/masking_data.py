"""A synthetic 10-column customer table for the masking benchmarks (no real people).

Identifiers are generated vectorised with numpy so a million rows take seconds; every
resident ID, mobile number and card number is valid (check digits computed here and
verified against cnpii.identifiers on a sample by ``check()``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_REGIONS = np.array(["110105", "110108", "310115", "440305", "440106", "330106", "320106",
                     "510107", "420111", "350203", "370102", "610113"])
_PLACES = np.array(["北京市朝阳区", "北京市海淀区", "上海市浦东新区", "广东省深圳市南山区",
                    "广东省广州市天河区", "浙江省杭州市西湖区", "江苏省南京市鼓楼区",
                    "四川省成都市武侯区", "湖北省武汉市洪山区", "福建省厦门市思明区",
                    "山东省济南市历下区", "陕西省西安市雁塔区"])
_STREETS = np.array(["人民路", "解放路", "中山路", "建设路", "和平路", "文化路", "新华路", "长江路"])
_SURNAMES = np.array(list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗") + ["欧阳", "司马", "诸葛"])
_GIVEN = np.array(list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏辉"))
_MOBILE_PREFIX = np.array(["138", "139", "135", "136", "137", "150", "151", "152", "158", "159",
                           "186", "185", "130", "131", "133", "153", "180", "189", "177", "199"])
_ID_WEIGHTS = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
_ID_CHECK = np.array(list("10X98765432"))
_REMARKS = np.array(["无", "VIP客户", "已核实身份", "客户要求寄送纸质对账单", "无", "无"])


def _digits(rng: np.random.Generator, n: int, k: int) -> np.ndarray:
    return rng.integers(0, 10, size=(n, k), dtype=np.int64)


def _join(d: np.ndarray) -> np.ndarray:
    """Rows of digits -> strings."""
    return np.array(["".join(map(str, r)) for r in d.tolist()]) if len(d) < 1000 else \
        d.astype("U1").view(f"U{d.shape[1]}").ravel()


def resident_ids(rng: np.random.Generator, n: int) -> np.ndarray:
    region = rng.choice(_REGIONS, n)
    days = rng.integers(0, 365 * 60, n)
    births = (np.datetime64("1950-01-01") + days.astype("timedelta64[D]")).astype(str)
    births = np.char.replace(births, "-", "")
    seq = _join(_digits(rng, n, 3))
    body = np.char.add(np.char.add(region, births), seq)
    digits = body.view("U1").reshape(n, 17).astype(np.int64)
    check = _ID_CHECK[(digits * _ID_WEIGHTS).sum(axis=1) % 11]
    return np.char.add(body, check)


def luhn_cards(rng: np.random.Generator, n: int, bin_: str = "622202", length: int = 19) -> np.ndarray:
    body = _digits(rng, n, length - 1)
    body[:, :6] = [int(c) for c in bin_]
    rev = body[:, ::-1]
    doubled = rev.copy()
    doubled[:, ::2] *= 2
    doubled[doubled > 9] -= 9
    check = (10 - doubled.sum(axis=1) % 10) % 10
    return np.char.add(_join(body), check.astype(str))


def mobiles(rng: np.random.Generator, n: int) -> np.ndarray:
    return np.char.add(rng.choice(_MOBILE_PREFIX, n), _join(_digits(rng, n, 8)))


def customers(n: int, seed: int = 2020) -> pd.DataFrame:
    """``n`` rows, 10 columns: id, name, resident ID, mobile, card, e-mail, address, balance,
    opening date, free-text remark (10% mention a second mobile number)."""
    rng = np.random.default_rng(seed)
    names = np.char.add(np.char.add(rng.choice(_SURNAMES, n), rng.choice(_GIVEN, n)),
                        np.where(rng.random(n) < 0.7, rng.choice(_GIVEN, n), ""))
    addresses = np.char.add(np.char.add(rng.choice(_PLACES, n), rng.choice(_STREETS, n)),
                            np.char.add(rng.integers(1, 999, n).astype(str), "号"))
    remarks = rng.choice(_REMARKS, n).astype(object)
    extra = rng.random(n) < 0.10
    remarks[extra] = np.char.add("客户另留联系手机", mobiles(rng, int(extra.sum())))
    opened = (np.datetime64("2005-01-01") + rng.integers(0, 7000, n).astype("timedelta64[D]"))
    ids = np.arange(1, n + 1)
    return pd.DataFrame({
        "customer_no": ids,
        "客户姓名": pd.array(names, dtype="str"),
        "身份证号码": pd.array(resident_ids(rng, n), dtype="str"),
        "手机号": pd.array(mobiles(rng, n), dtype="str"),
        "银行卡号": pd.array(luhn_cards(rng, n), dtype="str"),
        "email": pd.array(np.char.add(np.char.add("user", ids.astype(str)), "@example.com"), dtype="str"),
        "地址": pd.array(addresses, dtype="str"),
        "balance": np.round(rng.uniform(0, 2_000_000, n), 2),
        "开户日期": pd.array(opened.astype(str), dtype="str"),
        "备注": pd.array(remarks.astype(str), dtype="str"),
    })


def check(df: pd.DataFrame, k: int = 500) -> None:
    """Every generated identifier in a sample validates with cnpii.identifiers."""
    from cnpii.identifiers import bank_card, mobile_phone, resident_id

    for col, module in (("身份证号码", resident_id), ("手机号", mobile_phone), ("银行卡号", bank_card)):
        assert df[col].head(k).map(module.is_valid).all(), col
