"""Candidates for identifiers written with digits and letters, confirmed by cnpii.identifiers.

One pass of a few compiled patterns finds runs of digits (with their spaces, dashes and
country prefix), letter-digit tokens, e-mail addresses, IP addresses and plates. A run of
digit groups may hold several values (``440304-19450721-0237 18229657249``); every
contiguous range of groups is offered to the validators and the best covering is kept.
The checks themselves live in :mod:`cnpii.identifiers`; nothing here re-implements one.

All patterns are bounded (``{m,n}``) and anchored by look-behinds, so no input can drive them
into catastrophic backtracking.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from importlib import import_module
from typing import Callable, NamedTuple

from cnpii.detection import _context as ctx
from cnpii.entities import Entity
from cnpii.identifiers.bank_card import MAX_LENGTH as _CARD_MAX
from cnpii.identifiers.bank_card import MIN_LENGTH as _CARD_MIN
from cnpii.identifiers.license_plate import _SUFFIXES as _PLATE_SUFFIX_KINDS
from cnpii.identifiers.license_plate import PROVINCES as _PLATE_PROVINCES

__all__ = ["Candidate", "MASK_CHARS", "find_identifiers", "normalize", "validator"]


# members as module constants: an Enum class attribute costs a slow look-up on every use
_CARD_CVV = Entity.CARD_CVV
_CARD_EXPIRY = Entity.CARD_EXPIRY
_CARD_TRACK_DATA = Entity.CARD_TRACK_DATA
_CN_BANK_ACCOUNT = Entity.CN_BANK_ACCOUNT
_CN_BANK_CARD = Entity.CN_BANK_CARD
_CN_HK_MACAU_PERMIT = Entity.CN_HK_MACAU_PERMIT
_CN_LANDLINE_PHONE = Entity.CN_LANDLINE_PHONE
_CN_LICENSE_PLATE = Entity.CN_LICENSE_PLATE
_CN_MOBILE_PHONE = Entity.CN_MOBILE_PHONE
_CN_PASSPORT = Entity.CN_PASSPORT
_CN_RESIDENT_ID = Entity.CN_RESIDENT_ID
_CN_TAIWAN_PERMIT = Entity.CN_TAIWAN_PERMIT
_CN_USCC = Entity.CN_USCC
_EMAIL_ADDRESS = Entity.EMAIL_ADDRESS
_IP_ADDRESS = Entity.IP_ADDRESS
_PASSWORD_E = Entity.PASSWORD


class Candidate(NamedTuple):
    start: int
    end: int
    entity: Entity
    score: float
    explanation: str


# Full-width ASCII to ASCII and odd spaces/dashes to plain ones, one char for one char, so
# offsets into the normalised text are offsets into the original.
_NORM = {cp: cp - 0xFEE0 for cp in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B),
                                    0xFF0B, 0xFF0D, 0xFF0E, 0xFF20, 0xFF3F)}
_NORM.update({0x3000: 0x20, 0x00A0: 0x20, 0x2014: 0x2D, 0x2013: 0x2D, 0x2012: 0x2D,
              0x2212: 0x2D, 0x2010: 0x2D, 0x2011: 0x2D, 0x200B: 0x20, 0xFEFF: 0x20})
# the middle dots of transliterated and minority names as other keyboards type them (索菲亚・彼得罗夫)
_NORM.update({0x30FB: 0xB7, 0xFF65: 0xB7, 0x2027: 0xB7, 0x2219: 0xB7, 0x22C5: 0xB7})


_NEEDS_NORM = re.compile("[" + "".join(chr(c) for c in sorted(_NORM)) + "]")


def normalize(text: str) -> str:
    """Half-width digits, letters and separators, same length as ``text``.

    >>> normalize("１３８－１２３４")
    '138-1234'
    """
    if _NEEDS_NORM.search(text) is None:
        return text
    return text.translate(_NORM)


_MODULE_OF = {
    _CN_RESIDENT_ID: "resident_id", _CN_MOBILE_PHONE: "mobile_phone",
    _CN_LANDLINE_PHONE: "landline_phone", _CN_BANK_CARD: "bank_card",
    _CN_BANK_ACCOUNT: "bank_account", _CN_USCC: "uscc", _CN_PASSPORT: "passport",
    _CN_HK_MACAU_PERMIT: "hk_macau_permit", _CN_TAIWAN_PERMIT: "taiwan_permit",
    _CN_LICENSE_PLATE: "license_plate",
}


@lru_cache(maxsize=None)
def validator(entity: Entity) -> Callable[[str], bool]:
    """``cnpii.identifiers.<module>.is_valid`` for an entity, memoised per value."""
    module = import_module(f"cnpii.identifiers.{_MODULE_OF[entity]}")
    return lru_cache(maxsize=65536)(module.is_valid)


# ---------------------------------------------------------------------------------------------
# patterns (run on the normalised text)

_NUM = re.compile(r"[0-9](?<![0-9][0-9])(?:[0-9]|[ -]{1,2}(?=[0-9])){5,44}[Xx]?")
# a country prefix or bracketed area code written right before a digit run
_PREFIX_BEFORE = re.compile(r"(?:[(（]\+?86[)）]|[(（]0[0-9]{2,3}[)）])[ -]?$")
# the characters such a prefix ends with, and with "+" those of any prefix: a run written after
# none of them is read as it is
_BRACKET_CHARS = "() -（）"
_PREFIX_CHARS = "+" + _BRACKET_CHARS
_GROUP = re.compile(r"[0-9]+[Xx]?")
_NONDIGIT = re.compile(r"[^0-9Xx]")
_NONDIGIT_ALNUM = re.compile(r"[^0-9A-Z]")
_PREFIX = re.compile(r"(?:\+|00)86[ -]?|\(\+?86\)[ -]?")
# letter-led identifiers: passports, permits, USCC with letters
# the first letters a passport, Home Return Permit and Taiwan permit number is read from
_PASSPORT_FIRST = "EGDSPK"
_HK_MACAU_FIRST = "CHM"
_TAIWAN_FIRST = "T"  # a Taiwan permit number holding letters starts with one of these, or ends with a letter
_ALNUM = re.compile(r"[0-9A-Z](?<![0-9A-Za-z][0-9A-Z])[0-9A-Z]{7,17}(?![0-9A-Za-z])")
# a USCC written in groups (91 120101 MAWPRFNH1 H)
_USCC_GROUPED = re.compile(r"[0-9A-Z](?<![0-9A-Za-z][0-9A-Z])[0-9A-Z]{0,9}(?:[ -]{1,2}[0-9A-Z]{1,10}){1,6}"
                           r"(?![0-9A-Za-z])")
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@"
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,6}[A-Za-z]{2,12}(?![A-Za-z])"
)
_IPV4 = re.compile(r"[0-9](?<![0-9.][0-9])[0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9]|\.[0-9])")
_IPV6 = re.compile(r"[0-9A-Fa-f:](?<![0-9A-Fa-f:][0-9A-Fa-f:])[0-9A-Fa-f]{0,3}:(?:[0-9A-Fa-f]{0,4}:){1,6}"
                   r"[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])")
# a plate starts with a province abbreviation (or 使/领 of embassy and consulate plates) and may end
# with a suffix (挂, 学, ...): both sets come from cnpii.identifiers.license_plate
_PLATE_FIRST = "".join(_PLATE_PROVINCES) + "使领"
_PLATE_SUFFIXES = "".join(_PLATE_SUFFIX_KINDS)
_PLATE_SEPARATORS = "·• -"  # one may stand between the letter and the serial (粤B·12345)
_PLATE = re.compile(
    rf"[{_PLATE_FIRST}](?:[{re.escape(_PLATE_SEPARATORS)}]?)[A-Z]"  # (or after the province: 沪·D39826)
    rf"(?:[{re.escape(_PLATE_SEPARATORS)}]?)[A-Z0-9]{{4,6}}[{_PLATE_SUFFIXES}]?(?![0-9A-Za-z])"
)
_PLATE_EMBASSY = re.compile(r"使[0-9]{6}(?![0-9])|[0-9]{3}使[0-9]{3}(?![0-9])")
_EXTENSION = re.compile(r"(?:\s?(?:转|分机|ext\.?)|x|-)\s?[0-9]{1,5}(?![0-9])", re.I)  # (… 分机234)

# authentication data: only counted right after its cue word
# between a cue word and its value: key=value, Chinese 是/为, JSON ("cvv": "123", Python's
# default ": " spacing) and XML (<cvv>123</cvv>, <cvv2 type="x">123)
_AUTH_SEP = r"[\"'：:=>\s]{0,4}(?:是|为)?[\"'：:\s]{0,2}"
_CVV = re.compile(r"(?:CVV2?|CVN2?|CVC2?|安全码|校验码|卡验证码|验证码后三位|背面三位数?|(?:卡|片|面)的?后三位)"
                  + _AUTH_SEP + r"([0-9]{3,4})(?![0-9])", re.I)
_EXPIRY = re.compile(r"(?:有效期(?:至|到)?|失效日期|到期日|exp(?:iry)?(?:[ _]?date)?|valid thru|valid_thru|"
                     r"expire[sd]?)" + _AUTH_SEP +
                     r"((?:0[1-9]|1[0-2]) ?/ ?(?:20)?[0-9]{2}|(?:20)?[0-9]{2} ?[/\-.] ?(?:0[1-9]|1[0-2])"
                     r"|(?:0?[1-9]|1[0-2])月 ?/? ?(?:20)?[0-9]{2}年|(?:20)?[0-9]{2}年 ?(?:0?[1-9]|1[0-2])月)"
                     r"(?![0-9]|[\-./][0-9]|[0-9]{1,2}[日号])", re.I)  # not a full date (证件有效期2028-05-18)
# a Chinese cue may run into the value (密码123456, 密码是abc123, PIN码123456); an ASCII key, PIN too
# (not the pin of pinyin), must be a whole word
# assigned a value (password: x, "pwd": "x", pwd=x, <pwd>x): prose and code (password hashes,
# pwd.getpwnam) are no password
_PASSWORD = re.compile(r"(?:(?:密码|口令|(?<![A-Za-z0-9_])PIN(?:码|(?![A-Za-z_])))[\"'：:=>\s]{0,4}(?:是|为|改成|改为|设为|设置为)?[\"'：:\s]{0,2}"
                       r"|(?<![A-Za-z0-9_])(?:pwd|passwd|password|pass_?word)[\"']?\s*[:=>]\s*[\"']?)"
                       r"([A-Za-z0-9!@#$%^&*_.+\-]{4,32})(?![A-Za-z0-9!@#$%^&*_.+\-])", re.I)
#: a password cue preceded by these is a default's (初始密码, 默认密码, 出厂密码)
_DEFAULT_BEFORE = re.compile(r"(?:初始|默认|出厂|原始)$")
_TRACK = re.compile(r"%?B[0-9]{13,19}\^[A-Z /]{2,26}\^[0-9]{7,40}\??|;?[0-9]{13,19}=[0-9]{7,40}\??")

# the hint words of authentication data: no CVV, expiry or password is looked for in a text
# holding none of them (plain substring tests, case as written)
_AUTH_HINT_CJK = ("安全码", "校验码", "验证码", "三位", "有效期", "失效", "到期", "密码", "口令")
_AUTH_HINT_ASCII = tuple(v for w in ("cv", "exp", "valid", "pin", "pwd", "pass")
                         for v in (w, w.upper(), w.capitalize()))
_AUTH_HINT_WORDS = _AUTH_HINT_CJK + _AUTH_HINT_ASCII
# one pass for "one of the hint words appears"
_AUTH_HINT = re.compile("|".join(map(re.escape, _AUTH_HINT_WORDS)))
_TRACK_HINT = re.compile(r"[0-9]{13,19}[=^]")
#: a national hotline: 400 or 800 and seven digits; written in groups (400 039 9704,
#: 400-820-8820) it is read as no personal number, whatever cue stands before it
_HOTLINE_PREFIXES, _HOTLINE_LENGTH = ("400", "800"), 10
# the first digits of hotlines and service numbers (400/800 numbers, 95xxx, 96xxx, 10xxx, 12xxx):
# no landline starts with them
_SERVICE_PREFIXES = _HOTLINE_PREFIXES + ("95", "96", "10", "12")




# explanations of candidates, and what the context adds to them
_WHY_EMAIL = "pattern=email"
_WHY_IPV4 = "pattern=ipv4 validator=ipaddress"
_WHY_GROUPED = "pattern=grouped validator=uscc"
_WHY_PLATE = "pattern=plate validator=license_plate"
_WHY_OTHER_CUE = " context=other-entity-cue"
_WHY_CUE = " context=cue"
_WHY_COUNTER = " context=counter-cue"
_WHY_UNIT = " context=unit-after"
_WHY_EXTENSION = " extension"


def _window(text: str, start: int, lo: int) -> str:
    """The lower-cased context window before ``start``, cut at the line start (CSV headers and
    earlier lines describe other values)."""
    window = text[max(lo, start - ctx.WINDOW):start]
    nl = window.rfind("\n")
    if nl >= 0:
        window = window[nl + 1:]
    return window.lower()


def _near(entity: Entity, text: str, start: int, lo: int) -> tuple[int, int]:
    window = _window(text, start, lo)
    return ctx.cue_in(entity, window), ctx.counter_in(window)


def _adjust(entity: Entity, base: float, text: str, start: int, end: int, lo: int, hi: int,
            why: str, window: str | None = None) -> tuple[float, str]:
    """Apply cue and counter-cue words to a validated candidate's base score (a card's cue words
    are its own and an account's: an account shaped like a valid card is the card)."""
    cues, counter = ctx.analyse(_window(text, start, lo) if window is None else window)
    cue = cues.get(entity, -1)
    if entity is _CN_BANK_CARD and cue < 0:
        cue = cues.get(_CN_BANK_ACCOUNT, -1)  # an account's field holding a card (账户6222…) is the card's
    score = base
    if cue < 0:
        if entity is _CN_BANK_CARD and _CN_RESIDENT_ID in cues:
            score += _OTHER_CUE  # an ID-number field holding a number that is not a valid ID
            why += _WHY_OTHER_CUE
    else:
        score += _CUE_NEAR if cue <= _CUE_NEAR_DISTANCE else _CUE_FAR
        why += _WHY_CUE
    if 0 <= counter <= _COUNTER_DISTANCE and (cue < 0 or counter < cue):
        score += _COUNTER
        why += _WHY_COUNTER
    elif end < hi and _COUNTER_AFTER_AT.match(text, end, min(hi, end + 5)) is not None:
        score += _COUNTER
        why += _WHY_UNIT
    return max(0.0, min(1.0, score)), why


