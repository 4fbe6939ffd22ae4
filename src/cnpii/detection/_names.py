"""Chinese personal names: candidates from a surname table, decided by a lexicon and learned weights.

A candidate is a known surname (single or compound) followed by one or two CJK characters.
Whether it is a name is not decided by hand-written stop lists but by a logistic model
(``data/name_model.json``, trained by ``scripts/train_name_model.py``) over a few kinds of
evidence, each a small table of learned weights:

* what precedes it: a field name or role noun (姓名：, 客户, 联系人 ...), a weak cue word (的, 给,
  联系), a delimiter, the start of the text, a digit, other CJK text;
* what follows it: a title (先生, 女士), a form field (电话, 身份证), a place or organisation
  suffix (路, 银行), a delimiter, a verb or particle;
* a word lexicon with parts of speech (jieba's dictionary, ``data/lexicon.tsv.gz``): is the
  candidate an everyday word (农民, 尤其, 海淀区, 韩国) or a known name (邓小平), does its last
  character form a word with the next one (the 夫 of 夫妇), do the next characters start a word;
* how often its first character starts a name and its other characters end one (from the
  lexicon's person-name entries).

Context words live in ``data/name_context.txt``. A field name followed by a separator
(``姓名：高峰``, ``"realName":"方圆"``) always yields a name when a candidate follows: the field
says what the value is, whatever the lexicon thinks of the word. Names of transliterated parts
joined by a middle dot (阿力·吐尔洪) and transliterated news names (特朗普表示) are found by the
rules at the end of this module.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from array import array
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from cnpii.detection import _native
from cnpii.detection._context import column_cells, trie_pattern
from cnpii.detection._identifiers import Candidate
from cnpii.detection._spans import Taken as _Taken
from cnpii.entities import Entity

__all__ = ["find_names", "name_features", "left_in_text", "FEATURE_GROUPS", "title_words", "field_cue_rx"]

_P = Entity.PERSON


def _data(name: str):
    return resources.files("cnpii.detection").joinpath("data", name)


def _read(name: str) -> list[str]:
    text = _data(name).read_text("utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _sections() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    cur = None
    for ln in _read("name_context.txt"):
        if ln.startswith("[") and ln.endswith("]"):
            cur = out.setdefault(ln[1:-1], [])
        elif cur is not None:
            cur.extend(ln.split())
    out["left_delims"].append("\t")
    return out


# ---- the lexicon ----------------------------------------------------------------------------

#: lexicon categories of a string: absent, person name, place, other proper noun, common word by
#: frequency (high, middle, low), time or number word (上月, 周一, 白天, 三千), and the name of a
#: GB/T 2260 division without its suffix (宁波, 钟祥, 林芝: jieba's place tag also covers words
#: that name people, 安宁 or 江山; an official division name is surer evidence of a place)
LEX_ABSENT, LEX_NR, LEX_NS, LEX_PROPER, LEX_HI, LEX_MID, LEX_LO, LEX_TIME, LEX_DIV = range(9)
_N_LEX = 9
#: part-of-speech groups of a single character: absent, verb, function word, noun, name/place, other
_POS_GROUPS = {"v": 1, "vn": 1, "vd": 1, "vg": 1, "p": 2, "c": 2, "u": 2, "d": 2, "r": 2, "y": 2, "f": 2,
               "q": 2, "m": 2, "n": 3, "ng": 3, "nr": 4, "ns": 4, "nrt": 4, "nz": 4}
_N_POS = 6


def _lex_cat(freq: int, tag: str) -> int:
    if tag in ("nr", "nrfg", "nrt"):
        return LEX_NR
    if tag == "ns":
        return LEX_NS
    if tag in ("nz", "nt"):
        return LEX_PROPER
    if tag in ("t", "tg", "m", "mq"):
        return LEX_TIME
    if freq >= 1000:
        return LEX_HI
    if freq >= 100:
        return LEX_MID
    return LEX_LO


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int],
                        dict[str, int], dict[str, int], frozenset[str], frozenset[str], frozenset[str]]:
    """(word -> lexicon category, char -> POS group, and by character, bucketed: how often it starts
    a name, how often it is a given-name character, and those counts as a share of its uses; then
    the words of two or more characters the lexicon tags as verbs, 开展 and 获评, not 建设; then the
    characters it tags as prepositions or conjunctions, 向 and 和, not 张; then the words of two
    characters it tags as verbs or verbal nouns, 陈述 and 申请: what a field word is glued to as its
    predicate, 客户陈述, no value)."""
    words: dict[str, int] = {}
    pos: dict[str, int] = {}
    not_names = frozenset(_sections()["not_names"])
    sur_count: dict[str, int] = {}
    given_count: dict[str, int] = {}
    verbs: set[str] = set()
    predicates: set[str] = set()
    function_chars: set[str] = set()
    first_any: dict[str, int] = {}
    rest_any: dict[str, int] = {}
    from cnpii.detection._address import _short_division_names  # (it imports this module)

    places = _short_division_names()
    for w in places:  # a division's name without its 市/县/区 is a place, whatever the lexicon says
        words[w] = LEX_NS
    for w in not_names:  # countries, organisations and brands the lexicon lacks or tags as names
        words[w] = LEX_NS
    with _data("lexicon.tsv.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w, f, tag = line.rstrip("\n").split("\t")
            if len(w) == 1:
                pos[w] = _POS_GROUPS.get(tag, 5)
                if tag in ("p", "c"):
                    function_chars.add(w)
                continue
            cat = _lex_cat(int(f), tag)
            if tag == "v":
                verbs.add(w)
            if tag in ("v", "vn") and len(w) == 2:
                predicates.add(w)
            if cat == LEX_NR and w in places:
                cat = LEX_NS  # jieba tags many county and city names as person names (汪清, 邹平, 曲靖)
            words[w] = cat if w not in not_names else LEX_NS
            first_any[w[0]] = first_any.get(w[0], 0) + 1
            for ch in w[1:]:
                rest_any[ch] = rest_any.get(ch, 0) + 1
            if cat == LEX_NR and len(w) in (2, 3):
                sur_count[w[0]] = sur_count.get(w[0], 0) + 1
                for ch in w[1:]:
                    given_count[ch] = given_count.get(ch, 0) + 1
    for w in places:  # (but an everyday word stays one: 和平, 朝阳, 开发)
        if words.get(w, LEX_NS) == LEX_NS:
            words[w] = LEX_DIV
    for w in _sections()["words"]:  # present-day words jieba's dictionary lacks (普惠, 余额宝, 黄桃)
        words.setdefault(w, LEX_MID)
    sur_ratio = {c: _ratio_bucket(n, first_any.get(c, 0)) for c, n in sur_count.items()}
    given_ratio = {c: _ratio_bucket(n, rest_any.get(c, 0)) for c, n in given_count.items()}
    sur_bucket = {c: _bucket(n) for c, n in sur_count.items()}
    given_bucket = {c: _bucket(n) for c, n in given_count.items()}
    return (words, pos, sur_bucket, given_bucket, sur_ratio, given_ratio, frozenset(verbs), frozenset(function_chars),
            frozenset(predicates))


def _ratio_bucket(in_names: int, in_words: int) -> int:
    """1-8: the share of a character's lexicon uses that are in person names, on a log scale."""
    r = in_names / (in_words + 1)
    return max(1, min(8, 5 + int(math.floor(math.log(r + 1e-9, 3)))))


# ---- context --------------------------------------------------------------------------------

#: left-context kinds
L_FIELD_SEP, L_FIELD, L_WEAK, L_START, L_DELIM, L_DIGIT, L_OTHER, L_CJK = range(8)
_N_LEFT = 8
#: right-context kinds
R_END, R_TITLE, R_STRONG, R_BAD, R_DELIM, R_AFTER, R_CJK = range(7)
_N_RIGHT = 7
#: what stands between a field name and its value (姓名：王明, 【姓名】王明, 「姓名」王明,
#: name="王明"; not the bars of a table, whose header row holds no values: 车主 | 车牌)
_FIELD_SEPS = " \t:：/=\"'>】]〕」』"
#: those characters, and any white space, as a regular expression's class, and how many of
#: them a field's value may follow ("name" : "王明" has five)
_SEP_CLASS = "[\\s" + re.escape(_FIELD_SEPS.replace(" ", "").replace("\t", "")) + "]"
_SEPS_MAX = 5
#: a remark in brackets between a field name and its separators: 申请人（签字）：, 姓名(Name)：
_FIELD_REMARK = r"(?:[(（][^()（）\n]{1,10}[)）])?"
#: how far before a candidate its field name, remark and separators are looked for
_FIELD_WINDOW = 24


@lru_cache(maxsize=1)
def _context() -> dict:
    sec = _sections()
    field = sec["field"]
    return {
        "field_rx": re.compile("(?:" + trie_pattern(field) + ")$"),
        "field_sep_rx": re.compile("(" + trie_pattern(field) + ")(" + _FIELD_REMARK + ")(" + _SEP_CLASS
                                   + f"{{1,{_SEPS_MAX}}})$"),
        "ascii_key_rx": re.compile(r"([A-Za-z][A-Za-z0-9_]{0,40})" + _SEP_CLASS + f"{{1,{_SEPS_MAX}}}$"),
        "ascii_field": frozenset(sec["field_ascii"]),
        "ascii_not_person": frozenset(sec["ascii_not_person"]),
        "weak_rx": re.compile("(?:" + trie_pattern(sec["weak"]) + r")\s{0,2}$"),
        "title_rx": re.compile(trie_pattern(sec["title"])),
        "strong_rx": re.compile(r"[ ]?(?:" + trie_pattern(sec["strong_after"]) + r"|[0-9])"),
        "bad_rx": re.compile(trie_pattern(sec["bad_after"] + sec["org_after"])),
        "org_rx": re.compile(trie_pattern(sec["org_after"])),
        "org_words": frozenset(sec["org_after"]),
        "org_longest": max(map(len, sec["org_after"])),
        "near_rx": re.compile(trie_pattern([w for w in sec["strong_after"] if len(w) > 1 and _is_cjk(w[0])])),
        "near_one": frozenset(w for w in sec["strong_after"] if len(w) == 1 and _is_cjk(w)),
        "after": frozenset(sec["after_chars"]),
        "left_delims": frozenset(sec["left_delims"]),
        # the last characters of the field and weak words: a window ending in none of them (nor
        # in white space, which a weak word may be followed by) matches neither regex above
        "field_last": frozenset(w[-1] for w in field),
        "weak_last": frozenset(w[-1] for w in sec["weak"]),
        "title_first": frozenset(w[0] for w in sec["title"]),  # (no title starts elsewhere)
        "title_alone": frozenset(sec["title_alone"]),
        # the titles and the field and role words of two CJK characters or more (出纳, 局长, 甲方,
        # 客户经理): right after a surname, either makes it a form of address or a role
        "address_rx": re.compile(trie_pattern(forms := sec["title"] + [
            w for w in field if len(w) >= 2 and all(map(_is_cjk, w))])),
        "address_first": frozenset(w[0] for w in forms),
    }


def title_words() -> tuple[str, ...]:
    """Words after a surname that address a person (先生, 老师, 某): the ``[title]`` and
    ``[placeholder]`` sections of ``name_context.txt``."""
    sec = _sections()
    return tuple(sec["title"] + sec["placeholder"])


@lru_cache(maxsize=1)
def field_cue_rx() -> re.Pattern[str]:
    """A field name or role noun, with any separator, at the end of a lower-cased window."""
    sec = _sections()
    return re.compile("(?:" + trie_pattern(sec["field"] + sec["field_ascii"]) + ")" + _FIELD_REMARK
                      + _SEP_CLASS + f"{{0,{_SEPS_MAX}}}$")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _left_kind(norm: str, s: int, lo: int, ctx: dict) -> int:
    if s == lo:
        return L_START
    window = norm[max(lo, s - _FIELD_WINDOW):s]
    last = window[-1]
    if last in _FIELD_SEPS:
        m = ctx["field_sep_rx"].search(window)
        if m is not None and not (m.group(2) and ctx["org_rx"].search(m.group(2))):
            return L_FIELD_SEP  # (not a party that is an organisation: 甲方（典当行）：)
        m = ctx["ascii_key_rx"].search(norm, max(lo, s - 48), s)
        if m is not None and _ascii_person_key(m.group(1), ctx):
            return L_FIELD_SEP
    cjk = "\u4e00" <= last <= "\u9fff"
    if cjk and last in ctx["field_last"] and ctx["field_rx"].search(window):
        return L_FIELD
    if (not cjk or last in ctx["weak_last"]) and ctx["weak_rx"].search(window):
        return L_WEAK
    if last in ctx["left_delims"]:
        return L_DELIM
    if last.isdigit():
        return L_DIGIT
    if not cjk:
        return L_OTHER
    return L_CJK


