"""Spellings that hide a number: one normalisation layer with an offset map.

Before the patterns run, a text that holds any of the spellings below is rewritten into a
*normalised* text, and a map from every normalised offset back to its original offset is kept,
so a finding on the normalised text becomes a span over the value **as written** (with the
removed or converted characters inside it):

* invisible characters (ZWSP, ZWNJ/ZWJ, word joiner, soft hyphen, LRM/RLM, bidi embeddings,
  overrides and isolates, BOM) are removed;
* thin, figure and narrow no-break spaces become plain spaces; a run of digit groups joined by
  one repeated dot, slash or tab (``6222.0212.3456.7890``, ``138/1234/5678``), or by commas
  when no group is longer than four digits (``134，9953，6449``, not CSV cells), is read as a
  run grouped by spaces, when it is long enough to be an identifier and not an IPv4 address or
  a date; a run of single digits each followed by one space (``1 3 8 1 2 ...``) is closed up;
* Chinese numerals read out by speech-to-text (``〇一二三四五六七八九`` with ``零``, ``两`` and
  the radio words ``洞`` 0, ``幺`` 1, ``拐`` 7, ``勾`` 9, and ``叉`` for an ID number's X) and
  financial capitals (``壹贰叁肆伍陆柒捌玖``) become digits, only in runs of at least :data:`MIN_NUMERALS` numerals (spaces, commas or dashes may group them) that no
  ``十百千万亿`` touches, so words (一个, 三月, 十二) stay as they are;
* CJK characters spaced one by one, as OCR and fixed-width forms write them (``应  军  国``,
  ``性 别``): in a run of at least three single characters each followed by one or two spaces,
  the spaces are closed up, so names and field names read as written by hand; so are those of
  a two-character field name spaced before its colon (``姓 名：``, ``户　名:``);
* the ``D`` that separates an EMV track 2 card number from its expiry
  (``6222...0128D2612...``) becomes ``=``, the track 2 separator the identifier pass knows.

A text with none of these costs one compiled-regex search (:data:`_TRIGGER`), under a
microsecond for a 100-character record.

>>> n = normalize_map("手机幺三八\\u200b一二三四五六七八")
>>> n.text
'手机13812345678'
>>> n.span(2, 13)
(2, 14)
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["MIN_NUMERALS", "Normalized", "normalize_map"]

#: characters removed wherever they are
INVISIBLE = ("\u200b\u200c\u200d\u2060\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
             "\u2066\u2067\u2068\u2069\ufeff")
#: odd spaces read as a plain space
_SPACES = {0x2009: 0x20, 0x2007: 0x20, 0x202F: 0x20}
#: numerals (speech-to-text and financial capitals) -> digits
_NUMERALS = {ord(c): ord(d) for cs, d in (("〇零洞", "0"), ("一幺壹", "1"), ("二贰两", "2"), ("三叁", "3"),
                                           ("四肆", "4"), ("五伍", "5"), ("六陆", "6"), ("七柒拐", "7"),
                                           ("八捌", "8"), ("九玖勾", "9"), ("叉", "X")) for c in cs}
_NUMERAL_CLASS = "".join(sorted(chr(c) for c in _NUMERALS))
#: fewest numerals (not counting ASCII digits) in a run that is read as a digit string
MIN_NUMERALS = 7

_N = f"[{_NUMERAL_CLASS}0-9０-９]"
_NSEP = r"[ \u3000\t,，、\-－]"
# a run of numerals (and digits), grouped by at most two separators between neighbours
_NUMERAL_RUN = re.compile(f"{_N}(?:{_NSEP}{{0,2}}{_N})*")
_MAGNITUDE = "十拾百佰千仟万萬亿億点點"

# digit groups joined by one repeated separator (the back-reference makes it the same one)
_SEP_RUN = re.compile(r"(?<![0-9./,，])[0-9]+([./\t,，])[0-9]+(?:\1[0-9]+){1,5}(?![0-9])(?!\1[0-9])")
# single digits each followed by one space
_SPACED = re.compile(r"(?<![0-9])(?<![0-9] )[0-9](?: [0-9]){6,29}(?: [Xx](?![0-9A-Za-z]))?(?![0-9]| [0-9])")
# CJK characters spaced one by one: at least three, one or two spaces between neighbours
_CJK_SPACED = re.compile("[\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff]){2,40}")
# a field name of two CJK characters spaced out, before its colon (姓 名：): not inside a CJK run
_CJK_LABEL_SPACED = re.compile("(?<![\u4e00-\u9fff])[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff]"
                               "(?=[ \u3000]{0,3}[:：])")
# an EMV track 2 card number glued to its expiry by D
_TRACK_D = re.compile(r"(?<![0-9A-Za-z])(;?[0-9]{13,19})D([0-9]{7,40})(?![0-9A-Za-z])")

# a superset of the texts any step below changes, in one cheap search: every branch starts at a
# rare character (an invisible one or odd space, a numeral, a separator, a space, a D), read as
# the group and checked by a look-behind, so the search skips the other characters at C speed
_TRIGGER = re.compile(
    f"([{INVISIBLE}\u2009\u2007\u202f{_NUMERAL_CLASS}./\\t,， D\u3000])(?:"
    f"(?<=[{INVISIBLE}\u2009\u2007\u202f])"  # an invisible character or odd space
    f"|(?<=[{_NUMERAL_CLASS}])(?:{_NSEP}{{0,2}}[{_NUMERAL_CLASS}0-9０-９]){{{MIN_NUMERALS - 1}}}"  # numerals
    r"|(?<=[0-9]{4}[./\t,，])[0-9]+\1[0-9]"  # the same separator twice, a 4-digit group
    r"|(?<=[0-9][./\t,，])(?:[0-9]{4,}\1[0-9]|[0-9]+\1[0-9]{4})"
    r"|(?<=[0-9] )[0-9] [0-9] [0-9]"  # a space after every digit
    r"|(?<=[0-9]{13}D)[0-9]"  # track 2
    "|(?<=[\u4e00-\u9fff][ \u3000])[ \u3000]?[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]"  # CJK spaced out
    "|(?<=[\u4e00-\u9fff][ \u3000])[ \u3000]{0,2}[\u4e00-\u9fff][ \u3000]{0,3}[:：])")  # a field name so
_INVISIBLE_RX = re.compile(f"[{INVISIBLE}]")


class Normalized(NamedTuple):
    """A normalised text and, when it differs in length, the original offset of each of its
    characters (``None``: offsets are the same)."""

    text: str
    origin: list[int] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]`` (covering characters removed inside it)."""
        o = self.origin
        if o is None:
            return start, end
        return o[start], o[end - 1] + 1


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def normalize_map(text: str) -> Normalized:
    """Normalise ``text`` (see the module docstring); same object back when nothing applies.

    >>> normalize_map("三月里一个人").text
    '三月里一个人'
    >>> normalize_map("卡号6222\\u20090212\\u20093456\\u20097890").text
    '卡号6222 0212 3456 7890'
    """
    if _TRIGGER.search(text) is None:
        return Normalized(text, None)
    chars = list(text)
    origin = list(range(len(text)))
    changed = False
    # 1. invisible characters
    if _INVISIBLE_RX.search(text) is not None:
        keep = [i for i, ch in enumerate(chars) if ch not in INVISIBLE]
        chars = [chars[i] for i in keep]
        origin = keep
        changed = True
    cur = "".join(chars) if changed else text
    # 2. odd spaces
    if "\u2009" in cur or "\u2007" in cur or "\u202f" in cur:
        cur = cur.translate(_SPACES)
        chars = list(cur)
        changed = True
    # 3. numerals in long runs
    for m in _NUMERAL_RUN.finditer(cur):
        s, e = m.span()
        run = m.group()
        n_numerals = sum(1 for ch in run if ord(ch) in _NUMERALS)
        if n_numerals < MIN_NUMERALS:
            continue
        if (s > 0 and cur[s - 1] in _MAGNITUDE) or (e < len(cur) and cur[e] in _MAGNITUDE):
            continue  # a number said in words (三千五百...), not a digit string
        for i in range(s, e):
            d = _NUMERALS.get(ord(cur[i]))
            if d is not None:
                chars[i] = chr(d)
            elif cur[i] in ",，、\t":
                chars[i] = " "  # commas or tabs grouping read-out digits
        changed = True
    cur = "".join(chars)
    # 4. EMV track 2 "D" separator
    if "D" in cur:
        for m in _TRACK_D.finditer(cur):
            if _luhn(m.group(1).lstrip(";")):
                chars[m.end(1)] = "="
                changed = True
        cur = "".join(chars)
    # 5. dot/slash/tab-grouped digits, digits spaced one by one
    drop: set[int] = set()
    for m in _SEP_RUN.finditer(cur):
        groups = m.group().split(m.group(1))
        ndig = sum(map(len, groups))
        if ndig < 11 or max(map(len, groups)) < 4:
            continue  # a date, a version, an IPv4 address, an amount: not an identifier's grouping
        if m.group(1) in ",，" and max(map(len, groups)) > 4:
            continue  # comma-separated values (CSV cells), not a number read out in groups
        for i in range(m.start(), m.end()):
            if chars[i] == m.group(1):
                chars[i] = " "
        changed = True
    for m in _SPACED.finditer(cur):
        drop.update(i for i in range(m.start(), m.end()) if cur[i] == " ")
    for rx in (_CJK_SPACED, _CJK_LABEL_SPACED):
        for m in rx.finditer(cur):
            drop.update(i for i in range(m.start(), m.end()) if cur[i] in " \u3000")
    if drop:
        keep = [i for i in range(len(chars)) if i not in drop]
        chars = [chars[i] for i in keep]
        origin = [origin[i] for i in keep]
        changed = True
    if not changed:
        return Normalized(text, None)
    out = "".join(chars)
    return Normalized(out, None if len(out) == len(text) else origin)
