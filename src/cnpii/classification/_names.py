"""Column-name knowledge: the tables in ``data/`` (column names and sensitive classes), loaded
once, and the matcher that reads a column name in any style banks use.

>>> name_hint("客户身份证号码").target, name_hint("DkZh").target, name_hint("loanAcctNo").target
('CN_RESIDENT_ID', 'CN_BANK_ACCOUNT', 'CN_BANK_ACCOUNT')
>>> name_hint("账户余额").target, name_hint("account_name").target, name_hint("c07") is None
('amount', 'PERSON', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from cnpii.entities import ENTITY_INFO, Category, Entity

__all__ = ["NameHint", "SensitiveClass", "name_hint", "classes", "name_table"]

_SPLIT = re.compile(r"[\s_\-.:/()（）]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
#: head nouns a modifier before them makes specific: 出生日期 is a birth date, not a date
_GENERIC = frozenset({"date", "timestamp"})
#: the targets whose values are dates, which such a modifier can name
_DATED = frozenset({"birth_date", "id_document", "CARD_EXPIRY"})


@dataclass(frozen=True)
class SensitiveClass:
    """A row of ``classes.tsv``: a kind of column that is no identifier entity."""

    name: str
    category: Category
    #: ``class`` (graded as is), ``context`` (C2 joined to a name or ID, else C1), ``text``
    kind: str
    info_type: str
    clause: str
    description: str


@dataclass(frozen=True)
class NameHint:
    """What a column name says: ``target`` (an entity or class name), and the pattern that
    matched and how (``key``, ``token`` or ``zh``)."""

    target: str
    pattern: str
    scope: str

    @property
    def entity(self) -> Entity | None:
        return Entity(self.target) if self.target in Entity.__members__ else None


def _lines(name: str) -> list[list[str]]:
    text = resources.files("cnpii.classification").joinpath("data", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def classes() -> dict[str, SensitiveClass]:
    """The sensitive classes of ``classes.tsv`` by name."""
    out = {}
    for row in _lines("classes.tsv"):
        name, cat, kind, info_type, clause, desc = row
        out[name] = SensitiveClass(name, Category(cat), kind, info_type, clause, desc)
    return out


@lru_cache(maxsize=1)
def name_table() -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]], dict[str, str]]:
    """``(key, token, zh, abbr)`` tables of ``column_names.tsv``: whole-name keys, English
    word sequences, Chinese substrings (in file order) and abbreviations."""
    known = set(classes()) | set(Entity.__members__)
    key: dict[str, str] = {}
    token: dict[str, str] = {}
    zh: list[tuple[str, str]] = []
    abbr: dict[str, str] = {}
    for target, scope, patterns in _lines("column_names.tsv"):
        words = patterns.split()
        if scope == "abbr":
            for w in words:
                abbr[w] = target
            continue
        if target not in known:
            raise ValueError(f"column_names.tsv: unknown target {target!r}")
        for w in words:
            if scope == "key":
                key.setdefault(w, target)
            elif scope == "token":
                token.setdefault(w, target)
            elif scope == "zh":
                zh.append((w, target))
            else:
                raise ValueError(f"column_names.tsv: unknown scope {scope!r}")
    return key, token, zh, abbr


def _words(raw: str) -> list[str]:
    """English/pinyin words of a name: snake, kebab and camel case split, lower-cased."""
    out: list[str] = []
    for part in _SPLIT.split(raw):
        for w in _ASCII_WORD.findall(part):
            out.extend(t.lower() for t in _CAMEL.sub(" ", w).split() if t)
    return out


def name_hint(name: Any) -> NameHint | None:
    """What the column name ``name`` says it holds, or None.

    Of all patterns found in the name, the one ending furthest right wins (the head noun:
    账户余额 is a balance, ``account_name`` a name), then the longest.

    >>> name_hint("cust_mobile_no").target, name_hint("SJHM").target, name_hint("出生日期").target
    ('CN_MOBILE_PHONE', 'CN_MOBILE_PHONE', 'birth_date')
    """
    raw = str(name).strip()
    if not raw:
        return None
    key_t, token_t, zh_t, abbr = name_table()
    key = _SPLIT.sub("", raw).lower()
    if key in key_t:
        return NameHint(key_t[key], key, "key")
    if key in token_t:
        return NameHint(token_t[key], key, "token")
    low = raw.lower()
    found: list[tuple[int, int, NameHint]] = []
    for pattern, target in zh_t:
        at = low.rfind(pattern.lower())
        if at >= 0:
            found.append((at + len(pattern), len(pattern), NameHint(target, pattern, "zh")))
    words = [abbr.get(w, w) for w in _words(raw)]
    if not found:
        for end in range(len(words), 0, -1):
            for start in range(end):
                joined = "".join(words[start:end])
                if joined in token_t:
                    found.append((end, end - start, NameHint(token_t[joined], joined, "token")))
                elif len(joined) >= 4 and joined in key_t:
                    found.append((end, end - start, NameHint(key_t[joined], joined, "key")))
    if not found:
        return None
    found.sort(key=lambda f: f[:2], reverse=True)
    if found[0][2].target in _GENERIC:  # a specific modifier before a generic head wins
        specific = [f for f in found if f[2].target in _DATED]
        if specific:
            return specific[0][2]
    return found[0][2]


def category_of(target: str) -> Category:
    """The JR/T 0171 category of an entity or class name (before any context rule).

    >>> category_of("CARD_CVV"), category_of("amount"), category_of("branch")
    (<Category.C3: 'C3'>, <Category.C2: 'C2'>, <Category.C1: 'C1'>)
    """
    if target in Entity.__members__:
        return ENTITY_INFO[Entity(target)].category
    return classes()[target].category