# ctx.COUNTER_AFTER without its "^", matched at a position instead of on a slice (same result)
_COUNTER_AFTER_AT = re.compile(ctx.COUNTER_AFTER.pattern[1:], ctx.COUNTER_AFTER.flags)


# what the context words do to a score: a cue within _CUE_NEAR_DISTANCE characters adds
# _CUE_NEAR, a farther one _CUE_FAR; a card number after an ID-number cue gets _OTHER_CUE; a
# counter-cue within _COUNTER_DISTANCE characters (nearer than the cue) or a unit after it _COUNTER
_CUE_NEAR = 0.2
_CUE_FAR = 0.1
_CUE_NEAR_DISTANCE = 4
_OTHER_CUE = -0.4
_COUNTER = -0.45
_COUNTER_DISTANCE = 8

# base scores of a validated value without context
_BASE = {
    _CN_RESIDENT_ID: 0.85, _CN_BANK_CARD: 0.75, _CN_USCC: 0.9, _CN_MOBILE_PHONE: 0.75,
    _CN_LANDLINE_PHONE: 0.55, _CN_BANK_ACCOUNT: 0.3, _CN_TAIWAN_PERMIT: 0.3,
    _CN_PASSPORT: 0.55, _CN_HK_MACAU_PERMIT: 0.55, _CN_LICENSE_PLATE: 0.7,
}
# ... and those of particular readings
_BASE_LANDLINE_WRITTEN = 0.65  # a landline written with a prefix or separators
_BASE_RESIDENT_ID_15 = 0.45  # a 15-digit (first-generation) ID number
_BASE_USCC_DIGITS = 0.6  # an all-digit USCC: rarer than an ID number with the same shape
_BASE_TAIWAN_ALNUM = 0.35  # a Taiwan permit number holding letters
_BASE_USCC_GROUPED = 0.9
_BASE_EMAIL = 0.85
_FLOOR_EMAIL = 0.6  # an e-mail address scores at least this whatever its context
_BASE_IP = 0.6
_BASE_PLATE = 0.7
_NEEDS_CUE_BELOW = 0.5  # a reading with a lower base score counts only next to its cue
_MIN_SCORE_COVERING = 0.05  # the lowest score a candidate of a run's best covering has


