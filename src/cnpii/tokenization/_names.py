"""Chinese personal names to Chinese personal names.

A name is a surname (one character, or one of the common two-character compound surnames) and a
given name of one to three characters. Where the given name alone leaves at least a million
possibilities (two characters or more) the surname is kept and only the given name is encrypted;
two-character names (one-character given name) are encrypted whole. A three-character name
keeps its first character (so 欧阳修 keeps only 欧: the split must read the same on the token).

Two alphabets keep the result natural: names written only with the 3,755 common characters of
GB 2312 level 1 map to names of common characters; any other name maps, by cycle-walking over
the CJK Unified Ideographs block (U+4E00-U+9FFF), to a name that is *not* all-common, so the two
sets never collide and decryption knows which one a token came from.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from cnpii.errors import InvalidToken, TokenizationError
from cnpii.tokenization._recipes import Engine, Recipe

__all__ = ["NameRecipe", "COMPOUND_SURNAMES", "common_characters"]

#: two-character surnames recognised as one surname (kept together)
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 西门 南宫 端木 "
    "独孤 呼延 申屠 澹台 公冶 太史 仲孙 钟离 宗政 濮阳 淳于 单于 赫连 闻人 万俟 百里 东郭 "
    "拓跋 完颜 左丘 第五 梁丘".split())

_CJK_FIRST, _CJK_LAST = 0x4E00, 0x9FFF


@lru_cache(maxsize=1)
def common_characters() -> str:
    """The 3,755 level-1 characters of GB 2312 (rows 16-55), generated with Python's codec.

    >>> chars = common_characters()
    >>> len(chars), "王" in chars, "芳" in chars
    (3755, True, True)
    """
    out = []
    for row in range(0xB0, 0xD8):
        for col in range(0xA1, 0xFF):
            try:
                out.append(bytes([row, col]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(out)


@lru_cache(maxsize=1)
def _full_alphabet() -> str:
    return "".join(chr(c) for c in range(_CJK_FIRST, _CJK_LAST + 1))


class NameRecipe(Recipe):
    """Chinese names (2-5 characters of CJK Unified Ideographs, no middle dot)."""

    name = "person_name"

    def _split(self, v: str) -> tuple[str, str, bool]:
        """(kept part, encrypted part, whether the token must not start with a compound).

        The split depends only on what the token keeps (its length and kept prefix), so the
        token splits exactly like the original.
        """
        if not isinstance(v, str) or not 2 <= len(v) <= 5:
            raise ValueError
        if any(not _CJK_FIRST <= ord(c) <= _CJK_LAST for c in v):
            raise ValueError
        compound = v[:2] in COMPOUND_SURNAMES
        if len(v) == 2:  # one-character given name: too few values alone, encrypt both
            return "", v, False
        if len(v) == 3:  # surname + two characters (a compound + one reads the same way)
            return v[:1], v[1:], False
        if compound:  # compound surname + two or three characters
            return v[:2], v[2:], False
        if len(v) == 4:  # surname + three characters; the token must not look compound
            return v[:1], v[1:], True
        raise ValueError

    def _one(self, v: str, eng: Engine, decrypt: bool) -> str:
        keep, part, avoid_compound = self._split(v)
        variant = f"name/{len(keep)}/{len(part)}"
        common, common_set = common_characters(), _common_set()
        if all(c in common_set for c in part):
            ff1 = eng.ff1(len(common), common)
            outside_common = False
            tweak = eng.tweak(variant + "/c")
        else:
            full = _full_alphabet()
            ff1 = eng.ff1(len(full), full)
            outside_common = True  # stay outside the all-common set
            tweak = eng.tweak(variant + "/f")
        step = ff1.decrypt if decrypt else ff1.encrypt

        def walk_on(out: str) -> bool:
            if outside_common and all(c in common_set for c in out):
                return True
            return avoid_compound and (keep + out[0]) in COMPOUND_SURNAMES

        out = step(part, tweak)
        while walk_on(out):  # cycle-walk: stays a bijection on the allowed set
            out = step(out, tweak)
        return keep + out

    def crypt(self, values: Sequence[str], eng: Engine, decrypt: bool) -> list[str]:
        out = []
        bad = 0
        for v in values:
            try:
                out.append(self._one(v, eng, decrypt))
            except ValueError:
                bad += 1
        if bad:
            if decrypt:
                raise InvalidToken()
            raise TokenizationError(
                f"{bad} of {len(values)} value(s) are not Chinese names of 2-5 common CJK "
                "characters (names with a middle dot or rare characters need opaque tokens)")
        return out


@lru_cache(maxsize=1)
def _common_set() -> frozenset[str]:
    return frozenset(common_characters())