_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def _field_line_before(norm: str, s: int, lo: int) -> bool:
    """Whether the line before ``s`` (which starts a line) is a field name alone (姓名, 户名：),
    as on a form whose values sit under their labels; the value is then the whole next line."""
    if s - 1 < lo or norm[s - 1] != "\n":
        return False
    start = norm.rfind("\n", lo, s - 1) + 1 or lo
    line = norm[max(lo, start):s - 1].strip(" \t\r\u3000:：")
    return 0 < len(line) <= 12 and line in _field_words()


@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    return frozenset(_sections()["field"])


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    return frozenset(_sections()["role_heads"])


def _agent_noun(word: str) -> bool:
    """Whether ``word`` (three characters or more) is an agent or role noun: a word of the lexicon
    (not a name) and one of ``[role_heads]`` (申报|人, 鉴定|员), or such a word as the lexicon holds
    it whole (专管员, 协管员).

    >>> [_agent_noun(w) for w in ("申报人", "鉴定员", "专管员", "王建国", "李志长")]
    [True, True, True, False, False]
    """
    if len(word) < 3 or word[-1] not in _role_heads():
        return False
    words = _lexicon()[0]
    return any(words.get(w, LEX_ABSENT) not in (LEX_ABSENT, LEX_NR) for w in (word[:-1], word))


def _ascii_person_key(key: str, ctx: dict) -> bool:
    """A field key naming a person (realName, cust_nm, holderName), not an organisation (OrgNm)."""
    parts = [p.lower() for p in _CAMEL.findall(key)]
    if not parts:
        return False
    joined = "".join(parts)
    if joined in ctx["ascii_field"]:
        return True
    return parts[-1] in ctx["ascii_field"] and not ctx["ascii_not_person"].intersection(parts)


def _near_cue(norm: str, e: int, hi: int, ctx: dict) -> int:
    """0: no form field soon after; 1: one after a delimiter (张三，手机…); 2: one without; 3: a
    one-character attribute between delimiters (黄家学，男，)."""
    if e + 2 <= hi and not _is_cjk(norm[e]) and norm[e + 1] in ctx["near_one"] and (
            e + 2 == hi or not _is_cjk(norm[e + 2])):
        return 3
    m = ctx["near_rx"].search(norm, e, min(hi, e + 8))
    if m is None:
        return 0
    return 1 if any(not _is_cjk(c) for c in norm[e:m.start()]) else 2


def _field_value(norm: str, s: int, e: int, hi: int, sur_len: int, gap: int) -> bool:
    """After a field word with no separator (客户金花，): a delimited value that is no everyday
    word and no field label of its own (投保人关系：)."""
    if not _delimited_right(norm, e, hi) or (e < hi and norm[e] in ":："):
        return False
    cand = norm[s:e] if not gap else norm[s:s + sur_len] + norm[s + sur_len + gap:e]
    lex = _lexicon()
    words, given_ratio = lex[0], lex[5]
    if len(cand) >= 3 and words.get(cand[:-1], LEX_ABSENT) in (LEX_HI, LEX_MID) \
            and given_ratio.get(cand[-1], 0) <= 2:
        return False  # an everyday word and a character seldom in names (客户安心地表示), not a name
    if cand in lex[8] and words.get(cand, LEX_ABSENT) != LEX_NR:
        return False  # a verb: what the field word does (客户陈述住址, 客户申请), not its value
    return words.get(cand, LEX_ABSENT) != LEX_HI


#: a field's value is a name at any score the model gives it of at least this share of its
#: threshold (客户：周一能补卡吗 scores far below: the speaker's turn, not a name) ...
FIELD_SHARE = 0.05
#: ... and, when it is an everyday word glued to a field word with no separator (柜员盖章,
#: 客户明细), at least this share (客户金花， and 您好安宁， score well above it)
FIELD_WORD_SHARE = 0.25


def _field_share(norm: str, s: int, e: int, kind: int, gap: int) -> float:
    """The share of the threshold a field's value needs (:data:`FIELD_SHARE`,
    :data:`FIELD_WORD_SHARE`)."""
    if kind == L_FIELD and not gap and _lexicon()[0].get(norm[s:e], LEX_ABSENT) not in (LEX_ABSENT, LEX_NR):
        return FIELD_WORD_SHARE
    return FIELD_SHARE


def _name_field_value(norm: str, s: int, e: int, lo: int, hi: int, kind: int) -> bool:
    """Whether ``norm[s:e]`` is the whole value of a field that asks for a person's name: a field
    word that holds 名 or ends in 人 (姓名, 户名, 经办人, 收款人), a colon or =, the candidate, then
    the value's end (姓名：夏天 / …, 经办人：程序。). There the field beats the lexicon at any score
    (a speaker's turn, 客户：谢谢, or a value that runs on, 客户：周一能补卡吗, is not one)."""
    if kind != L_FIELD_SEP or not (e >= hi or not _is_cjk(norm[e])):
        return False
    m = _context()["field_sep_rx"].search(norm, max(lo, s - _FIELD_WINDOW), s)
    if m is None:
        return False
    word, seps = m.group(1, 3)
    if not any(ch in ":：=" for ch in seps):
        return False  # (学号 姓名 班级: a header's cells, spaced, not a field and its value)
    return word.endswith("人") or "名" in word


def _organisation_value(norm: str, e: int, hi: int, ctx: dict) -> bool:
    """Whether the field's value runs on past the candidate into an organisation or place name
    (当事人：成都常青贸易有限公司): words of ``[bad_after]`` in the rest of its CJK run."""
    end = e
    while end < hi and end - e < 16 and _is_cjk(norm[end]):
        end += 1
    if end > e:  # such a word that starts with the candidate's last character (抵押权人：郑州银|行)
        m = ctx["bad_rx"].match(norm, e - 1, end)
        if m is not None and m.end() > e:
            return True
    return end - e >= 2 and ctx["bad_rx"].search(norm, e, end) is not None


def _org_name_after(norm: str, s: int, e: int, hi: int, ctx: dict) -> bool:
    """Whether the candidate ``norm[s:e]`` is the head of an organisation's or a shop's name: a
    word of ``[org_after]`` follows it (唐梓刚服装店) or, three characters long at least, starts at
    its last character (冯家干|洗店), and no title does (王芳店长)."""
    rx = ctx["org_rx"]
    org = rx.match(norm, e, hi) if e < hi else None
    if org is not None:  # (unless a title is all of it: 王芳店长; 金诚律师事务所 is a firm)
        title = ctx["title_rx"].match(norm, e, hi)
        return title is None or org.end() > title.end()
    if e < hi and norm[e] in "（(":  # a place or kind in brackets inside the name: 马钢（集团）控股
        close = next((k for k in range(e + 2, min(hi, e + 7)) if norm[k] in "）)"), -1)
        inner = norm[e + 1:close] if close > 0 else ""
        if not (rx.fullmatch(inner) or _lexicon()[0].get(inner) in (LEX_NS, LEX_DIV)
                or inner in _division_ends()[0]):
            close = -1  # (a place or an organisation's kind: not 程功（女，38岁）, 林立（长子）)
        end = close + 1
        while close > 0 and end < hi and end - close <= 12 and _is_cjk(norm[end]):
            end += 1
        m = ctx["bad_rx"].search(norm, close + 1, end) if end - close > 2 else None
        if m is not None and m.end() - m.start() >= 2 \
                and not any(ch in ctx["after"] for ch in norm[close + 1:m.start()]):
            return True  # (not 程功（女，38岁）在工商银行: a verb or particle first, a clause)
    m = rx.match(norm, e - 1, hi) if e - 1 > s else None  # (three characters at least: 张超|市场部)
    if m is not None and m.end() - e >= 2:
        return True
    return _ends_with_org(norm, s, e, ctx) or _org_run(norm, s, e, hi, ctx) \
        or _ORG_LIST_AFTER.match(norm, e, hi) is not None


#: the rest of a list that ends in a kind of organisation (杨国福、老干妈等商户, 周大福等品牌): its
#: items are the names of firms and brands, not people
_ORG_LIST_AFTER = re.compile(r"(?:[、，,][\u4e00-\u9fff]{2,6}){0,6}等[\u4e00-\u9fff]{0,4}?(?:商户|商家|品牌|门店|企业|公司|"
                             r"店铺|厂家|厂商|机构|平台|银行|单位|连锁)")


def _ends_with_org(norm: str, s: int, e: int, ctx: dict) -> bool:
    """Whether the candidate ``norm[s:e]`` ends with a word of ``[org_after]`` (农村商业银行长|安支行):
    no given name is one."""
    words = ctx["org_words"]
    return any(norm[k:e] in words for k in range(s + 1, e - 1))


def _org_run(norm: str, s: int, e: int, hi: int, ctx: dict) -> bool:
    """Whether the candidate ``norm[s:e]`` opens a field's or a cell's whole value and that value,
    a run of CJK characters up to the next delimiter, ends with a word of ``[org_after]``
    (｜黄冈嘉和电子科技有限公司｜, 工作单位：曲靖盛世农业发展有限公司) or holds one of four
    characters or more (a legal form, 有限公司: 蒲江嘉和装饰工程有限公司工资代发): the value is
    an organisation's name and the candidate its head. (Not ，王芳在工商银行: a particle or verb of
    ``[after_chars]`` between them makes the run a clause; a conjunction joins the parts of a
    firm's name, 嘉和, 永和, as often as two parties.) A firm's name may open with its place, a
    division's name before the candidate (深圳市金麒麟环境科技有限公司)."""
    if s > 0 and _is_cjk(norm[s - 1]) and not _place_opens_run(norm, s):
        return False
    end = e
    while end < hi and end - e < 16 and _is_cjk(norm[end]):
        end += 1
    if end - e < 2 or (end < hi and _is_cjk(norm[end])):
        return False
    words, after, longest = ctx["org_words"], ctx["after"], ctx["org_longest"]
    for k in range(2, min(longest, end - e) + 1):
        if norm[end - k:end] in words:
            return not any(ch in after and ch not in "和与及" for ch in norm[e:end - k])
    for a in range(e + 1, end - 3):  # a firm's legal form inside the run (…嘉和装饰工程有限公司农民工…)
        if any(norm[a:a + k] in words for k in range(4, min(longest, end - a) + 1)):
            return not any(ch in after and ch not in "和与及" for ch in norm[e:a])
    return False


def _place_opens_run(norm: str, s: int) -> bool:
    """Whether a division's name, with its suffix (深圳市, 萧山区), ends at ``s`` and opens a run of
    CJK characters (nothing CJK before it)."""
    names = _division_ends()[0]
    return any(norm[k:s] in names and (k == 0 or not _is_cjk(norm[k - 1])) for k in range(max(0, s - 8), s - 1))


def _delimited_right(norm: str, e: int, hi: int) -> bool:
    return e >= hi or not _is_cjk(norm[e]) or _right_kind(norm, e, hi, _context()) in (R_TITLE, R_STRONG)


def _right_kind(norm: str, e: int, hi: int, ctx: dict) -> int:
    if e >= hi:
        return R_END
    if ctx["title_rx"].match(norm, e, hi):
        return R_TITLE
    if ctx["bad_rx"].match(norm, e, hi):
        return R_BAD
    if ctx["strong_rx"].match(norm, e, hi):
        return R_STRONG
    ch = norm[e]
    if not _is_cjk(ch):
        return R_DELIM
    if ch in ctx["after"]:
        return R_AFTER
    return R_CJK


# ---- features -------------------------------------------------------------------------------

#: one slot per CJK Unified Ideograph, one for anything else, one for the edge of the text
_N_CHARS = 0x9FFF - 0x4E00 + 3


def _char_slot(ch: str) -> int:
    c = ord(ch) - 0x4E00
    return c if 0 <= c <= 0x9FFF - 0x4E00 else _N_CHARS - 2


def _bucket(count: int) -> int:
    """0 for never seen, then 1-5 by powers of four."""
    if count <= 0:
        return 0
    return min(5, 1 + int(math.log(count, 4)))