_WHY = {k: f"pattern=digits validator={m}" for k, m in _MODULE_OF.items()}
_WHY_ALNUM = {k: f"pattern=alnum validator={m}" for k, m in _MODULE_OF.items()}


@lru_cache(maxsize=65536)
def _issuer(digits: str) -> object | None:
    """The card issuer from ``cnpii.identifiers.bank_card.issuer`` (None when the BIN is unknown)."""
    from cnpii.identifiers import bank_card

    try:
        return bank_card.issuer(digits)
    except Exception:
        return None


def _digit_kinds(digits: str, grouped: str, prefixed: bool) -> tuple[Entity, ...]:
    """The entities a run of ``digits`` may be, from its length and first digits only."""
    key = (len(digits), digits[0], digits.startswith("861"), prefixed)
    kinds = _KINDS.get(key)
    if kinds is None:
        kinds = _KINDS[key] = tuple(_digit_kinds_of(digits, prefixed))
    return kinds


#: (length, first digit, starts with 861, prefixed) -> kinds: a fixed table filled on use
_KINDS: dict[tuple[int, str, bool, bool], tuple[Entity, ...]] = {}


def _digit_kinds_of(digits: str, prefixed: bool) -> list[Entity]:
    """The kinds worth validating for a digit run."""
    n = len(digits)
    kinds: list[Entity] = []
    if prefixed:
        return [_CN_MOBILE_PHONE, _CN_LANDLINE_PHONE]
    if n == 11 and digits[0] == "1":
        kinds.append(_CN_MOBILE_PHONE)
    if n == 13 and digits.startswith("861"):
        kinds.append(_CN_MOBILE_PHONE)
    if digits[0] == "0" and 9 <= n <= 17:
        kinds.append(_CN_LANDLINE_PHONE)
    if n in (15, 18):
        kinds.append(_CN_RESIDENT_ID)
    if n == 18:
        kinds.append(_CN_USCC)
    if _CARD_MIN <= n <= _CARD_MAX:  # 15-digit cards (American Express, JCB) too
        kinds.append(_CN_BANK_CARD)
    if 8 <= n <= 30 and digits[0] != "0" or 10 <= n <= 30:
        kinds.append(_CN_BANK_ACCOUNT)
    if n in (8, 10):
        kinds.append(_CN_TAIWAN_PERMIT)
    return kinds


