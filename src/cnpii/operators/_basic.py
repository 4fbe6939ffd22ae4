"""Keep first/last, mask a range, redact, replace, suppress: the operators without keys."""

from __future__ import annotations

import re
from typing import Any

from cnpii.entities import ENTITY_INFO
from cnpii.errors import PolicyError
from cnpii.operators._base import SEPARATORS, Context, Operator
from cnpii.operators._text import address_prefix, surname_length

__all__ = ["Keep", "MaskRange", "Redact", "Replace", "Suppress"]


_SEP_RE = re.compile("[" + re.escape("".join(sorted(SEPARATORS))) + "]")


def _mask_positions(value: str, lo: int, hi: int, char: str, group: bool) -> str:
    """Mask the characters whose rank among non-separators is in [lo, hi)."""
    if not group or _SEP_RE.search(value) is None:  # no separators: plain slicing
        return value[:lo] + char * max(0, hi - lo) + value[hi:]
    out = []
    rank = 0
    for c in value:
        if c in SEPARATORS:
            out.append(c)
            continue
        out.append(char if lo <= rank < hi else c)
        rank += 1
    return "".join(out)


def _count(value: str, group: bool) -> int:
    if not group or _SEP_RE.search(value) is None:
        return len(value)
    return sum(1 for c in value if c not in SEPARATORS)


class Keep(Operator):
    """Keep the first ``first`` and the last ``last`` characters, mask the rest with ``char``.

    Separators (spaces, dashes, dots) are kept in place and not counted when ``group`` is true
    (the default), so a grouped card number keeps its grouping. ``first`` may also be
    ``"surname"`` (a name keeps its surname, compound ones too) or ``"district"`` (an address
    keeps its province, city and district). ``keep_after`` keeps everything from the last
    occurrence of that string on (``"@"`` keeps an e-mail's domain). ``prefixes`` lists
    leading codes that are kept as written and not counted (``["+86", "0086"]``: a mobile's
    country code is public; its first digits are the segment). A value too short to keep
    anything is masked whole.

    >>> Keep({"first": 6, "last": 4}).apply("6222 0212 3456 7890 128")
    '6222 02** **** ***0 128'
    >>> Keep({"first": "surname"}).apply("欧阳娜娜")
    '欧阳**'
    >>> Keep({"first": 1, "keep_after": "@"}).apply("zhangsan@example.com")
    'z*******@example.com'
    >>> Keep({"first": "district"}).apply("北京市海淀区马连洼街道289号")
    '北京市海淀区*********'
    >>> Keep({"first": 3, "last": 4, "prefixes": ["+86"]}).apply("+86 139-1234-5678")
    '+86 139-****-5678'
    """

    name = "keep"
    params_schema = {"first": (int, str), "last": (int,), "char": (str,), "group": (bool,),
                     "keep_after": (str,), "prefixes": (list,)}

    def _check(self) -> None:
        first = self.params.get("first", 0)
        if isinstance(first, str) and first not in ("surname", "district"):
            raise PolicyError("operator 'keep': 'first' must be a number, 'surname' or 'district'")
        if isinstance(first, int) and first < 0 or self.params.get("last", 0) < 0:
            raise PolicyError("operator 'keep': 'first' and 'last' must not be negative")
        if self.params.get("keep_after") == "":
            raise PolicyError("operator 'keep': 'keep_after' must not be empty")
        self.first = first
        self.last: int = self.params.get("last", 0)
        self.group: bool = self.params.get("group", True)
        self.keep_after: str | None = self.params.get("keep_after")
        prefixes = self.params.get("prefixes", [])
        if not all(isinstance(x, str) and x for x in prefixes):
            raise PolicyError("operator 'keep': 'prefixes' must be a list of non-empty strings")
        # longest first, so "0086" wins over a shorter code that starts it
        self.prefixes: list[str] = sorted(prefixes, key=len, reverse=True)

    def _apply(self, value: str, ctx: Context) -> str:
        head = tail = ""
        for prefix in self.prefixes:
            if value.startswith(prefix):
                head, value = prefix, value[len(prefix):]
                break
        if self.keep_after:
            i = value.rfind(self.keep_after)
            if i >= 0:
                value, tail = value[:i], value[i:]
        if self.first == "surname":
            first = surname_length(value)
            group = False
        elif self.first == "district":
            first = len(address_prefix(value, "district"))
            group = False
        else:
            first, group = int(self.first), self.group
        n = _count(value, group)
        if first + self.last >= n:  # nothing left to hide: hide it all
            return head + _mask_positions(value, 0, n, self.char, group) + tail
        return head + _mask_positions(value, first, n - self.last, self.char, group) + tail


class MaskRange(Operator):
    """Mask the characters from ``start`` to ``end`` (Python slice rules, negatives count from
    the end; ``end`` absent means to the end). Separators are skipped when ``group`` is true.

    >>> MaskRange({"start": 6, "end": 14}).apply("11010519491231002X")
    '110105********002X'
    >>> MaskRange({"start": -4}).apply("138-1234-5678")
    '138-1234-****'
    """

    name = "mask_range"
    params_schema = {"start": (int,), "end": (int,), "char": (str,), "group": (bool,)}

    def _check(self) -> None:
        self.start: int = self.params.get("start", 0)
        self.end: int | None = self.params.get("end")
        self.group = self.params.get("group", True)

    def _apply(self, value: str, ctx: Context) -> str:
        n = _count(value, self.group)
        lo, hi, _ = slice(self.start, self.end).indices(n)
        return _mask_positions(value, lo, max(lo, hi), self.char, self.group)


class Redact(Operator):
    """Remove the value (an empty string; in text the span disappears).

    >>> Redact().apply("123")
    ''
    """

    name = "redact"

    def _apply(self, value: str, ctx: Context) -> str:
        return ""


class Replace(Operator):
    """Replace the value with a constant ``value``, or with a label naming its entity.

    ``label`` is ``"entity"`` (``<CN_MOBILE_PHONE>``, the default) or ``"zh"`` (``[手机号码]``).

    >>> from cnpii.entities import Entity
    >>> Replace().apply("13812345678", Context(entity=Entity.CN_MOBILE_PHONE))
    '<CN_MOBILE_PHONE>'
    >>> Replace({"label": "zh"}).apply("13812345678", Context(entity=Entity.CN_MOBILE_PHONE))
    '[手机号码]'
    >>> Replace({"value": "已脱敏"}).apply("张三")
    '已脱敏'
    """

    name = "replace"
    params_schema = {"value": (str,), "label": (str,)}

    def _check(self) -> None:
        if self.params.get("label", "entity") not in ("entity", "zh"):
            raise PolicyError("operator 'replace': 'label' must be 'entity' or 'zh'")
        if "value" in self.params and "label" in self.params:
            raise PolicyError("operator 'replace': give either 'value' or 'label', not both")

    def _apply(self, value: str, ctx: Context) -> str:
        if "value" in self.params:
            return str(self.params["value"])
        if ctx.entity is None:
            return "<PII>"
        if self.params.get("label") == "zh":
            return f"[{ENTITY_INFO[ctx.entity].name_zh}]"
        return f"<{ctx.entity}>"


class Suppress(Operator):
    """Suppress the value: a null cell in a table (the span removed in text). With
    ``drop_column: true`` a table loses the whole column instead.

    >>> Suppress().apply("123") is None
    True
    """

    name = "suppress"
    params_schema = {"drop_column": (bool,)}

    @property
    def drop_column(self) -> bool:
        return bool(self.params.get("drop_column", False))

    def _apply(self, value: str, ctx: Context) -> Any:
        return None