#: feature groups as (name, size): every candidate activates one slot per group
FEATURE_GROUPS: tuple[tuple[str, int], ...] = (
    ("bias", 1),
    ("left_x_lex", _N_LEFT * _N_LEX),       # what precedes, crossed with the lexicon's view of the word
    ("right_x_len", _N_RIGHT * 3),          # what follows, by candidate length (2, 3, 4)
    ("lex_x_len", _N_LEX * 3),              # the candidate as a word, by length
    ("last_next", _N_LEX),                  # last character + next character as a word (夫妇)
    ("next_word", _N_LEX),                  # the next two characters as a word
    ("prev_first", _N_LEX),                 # previous character + surname as a word
    ("head_word", _N_LEX + 1),              # the first two characters of a 3-4 character candidate
    ("tail_word", _N_LEX + 1),              # the given name of a 3-4 character candidate
    ("surname", 6 + 1),                     # how often the surname starts a name (+ compound)
    ("given1", 6),                          # how often the given characters end one
    ("given2", 6 + 1),
    ("next_pos_x_len", _N_POS * 3),         # part of speech of the next character, by length
    ("last_pos_x_len", _N_POS * 3),         # part of speech of the last character, by length
    ("surname_share", 9),                   # share of the surname character's uses that start names
    ("given1_share", 9),                    # share of the given characters' uses that are in names
    ("given2_share", 10),
    ("spaced_x_left", _N_LEFT + 1),         # a space between surname and given name (王  建), by context
    ("near_cue", 4),                        # a form field (电话, 身份证, ，男，) soon after it
    ("first_char", _N_CHARS),               # its first character (the surname's)
    ("prev_char", _N_CHARS),                # the character before the candidate
    ("last_char", _N_CHARS),                # its last character
    ("next_char", _N_CHARS),                # the character after it
    ("prev_item", _N_LEX + 1),              # a list before it (和谐、文明): the item before the delimiter as a word
    ("next_item", _N_LEX + 1),              # a list after it (许可 和平): the item after the delimiter as a word
)
_OFFSETS: dict[str, int] = {}
_n = 0
for _name, _size in FEATURE_GROUPS:
    _OFFSETS[_name] = _n
    _n += _size
N_FEATURES = _n
del _n


_O = tuple(_OFFSETS[g] for g, _ in FEATURE_GROUPS)
_OTHER_CHAR, _EDGE = _N_CHARS - 2, _N_CHARS - 1
_CJK_SPAN = 0x9FFF - 0x4E00


def name_features(norm: str, s: int, e: int, sur_len: int, lo: int, hi: int,
                  gap: int = 0, left: int | None = None) -> tuple[int, tuple[int, ...]]:
    """(left-context kind, active feature indices) of the candidate ``norm[s:e]``, whose surname
    of ``sur_len`` characters is followed by ``gap`` spaces (``left``: the left-context kind at
    ``s``, when the caller already has it).

    The same function serves the finder and the training script, so the weights are learned on
    exactly the features the finder computes. It is the two stages the finder runs,
    :func:`_near_features` (the candidate and the characters at its edges) and
    :func:`_far_features` (the words around it, which cost more to look up).
    """
    left, near = _near_features(norm, s, e, sur_len, lo, hi, gap, left)
    return left, near + _far_features(norm, s, e, lo, hi, gap)


#: the feature groups :func:`_far_features` fills; the finder bounds their sum by the sum of
#: each group's largest weight, and skips them when even that cannot reach the threshold
FAR_GROUPS = ("right_x_len", "last_next", "next_word", "prev_first", "near_cue", "prev_item", "next_item")

#: what separates the items of a list or a row of keywords (和谐、文明、和平; 【关键词】许可 和平)
_ITEM_SEPS = frozenset("、，,/|｜;；\t ")


def _near_features(norm: str, s: int, e: int, sur_len: int, lo: int, hi: int,
                   gap: int, left: int | None) -> tuple[int, tuple[int, ...]]:
    words, pos, sur_bucket, given_bucket, sur_ratio, given_ratio, _verbs, _fn, _pred = _lexicon()
    (_o_bias, o_left, _o_right, o_lex, _o_last_next, _o_next_word, _o_prev_first, o_head, o_tail, o_sur,
     o_g1, o_g2, o_next_pos, o_last_pos, o_sur_share, o_g1_share, o_g2_share, o_spaced, _o_near,
     o_first, o_prev, o_last, o_next, _o_prev_item, _o_next_item) = _O
    cand = norm[s:e] if not gap else norm[s:s + sur_len] + norm[s + sur_len + gap:e]
    n = len(cand)
    length = min(n, 4) - 2
    get = words.get
    lex = get(cand, LEX_ABSENT)
    if left is None:
        left = _left_kind(norm, s, lo, _context())
    given = cand[sur_len:]
    two = len(given) > 1
    first = cand[0]
    last = norm[e - 1]
    at_end = e >= hi
    nxt = "" if at_end else norm[e]
    c_first = ord(first) - 0x4E00
    c_last = ord(last) - 0x4E00
    return left, (
        0,
        o_left + left * _N_LEX + lex,
        o_lex + lex * 3 + length,
        o_head + (get(cand[:2], LEX_ABSENT) if n > 2 else _N_LEX),
        o_tail + (get(given, LEX_ABSENT) if two else _N_LEX),
        o_sur + (6 if sur_len == 2 else sur_bucket.get(first, 0)),
        o_g1 + given_bucket.get(given[0], 0),
        o_g2 + (given_bucket.get(given[1], 0) if two else 6),
        o_next_pos + (0 if at_end else pos.get(nxt, 0)) * 3 + length,
        o_last_pos + pos.get(last, 0) * 3 + length,
        o_sur_share + (sur_ratio.get(first, 0) if sur_len == 1 else 0),
        o_g1_share + given_ratio.get(given[0], 0),
        o_g2_share + (given_ratio.get(given[1], 0) if two else 9),
        o_spaced + (left if gap else _N_LEFT),
        o_first + (c_first if 0 <= c_first <= _CJK_SPAN else _OTHER_CHAR),
        o_prev + (_char_slot(norm[s - 1]) if s > lo else _EDGE),
        o_last + (c_last if 0 <= c_last <= _CJK_SPAN else _OTHER_CHAR),
        o_next + (_EDGE if at_end else _char_slot(nxt)),
    )


@lru_cache(maxsize=1 << 16)
def _near_cached(window: str, s: int, e: int, sur_len: int, gap: int, left: int) -> tuple[tuple[int, ...], float]:
    """:func:`_near_features` of a candidate from the only characters they read: the candidate
    and one character either side (``window``; an edge of the text where there is none), and the
    sum of their weights, memoised because the same names and words recur across the records of
    a table or a batch."""
    feats = _near_features(window, s, e, sur_len, 0, len(window), gap, left)[1]
    return feats, sum(map(_weights()[0].__getitem__, feats))


def _far_features(norm: str, s: int, e: int, lo: int, hi: int, gap: int) -> tuple[int, ...]:
    ln, nw, pf, pi, ni = _far_lookups(norm, s, e, lo, hi)
    return _far_rest(norm, s, e, hi, gap, ln, nw, pf, pi, ni)


def _far_lookups(norm: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int, int, int, int]:
    """The far features that are one dictionary look-up each (last_next, next_word, prev_first,
    prev_item, next_item): the finder reads them first, and the other two only when they can
    still lift the candidate to the threshold."""
    get = _lexicon()[0].get
    _o_right, o_last_next, o_next_word, o_prev_first, _o_near, o_prev_item, o_next_item = _FAR_O
    return (
        o_last_next + (LEX_ABSENT if e >= hi else get(norm[e - 1:e + 1], LEX_ABSENT)),
        o_next_word + (get(norm[e:e + 2], LEX_ABSENT) if e + 2 <= hi else LEX_ABSENT),
        o_prev_first + (get(norm[s - 1:s + 1], LEX_ABSENT) if s > lo else LEX_ABSENT),
        o_prev_item + (get(norm[s - 3:s - 1], LEX_ABSENT) if s - 3 >= lo and norm[s - 1] in _ITEM_SEPS else _N_LEX),
        o_next_item + (get(norm[e + 1:e + 3], LEX_ABSENT) if e + 3 <= hi and norm[e] in _ITEM_SEPS else _N_LEX),
    )


def _far_rest(norm: str, s: int, e: int, hi: int, gap: int, ln: int, nw: int, pf: int, pi: int,
              ni: int) -> tuple[int, ...]:
    """All far features, in :data:`FAR_GROUPS` order, from those of :func:`_far_lookups`."""
    ctx = _context()
    return (_FAR_O[0] + _right_kind(norm, e, hi, ctx) * 3 + min(e - s - gap, 4) - 2,
            ln, nw, pf, _FAR_O[4] + _near_cue(norm, e, hi, ctx), pi, ni)


_FAR_O = tuple(_OFFSETS[g] for g in FAR_GROUPS)


# ---- the model ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _weights() -> tuple[list[float], float]:
    model = json.loads(_data("name_model.json").read_text("utf-8"))
    if model["features"] != [list(g) for g in FEATURE_GROUPS]:
        raise RuntimeError("name_model.json was trained on other features: rerun scripts/train_name_model.py")
    weights = [0.0] * N_FEATURES
    for i, w in model["weights"].items():  # stored sparse: index -> weight
        weights[int(i)] = w
    return weights, float(model["threshold"])


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    names = [w for ln in _read("surnames.txt") for w in ln.split()]
    single = frozenset(w for w in names if len(w) == 1)
    compound = frozenset(w for w in names if len(w) == 2)
    first = "".join(sorted(single | {c[0] for c in compound}))
    return single, compound, re.compile(f"[{first}](?=[\u4e00-\u9fff])")


def candidates(norm: str, lo: int, hi: int, starts: list[int] | None = None):
    """Every (start, end, surname length, spaces after the surname) the finder scores, by start.

    Given names are one or two CJK characters, never a placeholder (郑某, 李＊), a title (李先生) or
    a time or number word (于上月); one given character may follow the surname after one or two
    spaces (``王  建`` in a fixed-width table). ``starts``: read only the candidates these
    codes of :func:`starts_py` keep (the surnames at those positions, of the combos whose bit is
    set, by :data:`_COMBO_BIT`), not every one; the spaced ones are all read.
    """
    single, compound, first_rx = _surnames()
    placeholders = _placeholders()
    marks = mask_marks()
    title_rx = _context()["title_rx"]
    title_first = _context()["title_first"]
    title_alone = _context()["title_alone"]
    address_rx, address_first = _context()["address_rx"], _context()["address_first"]
    after = _context()["after"]
    compound_first = _compound_first()
    words, pos = _lexicon()[:2]
    function_chars = _lexicon()[7]
    field_words = _field_words()
    for code in (m.start() << 8 | 255 for m in first_rx.finditer(norm, lo, hi)) if starts is None else starts:
        s = code >> 8
        if s > lo and norm[s - 1] in _ADDRESS_PREFIXES and (
                s - 1 == lo or not _is_cjk(norm[s - 2]) or pos.get(norm[s - 2], 0) == 2):
            continue  # 老倪在晨会上, 小谭耐心解答: 老倪 and 小谭 are forms of address, no given name follows
        if s > lo and norm[s - 1] in marks:
            continue  # 交出人：*梅佑: the clear rest of a masked name
        if norm[s] in _DAXIE and (s > lo and norm[s - 1] in _DAXIE
                                  or norm[s + 1:s + 2] in _DAXIE and norm[s + 2:s + 3] in _DAXIE):
            continue  # 零陆元整, 伍仟: a capital numeral in an amount written out, no surname
        for sur_len in (2, 1):
            if sur_len == 2 and (norm[s] not in compound_first or norm[s:s + 2] not in compound):
                continue
            if sur_len == 1 and norm[s] not in single:
                continue
            g = s + sur_len
            if g < hi and (norm[g] in address_first and address_rx.match(norm, g, hi)
                           or g + 3 <= hi and (_agent_noun(norm[g:g + 3]) or g + 4 <= hi and _agent_noun(norm[g:g + 4]))):
                if sur_len == 2:
                    break  # (nor is 诸葛先生 a surname 诸 and a given name 葛)
                continue  # a surname and a title or role (李先生, 王经理, 管出纳, 于甲方, 盛鉴定员) names nobody in particular
            for glen in (1, 2):
                e = s + sur_len + glen
                if e > hi or not "\u4e00" <= norm[e - 1] <= "\u9fff" or norm[e - 1] in placeholders:
                    break
                if glen == 2 and words.get(norm[s + sur_len:e]) == LEX_TIME and norm[s + sur_len] in _TIME_HEADS \
                        and norm[e - 1] in _TIME_TAILS:
                    break  # a given name is no number or relative time (于上月, 王三千; 姚国庆, 柯万里 may be)
                if norm[e - 1] in _NUMERALS and norm[e:e + 1] in _DATE_AFTER:
                    break  # a date written in characters (于二〇二五年): no given name
                if e < hi and (norm[e] in marks or norm[e] in "Xx" and e + 1 < hi
                               and (_is_cjk(norm[e + 1]) or norm[e + 1] in "Xx")):
                    continue  # 南至聂×静, 由蒋x宇: its last character opens a masked name, no name ends before a mask
                if glen == 2 and sur_len == 1 and norm[e - 1] in single and e < hi and norm[e] in title_first \
                        and words.get(norm[s:e - 1]) in _EVERYDAY and title_rx.match(norm, e, hi):
                    break  # 查询林主任, 车主程书记: a word, then a surname and a title
                if glen == 2 and sur_len == 1 and norm[e - 1] in after \
                        and words.get(norm[s:e - 1]) in _EVERYDAY:
                    break  # 周末可联系: an everyday word and a particle (2 gold names of all the corpora)
                if glen == 1 and sur_len == 1 and norm[e - 1] in single and norm[s] in function_chars \
                        and e < hi and norm[e] in title_first and title_rx.match(norm, e, hi):
                    break  # 王经理和李老师, 向李经理: a conjunction or preposition, then a surname and a title
                    # (not 张原先生: the lexicon tags 张 a measure word, no preposition)
                if glen == 2 and _agent_noun(norm[s:e]):
                    continue  # 申报人, 审计员: a role, no name
                if glen == 2 and sur_len == 1 and norm[s:s + 2] in field_words:
                    continue  # 车主另留有, 房东说: a field or role word opens it (no labelled name does)
                if glen == 1 and sur_len == 1 and norm[s] == "阿":
                    continue  # 阿蔡, 阿福: 阿 and one character, a form of address as 老蔡 and 小冉 are
                if glen == 1 and norm[e - 1] in title_alone and (e >= hi or not _is_cjk(norm[e]) or norm[e] in after):
                    continue  # 晏伯 15:20, 芦工：, 黄伯与: a surname and a form of address, no given name
                if code & _COMBO_BIT[sur_len][glen]:
                    yield s, e, sur_len, 0
    if norm.find(" ", lo, hi) < 0:
        return  # (no space: no surname spaced from its given name)
    for m in _SPACED.finditer(norm, lo, hi):
        s = m.start()
        sur = m.group(1)
        if (sur in single or sur in compound) and m.group(3) not in placeholders:
            yield s, s + len(sur) + len(m.group(2)) + 1, len(sur), len(m.group(2))