def _best_for_span(raw: str, digits: str, prefixed: bool, text: str, s: int, e: int, lo: int,
                   hi: int, wanted: frozenset[Entity], window: str) -> Candidate | None:
    """The best validated reading of one span of digit groups (``window``: its context)."""
    best: Candidate | None = None
    if len(digits) == _HOTLINE_LENGTH and digits.startswith(_HOTLINE_PREFIXES) and (" " in raw or "-" in raw):
        return None  # 手机400 039 9704: a hotline written as one
    cues = None  # the window's cue words, looked up only when a rule needs them
    for kind in _digit_kinds(digits, raw, prefixed):
        if kind not in wanted:
            continue
        base = _BASE[kind]
        if kind is _CN_LANDLINE_PHONE:
            if digits.startswith(_SERVICE_PREFIXES):
                continue
            if prefixed or " " in raw or "-" in raw:
                base = _BASE_LANDLINE_WRITTEN
        elif kind is _CN_RESIDENT_ID and len(digits) == 15:
            base = _BASE_RESIDENT_ID_15
        elif kind is _CN_USCC:
            base = _BASE_USCC_DIGITS
        if best is not None and best.entity is _CN_RESIDENT_ID:
            # a valid ID number is read as a card only next to a card cue, never as USCC/account
            if kind is not _CN_BANK_CARD:
                continue
            if cues is None:
                cues = ctx.analyse(window)[0]
            if kind not in cues:
                continue
        if best is not None and best.entity is _CN_BANK_CARD and kind is _CN_BANK_ACCOUNT:
            continue  # a valid card number (known issuer or card cue) is a card, after 账户 too
        if base < _NEEDS_CUE_BELOW:
            if cues is None:
                cues = ctx.analyse(window)[0]
            if kind not in cues:
                continue  # needs its cue word; skip the validator
        if kind is _CN_BANK_CARD:
            # Luhn alone passes one random number in ten; a number from no known issuer (BIN)
            # counts as a card only next to a card cue
            if cues is None:
                cues = ctx.analyse(window)[0]
            if kind not in cues and _issuer(digits) is None:
                continue
        if not validator(kind)(raw):
            continue
        score, why = _adjust(kind, base, text, s, e, lo, hi, _WHY[kind], window)
        if best is None or score > best.score:
            best = Candidate(s, e, kind, score, why)
    return best


def _split_prefix(norm: str, s: int, groups: list[list[int]], lo: int) -> int:
    """Detect a country prefix or bracketed area code; adjust ``groups``; return prefix start or -1."""
    prefix_start = -1
    plus = s > lo and norm[s - 1] == "+"
    if s > lo and norm[s - 1] in _BRACKET_CHARS:
        pb = _PREFIX_BEFORE.search(norm, max(lo, s - 7), s)
        if pb is not None:
            if "(0" in pb.group() or "（0" in pb.group():
                groups[0][0] = pb.start()  # (0591)37523682: the area code belongs to the number
            else:
                prefix_start = pb.start()
    g0s, g0e = groups[0]
    first = norm[g0s:g0e]
    if len(groups) > 1 and (first == "0086" or first == "86") and prefix_start < 0:
        prefix_start = s - 1 if plus else s
        del groups[0]
    elif plus and first.startswith("86") and len(first) > 2:
        prefix_start = s - 1
        groups[0][0] = g0s + 2
    elif first.startswith("0086") and len(first) > 4:
        prefix_start = s
        groups[0][0] = g0s + 4
    return prefix_start


def _glued_after_token(norm: str, s: int, lo: int) -> bool:
    """A digit run written right after the letters of a token that holds digits too.

    Such a run is the tail of a hash, hex id or key (``bd97...ecdf13812345678``), not a
    value of its own; letters alone before it (``TEL13812345678``) do not count.
    """
    i = s - 1
    if i < lo or not (norm[i].isascii() and norm[i].isalpha()):
        return False
    while i >= lo and norm[i].isascii() and norm[i].isalnum():
        if norm[i].isdigit():
            return True
        i -= 1
    return False


def _fraction_digits(norm: str, s: int, lo: int) -> bool:
    """The digits after a decimal point (0.8888888888888888, 3.1415926535): a fraction's."""
    return s - 2 >= lo and norm[s - 1] == "." and "0" <= norm[s - 2] <= "9"


