"""Build ``src/cnpii/detection/data/lexicon.tsv.gz`` from jieba's dictionary.

    pip install jieba==0.42.1 && python scripts/build_name_lexicon.py

jieba (MIT licence, https://github.com/fxsjy/jieba) ships ``jieba/dict.txt``: about 349,000
words with a corpus frequency and a part-of-speech tag (``nr`` person name, ``ns`` place, ``n``
noun, ``v`` verb, ...). The name finder uses it to tell everyday words (农民, 尤其, 利益, 海淀区,
韩国) from names, and where a name ends (the 夫 of 夫妇). The file keeps its words of one to four
CJK characters, as ``word<TAB>freq<TAB>tag``.
"""

from __future__ import annotations

import gzip
import os
import re
import sys
from pathlib import Path

import jieba

OUT = Path(__file__).resolve().parents[1] / "src/cnpii/detection/data/lexicon.tsv.gz"
CJK = re.compile(r"^[\u4e00-\u9fff]{1,4}$")


def main() -> int:
    src = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    rows = []
    for line in src.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3 or not CJK.match(parts[0]):
            continue
        rows.append((parts[0], int(parts[1]), parts[2]))
    rows.sort()
    header = (f"# Derived from jieba {jieba.__version__} dict.txt (MIT licence, "
              "https://github.com/fxsjy/jieba) by scripts/build_name_lexicon.py:\n"
              "# CJK words of 1-4 characters, word<TAB>corpus frequency<TAB>part of speech.\n")
    body = "".join(f"{w}\t{f}\t{t}\n" for w, f, t in rows)
    # mtime=0: the same input gives the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write((header + body).encode("utf-8"))
    print(f"{len(rows)} words -> {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