#: the lexicon's categories of everyday words (not names, places or proper nouns)
_EVERYDAY = frozenset((LEX_HI, LEX_MID, LEX_LO, LEX_TIME))

#: the bit of each candidate shape (surname length, then given name length) in the codes of
#: :func:`starts_py`: the order of :func:`_start_program`'s combos
_COMBO_BIT = {1: {1: 1, 2: 2}, 2: {1: 4, 2: 8}}

#: the characters of an amount written in capitals (陆万柒仟零陆元整); 陆, 伍 and 万 are surnames too
_DAXIE = frozenset("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角整")
#: Chinese numerals, and what follows them in a date written in characters (二〇二五年)
_NUMERALS = frozenset("〇零一二三四五六七八九十")
_DATE_AFTER = frozenset("〇零一二三四五六七八九十年")

@lru_cache(maxsize=1)
def _compound_first() -> frozenset[str]:
    """The first characters of the compound surnames."""
    return frozenset(c[0] for c in _surnames()[1])


#: the prefixes that make a surname a form of address (老王, 小李, 大冯; 阿 and a surname, 阿蔡, is one
#: too, dropped in :func:`candidates`, though Weibo's labellers read 阿袁 as a name: bank text
#: labels no form of address, and accurate mode's model still finds 阿袁 in social media)
_ADDRESS_PREFIXES = "老小大"

#: first characters of the number and relative-time words no given name is (三千, 上月, 明年)
_TIME_HEADS = frozenset("一二三四五六七八九十百千万两几上下本今明昨前后去次每半整零当此那同近早晚翌")
#: ... when they end in a numeral or a unit of time (三千, 上月, 明年; not a measure word that names
#: take, 万里, 三元)
_TIME_TAILS = frozenset("一二三四五六七八九十百千万亿两零年月日天周时晨午夜晚")

_SPACED = re.compile(r"(?=([\u4e00-\u9fff]{1,2})([ ]{1,2})([\u4e00-\u9fff]))")


@lru_cache(maxsize=1)
def _placeholders() -> frozenset[str]:
    return frozenset(_sections()["placeholder"])


@lru_cache(maxsize=1)
def mask_marks() -> frozenset[str]:
    """The placeholders that stand for masked characters next to clear ones (``*梅佑``, ``张**``):
    not the letters and question marks that are also ordinary text (X, ?, 某)."""
    return frozenset(c for c in _placeholders() if not c.isalnum() and c not in "?？")


@lru_cache(maxsize=1)
def _far_bounds() -> tuple[tuple[float, float], tuple[float, float]]:
    """The least near-feature sum a candidate needs: the threshold's log-odds minus the largest
    weight of each far group (with every far group at its best, such a candidate just passes),
    by whether a list separator is before and after it (``[before][after]``): with none there,
    the list groups take their one "no list" weight, not their largest."""
    weights, threshold = _weights()
    size = dict(FEATURE_GROUPS)

    def top(g: str) -> float:
        return max(weights[_OFFSETS[g]:_OFFSETS[g] + size[g]])

    base = math.log(threshold / (1.0 - threshold)) - sum(top(g) for g in FAR_GROUPS
                                                          if g not in ("prev_item", "next_item")) - 1e-9
    before = (weights[_OFFSETS["prev_item"] + _N_LEX], top("prev_item"))
    after = (weights[_OFFSETS["next_item"] + _N_LEX], top("next_item"))
    return ((base - before[0] - after[0], base - before[0] - after[1]),
            (base - before[1] - after[0], base - before[1] - after[1]))


@lru_cache(maxsize=1)
def _far_tops() -> tuple[float, tuple[float, float, float], float]:
    """The log-odds of the threshold, and the largest weights of the two far groups that cost the
    most to read (``right_x_len`` by candidate length, ``near_cue``): with the other far features
    read, a candidate whose sum plus these stays below the log-odds cannot pass."""
    weights, threshold = _weights()
    o_right, o_near = _OFFSETS["right_x_len"], _OFFSETS["near_cue"]
    right = tuple(max(weights[o_right + k * 3 + length] for k in range(_N_RIGHT)) for length in range(3))
    near = dict(FEATURE_GROUPS)["near_cue"]  # (all its values: ，男， is the fourth)
    return math.log(threshold / (1.0 - threshold)) - 1e-9, right, max(weights[o_near:o_near + near])


# ---- a bound per surname start, as tables ---------------------------------------------------
#
# The finder drops a candidate whose near features plus the far features' dictionary look-ups
# plus the largest weights of the two other far groups stay below the threshold's log-odds (the
# second bound in find_names), unless a field word or separator may precede it. Those sums are
# sums of table entries indexed by the characters around the start and by the lexicon's view of a
# few substrings. _start_program() writes every such entry out as a table (the left-context kind
# is not read: each table entry takes the largest weight over the kinds the character before the
# start allows), so a start all of whose candidates stay below is skipped before any of the
# finder's work. The compiled pass (_cexec.starts) executes the program; start_kept_py() is its
# reference. Neither knows anything of names: they add up table entries.

_SPACE = re.compile(r"\s")

#: a value larger than any sum of weights (a field may precede: keep the start), and one whose
#: magnitude is larger still (no such candidate: a placeholder or no CJK character for a given name)
_KEEP, _NONE = 1e9, -1e12
#: added to every bound, far above the rounding error of adding some forty weights
_BOUND_MARGIN = 1e-7


class StartProgram(NamedTuple):
    """Tables that bound the learned score of every candidate at a surname start.

    ``slot_of`` maps a BMP code point to a slot (``other`` for the rest, ``edge`` outside the
    text's bounds); ``combos`` are the candidate shapes at a start (by :data:`_COMBO_BIT`:
    surnames of one character, then of two, each with one given character, then two), each ``(n, const, chars,
    words)``: its length ``n``, a constant, ``chars`` as ``(offset, table)`` (the entry of the
    slot of the character at ``start + offset``) and ``words`` as ``(a, b, dict, class_offset,
    classes, table, width)`` (the entry ``table[classes[slot at class_offset] * width + cat]``,
    ``cat`` the value of ``norm[start + a:start + b]`` in ``dicts[dict]`` (0 when absent), or
    ``width - 1`` when that substring leaves the bounds). A combo is kept when it fits in the
    bounds and sums to 0 or more; only characters of ``first`` start one.
    """

    first: str
    slot_of: array
    other: int
    edge: int
    dicts: tuple[dict[str, int], ...]
    tables: tuple[array, ...]
    classes: tuple[bytes, ...]
    combos: tuple[tuple[int, float, tuple[tuple[int, int], ...],
                        tuple[tuple[int, int, int, int, int, int, int], ...]], ...]


@lru_cache(maxsize=1)
def _start_program() -> StartProgram:
    W, _threshold = _weights()
    O = _OFFSETS
    log_odds, top_right, top_near = _far_tops()
    words, pos, sur_bucket, given_bucket, sur_ratio, given_ratio, _verbs, _fn, _pred = _lexicon()
    single, compound, _rx = _surnames()
    ctx = _context()
    placeholders = _placeholders()
    # slots: the CJK characters, the other characters a table tells apart, any other one, the edge
    spaces = {chr(k) for k in range(0x10000) if _SPACE.match(chr(k))}  # (what may follow a weak word)
    specials = sorted({c for c in _FIELD_SEPS + "\n0123456789"} | spaces
                      | {c for c in _ITEM_SEPS | ctx["left_delims"] | ctx["weak_last"] | ctx["field_last"]
                         if not _is_cjk(c) and ord(c) < 0x10000})
    n_cjk = _CJK_SPAN + 1
    other, edge = n_cjk + len(specials), n_cjk + len(specials) + 1
    slot_of = array("H", [other]) * 0x10000
    slot_of[0x4E00:0x4E00 + n_cjk] = array("H", range(n_cjk))
    for k, c in enumerate(specials):
        slot_of[ord(c)] = n_cjk + k
    # a character for each slot ("\x00" stands for any other one; None for the edge)
    chars: list[str | None] = [chr(0x4E00 + k) for k in range(n_cjk)] + specials + ["\x00", None]
    cjk = [c is not None and _is_cjk(c) for c in chars]

    def left_kinds(c: str | None, is_cjk: bool) -> frozenset[int] | None:
        """The left-context kinds _left_kind may give after ``c`` (None: any, a field may end there)."""
        if c is None:
            return frozenset({L_START})
        if c in _FIELD_SEPS or c == "\n":
            return None  # (a field word ending at ``c``: the field terms below keep the start)
        # (a weak word ends at ``c``, or white space follows one: weak_rx ends so)
        kinds = {L_WEAK} if c in ctx["weak_last"] or c in spaces else set()
        if c in ctx["left_delims"]:
            kinds.add(L_DELIM)
        elif c == "\x00":  # any other character: a digit or not
            kinds |= {L_DIGIT, L_OTHER}
        elif c.isdigit():
            kinds.add(L_DIGIT)
        elif not is_cjk:
            kinds.add(L_OTHER)
        else:
            kinds.add(L_CJK)
        return frozenset(kinds)

    kinds_of = [left_kinds(c, j) for c, j in zip(chars, cjk)]
    left_sets = sorted({k for k in kinds_of if k is not None}, key=sorted)
    left_class = bytes(0 if k is None else left_sets.index(k) for k in kinds_of)
    item_class = bytes(1 if c is not None and c in _ITEM_SEPS else 0 for c in chars)
    field_class = bytes(1 if c is not None and c in ctx["field_last"] else 0 for c in chars)
    fields = _sections()["field"]
    field_lens = sorted({len(w) for w in fields})  # (a field word ending at the start: L_FIELD)

    def char_w(group: str) -> list[float]:  # the weight of each slot's character in a *_char group
        o = O[group]
        return [W[o + (_EDGE if c is None else _char_slot(c))] for c in chars]

    def per_char(group: str, table: dict[str, int]) -> list[float]:
        o = O[group]
        return [W[o + table.get(c, 0)] if c is not None else 0.0 for c in chars]

    prev_w = [_KEEP if k is None else w for k, w in zip(kinds_of, char_w("prev_char"))]
    first_w = char_w("first_char")
    sur1 = [f + b + r if c in single else _NONE
            for c, f, b, r in zip(chars, first_w, per_char("surname", sur_bucket), per_char("surname_share", sur_ratio))]
    compound_first = _compound_first()
    sur2 = [f + W[O["surname"] + 6] + W[O["surname_share"]] if c in compound_first else _NONE
            for c, f in zip(chars, first_w)]
    ok = [j and c not in placeholders for c, j in zip(chars, cjk)]  # a possible given character
    g1 = [b + r if y else _NONE for y, b, r in zip(ok, per_char("given1", given_bucket), per_char("given1_share", given_ratio))]
    g2 = [b + r if y else _NONE for y, b, r in zip(ok, per_char("given2", given_bucket), per_char("given2_share", given_ratio))]
    last_w, next_w = char_w("last_char"), char_w("next_char")
    pos_of = [0 if c is None else pos.get(c, 0) for c in chars]

    tables: list[array] = []
    index: dict[tuple, int] = {}

    def table(key: tuple, values) -> int:
        if key not in index:
            tables.append(array("d", values))
            index[key] = len(tables) - 1
        return index[key]

    n_lex = _N_LEX + 1  # the lexicon's categories, then "out of bounds"

    def lex_table(group: str, out: int) -> int:  # the group's weight of each category (``out`` when out)
        o = O[group]
        return table((group,), [W[o + c] for c in range(_N_LEX)] + [W[o + out]])

    def item_table(group: str) -> int:  # no item separator (class 0), or one (class 1)
        o = O[group]
        return table((group,), [W[o + _N_LEX]] * n_lex + [W[o + c] for c in range(_N_LEX)] + [W[o + _N_LEX]])

    t_prev = table(("prev",), prev_w)
    combos = []
    for sur_len in (1, 2):
        for glen in (1, 2):
            n = sur_len + glen
            length = min(n, 4) - 2
            two = glen == 2
            const = (W[0] + top_right[length] + top_near + W[O["spaced_x_left"] + _N_LEFT] - log_odds + _BOUND_MARGIN
                     + (0.0 if two else W[O["given2"] + 6] + W[O["given2_share"] + 9])
                     + (0.0 if n > 2 else W[O["head_word"] + _N_LEX]) + (0.0 if two else W[O["tail_word"] + _N_LEX]))
            rows: dict[int, list[float]] = {0: sur1 if sur_len == 1 else sur2, sur_len: g1}
            if two:
                rows[sur_len + 1] = g2
            o_last, o_next = O["last_pos_x_len"] + length, O["next_pos_x_len"] + length
            last = [W[o_last + p * 3] + w if c is not None else _NONE for c, p, w in zip(chars, pos_of, last_w)]
            rows[n - 1] = [a + b for a, b in zip(rows[n - 1], last)]
            rows[n] = [W[o_next + p * 3] + w for p, w in zip(pos_of, next_w)]
            char_terms = [(-1, t_prev)] + [(off, table(("row", sur_len, glen, off), row))
                                           for off, row in sorted(rows.items())]
            o_left, o_lex = O["left_x_lex"], O["lex_x_len"] + length
            t_cand = table(("cand", length), [
                max(W[o_left + left * _N_LEX + cat] for left in kinds) + W[o_lex + cat * 3] if cat < _N_LEX else _NONE
                for kinds in left_sets for cat in range(n_lex)])
            word_terms = [  # (a, b, dict, class offset, class map, table, width)
                (0, n, 0, -1, 1, t_cand, n_lex),  # the candidate as a word, by what may precede it
                (n - 1, n + 1, 0, 0, 0, lex_table("last_next", LEX_ABSENT), n_lex),
                (n, n + 2, 0, 0, 0, lex_table("next_word", LEX_ABSENT), n_lex),
                (-1, 1, 0, 0, 0, lex_table("prev_first", LEX_ABSENT), n_lex),
                (-3, -1, 0, -1, 2, item_table("prev_item"), n_lex),
                (n + 1, n + 3, 0, n, 2, item_table("next_item"), n_lex),
            ]
            if n > 2:
                word_terms.append((0, 2, 0, 0, 0, lex_table("head_word", LEX_ABSENT), n_lex))
            if two:
                word_terms.append((sur_len, n, 0, 0, 0, lex_table("tail_word", LEX_ABSENT), n_lex))
            if sur_len == 2:  # the first two characters are a compound surname
                word_terms.append((0, 2, 1, 0, 0, table(("compound",), [_NONE, 0.0, _NONE]), 3))
            t_field = table(("field",), [0.0] * 3 + [0.0, _KEEP, 0.0])
            word_terms += [(-k, 0, 2 + i, -1, 3, t_field, 3) for i, k in enumerate(field_lens)]
            combos.append((n, const, tuple(char_terms), tuple(word_terms)))
    first = "".join(sorted(single | {c[0] for c in compound}))
    dicts = (words, dict.fromkeys(compound, 1), *(dict.fromkeys((w for w in fields if len(w) == k), 1)
                                                  for k in field_lens))
    return StartProgram(first, slot_of, other, edge, dicts, tuple(tables),
                        (bytes(len(chars)), left_class, item_class, field_class), tuple(combos))