def _digit_runs(text: str, norm: str, lo: int, hi: int, wanted: frozenset[Entity],
                out: list[Candidate]) -> None:
    for m in _NUM.finditer(norm, lo, hi):
        s, e = m.span()
        if (e < hi and norm[e].isascii() and norm[e].isalnum()) or _glued_after_token(norm, s, lo) \
                or _fraction_digits(norm, s, lo):
            continue  # part of a longer token (hash, hex id, version string, a number's fraction)
        run = m.group()
        window = _window(text, s, lo)
        if run.isdigit() or (run[-1] in "Xx" and run[:-1].isdigit()):
            # one group, no separators: the common case
            if not ((s > lo and norm[s - 1] in _PREFIX_CHARS) or run.startswith("0086")):
                # no country prefix or area code can apply: read the run as it is
                if len(run) >= 7:
                    c = _best_for_span(run, run, False, text, s, e, lo, hi, wanted, window)
                    if c is not None:
                        _emit(c, norm, hi, out)
                continue
            groups = [[s, e]]
        else:
            groups = [[s + g.start(), s + g.end()] for g in _GROUP.finditer(run)]
        prefix_start = _split_prefix(norm, s, groups, lo) if s > lo or run[:2] in ("00", "86") else -1
        if not groups:
            continue
        k = len(groups)
        if k == 1:
            cs, ce = groups[0]
            prefixed = prefix_start >= 0
            if prefixed:
                cs = prefix_start
            digits = _NONDIGIT.sub("", norm[groups[0][0]:ce])
            if len(digits) >= 7 and "X" not in digits[:-1] and "x" not in digits[:-1]:
                c = _best_for_span(norm[cs:ce], digits, prefixed, text, cs, ce, lo, hi, wanted, window)
                if c is not None:
                    _emit(c, norm, hi, out)
            continue
        cands: dict[tuple[int, int], Candidate] = {}
        for i in range(k):
            ndig = 0
            for j in range(i, min(k, i + 6)):  # no identifier is written in more than 6 groups
                ndig += groups[j][1] - groups[j][0]
                if ndig > 30:
                    break
                if ndig < 7:
                    continue
                cs, ce = groups[i][0], groups[j][1]
                prefixed = i == 0 and prefix_start >= 0
                if prefixed:
                    cs = prefix_start
                digits = _NONDIGIT.sub("", norm[groups[i][0]:ce])
                if "X" in digits[:-1] or "x" in digits[:-1]:
                    continue
                c = _best_for_span(norm[cs:ce], digits, prefixed, text, cs, ce, lo, hi, wanted, window)
                if i > 0 and len(digits) == 11 and norm[groups[i - 1][0]:groups[i - 1][1]] == "86":
                    # "86-138..." in the middle of a run: the 86 is the mobile's country prefix
                    ps = groups[i - 1][0]
                    c2 = _best_for_span(norm[ps:ce], digits, True, text, ps, ce, lo, hi, wanted, window)
                    if c2 is not None and c2.entity is _CN_MOBILE_PHONE:
                        cands[(i - 1, j)] = c2
                        continue
                if c is not None:
                    cands[(i, j)] = c
        if not cands:
            continue
        # weighted interval scheduling over group indices
        best_at: list[tuple[float, list[Candidate]]] = [(0.0, [])] * (k + 1)
        for j in range(k):
            best_at[j + 1] = best_at[j]
            for (a, b), c in cands.items():
                if b == j and c.score >= _MIN_SCORE_COVERING:
                    w = best_at[a][0] + c.score * (c.end - c.start)
                    if w > best_at[j + 1][0]:
                        best_at[j + 1] = (w, best_at[a][1] + [c])
        for c in best_at[k][1]:
            _emit(c, norm, hi, out)


def _emit(c: Candidate, norm: str, hi: int, out: list[Candidate]) -> None:
    if c.entity is _CN_LANDLINE_PHONE:
        x = _EXTENSION.match(norm, c.end, hi)
        if x and validator(_CN_LANDLINE_PHONE)(norm[c.start:x.end()]):
            c = c._replace(end=x.end(), explanation=c.explanation + _WHY_EXTENSION)
    out.append(c)


def _alnum(text: str, norm: str, lo: int, hi: int, wanted: frozenset[Entity],
           out: list[Candidate]) -> None:
    for m in _ALNUM.finditer(norm, lo, hi):
        tok = m.group()
        if tok.isdigit():
            continue
        s, e = m.span()
        n = len(tok)
        kinds: list[Entity] = []
        c0 = tok[0]
        if n == 18:
            kinds.append(_CN_USCC)
        if 8 <= n <= 10 and c0 in _PASSPORT_FIRST:
            kinds.append(_CN_PASSPORT)
        if 9 <= n <= 11 and c0 in _HK_MACAU_FIRST:
            kinds.append(_CN_HK_MACAU_PERMIT)
        if c0 in _TAIWAN_FIRST or (n in (9, 10, 11) and tok[-1].isalpha()):
            kinds.append(_CN_TAIWAN_PERMIT)
        for kind in kinds:
            if kind not in wanted or not validator(kind)(tok):
                continue
            base = _BASE[kind]
            if kind is _CN_TAIWAN_PERMIT:
                base = _BASE_TAIWAN_ALNUM
            score, why = _adjust(kind, base, text, s, e, lo, hi, _WHY_ALNUM[kind])
            out.append(Candidate(s, e, kind, score, why))
            break


def _uscc_grouped(text: str, norm: str, lo: int, hi: int, out: list[Candidate]) -> None:
    for m in _USCC_GROUPED.finditer(norm, lo, hi):
        tok = m.group()
        compact = _NONDIGIT_ALNUM.sub("", tok)
        if len(compact) != 18 or compact.isdigit() or not validator(_CN_USCC)(tok):
            continue
        s, e = m.span()
        score, why = _adjust(_CN_USCC, _BASE_USCC_GROUPED, text, s, e, lo, hi, _WHY_GROUPED)
        out.append(Candidate(s, e, _CN_USCC, score, why))


