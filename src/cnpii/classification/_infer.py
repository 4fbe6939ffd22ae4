"""Column inference: which entity or sensitive class a column holds, from its name and a sample
of its values. The one inference of cnpii: :func:`cnpii.classify` grades its result and
:func:`cnpii.mask_frame` masks by it (``cnpii.masking._columns``).

Evidence, strongest first: the share of sampled values that validate as an identifier
(``cnpii.identifiers``); the column name (``data/column_names.tsv``); the shape of the values
(password hashes, amounts, dates, sexes, long account-like numbers); the entities
:func:`cnpii.scan` finds in free text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from cnpii.classification._names import NameHint, category_of, classes, name_hint
from cnpii.entities import ENTITY_INFO, Category, Entity

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["ColumnClass", "sample_values", "infer_column", "infer_frame", "entity_from_values",
           "NULL_TOKENS", "DIRECT_IDENTIFIERS", "CONTACT"]



def _value_words() -> dict[str, frozenset[str]]:
    from importlib import resources

    text = resources.files("cnpii.classification").joinpath("data", "value_words.tsv") \
        .read_text("utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, words = line.split("\t")
            out[kind] = frozenset("" if w == "<empty>" else w for w in words.split())
    return out


_WORDS = _value_words()
#: cells that mean "no value" in bank extracts (compared after NFKC, strip and lower-casing;
#: ``data/value_words.tsv``)
NULL_TOKENS = _WORDS["null"]
#: entities that single out a person on their own (the combination rule's "identifier")
DIRECT_IDENTIFIERS = frozenset({Entity.CN_RESIDENT_ID, Entity.CN_PASSPORT,
                                Entity.CN_HK_MACAU_PERMIT, Entity.CN_TAIWAN_PERMIT,
                                Entity.CN_BANK_CARD, Entity.CN_BANK_ACCOUNT})
#: the combination rule's "contact details"
CONTACT = frozenset({Entity.CN_MOBILE_PHONE, Entity.CN_LANDLINE_PHONE, Entity.EMAIL_ADDRESS,
                     Entity.CN_ADDRESS})
#: identifiers without a check digit: values alone cannot say a column holds them
_NAME_ONLY = frozenset({Entity.CN_BANK_ACCOUNT, Entity.CN_TAIWAN_PERMIT})
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
_HASH = re.compile(r"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$")
_CRYPT = re.compile(r"^\$(?:2[abxy]?|argon2(?:id|i|d)|pbkdf2[-_\w]*|[156]|sm3)\$\S+$")
_AMOUNT = re.compile(r"^[-+]?(?:¥|￥|\$)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,4})?(?:元)?$")
_DECIMAL = re.compile(r"\.\d{1,4}(?:元)?$")
_DATE = re.compile(r"^(?:19|20)\d{2}(?:[-/.年](?:0?[1-9]|1[0-2])[-/.月](?:0?[1-9]|[12]\d|3[01])日?"
                   r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$")
_TIMESTAMP = re.compile(r"^(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ T]?)?"
                        r"\d{1,2}[:时]\d{2}(?:[:分]\d{2}(?:\.\d+)?秒?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_GENDER = _WORDS["gender"]
_DIGITS = re.compile(r"^\d{16,22}$")
_ACCOUNTISH = re.compile(r"^[\d\- ]{6,34}$")
_NUMERIC_CLASSES = frozenset({"amount", "income", "credit_limit", "rate"})
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class ColumnClass:
    """One column's inferred content and grade.

    ``kind`` is ``identifier`` (every cell one value of ``entity``), ``class`` (a sensitive
    class of ``classes.tsv`` named by ``label``), ``text`` (free text; ``found`` counts the
    entities in the sample) or ``none``. ``category``/``level`` follow JR/T 0171/0197.
    """

    column: str
    kind: str
    entity: Entity | None
    label: str
    category: Category
    confidence: float
    evidence: str
    rows: int = 0
    nulls: int = 0
    sampled: int = 0
    found: dict[str, int] = field(default_factory=dict)
    textual: bool = True

    @property
    def level(self) -> int:
        from cnpii.entities import level_for_category

        return level_for_category(self.category)

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.column, "entity": str(self.entity) if self.entity else None,
                "label": self.label, "kind": self.kind, "category": str(self.category),
                "level": self.level, "confidence": self.confidence, "evidence": self.evidence,
                "rows": self.rows, "nulls": self.nulls, "sampled": self.sampled,
                "found": dict(self.found)}


# -- values ----------------------------------------------------------------------------------
_NULL_MAX = max(len(t) for t in NULL_TOKENS)


def _clean(v: Any) -> str | None:
    """One cell as a normalised string (NFKC: full-width digits and letters to ASCII,
    whitespace stripped), or None for a null or a null token (N/A, 无, ...)."""
    if isinstance(v, str):
        s = v.strip() if v.isascii() else unicodedata.normalize("NFKC", v).strip()
        return None if len(s) <= _NULL_MAX and s.lower() in NULL_TOKENS else s
    if v is None:
        return None
    if isinstance(v, float):
        if v != v:
            return None
        s = str(int(v)) if v.is_integer() and abs(v) < 1e18 else repr(v)
    elif isinstance(v, bytes):
        return None
    elif hasattr(v, "isoformat"):
        try:
            s = v.isoformat()
        except ValueError:  # NaT
            return None
        s = s[:10] if s.endswith("T00:00:00") else s
    else:
        s = str(v)
    s = unicodedata.normalize("NFKC", s).strip()
    return None if s.lower() in NULL_TOKENS else s


def sample_values(s: pd.Series, n: int, seed: int = 0) -> tuple[list[str], int]:
    """Up to ``n`` non-null cells of ``s`` (a seeded random choice of rows when there are more),
    cleaned by NFKC and stripped, null tokens dropped; and the number of null cells.

    >>> import pandas as pd
    >>> sample_values(pd.Series(["１３８１２３４５６７８", " N/A ", None, 7.0, "  "]), 10)
    (['13812345678', '7'], 3)
    """
    import numpy as np
    import pandas as pd

    nonnull = s[s.notna()] if len(s) else s
    picked = nonnull
    if len(nonnull) > n:
        rng = np.random.default_rng(seed)
        picked = nonnull.iloc[np.sort(rng.choice(len(nonnull), n, replace=False))]
    if isinstance(picked.dtype, pd.CategoricalDtype):
        picked = picked.astype(object)
    cleaned = [_clean(v) for v in picked.tolist()]
    values = [v for v in cleaned if v is not None]
    blank_in_sample = len(cleaned) - len(values)
    nulls = len(s) - len(nonnull)
    if len(picked):
        nulls += round(blank_in_sample * len(nonnull) / len(picked))
    return values, nulls


def _share(values: Sequence[str], check: Any) -> float:
    return sum(1 for v in values if check(v)) / len(values) if values else 0.0


def _count_at_least(values: Sequence[str], check: Any, need: int) -> int:
    """How many ``values`` pass ``check``, or -1 as soon as fewer than ``need`` can (most
    validators fail on the first values of a column that is not theirs: few calls)."""
    allowed = len(values) - need
    fails = hits = 0
    for v in values:
        if check(v):
            hits += 1
        else:
            fails += 1
            if fails > allowed:
                return -1
    return hits


def entity_from_values(values: Iterable[str], prefer: Entity | None = None,
                       threshold: float = 0.8) -> tuple[Entity | None, float]:
    """The identifier most of ``values`` validate as (``threshold`` share), and that share.

    ``prefer`` (the name's hint) is tried first with a lower bar (half the values), so a
    column named 手机号 with a few typos is still a mobile column. Bank accounts and Taiwan
    permits (no check digit) are never recognised from values alone.

    >>> entity_from_values(["13812345678", "13912345678", "n/a"], threshold=0.6)
    (<Entity.CN_MOBILE_PHONE: 'CN_MOBILE_PHONE'>, 0.667)
    """
    from cnpii.identifiers import BY_ENTITY

    sample = [v for v in values if v]
    if not sample:
        return None, 0.0
    if prefer is not None and prefer in BY_ENTITY:
        share = _share(sample, BY_ENTITY[prefer].is_valid)
        if share >= 0.5:
            return prefer, round(share, 3)
    if prefer == Entity.EMAIL_ADDRESS:
        share = _share(sample, _EMAIL.match)
        if share >= 0.5:
            return prefer, round(share, 3)
    # only a share of at least ``threshold`` can win: a validator stops at the failure that
    # rules it out, so the share reported below the bar is that of the first ones tried
    n = len(sample)
    need = max(1, -(-int(threshold * n * 1000) // 1000))
    best: tuple[Entity | None, int] = (None, 0)
    checks = [(e, m.is_valid) for e, m in BY_ENTITY.items() if e not in _NAME_ONLY]
    checks.append((Entity.EMAIL_ADDRESS, _EMAIL.match))
    for entity, check in checks:
        hits = _count_at_least(sample, check, max(need, best[1] + 1))
        if hits > best[1]:
            best = (entity, hits)
    if best[0] is not None:
        return best[0], round(best[1] / n, 3)
    return None, 0.0


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def _textual(s: pd.Series) -> bool:
    import pandas as pd

    return bool(pd.api.types.is_string_dtype(s.dtype) or s.dtype == object
                or isinstance(s.dtype, pd.CategoricalDtype))


def _scan_shares(values: Sequence[str], limit: int = 300) -> tuple[dict[str, int], Entity | None, float]:
    """Entities :func:`cnpii.scan` finds in the distinct sampled values: counts per entity,
    and the entity that covers (nearly) a whole cell in most cells, with that share."""
    from cnpii.detection import scan_many

    distinct = list(dict.fromkeys(values))[:limit]
    if not distinct:
        return {}, None, 0.0
    found: dict[str, int] = {}
    whole: dict[Entity, int] = {}
    for text, findings in zip(distinct, scan_many(distinct), strict=True):
        for f in findings:
            found[str(f.entity)] = found.get(str(f.entity), 0) + 1
        if len(findings) == 1:
            f = findings[0]
            if (f.end - f.start) >= 0.9 * len(text.strip()):
                whole[f.entity] = whole.get(f.entity, 0) + 1
    if not whole:
        return found, None, 0.0
    entity, n = max(whole.items(), key=lambda kv: kv[1])
    return found, entity, n / len(distinct)


def _shape(values: Sequence[str], s: pd.Series | None) -> tuple[str, float, str] | None:
    """A sensitive class (or PASSWORD / CN_BANK_ACCOUNT) from the shape of the values alone:
    ``(target, confidence, evidence)``."""
    import pandas as pd

    if not values:
        return None
    crypt = _share(values, _CRYPT.match)
    if crypt >= 0.8:
        return "PASSWORD", 0.9, f"value shape: {_pct(crypt)} are password-hash strings ($2b$, argon2, ...)"
    hexes = _share(values, _HASH.match)
    if hexes >= 0.8 and len({len(v) for v in values}) == 1:
        return ("PASSWORD", 0.5, f"value shape: {_pct(hexes)} are {len(values[0]) * 4}-bit hex "
                "digests (a password hash is C3; graded so when nothing says otherwise)")
    lowered = {v.lower() for v in values}
    if lowered <= _GENDER and len(values) >= 2:
        return "gender", 0.7, f"value shape: only the values of a sex ({len(lowered)} distinct)"
    if s is not None and pd.api.types.is_datetime64_any_dtype(s.dtype):
        return "timestamp", 0.6, f"{s.dtype} values"
    ts = _share(values, _TIMESTAMP.match)
    if ts >= 0.8:
        return "timestamp", 0.6, f"value shape: {_pct(ts)} are times"
    dates = _share(values, _DATE.match)
    if dates >= 0.8:
        return "date", 0.5, f"value shape: {_pct(dates)} are dates"
    amounts = _share(values, _AMOUNT.match)
    decimals = _share(values, _DECIMAL.search)
    if amounts >= 0.8 and decimals >= 0.3:
        return ("amount", 0.5, f"value shape: {_pct(amounts)} are decimal amounts "
                f"({_pct(decimals)} with fractions)")
    digits = _share(values, _DIGITS.match)
    if digits >= 0.8 and len(set(values)) >= 0.9 * len(values) and len(values) >= 5:
        dated = _share(values, lambda v: bool(_DATE.match(v[:8]) or _DATE.match(v[:6] + "01")))
        if dated >= 0.8:
            return ("transaction", 0.4, f"value shape: {_pct(digits)} are distinct 16-22 digit "
                    "numbers starting with a date (serial numbers)")
        return ("CN_BANK_ACCOUNT", 0.4, f"value shape: {_pct(digits)} are distinct 16-22 digit "
                "numbers without a check digit (account-like)")
    return None


_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*){1,3}$")


def _names_plausible(values: Sequence[str]) -> bool:
    """Whether sampled values of a column an ambiguous name calls a name (``branch_name``,
    客户名称) are people's names: :func:`cnpii.scan` finds a person in 30% of the distinct
    values, or half are written like romanised names."""
    from cnpii.detection import scan_many

    distinct = list(dict.fromkeys(values))[:100]
    if not distinct or _share(distinct, _LATIN_NAME.match) >= 0.5:
        return True
    hits = sum(1 for fs in scan_many(distinct) if any(f.entity == Entity.PERSON for f in fs))
    return hits >= 0.3 * len(distinct)


def _plausible(target: str, values: Sequence[str], hint: NameHint | None = None,
               column: str = "") -> bool:
    """Whether the values are not against what the name says (only where a shape is known)."""
    if not values:
        return True
    if target == "PERSON":
        # pinyin initials and 姓名 say "a person's name"; an English "name" or 名称 may be a
        # branch's, a product's or a company's
        ambiguous = hint is not None and (hint.scope == "token" or "名称" in hint.pattern)
        return not ambiguous or _names_plausible(values)
    if target == "CN_BANK_ACCOUNT":
        return _share(values, _ACCOUNTISH.match) >= 0.5
    if target == "EMAIL_ADDRESS" and hint is not None and hint.scope == "token" and \
            hint.pattern != re.sub(r"[\s_\-.]+", "", column).lower():
        # an English word inside a longer name: mail_flag holds Y/N, not addresses (email,
        # 邮箱 and yx are trusted: an address written 'zhang(at)163.com' is still one)
        return _share(values, lambda v: "@" in v) >= 0.5
    if target in _NUMERIC_CLASSES:
        return _share(values, lambda v: bool(_AMOUNT.match(v.rstrip("%")))) >= 0.5
    return True


def _is_free_text(values: Sequence[str]) -> bool:
    if not values:
        return False
    avg = sum(len(v) for v in values) / len(values)
    spaced = _share(values, lambda v: bool(_CJK.search(v)) or " " in v)
    return avg >= 4 and spaced >= 0.3


def _entity_class(entity: Entity, column: str, conf: float, evidence: str,
                  values: Sequence[str]) -> ColumnClass:
    category = ENTITY_INFO[entity].category
    if entity == Entity.CN_USCC and any(v[:2] == "92" for v in values):
        # GB 32100 position 2 = 2: 个体工商户, a sole trader's code names a person
        category = Category.C2
        evidence += "; sole-trader codes (92...) name a person: C2"
    return ColumnClass(column, "identifier", entity, str(entity), category, round(conf, 3), evidence)


def _class(label: str, column: str, conf: float, evidence: str) -> ColumnClass:
    cls = classes()[label]
    kind = "text" if cls.kind == "text" else ("none" if label == "none" else "class")
    if kind == "class":  # the class is named first: "amount: name '余额' matches ..."
        evidence = f"{label}: {evidence}"
    return ColumnClass(column, kind, None, label, cls.category, round(conf, 3), evidence)


def infer_column(name: Any, s: pd.Series, sample: int = 1000, seed: int = 0,
                 scan: bool = True) -> ColumnClass:
    """What column ``s`` (named ``name``) holds, before the table's context rule
    (see :func:`infer_frame`).

    >>> import pandas as pd
    >>> infer_column("c07", pd.Series(["11010519491231002X", "51343620000320711X"])).entity
    <Entity.CN_RESIDENT_ID: 'CN_RESIDENT_ID'>
    >>> c = infer_column("DkZh", pd.Series(["6228480402564890018", "6228480402564890026"]))
    >>> c.entity, c.category
    (<Entity.CN_BANK_ACCOUNT: 'CN_BANK_ACCOUNT'>, <Category.C2: 'C2'>)
    """
    column = str(name)
    values, nulls = sample_values(s, sample, seed)
    result = _infer(column, s, values, scan)
    result.rows, result.nulls, result.sampled, result.textual = len(s), nulls, len(values), _textual(s)
    return result


def _infer(column: str, s: pd.Series, values: list[str], scan: bool) -> ColumnClass:
    hint: NameHint | None = name_hint(column)
    said = f"name '{column}' matches '{hint.pattern}' ({hint.scope})" if hint else ""
    prefer = hint.entity if hint else None
    ident, share = entity_from_values(values, prefer=prefer)
    n = len(values)
    if hint is not None and prefer is not None:  # the name names an entity
        if ident == prefer:
            return _entity_class(prefer, column, 0.6 + 0.4 * share, f"{said}; {_pct(share)} of "
                                 f"{n} sampled values validate", values)
        if ident is not None:
            return _entity_class(ident, column, 0.9 * share, f"{_pct(share)} of {n} sampled "
                                 f"values validate as {ident} ({said})", values)
        if not _plausible(hint.target, values, hint, column):
            said += "; the values do not look like it"
        else:
            from cnpii.identifiers import BY_ENTITY

            if not n:
                why = "no sampled value"
            elif prefer == Entity.PERSON and (hint.scope == "token" or "名称" in hint.pattern):
                why = "cnpii.scan finds names among the sampled values"
            elif prefer not in BY_ENTITY or prefer in _NAME_ONLY:
                why = "the values have no check digit to test"
            else:
                why = f"only {_pct(share)} of {n} sampled values validate"
            return _entity_class(prefer, column, 0.7 if n else 0.6, f"{said} ({why})", values)
    elif hint is not None:  # the name names a sensitive class
        if ident is not None:
            return _entity_class(ident, column, 0.9 * share, f"{_pct(share)} of {n} sampled "
                                 f"values validate as {ident} ({said})", values)
        cls = classes()[hint.target]
        if cls.kind == "text":  # remarks stay free text, whatever their cells hold
            return _text(column, values, said, scan, whole_cells=False)
        if _plausible(hint.target, values):
            return _class(hint.target, column, 0.8 if n else 0.6, said)
        said += "; the values do not look like it"
    # content alone decides
    prefix = f"{said}; " if said else ""
    if ident is not None:
        return _entity_class(ident, column, 0.9 * share, f"{prefix}{_pct(share)} of {n} sampled "
                             f"values validate as {ident}", values)
    shaped = _shape(values, s)
    if shaped is not None:
        target, conf, why = shaped
        if target in Entity.__members__:
            return _entity_class(Entity(target), column, conf, prefix + why, values)
        return _class(target, column, conf, prefix + why)
    if not n:
        return _class("none", column, 0.3, prefix + "no value to sample (all null)")
    if _textual(s) and not _numeric_only(values):
        return _text(column, values, said, scan)
    return _class("none", column, 0.5, prefix + f"{s.dtype} values, no identifier")


def _numeric_only(values: Sequence[str]) -> bool:
    return _share(values, lambda v: bool(_AMOUNT.match(v))) >= 0.9


def _text(column: str, values: list[str], said: str, scan: bool,
          whole_cells: bool = True) -> ColumnClass:
    """A text column: graded by the entities :func:`cnpii.scan` finds in the sample; a column
    whose cells are each one entity (names, addresses) is that entity's column."""
    prefix = f"{said}; " if said else ""
    if not values:
        return _class("free_text", column, 0.5, prefix + "free text, no value to sample")
    if not scan:
        return _class("free_text", column, 0.5, prefix + "free text (not scanned)")
    found, whole, share = _scan_shares(values)
    if whole_cells and whole is not None and share >= 0.6 and len(set(values)) >= 3:
        return _entity_class(whole, column, 0.5 + 0.4 * share, f"{prefix}{_pct(share)} of "
                             f"distinct sampled values are each one {whole} (cnpii.scan)", values)
    distinct = set(values)
    if whole_cells and len(distinct) <= 20 and len(distinct) <= 0.2 * len(values) and \
            max(len(v) for v in distinct) <= 6:
        # a handful of short labels repeated (普通/金卡/白金): a code or category, too short to
        # hold an identifier; names the scanner might see in them (白金) are no person
        return _class("none", column, 0.6, prefix + f"value shape: {len(distinct)} distinct "
                      "short labels repeated (a code or category)")
    if not found:
        return _class("free_text", column, 0.6, prefix + f"free text: no PII found in "
                      f"{len(set(values))} distinct sampled values")
    top = max((ENTITY_INFO[Entity(e)].category for e in found), key=lambda c: c.rank)
    listed = ", ".join(f"{e} {k}" for e, k in sorted(found.items(), key=lambda kv: -kv[1]))
    out = _class("free_text", column, 0.7, prefix + f"free text: {listed} found in "
                 f"{min(len(set(values)), 300)} distinct sampled values (cnpii.scan)")
    out.category, out.found = top, dict(found)
    return out


def infer_frame(df: pd.DataFrame, sample: int = 1000, seed: int = 0,
                scan: bool = True) -> dict[str, ColumnClass]:
    """:func:`infer_column` for every column, then the table's context rule: birth date, sex
    and other basic identity facts are C2 when the table also names a person or holds a
    direct identifier (JR/T 0171 4.1 identity information), C1 otherwise.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"性别": ["男", "女"], "出生日期": ["1990-01-02", "1985-03-04"]})
    >>> [str(c.category) for c in infer_frame(df).values()]
    ['C1', 'C1']
    >>> df["客户姓名"] = ["张三", "李四"]
    >>> [str(c.category) for c in infer_frame(df).values()]
    ['C2', 'C2', 'C2']
    """
    out = {str(col): infer_column(col, df[col], sample, seed, scan) for col in df.columns}
    joined = [c.column for c in out.values()
              if c.entity == Entity.PERSON or c.entity in DIRECT_IDENTIFIERS]
    for c in out.values():
        if c.kind == "class" and classes()[c.label].kind == "context":
            if joined:
                c.category = Category.C2
                c.evidence += f"; joined to {', '.join(joined[:3])} in this table: C2"
            else:
                c.category = Category.C1
                c.evidence += "; no name or ID in this table: C1 alone"
    return out


def category_for(target: str) -> Category:
    """Shorthand for the category of an entity or class name."""
    return category_of(target)


from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["ColumnClass", "sample_values", "infer_column", "infer_frame"])  # cnpii._args: typed, quiet errors (issue 11)