#: the compiled ``starts`` with the program loaded, or True (no such pass: read every surname)
_STARTS = None


def _load_starts():
    global _STARTS
    program = _start_program()

    def init(module) -> None:
        module.start_program(program.first, program.slot_of.tobytes(), program.other, program.edge,
                             program.dicts, tuple(t.tobytes() for t in program.tables), program.classes,
                             program.combos)

    module = _native.load("_cexec", init)
    _STARTS = module.starts if module else True
    return _STARTS


def start_sums_py(norm: str, lo: int, hi: int, s: int, prog: StartProgram) -> list[float | None]:
    """The sum of each combo of ``prog`` at ``s`` (None where it does not fit the bounds)."""
    slot_of, other, edge, tables, classes, dicts = prog.slot_of, prog.other, prog.edge, prog.tables, \
        prog.classes, prog.dicts

    def slot(p: int) -> int:
        if p < lo or p >= hi:
            return edge
        o = ord(norm[p])
        return slot_of[o] if o < 0x10000 else other

    sums: list[float | None] = []
    for n, const, chars, words in prog.combos:
        if s + n > hi:
            sums.append(None)
            continue
        z = const
        for off, t in chars:
            z += tables[t][slot(s + off)]
        for a, b, d, c_off, cls, t, width in words:
            cat = dicts[d].get(norm[s + a:s + b], 0) if s + a >= lo and s + b <= hi else width - 1
            z += tables[t][classes[cls][slot(s + c_off)] * width + cat]
        sums.append(z)
    return sums


def start_kept_py(norm: str, lo: int, hi: int, s: int, prog: StartProgram) -> int:
    """The combos at ``s`` that may reach the threshold by ``prog`` (bit ``k``: ``prog.combos[k]``
    fits the bounds and sums to 0 or more): the reference of the compiled pass."""
    return sum(1 << k for k, z in enumerate(start_sums_py(norm, lo, hi, s, prog)) if z is not None and z >= 0.0)


def starts_py(norm: str, lo: int, hi: int, prog: StartProgram) -> list[int]:
    """``s << 8 | combos`` for each start :func:`start_kept_py` keeps, in order: what the
    compiled ``starts`` returns."""
    first = frozenset(prog.first)
    out = []
    for s in range(lo, hi):
        if norm[s] in first:
            mask = start_kept_py(norm, lo, hi, s, prog)
            if mask:
                out.append(s << 8 | mask)
    return out


def _probability(feats: tuple[int, ...], weights: list[float]) -> float:
    z = sum(map(weights.__getitem__, feats))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def _model_score(p: float, threshold: float) -> float:
    """The finding's score for a model probability: the model's threshold maps to scan()'s default
    threshold (0.5), 1.0 to 0.95."""
    return round(0.5 + 0.45 * max(0.0, p - threshold) / (1.0 - threshold), 6)


def _prefer_shorter(norm: str, scored: list[tuple[float, int, int, str]],
                    threshold: float) -> list[tuple[float, int, int, str]]:
    """Where a name and the same name plus a verb or function word both pass (李玉 / 李玉因住院,
    王想 / 王想于2024), keep the name when running text follows: a given name
    seldom ends in a verb, preposition or conjunction (but 林金和，stands alone)."""
    pos = _lexicon()[1]
    ctx = _context()
    ends = {(s, e) for _p, s, e, _w in scored}
    return [t for t in scored
            if not ((t[1], t[2] - 1) in ends and pos.get(norm[t[2] - 1], 0) in (1, 2)
                    and t[2] < len(norm) and (_is_cjk(norm[t[2]]) or norm[t[2]].isdigit())
                    # (but 潘功胜表示: a title or form field right after the longer one ends it there)
                    and _right_kind(norm, t[2], len(norm), ctx) not in (R_TITLE, R_STRONG))]


#: outside a field, a candidate that is an everyday word of the lexicon's most frequent band (安全,
#: 高峰, 方圆) is a name only from this probability on, not from the threshold: a common word loses
#: to a name only on strong evidence (chosen on the dev bank sets among 0.7, 0.8 and 0.9: blind22
#: PERSON 0.937 -> 0.972, the other dev sets within 0.001)
HI_WORD_P = 0.7


def find_names(text: str, norm: str, lo: int, hi: int, others: list[Candidate]) -> list[Candidate]:
    """PERSON candidates in ``text[lo:hi]`` (``others`` are already-found candidates)."""
    weights, threshold = _weights()
    taken = _Taken([(c.start, c.end) for c in others if c.score >= 0.5])
    out: list[Candidate] = []
    seg = norm if lo == 0 and hi == len(norm) else norm[lo:hi]
    if "·" in seg or "•" in seg:  # before the model, which would take a dotted name's first part
        _dot_names(norm, lo, hi, taken, out)
    multiline = "\n" in seg
    if multiline:  # a table whose header names a name column (姓名,电话 / NAME      ADDR)
        _column_names(norm, lo, hi, taken, out)
    _minority_names(norm, lo, hi, taken, out)  # before the surname-led model (格桑德吉, not 桑德吉)
    scored: list[tuple[float, int, int, str]] = []
    best_at: dict[int, tuple[float, int, int]] = {}
    org_heads: set[str] = set()
    left = L_START
    left_at = -1
    on_field_line = False
    z_min = _far_bounds()
    wget = weights.__getitem__
    ctx = _context()
    turns = _turn_starts(norm, lo, hi) if multiline else frozenset()
    log_odds, top_right, top_near = _far_tops()
    lex_words, predicates = _lexicon()[0], _lexicon()[8]
    kept = _STARTS or _load_starts()
    for s, e, sur_len, gap in candidates(norm, lo, hi, kept(norm, lo, hi) if kept is not True else None):
        if s != left_at:
            left_at = s
            left = left_in_text(norm, s, lo, ctx, turns)
            on_field_line = left != L_FIELD_SEP and s > lo and norm[s - 1] == "\n" \
                and _field_line_before(norm, s, lo)
        kind = left
        if on_field_line and (e >= hi or norm[e] in "\r\n"):
            kind = L_FIELD_SEP  # 姓名 / 王明春 on the lines of a vertical form
        elif e < hi and norm[e] in ":：" and _salutation(norm, s, e, lo, hi):
            kind = L_FIELD_SEP  # 章海子： / 你在…: the addressee of a letter
        a = s - 1 if s > lo else s
        feats, z = _near_cached(norm[a:e + 1 if e < hi else e], s - a, e - a, sur_len, gap, kind)
        if kind != L_FIELD_SEP and kind != L_FIELD:
            if z < z_min[s - 3 >= lo and norm[s - 1] in _ITEM_SEPS][e + 3 <= hi and norm[e] in _ITEM_SEPS]:
                continue  # the far features' largest weights cannot lift it to the threshold
            # the far dictionary look-ups first: if even the largest weights of the other two far
            # groups cannot lift it with them, those two (regex searches) are not read
            ln, nw, pf, pi, ni = _far_lookups(norm, s, e, lo, hi)
            if z + wget(ln) + wget(nw) + wget(pf) + wget(pi) + wget(ni) \
                    + top_right[min(e - s - gap, 4) - 2] + top_near < log_odds:
                continue
            feats += _far_rest(norm, s, e, hi, gap, ln, nw, pf, pi, ni)
        else:
            feats += _far_features(norm, s, e, lo, hi, gap)
        p = _probability(feats, weights)
        whole = kind == L_FIELD_SEP and _name_field_value(norm, s, e, lo, hi, kind)
        if (kind == L_FIELD_SEP or (kind == L_FIELD and _field_value(norm, s, e, hi, sur_len, gap))) \
                and (norm[e - 1] not in ctx["after"] or whole) and not _organisation_value(norm, e, hi, ctx) \
                and not _ends_with_org(norm, s, e, ctx):
            # the field says what the value is (姓名：高峰, 客户方圆，, 您好安宁，), unless the model
            # all but rules a name out there (客户：周一能补卡吗, 柜员盖章, 附件：客户明细.xlsx)
            below = p < threshold * _field_share(norm, s, e, kind, gap)
            if (below and not whole) or _cuts_word(norm, s, e, lo, hi) or _role_word(norm[s:e]):
                continue
            prev = best_at.get(s)
            if whole and norm[e - 1] in ctx["after"]:  # the field's whole value ends with a character
                best_at[s] = (max(p, prev[0]) if prev else p, e, kind)  # a verb may be: 姓名：魏楠来；
            elif prev is None or p > prev[0]:
                best_at[s] = (p, e, kind)
            continue
        if kind == L_FIELD and not gap and e < hi and _is_cjk(norm[e]) and norm[s:e] in predicates \
                and lex_words.get(norm[s:e]) != LEX_NR:
            continue  # a verb glued to a field word and to the words after it is what the field word
            # does (客户陈述住址, 客户申请销户), no name (持卡人雷鸣，stands alone: a name)
        if p >= threshold and context_veto(norm, s, e, lo, hi, sur_len):
            continue  # (17:07 房东 潘某：… the speaker's role, not a name; 曾任梅|州市; 受益人于|美国居住)
        if p >= threshold * RECUR_SHARE and _org_name_after(norm, s, e, hi, ctx):
            org_heads.add(norm[s:e])  # (the head of an organisation's name: 唐梓刚服装店)
        elif p >= threshold and not (gap == 0 and _in_place_list(norm, s, e, lo, hi)) \
                and (p >= HI_WORD_P or gap or lex_words.get(norm[s:e]) != LEX_HI):
            scored.append((p, s, e, "context=learned"))
    if org_heads:  # the head of an organisation's name, where it recurs on weak evidence (东方日升董事)
        scored = [t for t in scored if _model_score(t[0], threshold) >= RECUR_FROM or norm[t[1]:t[2]] not in org_heads]
    for s, (p, e, _left) in best_at.items():
        scored.append((max(p, 0.9), s, e, "context=field-name"))
    if len(scored) > 1:
        scored = _prefer_shorter(norm, scored, threshold)
    if scored:
        scored.sort(key=lambda t: (-t[0], t[1], -(t[2] - t[1])))
        for p, s, e, why in scored:
            if taken.overlaps(s, e):
                continue
            out.append(Candidate(s, e, _P, _model_score(p, threshold),
                                 f"pattern=surname+given model=name_model.json {why}"))
            taken.append(s, e)
        _recurrences(norm, lo, hi, out, taken, weights, threshold)
        if "、" in seg:
            _list_mates(norm, lo, hi, out, taken)
    if ":" in seg or "：" in seg or "=" in seg:
        _field_values(norm, lo, hi, taken, out, turns)
    if _news()[0].search(norm, lo, hi):
        _translit_names(norm, lo, hi, taken, out)
    if _LATIN_GATE.search(norm, lo, hi) is not None:
        _latin_names(norm, lo, hi, taken, out)
    out.sort()
    return out