def _simple(text: str, norm: str, lo: int, hi: int, wanted: frozenset[Entity],
            out: list[Candidate]) -> None:
    seg = norm if lo == 0 and hi == len(norm) else norm[lo:hi]
    if _EMAIL_ADDRESS in wanted and "@" in seg:
        for m in _EMAIL.finditer(norm, lo, hi):
            s, e = m.span()
            score, why = _adjust(_EMAIL_ADDRESS, _BASE_EMAIL, text, s, e, lo, hi, _WHY_EMAIL)
            out.append(Candidate(s, e, _EMAIL_ADDRESS, max(score, _FLOOR_EMAIL), why))
    if _IP_ADDRESS in wanted:
        for m in (_IPV4.finditer(norm, lo, hi) if seg.count(".") >= 3 else ()):  # 3 dots
            s, e = m.span()
            try:
                ipaddress.IPv4Address(m.group())
            except ValueError:
                continue
            if s > lo and norm[s - 1].isascii() and norm[s - 1].isalpha():
                continue  # v1.2.3.4
            score, why = _adjust(_IP_ADDRESS, _BASE_IP, text, s, e, lo, hi, _WHY_IPV4)
            out.append(Candidate(s, e, _IP_ADDRESS, score, why))
        if ":" in seg:
            for m in _IPV6.finditer(norm, lo, hi):
                tok = m.group()
                if tok.count(":") < 2 or ("::" not in tok and tok.count(":") != 7):
                    continue
                try:
                    ipaddress.IPv6Address(tok)
                except ValueError:
                    continue
                if len(tok) < 6:
                    continue
                s, e = m.span()
                score, why = _adjust(_IP_ADDRESS, _BASE_IP, text, s, e, lo, hi,
                                     "pattern=ipv6 validator=ipaddress")
                out.append(Candidate(s, e, _IP_ADDRESS, score, why))
    if _CN_LICENSE_PLATE in wanted:
        found = list(_PLATE.finditer(norm, lo, hi))
        if "使" in seg:
            found.extend(_PLATE_EMBASSY.finditer(norm, lo, hi))
        for m in found:
            s, e = m.span()
            if not validator(_CN_LICENSE_PLATE)(m.group()):
                continue
            score, why = _adjust(_CN_LICENSE_PLATE, _BASE_PLATE, text, s, e, lo, hi, _WHY_PLATE)
            out.append(Candidate(s, e, _CN_LICENSE_PLATE, score, why))
    if ("=" in seg or "^" in seg) and _CARD_TRACK_DATA in wanted and _TRACK_HINT.search(norm, lo, hi):
        for m in _TRACK.finditer(norm, lo, hi):
            s, e = m.span()
            out.append(Candidate(s, e, _CARD_TRACK_DATA, 0.8, "pattern=track-data"))
    if _AUTH_HINT.search(seg) is None:
        return
    for rx, kind, name in ((_CVV, _CARD_CVV, "cvv"), (_EXPIRY, _CARD_EXPIRY, "expiry"),
                           (_PASSWORD, _PASSWORD_E, "password")):
        if kind in wanted:
            for m in rx.finditer(norm, lo, hi):
                s, e = m.span(1)
                if kind is _PASSWORD_E and _DEFAULT_BEFORE.search(norm, max(lo, m.start() - 2), m.start()):
                    # 初始密码为123456: a system's default that a notice tells everyone, not a secret
                    out.append(Candidate(s, e, kind, 0.35, f"pattern={name} context=cue context=default"))
                    continue
                out.append(Candidate(s, e, kind, 0.85, f"pattern={name} context=cue"))


def find_identifiers(text: str, norm: str, lo: int, hi: int, wanted: frozenset[Entity]
                     ) -> list[Candidate]:
    """All identifier candidates in ``text[lo:hi]`` (``norm`` is its normalised form).

    >>> t = "手机13812345678"
    >>> [(c.start, c.end, c.entity.value) for c in find_identifiers(t, normalize(t), 0, len(t),
    ...                                                             frozenset({Entity.CN_MOBILE_PHONE}))]
    [(2, 13, 'CN_MOBILE_PHONE')]
    """
    out: list[Candidate] = []
    _digit_runs(text, norm, lo, hi, wanted, out)
    if _UPPER.search(norm, lo, hi) is not None:  # passports, permits, USCC with letters
        _alnum(text, norm, lo, hi, wanted, out)
        if _CN_USCC in wanted:
            _uscc_grouped(text, norm, lo, hi, out)
    _simple(text, norm, lo, hi, wanted, out)
    _context_passes(norm, lo, hi, wanted, out)
    return out


def _context_passes(norm: str, lo: int, hi: int, wanted: frozenset[Entity], out: list[Candidate]) -> None:
    """What the identifier pass does after its patterns: values whose field names them, card
    numbers and travel documents in a table's column of them, candidates of the unchecked kinds
    whose shape is something else's (dates, letter prefixes, masked parts), and accounts shaped
    like cards or held by organisations."""
    if _field_gate().search(norm, lo, hi) is not None:
        _field_values(norm, lo, hi, wanted, out)
    if norm.find("\n", lo, hi) >= 0:
        if _CN_BANK_CARD in wanted:
            _column_cards(norm, lo, hi, out)
        for entity in _COLUMN_KINDS:
            if entity in wanted:
                _column_documents(norm, lo, hi, entity, out)
    if out:
        _drop_unchecked_shapes(norm, lo, hi, out)
    if out and _CN_BANK_ACCOUNT in wanted:
        _account_cards(norm, wanted, out)
        _organisation_accounts(norm, lo, out)
    if out and _CN_HK_MACAU_PERMIT in wanted:
        _permit_counts(norm, out)
    if out and _EMAIL_ADDRESS in wanted and (norm.find("*", lo, hi) >= 0 or norm.find("＊", lo, hi) >= 0):
        out[:] = [c for c in out
                  if not (c.entity is _EMAIL_ADDRESS and c.start > lo and norm[c.start - 1] in "*＊")]
        # (wa****17@126.com: the local part is masked, what is left clear is no one's address)


_UPPER = re.compile("[A-Z]")


def _column_header(pattern: str) -> tuple[re.Pattern[str], tuple[re.Pattern[str], re.Pattern[str]]]:
    """The test of a table's header cell over a column of one kind, from that kind's cue words
    (``pattern``, of :data:`cnpii.detection._context.CUES`), and what every such header holds, as
    two searches: the CJK cue words (a trie a search skips through in C), then the ASCII ones in
    any case."""
    words = ctx._expand(pattern)
    return re.compile(pattern, re.I), (
        re.compile(ctx.trie_pattern([w for w in words if not w.isascii()])),
        re.compile(ctx.trie_pattern([w for w in words if w.isascii()]), re.I))


#: a table's header cell over card or account numbers: a card or account cue word (卡号, 社保卡号,
#: 收款账号, card_no), and its gate
_CARD_HEADER, _CARD_HEADER_GATE = _column_header(ctx.CUES[_CN_BANK_CARD].pattern + "|"
                                                 + ctx.CUES[_CN_BANK_ACCOUNT].pattern)
#: a cell of digits, maybe in groups (6222 0212 3456 7890)
_CARD_CELL = re.compile(r"[0-9]+(?:[ -][0-9]+){0,5}")


def _column_cards(norm: str, lo: int, hi: int, out: list[Candidate]) -> None:
    """Card numbers in the column of a table whose header is a card or account word
    (序号|姓名|社保卡号 over 1|韩荣|6225…): each cell that is a valid card number is one, though no cue
    word stands beside it and its BIN is listed for another length. A valid resident ID there stays
    an ID (a social security number often is the holder's)."""
    is_card = validator(_CN_BANK_CARD)
    for s, e, _head in ctx.column_cells(norm, lo, hi, _CARD_HEADER.search, _CARD_HEADER_GATE):
        if not _CARD_CELL.fullmatch(norm, s, e):
            continue
        digits = norm[s:e].replace(" ", "").replace("-", "")
        if not _CARD_MIN <= len(digits) <= _CARD_MAX or not is_card(digits):
            continue
        if any(c.entity is _CN_RESIDENT_ID and c.start == s and c.end == e for c in out):
            continue
        out.append(Candidate(s, e, _CN_BANK_CARD, 0.9,
                             "pattern=table-column validator=bank_card context=column-header"))


#: the travel documents a table's column header names (护照号, passport, 往来港澳通行证, hk_permit):
#: their cells that pass the validator are those documents, wherever their series stands
_COLUMN_KINDS = (_CN_PASSPORT, _CN_HK_MACAU_PERMIT)


@lru_cache(maxsize=None)
def _document_header(entity: Entity) -> tuple[re.Pattern[str], tuple[re.Pattern[str], re.Pattern[str]]]:
    """:func:`_column_header` of ``entity``'s cue words, built when a table is first read."""
    return _column_header(ctx.CUES[entity].pattern)


def _column_documents(norm: str, lo: int, hi: int, entity: Entity, out: list[Candidate]) -> None:
    """Passports or home-return permits in the column of a table whose header names them
    (船员证件 | 护照号 over … | MA9933273): each cell that passes the validator is one, though its
    letters are of no PRC series a bare value needs (a value found already stays)."""
    header, gate = _document_header(entity)
    valid = validator(entity)
    for s, e, _head in ctx.column_cells(norm, lo, hi, header.search, gate):
        if not _DOCUMENT_CELL.fullmatch(norm, s, e) or not valid(norm[s:e]):
            continue
        if any(c.start < e and s < c.end and c.score >= 0.5 for c in out):
            continue
        out.append(Candidate(s, e, entity, 0.85, f"pattern=table-column validator={entity.value.lower()} "
                                                 "context=column-header"))


#: a cell that can hold a travel document: letters and digits only
_DOCUMENT_CELL = re.compile(r"[A-Za-z0-9]{8,11}")


def _account_cards(norm: str, wanted: frozenset[Entity], out: list[Candidate]) -> None:
    """Account candidates shaped like a card number (a card's length, a BIN of the table listed
    for any length: 6228 4800 …): a valid one is the card it reads as (payroll accounts are card
    numbers; a BIN listed for 16 digits under 19 is still a card's), one whose Luhn digit is
    wrong is a mistyped or made-up card number, not an account (both identifier paths call this)."""
    from cnpii.identifiers import bank_card

    is_card = validator(_CN_BANK_CARD)
    kept: list[Candidate] = []
    for c in out:
        digits = bank_card.compact(norm[c.start:c.end]) if c.entity is _CN_BANK_ACCOUNT else ""
        if not (_CARD_MIN <= len(digits) <= _CARD_MAX and bank_card.bin_listed(digits)):
            kept.append(c)
        elif is_card(digits) and _CN_BANK_CARD in wanted:
            kept.append(Candidate(c.start, c.end, _CN_BANK_CARD, max(c.score, _BASE[_CN_BANK_CARD]),
                                  c.explanation.replace("validator=bank_account", "validator=bank_card")
                                  + " context=card-shaped-account"))
    out[:] = kept


#: a home-return permit's issue count after its number and a space (H56335842 14, M43755423 00)
_PERMIT_COUNT = re.compile(r" [0-9]{2}(?![0-9A-Za-z\u4e00-\u9fff])")  # (not …842 14人)


def _permit_counts(norm: str, out: list[Candidate]) -> None:
    """Home-return permit candidates of a letter and eight digits followed by a space and a two-digit
    issue count (the old eleven-character number written in two parts): the candidate takes the
    count, when the whole passes the permit's validator (both identifier paths call this)."""
    is_permit = validator(_CN_HK_MACAU_PERMIT)
    for k, c in enumerate(out):
        if c.entity is _CN_HK_MACAU_PERMIT and c.end - c.start == 9 and norm[c.start] in "HM" \
                and _PERMIT_COUNT.match(norm, c.end) and is_permit(norm[c.start:c.end + 3]):
            out[k] = Candidate(c.start, c.end + 3, c.entity, c.score, c.explanation)


#: what makes an account an organisation's, in its line or the line before (…有限公司 / 付款人账号：…,
#: 开立基本存款账户，账号…, 村集体账户…), or no bank account at all (个人公积金账号: a housing fund's;
#: 资金账号, 股东账户: a brokerage's)
_ORG_ACCOUNT = re.compile("有限公司|有限责任公司|股份公司|集团|合作社|公司|基本存款账户|一般存款账户|基本户|一般户|"
                          "对公|村集体|单位账户|企业账户|公积金|股东账户|股东账号|证券账户|资金账号|"
                          "法院|检察院|公安|派出所|人民政府|财政|税务局|委员会|管理局|管理中心|存管|托管账户|监管账户|经销商|商户|"
                          "学校|工作室|经营部|门市部|商行|批发行|escrow")