def _cjk_run_start(norm: str, s: int, lo: int) -> int:
    """The start of the run of CJK characters ``norm[s]`` is in (at most 12 characters back)."""
    r = s
    while r > lo and s - r < 12 and _is_cjk(norm[r - 1]):
        r -= 1
    return r


def context_veto(norm: str, s: int, e: int, lo: int, hi: int, sur_len: int) -> bool:
    """Whether the words around the surname-led span ``norm[s:e]`` say it is no name, however
    likely the name model finds it: a field or role word (房东), a province (江苏), a city's name
    first (南宁, 杭州|文), a verb or preposition and a city (任|重庆), an everyday word after a
    word of time (午|高峰), a span cutting a word (合作方|成, 曾任梅|州市), or a given name a
    country or brand takes (受益人于|美国), or in the value of an address field (常住地址：康乐里,
    常住地址：管华苑). The finder applies it to its candidates, and the accurate mode to the names
    only its model saw."""
    from cnpii.detection._address import after_address_field  # (_address imports this module)

    return (_role_word(norm[s:e]) or norm[s:e] in _provinces() or _opens_with_city(norm, s, e)
            or _word_then_city(norm, s, e, sur_len) or _word_after_time(norm, s, e, lo)
            or _cuts_word(norm, s, e, lo, hi) or norm[s + sur_len:e] in _not_names()
            or after_address_field(norm, _cjk_run_start(norm, s, lo), lo))


def _in_place_list(norm: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether ``norm[s:e]`` is a division name between list separators next to another one
    (汪清、邹平、曲靖): a list of places, whatever a name model makes of one of its items."""
    words = _lexicon()[0]
    if words.get(norm[s:e]) != LEX_DIV:
        return False
    before = s - 1 > lo and norm[s - 1] in _ITEM_SEPS and any(
        words.get(norm[s - 1 - k:s - 1]) == LEX_DIV for k in (2, 3, 4) if s - 1 - k >= lo)
    after = e < hi and norm[e] in _ITEM_SEPS and any(
        words.get(norm[e + 1:e + 1 + k]) == LEX_DIV for k in (2, 3, 4) if e + 1 + k <= hi)
    return before or after


_SALUTATION_NEXT = re.compile(r"[:：][ \t\u3000]*(?:\r?\n[ \t\u3000]*)+(?:你|您)")


def _salutation(norm: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether ``norm[s:e]`` is a letter's salutation: alone on its line before a colon, and the
    next line speaks to that person (章海子： / 你在2023年…, 林立： / 您名下的保单…).

    >>> t, u = "通知书\\n\\n章海子：\\n你在本行", "通知书\\n\\n章海子：\\n经查"
    >>> _salutation(t, 5, 8, 0, len(t)), _salutation(u, 5, 8, 0, len(u))
    (True, False)
    """
    return (s == lo or norm[s - 1] == "\n") and _SALUTATION_NEXT.match(norm, e, hi) is not None


def left_in_text(norm: str, s: int, lo: int, ctx: dict, turns: frozenset[int]) -> int:
    """The left-context kind at ``s`` as the finder and the training script read it: a speaker's
    turn (``turns``, from :func:`_turn_starts`) opens like a text, not like a field value
    (客户：谢谢您，… says who speaks, not what follows)."""
    left = _left_kind(norm, s, lo, ctx)
    return L_START if left == L_FIELD_SEP and s in turns else left


_TURN = re.compile(r"(?m)^[ \t]*(?:[\[【(（]?[0-9][0-9:：.\-/ ]{3,20}[\]】)）]?[ \t]*)?"
                   r"([\u4e00-\u9fff]{1,6})(?:[（(][^）)\n]{0,12}[）)])?[:：][ \t]*")


def _turn_starts(norm: str, lo: int, hi: int) -> frozenset[int]:
    """Where the turns of a transcript begin: after the speaker labels (客户：, 客服：, 坐席：) of a
    text whose lines open with at least two different labels, one of them more than once, three
    lines or more. A label that asks for a name (姓名：, 户名：) is a form's field, never a speaker."""
    if norm.count(":", lo, hi) + norm.count("：", lo, hi) < 3:
        return frozenset()  # (each label ends with one: fewer than three labels)
    found = [(m.group(1), m.end()) for m in _TURN.finditer(norm, lo, hi) if "名" not in m.group(1)]
    if len(found) < 3:
        return frozenset()
    labels = [label for label, _ in found]
    if len(set(labels)) < 2 or len(set(labels)) == len(labels):
        return frozenset()
    return frozenset(end for _, end in found)


#: a name found with at least this score (a field value, or the model well past its threshold)
#: makes the same string a name wherever else it recurs in the text ...
RECUR_FROM = 0.8
#: ... if the model, at that place, gives it at least this share of its threshold
RECUR_SHARE = 0.1


def _recurrences(norm: str, lo: int, hi: int, out: list[Candidate], taken: _Taken,
                 weights: list[float], threshold: float) -> None:
    """One name, one decision per text: where ``姓名：雷霆`` or ``雷霆先生`` made a string a name,
    its other mentions (``我跟雷霆没有任何关系``) are names too, on weaker local evidence than a
    first mention needs (the same string read as an everyday word elsewhere in the same record
    is rare; a customer named twice is common)."""
    sure = {norm[c.start:c.end] for c in out if c.score >= RECUR_FROM and c.end - c.start >= 2}
    if not sure:
        return
    ctx = _context()
    compound = _surnames()[1]
    floor = threshold * RECUR_SHARE
    for word in sure:
        sur_len = 2 if len(word) > 2 and word[:2] in compound else 1
        s = norm.find(word, lo, hi)
        while s >= 0:
            e = s + len(word)
            if not taken.overlaps(s, e) and not _org_name_after(norm, s, e, hi, ctx):
                if _probability(name_features(norm, s, e, sur_len, lo, hi)[1], weights) >= floor:
                    out.append(Candidate(s, e, _P, 0.6, "pattern=surname+given model=name_model.json "
                                                         "context=recurrence"))
                    taken.append(s, e)
            s = norm.find(word, e, hi)


#: what ends an item of a list of names (王明、高峰、方圆。): anything but a CJK character, or these
_ITEM_ENDS = "、等"
#: the lexicon's categories of a list item that no list of names makes a name (周一, 上月, 三千)
_NOT_MATES = frozenset((LEX_TIME,))


def _list_mates(norm: str, lo: int, hi: int, out: list[Candidate], taken: _Taken) -> None:
    """The items of a list of names: where a sure name (at least :data:`RECUR_FROM`) and a
    candidate are neighbours in a list (``成员：王卫国、方圆、马力``), the candidate is a name on
    no more local evidence than that: the model scores a name that is also an everyday word (金花,
    方圆) no higher there than a word (万一, 黄金), and such words are seldom items of a list of
    names. The item is the whole run between the ideographic comma and the next item end; it must
    be a candidate the finder would score (surname and given name, no title, placeholder or mask)
    and pass the finder's vetoes (a role word, a province, a city's name, a time word, a country or
    brand of the lexicon's list, an organisation's head). Each item found reads its own neighbours.
    A first item glued to the word before it (走访由方圆、王卫国) is not read: where the item opens
    there is no telling (苏和巴特尔、王浩然 is one name)."""
    sure = [(c.start, c.end) for c in out if c.score >= RECUR_FROM and 2 <= c.end - c.start <= 4
            and all(map(_is_cjk, norm[c.start:c.end]))]
    if not sure:
        return
    ctx = _context()

    def ends(k: int) -> bool:
        return k >= hi or not _is_cjk(norm[k]) or norm[k] in _ITEM_ENDS

    def starts(k: int) -> bool:
        return k <= lo or not _is_cjk(norm[k - 1]) or norm[k - 1] == "、"

    found = {(c.start, c.end) for c in out if c.entity is _P}
    pos = _lexicon()[1]
    seen: set[tuple[int, int]] = set()
    while sure:  # (a list is read item by item from a sure name: 王卫国、马力、任重、江山)
        s, e = sure.pop()
        items = []
        if e < hi and norm[e] == "、":
            b = next((k for k in range(e + 3, min(e + 6, hi + 1)) if ends(k)), None)
            if b is not None and all(map(_is_cjk, norm[e + 1:b])):
                items.append((e + 1, b))
        if s - 3 >= lo and norm[s - 1] == "、":
            a = next((k for k in range(s - 3, max(s - 6, lo - 1), -1) if starts(k)), None)
            if a is not None and all(map(_is_cjk, norm[a:s - 1])):
                items.append((a, s - 1))
        for a, b in items:
            if (a, b) in seen:
                continue
            seen.add((a, b))
            if (a, b) in found:
                sure.append((a, b))  # (a name found already: the list goes on through it)
                continue
            if b - a > 2 and pos.get(norm[b - 1], 0) in (1, 2) and b < hi and (norm[b].isdigit() or _is_cjk(norm[b])):
                b -= 1  # 穆春花、向阳于2026年: a verb or function word after the last item ends it
            if taken.overlaps(a, b):
                continue
            if _list_mate(norm, a, b, hi, ctx):
                out.append(Candidate(a, b, _P, 0.6, "pattern=surname+given model=name_model.json "
                                                     "context=list-of-names"))
                taken.append(a, b)
                sure.append((a, b))


def _list_mate(norm: str, a: int, b: int, hi: int, ctx: dict) -> bool:
    """Whether the list item ``norm[a:b]`` is a candidate the finder would score, past the
    finder's vetoes, and no time or number word."""
    word = norm[a:b]
    if _role_word(word) or word in _provinces() or _opens_with_city(norm, a, b) \
            or _lexicon()[0].get(word) in _NOT_MATES or word in _not_names() \
            or _org_name_after(norm, a, b, hi, ctx) or _ends_with_org(norm, a, b, ctx):
        return False
    return any(s == a and e == b and not gap and word[sur_len:] not in _not_names()
               for s, e, sur_len, gap in candidates(norm, a, b))


# ---- names in a table's name column -------------------------------------------------------------

#: a cell that can hold a name: CJK characters, maybe parts joined by a middle dot (热依拉·阿不都)
_NAME_CELL = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[·•][\u4e00-\u9fff]{1,8}){0,3}")