#: the characters an account's own context is read back over (its line and the line before), and
#: on after it, on its line (…账户6222…，商户号8983: a merchant's)
_ORG_ACCOUNT_BACK = 60
_ORG_ACCOUNT_ON = 8
_ORG_ACCOUNT_SCORE = 0.35


def _organisation_accounts(norm: str, lo: int, out: list[Candidate]) -> None:
    """Account candidates whose line or the line before names an organisation or a company
    account (…有限公司 / 付款人账号：…; 开立基本存款账户，账号…), or whose line names one right after
    it (学校账户…，商户号…), or a housing fund's (公积金账号):
    no one's personal account; reported at :data:`_ORG_ACCOUNT_SCORE`, below the default
    threshold (both identifier paths call this)."""
    for k, c in enumerate(out):
        if c.entity is not _CN_BANK_ACCOUNT or c.score < _ORG_ACCOUNT_SCORE:
            continue
        a = max(lo, c.start - _ORG_ACCOUNT_BACK)
        first = norm.rfind("\n", a, c.start)
        if first >= 0:
            second = norm.rfind("\n", a, first)
            a = second + 1 if second >= 0 else a
        b = norm.find("\n", c.end, c.end + _ORG_ACCOUNT_ON)
        if _ORG_ACCOUNT.search(norm, a, c.start) is not None \
                or _ORG_ACCOUNT.search(norm, c.end, b if b >= 0 else c.end + _ORG_ACCOUNT_ON) is not None:
            out[k] = Candidate(c.start, c.end, c.entity, _ORG_ACCOUNT_SCORE,
                               c.explanation + " context=organisation-account")


# a date, with a time of day or without, written compact or with separators (20260105142703,
# 2025-12-15 15): an account number has no checkable format, so a run that reads as a timestamp
# is read as one
_TIMESTAMP = re.compile(r"(?:19|20)[0-9]{2}([-/.]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12][0-9]|3[01])"
                        r"(?:[ T]?(?:[01][0-9]|2[0-3])(?::?[0-5][0-9]){0,2}(?:[.][0-9]{1,6})?)?")


#: the kinds with no check digit (any run of their length passes), which only their shape and
#: context tell from other numbers
_UNCHECKED = frozenset({_CN_BANK_ACCOUNT, _CN_TAIWAN_PERMIT})
#: the characters that mask a value (138****5678, 92501900********6B, 4114252020●●●●●●●●); the
#: address rules read the same set
MASK_CHARS = "*＊×●"
#: the mask characters Markdown does not use for bold or lists: a run of them marks a masked value
#: whatever follows it
_PLAIN_MASKS = "×●"


def _masked_part(norm: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether ``norm[s:e]`` is the clear head or tail of a masked value: a run of mask characters
    touches it and a letter or digit lies beyond that run (92501900********6B; not **1381234…**,
    Markdown's bold), or a run of two or more of the masks Markdown does not use touches it
    (4114252020●●●●●●●●)."""
    k = e
    while k < hi and norm[k] in MASK_CHARS:
        k += 1
    if k > e and k < hi and norm[k].isascii() and norm[k].isalnum():
        return True
    if k - e >= 2 and all(ch in _PLAIN_MASKS for ch in norm[e:k]):
        return True
    k = s
    while k > lo and norm[k - 1] in MASK_CHARS:
        k -= 1
    if s - k >= 2 and all(ch in _PLAIN_MASKS for ch in norm[k:s]):
        return True
    return k < s and k > lo and norm[k - 1].isascii() and norm[k - 1].isalnum()


def _drop_unchecked_shapes(norm: str, lo: int, hi: int, out: list[Candidate]) -> None:
    """Remove the candidates of the kinds no check digit guards (:data:`_UNCHECKED`) whose shape
    says they are something else: a date or timestamp (20190527, 2022-04-04 after 通行证号), the
    digits after a letter (C3647277270: a number with a letter prefix, not its tail), or the clear
    part of a masked value (both identifier paths call this)."""
    def other(c: Candidate) -> bool:
        return c.entity in _UNCHECKED and (
            _TIMESTAMP.fullmatch(norm, c.start, c.end) is not None
            or (c.start > lo and norm[c.start - 1].isascii() and norm[c.start - 1].isalpha()
                and norm[c.start].isdigit())
            or _masked_part(norm, c.start, c.end, lo, hi))

    if any(map(other, out)):
        out[:] = [c for c in out if not other(c)]


@lru_cache(maxsize=1)
def _field_rx() -> tuple[tuple[Entity, re.Pattern[str]], ...]:
    """(entity, field-value regex) for each field of :data:`cnpii.detection._context.FIELD_VALUES`."""
    return tuple((entity, re.compile(rf"(?i:{labels})[ \t]*[:：=]?[ \t]*({shape})(?![0-9A-Za-z])"), re.compile(own))
                 for entity, (labels, shape, own) in ctx.FIELD_VALUES.items())


@lru_cache(maxsize=1)
def _field_gate() -> re.Pattern[str]:
    """One cheap search for any field name of :data:`cnpii.detection._context.FIELD_VALUES`: each
    name's literal part (up to its first regex metacharacter), in each case."""
    heads = {re.split(r"[\\?()\[\]{}.*+|^$]", w, maxsplit=1)[0]
             for labels, _shape, _own in ctx.FIELD_VALUES.values() for w in labels.split("|")}
    variants = {v for h in heads if h for v in (h, h.lower(), h.upper(), h.title())}
    return re.compile("|".join(map(re.escape, sorted(variants, key=len))))


def _field_values(norm: str, lo: int, hi: int, wanted: frozenset[Entity], out: list[Candidate]) -> None:
    """Values of the fields in :data:`cnpii.detection._context.FIELD_VALUES`; its callers search
    :func:`_field_gate` first."""
    for entity, rx, own in _field_rx():
        if entity not in wanted:
            continue
        for m in rx.finditer(norm, lo, hi):
            s, e = m.span(1)
            if own.fullmatch(m.group(1).upper()) and not validator(entity)(m.group(1)):
                continue  # a number of the entity's own series that fails its check: a wrong one
            if not any(c.start <= s and e <= c.end for c in out):
                out.append(Candidate(s, e, entity, 0.6, "pattern=field-value context=field-name"))