@lru_cache(maxsize=1)
def _header_gate() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Any field or role word, or any ASCII name key, anywhere (the words a name column's header
    is): two searches, the words first (a trie of CJK words, which a search skips through in C:
    no ASCII letter in it makes ``re.I`` slow), the ASCII keys only where no word is."""
    sec = _sections()
    return re.compile(trie_pattern(sec["field"]), re.I), re.compile(trie_pattern(sec["field_ascii"]), re.I)


@lru_cache(maxsize=1)
def _title_forms() -> frozenset[str]:
    """What follows a bare surname in a form of address or a masked name (经理, 先生, 某某, **)."""
    marks = _sections()["placeholder"]
    return frozenset(title_words()) | frozenset(a + b for a in marks for b in marks)


def _cuts_word(norm: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether the candidate ``norm[s:e]`` cuts a word: an everyday word of three characters or
    more that starts before it and ends inside it or with it (合作方|成, 工程师|林, 未经|许可), or a division's name,
    written with its suffix, that starts before it and ends inside it (湖南省长|沙市, where 市长
    looked like a title) or starts at its last character and runs on past it (曾任梅|州市): its
    characters belong to that word. (Not a name without its suffix: 秘书长安南 is a title and a
    name, 长安 a district.)"""
    names, ends = _division_ends()
    words = _lexicon()[0]
    field = _field_words()
    for a in range(max(lo, s - 3), s):  # an everyday word of three characters or more that starts
        if norm[a:s] in field:  # before it ends inside it or with it: 合作方|成都, 工程师|林 (not the lexicon's
            continue  # compounds of a role word and a surname, 客户王)
        for end in range(max(s + 1, a + 3), e + 1):
            if words.get(norm[a:end], LEX_ABSENT) in (LEX_HI, LEX_MID, LEX_LO):
                return True
    # (a division's name ends with its suffix: only where one of those characters is)
    for end in range(s + 1, min(e, s + 4) + 1):  # (starts before it)
        if norm[end - 1] in ends and ((s - 1 >= lo and norm[s - 1:end] in names)
                                      or (s - 2 >= lo and norm[s - 2:end] in names)):
            return True
    for end in range(e + 2, min(hi, e + 4) + 1):  # (starts at its last character)
        if norm[end - 1] in ends and norm[e - 1:end] in names:
            return True
    short = _short_places()
    orgs = _context()["org_words"]
    for k in range(max(lo, s - 4), s - 1):  # a word ending right before the candidate claims its last
        if words.get(norm[k:s], LEX_ABSENT) != LEX_ABSENT or norm[k:s] in field:  # character (院长|葛嘉志,
            if k > lo and norm[k - 1:k + 1] in orgs:  # 秘书长|安南: no 长葛, 长安), unless an organisation's
                continue  # or a division's name ends at it (银|行长沙芙蓉, 汉寿县|长安大道)
            if any(norm[j:k + 1] in names for j in range(max(lo, k - 6), k)):
                continue
            return False
    for a in (s - 1, s - 2):  # a city's or county's name without its suffix (长|沙芙蓉分理处, 长|安大道)
        if a >= lo and any(norm[a:end] in short for end in range(s + 1, e)):
            return True
    return False


@lru_cache(maxsize=1)
def _division_ends() -> tuple[frozenset[str], frozenset[str]]:
    """The division names of :mod:`cnpii.detection._address` and the characters they end with."""
    from cnpii.detection._address import _division_names  # (it imports this module)

    names = _division_names()
    return names, frozenset(n[-1] for n in names)


def _word_after_time(norm: str, s: int, e: int, lo: int) -> bool:
    """Whether the candidate is an everyday word right after a word of time (白天|高峰, 周末|高峰,
    中午|高峰) or a time of day's character (午|高峰): the two make one phrase (the peak hours), no
    name."""
    words = _lexicon()[0]
    if words.get(norm[s:e]) not in (LEX_HI, LEX_MID, LEX_LO):
        return False
    return (s > lo and norm[s - 1] in _TIME_OF_DAY) \
        or any(words.get(norm[k:s]) == LEX_TIME for k in range(max(lo, s - 3), s - 1))


#: the characters of a time of day that make one word with the everyday word after them (午高峰,
#: 晚高峰, 早高峰)
_TIME_OF_DAY = frozenset("早午晚夜晨")


def _opens_with_city(norm: str, s: int, e: int) -> bool:
    """Whether the candidate opens with a province's or a prefecture-level city's name (南宁, 杭州|文,
    被执行人南京|家乐…): a place, where no field says a name follows (姓名：金华 stays one)."""
    cities = _cities()
    return norm[s:s + 2] in cities or (e - s >= 3 and norm[s:s + 3] in cities)


def _word_then_city(norm: str, s: int, e: int, sur_len: int) -> bool:
    """Whether the candidate is a one-character verb or preposition (by the lexicon's part of
    speech) and a province's or a prefecture-level city's name (任|重庆水务集团, 毕业于|西安, 由|北京):
    the character that looks like a surname is a word of its own before a place. (Across the
    labelled corpora such a name, 许银川, is one in two hundred of these strings.)"""
    return sur_len == 1 and e - s == 3 and _lexicon()[1].get(norm[s], 0) in (1, 2) and norm[s + 1:e] in _cities()


@lru_cache(maxsize=1)
def _short_places() -> frozenset[str]:
    from cnpii.detection._address import _short_division_names  # (it imports this module)

    return _short_division_names()


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    from cnpii.detection._address import city_names  # (it imports this module)

    return city_names()


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    """The provinces' names without 省 (江苏, 黑龙江): no labelled corpus has one as a person's name
    (county names have: 江山, 安宁)."""
    from cnpii.detection._address import _PROVINCE_NAMES  # (it imports this module)

    return _PROVINCE_NAMES


@lru_cache(maxsize=1)
def _blank_words() -> frozenset[str]:
    """What a form or table writes where it leaves a value out (``[blank]``: 同上, 见附件)."""
    return frozenset(_sections()["blank"])


def _role_word(word: str) -> bool:
    """Whether ``word`` is a field or role word, maybe with 其, 被, 该, 原 or 匿名 before it and 本人
    after it (房东, 持卡人, 申请人本人, 其配偶, 被申请人, 匿名用户): what a form writes where it
    leaves a name out, never a name."""
    field = _field_words()
    if word in _blank_words():
        return True  # 同上, 见附件, 待补录: a value left out
    if word.endswith("本人") and len(word) > 2:
        word = word[:-2]
    return word in field or (word[:1] in "其被该原" and word[1:] in field) or (word[:2] == "匿名" and word[2:] in field) \
        or _agent_noun(word)


def _column_names(norm: str, lo: int, hi: int, taken: _Taken, out: list[Candidate]) -> None:
    """Names in the columns of a table whose header cell is a field or role word (姓名, 客户,
    收款人, NAME, cust_nm): each cell under such a header (:func:`column_cells`) that is a run of
    CJK characters is a name, whatever the lexicon thinks of it (夏天, 金钟)."""
    ctx = _context()
    field = _field_words()

    def is_name_header(head: str) -> bool:
        return head in field or (head.isascii() and bool(head) and _ascii_person_key(head, ctx))

    cells = list(column_cells(norm, lo, hi, is_name_header, _header_gate()))
    # a column whose cells hold a field's words (手机号码, 居民身份证号码 under 客户姓名) is the key
    # column of a table of fields and values, not a column of names
    keys = {head for s, e, head in cells if _key_cell().search(norm, s, e)}
    for s, e, head in cells:
        if head not in keys and _LATIN_NAME.fullmatch(norm, s, e) and not taken.overlaps(s, e) \
                and not _latin_not_person_run(norm[s:e]):
            out.append(Candidate(s, e, _P, 0.9, "pattern=table-column context=column-header"))  # (JOHN GARCIA)
            taken.append(s, e)
            continue
        if head not in keys and _NAME_CELL.fullmatch(norm, s, e) and not taken.overlaps(s, e) \
                and _name_value(norm, s, e, ctx):
            out.append(Candidate(s, e, _P, 0.9, "pattern=table-column context=column-header"))
            taken.append(s, e)


def _name_value(norm: str, s: int, e: int, ctx: dict) -> bool:
    """Whether ``norm[s:e]``, the whole value of a name column's cell or of a name field, may be
    a name: no role or blank (经办人, 同上), no mask or placeholder after its first character
    (江某某), no organisation (中国建设银行), no form of address (老聂, 秦总, 董经理, 阿邵, 俞工), no
    three characters or more that are everyday words (向日葵, 江湖|过客: a nickname; 高峰 of two
    may be a name), and a shape the name finder reads (:func:`_cell_takes_a_name_shape`)."""
    titles = _title_forms()
    return not _role_word(norm[s:e]) and not any(ch in _placeholders() for ch in norm[s + 1:e]) \
        and not (norm[s:e] in ctx["org_words"] or _ends_with_org(norm, s, e, ctx)) \
        and not (e - s == 2 and _form_of_address(norm[s:e])) \
        and not any(norm[k:e] in titles for k in (s + 1, s + 2)) \
        and not (e - s >= 3 and _word_run(norm[s:e])) \
        and _cell_takes_a_name_shape(norm, s, e)


@lru_cache(maxsize=1)
def _name_field_rx() -> re.Pattern[str]:
    """A field that asks for a person's name (a ``[field]`` word that holds 名 and not 名称: 姓名,
    户名, 客户姓名; not 收款人 or 账户名称, whose value may be a firm's, nor 申请人, a speaker's
    label too), a colon, = or a closing bracket (【姓名】), and its whole value of two to six CJK
    characters."""
    words = [w for w in _sections()["field"] if "名" in w and "名称" not in w]
    return re.compile("(?:" + trie_pattern(words) + ")" + _FIELD_REMARK
                      + r"(?:[】\]」』〕][ \t\u3000]{0,3}[:：=]?|[ \t\u3000]{0,3}[:：=])[ \t\u3000]{0,3}"
                      r"([\u4e00-\u9fff]{2,6})(?![\u4e00-\u9fff·•])")


def _word_run(word: str) -> bool:
    """Whether ``word`` is made of words the lexicon holds as no name, each of two characters or
    more (系统|自动, 财务|部门): everyday words, not a name the lexicon lacks (热依拉, 买买提)."""
    words = _lexicon()[0]
    ok = [True] + [False] * len(word)
    for j in range(2, len(word) + 1):
        ok[j] = any(ok[i] and words.get(word[i:j], LEX_ABSENT) not in (LEX_ABSENT, LEX_NR) for i in range(j - 1))
    return ok[-1]


def _field_values(norm: str, lo: int, hi: int, taken: _Taken, out: list[Candidate], turns: frozenset[int]) -> None:
    """The whole value of a name field that no surname opens, or that the surname-led finder
    left (姓名：热依拉, 户名：阿依古丽): the field says it is a name, unless it is an everyday word
    or words (姓名：系统自动), a blank, a role, an organisation or a form of address
    (:func:`_name_value`); not a speaker's turn."""
    ctx = _context()
    words = _lexicon()[0]
    for m in _name_field_rx().finditer(norm, lo, hi):
        s, e = m.span(1)
        if s in turns or taken.overlaps(s, e) or words.get(norm[s:e], LEX_ABSENT) not in (LEX_ABSENT, LEX_NR) \
                or not _name_value(norm, s, e, ctx):
            continue
        out.append(Candidate(s, e, _P, 0.9, "pattern=field-value context=field-name"))
        taken.append(s, e)


def _cell_takes_a_name_shape(norm: str, s: int, e: int) -> bool:
    """Whether the cell ``norm[s:e]``, when a surname opens it, is a shape :func:`candidates`
    yields for the cell alone: no surname and a title or role (管|出纳, 朱|客户经理), no 阿 and a
    surname (阿邵), no surname and a form of address (俞工, 窦伯). A cell of a surname and one or
    two characters must be one of its candidates; a longer one (阿不都热合曼) must open one. A cell
    no surname opens (热依拉, 扎西) must not be a word the lexicon holds as no name (匿名, 姐妹),
    nor a verb or a function word and one (见|影像, 已|脱敏: what a table writes for a value left out).

    >>> [_cell_takes_a_name_shape(w, 0, len(w)) for w in ("管出纳", "阿邵", "俞工", "夏天", "阿不都热合曼")]
    [False, False, False, True, True]
    >>> [_cell_takes_a_name_shape(w, 0, len(w)) for w in ("匿名", "见影像", "已脱敏", "已签", "本人亲签", "热依拉")]
    [False, False, False, False, False, True]
    """
    single, compound = _surnames()[:2]
    words, pos = _lexicon()[:2]
    field = _field_words()
    if any(norm[s:s + k] in field and pos.get(norm[s + k], 0) in (1, 2) for k in (2, 3, 4) if s + k < e):
        return False  # 本人|亲签, 经办人|代填: a role and what it did (a signature column's entry), no name
    sur = 2 if norm[s:s + 2] in compound else 1 if norm[s] in single else 0
    if not sur:
        no_name = (LEX_ABSENT, LEX_NR)  # (a word the lexicon lacks or tags as a name may be one)
        if words.get(norm[s:e], LEX_ABSENT) not in no_name:
            return False  # 匿名, 姐妹
        # 见|影像, 已|脱敏: a verb or a function word (the lexicon's part-of-speech groups 1 and 2), then a
        # word, or nothing but verbs and function words (已签, 待补签)
        return not (pos.get(norm[s], 0) in (1, 2) and (
            e - s >= 3 and words.get(norm[s + 1:e], LEX_ABSENT) not in no_name
            or all(pos.get(ch, 0) in (1, 2) for ch in norm[s + 1:e]) and not _minority().fullmatch(norm, s, e)))
    spans = [b for a, b, _sl, _gap in candidates(norm, s, e) if a == s]
    return e in spans if e - s <= sur + 2 else bool(spans)


@lru_cache(maxsize=1)
def _key_cell() -> re.Pattern[str]:
    """The CJK cue words of two characters or more of the identifiers (手机, 身份证, 邮箱, 账户:
    :data:`cnpii.detection._context.CUES`), as one search."""
    from cnpii.detection._context import _RAW_CUES

    words = {w for rx in _RAW_CUES.values() for w in rx.split("|") if len(w) >= 2 and all(map(_is_cjk, w))}
    return re.compile(trie_pattern(sorted(words)))


# ---- names without a surname ----------------------------------------------------------------

@lru_cache(maxsize=1)
def _minority() -> re.Pattern[str]:
    comps = sorted({w for ln in _read("minority_names.txt") for w in ln.split()})
    one = trie_pattern(comps)
    return re.compile(f"{one}{one}?")


def _minority_names(norm: str, lo: int, hi: int, taken: _Taken, out: list[Candidate]) -> None:
    """Tibetan and Mongolian names (次仁卓玛, 其木格): one or two components of
    ``minority_names.txt``, delimited on the right (an edge, a delimiter, a title, a form field or
    a particle) and on the left (an edge, a delimiter, or a field or role word before them)."""
    ctx = _context()
    words, pos = _lexicon()[0], _lexicon()[1]
    for m in _minority().finditer(norm, lo, hi):
        s, e = m.span()
        # delimited on the right by the text's edge, a delimiter, a particle, a title or a field;
        # a name of three characters or more (次仁卓玛, 其木格) also by a word that starts there
        # (主持, 补充) or a verb or function word (跟, 被): it is no Han given name, and no part of one
        long = e - s >= 3
        if e < hi and _is_cjk(norm[e]) and not (
                norm[e] in ctx["after"] or ctx["title_rx"].match(norm, e, hi) or ctx["strong_rx"].match(norm, e, hi)
                or (long and _word_edge(norm[e:e + 2], norm[e], words, pos))):
            continue
        if taken.overlaps(s, e):
            continue
        left = _left_kind(norm, s, lo, ctx)
        lex = words.get(m.group(), LEX_ABSENT)
        if left != L_FIELD_SEP and (e >= hi or norm[e] in "\r\n") and _field_line_before(norm, s, lo):
            left = L_FIELD_SEP  # a vertical form: 姓名 / 乌兰其其格
        if left in (L_FIELD_SEP, L_FIELD):
            score = 0.9
        elif lex in (LEX_HI, LEX_MID, LEX_NS, LEX_TIME, LEX_DIV):
            continue  # an everyday word or a place (乌兰 of 乌兰察布) outside a field
        elif left in (L_WEAK, L_START, L_DELIM):
            score = 0.75
        elif long and (left in (L_OTHER, L_DIGIT) or _word_ends_at(norm, s, lo, words)
                       or pos.get(norm[s - 1], 0) == 2):
            score = 0.7  # after a word (产权人, 姐姐, 教师), a function word (对, 由) or @
        else:
            continue  # glued to a character before it: a Han given name (姜玉珍) or part of a word
        out.append(Candidate(s, e, _P, score, "pattern=minority-name dictionary=minority_names.txt"))
        taken.append(s, e)


def _word_edge(two: str, ch: str, words: dict[str, int], pos: dict[str, int]) -> bool:
    """A word of the lexicon (``two``, the next two characters) or a verb or function word
    (``ch``, the next character) starts here."""
    return words.get(two, LEX_ABSENT) not in (LEX_ABSENT, LEX_NR) or pos.get(ch, 0) in (1, 2)


def _word_ends_at(norm: str, s: int, lo: int, words: dict[str, int]) -> bool:
    """A word of the lexicon of two to four characters (not a name) ends right before ``s``."""
    return any(s - k >= lo and words.get(norm[s - k:s], LEX_ABSENT) not in (LEX_ABSENT, LEX_NR)
               for k in (2, 3, 4))


# ---- rules for transliterated names ---------------------------------------------------------

@lru_cache(maxsize=1)
def translit_chars() -> frozenset[str]:
    """The characters of ``data/translit_chars.txt``: those of transliterated foreign and minority
    names (克林顿, 阿不都拉)."""
    return frozenset("".join(_read("translit_chars.txt")).replace(" ", ""))


@lru_cache(maxsize=1)
def _translit() -> frozenset[str]:
    single, _compound, _rx = _surnames()
    given = {ch for ch, b in _lexicon()[3].items() if b >= 3}  # in 16 or more lexicon names
    return translit_chars() | frozenset(given) | single


@lru_cache(maxsize=1)
def _news() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    sec = _sections()
    left, right = sec["news_left"], sec["news_right"]
    return (re.compile(trie_pattern(left + right)), re.compile(trie_pattern(left) + "$"),
            re.compile(trie_pattern(right)), re.compile(trie_pattern(left)))


def _not_name(word: str) -> bool:
    """A country, organisation or brand spelled with transliteration characters (美国, 特斯拉), or
    an everyday word, whole or but for one character at an edge (高兴地); the lexicon's place tags
    are too noisy for transliterations (普京 is ``ns``)."""
    get = _lexicon()[0].get
    return word in _not_names() or _role_word(word) or get(word, LEX_ABSENT) in (LEX_HI, LEX_MID, LEX_TIME) or (
        len(word) >= 3 and not {LEX_HI, LEX_TIME}.isdisjoint(
            (get(word[:-1], LEX_ABSENT), get(word[1:], LEX_ABSENT), get(word[:2], LEX_ABSENT)))) or (
        _context()["title_rx"].search(word, 1) is not None) or _form_of_address(word)  # (夏小姐: a surname and a title)


def _form_of_address(word: str) -> bool:
    """Whether ``word`` opens with 老, 小 or 大 and a surname (老聂, 小刘, 大冯): a form of address, no name."""
    return len(word) >= 2 and word[0] in _ADDRESS_PREFIXES and word[1] in _surnames()[0]


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(_sections()["not_names"])


def _translit_names(norm: str, lo: int, hi: int, taken: _Taken, out: list[Candidate]) -> None:
    trigger, left_end, right_rx, left_rx = _news()
    translit = _translit()
    after = _context()["after"]
    field = _context()["field_rx"]
    words = _lexicon()[0]
    for m in right_rx.finditer(norm, lo, hi):  # 特朗普表示
        e = m.start()
        if words.get(norm[e:m.end() + 1], LEX_ABSENT) not in (LEX_ABSENT, LEX_NR) or (
                e > lo and words.get(norm[e - 1:m.end()], LEX_ABSENT) not in (LEX_ABSENT, LEX_NR)):
            continue  # the verb is part of a longer word (说明, 称号, 名称): no speech verb there
        s = e
        while s > lo and e - s < 5 and norm[s - 1] in translit:
            s -= 1
        for k in range(s + 2, e - 1):  # a field or role word at its start is no part of it (客服|大曹)
            if field.search(norm, s, k):
                s = k
                break
        if e - s >= 3 and not _not_name(norm[s:e]) and not taken.overlaps(s, e) \
                and all(words.get(norm[k:k + 2]) != LEX_HI for k in range(s, e - 1)) and (
                s == lo or not _is_cjk(norm[s - 1]) or left_end.search(norm, max(lo, s - 6), s)):
            out.append(Candidate(s, e, _P, 0.6, "pattern=transliterated-name context=speech-verb"))
            taken.append(s, e)
    for m in left_rx.finditer(norm, lo, hi):
        s = m.end()  # 总统马克龙
        e = s
        while e < hi and e - s < 5 and norm[e] in translit and norm[e] not in after:
            e += 1
        if e - s >= 2 and not _not_name(norm[s:e]) and not taken.overlaps(s, e) and (
                e >= hi or not _is_cjk(norm[e]) or norm[e] in after or right_rx.match(norm, e)):
            out.append(Candidate(s, e, _P, 0.6, "pattern=transliterated-name context=title"))
            taken.append(s, e)


# ---- romanised names after a name field ------------------------------------------------------

#: two or three Latin words, all capitals or capitalised (WANG WEIMING, Gao Dongxin, ZIWEI WEI)
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2,12}|[A-Z][a-z]{1,11})(?:(?:[ ]{1,2}|/)(?:[A-Z]{2,12}|[A-Z][a-z]{1,11})){1,2}"
                         r"(?![A-Za-z0-9.@])")
_LATIN_NEXT = re.compile(r"[ ]{1,2}([A-Za-z][A-Za-z.]{0,11})")
_LATIN_GATE = re.compile(r"[A-Z][A-Za-z]{1,11}(?: {1,2}|/)[A-Z]")


@lru_cache(maxsize=1)
def _latin_not_person() -> frozenset[str]:
    return frozenset(_sections()["latin_not_person"])


def _latin_not_person_run(run: str) -> bool:
    """Whether a run of Latin words (joined by spaces or a slash) holds a word of
    ``[latin_not_person]`` (BANK, LTD, MR)."""
    stop = _latin_not_person()
    return any(w.upper() in stop for w in re.split("[ /]+", run))


def _latin_names(norm: str, lo: int, hi: int, taken: _Taken, out: list[Candidate]) -> None:
    """A personal name in Latin letters right after a name field or role noun (境外持卡人WANG
    WEIMING, 汇款人：Gao Dongxin): the field says it is a name, in whatever romanisation. Words
    of ``[latin_not_person]`` (BANK, LTD, MR) make it something else."""
    ctx = _context()
    stop = _latin_not_person()
    for m in _LATIN_NAME.finditer(norm, lo, hi):
        s, e = m.span()
        if taken.overlaps(s, e) or _latin_not_person_run(m.group()):
            continue
        nxt = _LATIN_NEXT.match(norm, e, hi)  # (and the word after it: KL PALM OIL SDN. BHD.)
        if nxt is not None and nxt.group(1).replace(".", "").upper() in stop:
            continue
        left = _left_kind(norm, s, lo, ctx)
        if left in (L_FIELD_SEP, L_FIELD):
            out.append(Candidate(s, e, _P, 0.9 if left == L_FIELD_SEP else 0.8,
                                 "pattern=latin-name context=field-name"))
            taken.append(s, e)
        elif s - 1 > lo and norm[s - 1] in "（(" and e < hi and norm[e] in "）)" \
                and any(c.end == s - 1 and c.entity == _P and c.score >= 0.5 for c in out):
            # the name's romanisation in brackets right after it: 邱秀平（QIU XIUPING）
            out.append(Candidate(s, e, _P, 0.8, "pattern=latin-name context=after-name"))
            taken.append(s, e)


@lru_cache(maxsize=1)
def _dotted_parts() -> re.Pattern[str]:
    """The longest part of ``dotted_name_parts.txt`` at the start of a string."""
    return re.compile(trie_pattern(sorted({w for ln in _read("dotted_name_parts.txt") for w in ln.split()})))


_DOT = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•][\u4e00-\u9fff]{1,8}){1,3}")


def _dot_names(norm: str, lo: int, hi: int, taken: _Taken, out: list[Candidate]) -> None:
    translit = _translit()
    not_first = frozenset(_sections()["not_first"])
    after = _context()["after"]
    ctx = _context()
    get = _lexicon()[0].get
    for m in _DOT.finditer(norm, lo, hi):
        parts = re.split("[·•]", m.group())
        first = parts[0]
        k = len(first)
        known = k  # the known parts the first part ends with are whole (借款人大卫, 阿不都热合曼)
        while True:
            n = next((n for n in range(min(known, 6), 1, -1) if _dotted_parts().fullmatch(first, known - n, known)), 0)
            if not n:
                break
            known -= n
        words_end = (LEX_HI, LEX_MID, LEX_TIME) if known < k else (LEX_HI, LEX_TIME)
        while k > 0 and (k > known or first[k - 1] in translit and first[k - 1] not in not_first
                         and len(first) - k < 6 and not ctx["field_rx"].search(first, 0, k)
                         and not (known < len(first) and first[k - 1] in after)
                         and not (k > 1 and get(first[k - 2:k], LEX_ABSENT) in words_end)):
            k -= 1  # (not the 后 of 最后迈克尔: a character that ends a word before the name; before
            # a known part, nor a particle or a word of middle frequency: 称买买提, 表扬古丽娜尔)
        first = first[k:]
        last = parts[-1]
        j = 0
        while j < len(last) and j < 7 and last[j] in translit and last[j] not in after \
                and not (j >= 2 and (ctx["title_rx"].match(last, j) or ctx["near_rx"].match(last, j)
                                     or get(last[j:j + 2], LEX_NR) in (LEX_HI, LEX_MID, LEX_TIME, LEX_LO))) \
                and not (j == 1 and get(last[1:3], LEX_NR) == LEX_HI):  # 迈克尔·李补充
            j += 1
        known = _dotted_parts().match(last)
        if known is not None and known.end() > j:
            j = known.end()  # 阿不都本人: a known part is whole, though 都 may end a name elsewhere
        last = last[:j]
        if not first or not last:
            continue
        s = m.start() + k
        e = m.end() - (len(parts[-1]) - j)
        if taken.overlaps(s, e):
            continue
        left = _left_kind(norm, s, lo, ctx)
        score = 0.95 if left in (L_FIELD_SEP, L_FIELD) else 0.75 if left in (L_WEAK, L_START, L_DELIM) else 0.6
        out.append(Candidate(s, e, _P, score, "pattern=dotted-name dictionary=transliteration"))
        taken.append(s, e)
