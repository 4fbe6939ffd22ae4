"""``classify``: every column of a table graded (JR/T 0171 C1-C3, JR/T 0197 levels 1-5), and the
table's own grade: the highest present, raised by the combination rule."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from cnpii.classification._infer import CONTACT, DIRECT_IDENTIFIERS, ColumnClass, infer_frame
from cnpii.entities import Category, Entity, level_for_category
from cnpii.errors import CnpiiError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Classification", "classify", "combination", "FRAME_COLUMNS", "MAX_LEVEL"]

#: the columns of :meth:`Classification.to_frame`
FRAME_COLUMNS = ["column", "entity", "category", "level", "confidence", "evidence"]
#: the highest level a customer table reaches: JR/T 0197 level 5 is national important data
MAX_LEVEL = 4
_COLORS = {"C3": "#b2182b", "C2": "#ef8a62", "C1": "#67a9cf"}


def combination(columns: Mapping[str, ColumnClass]) -> dict[str, Any]:
    """The combination rule: a name, an identifier (resident ID, passport, permit, card or
    account number) and contact details (phone, e-mail, address) together single out and reach
    a person, so the table's JR/T 0197 level is raised by one (at most 4). Entities found in
    free-text columns count. Returns which columns supply each part and whether it applies.

    >>> from cnpii.classification._infer import ColumnClass
    >>> cols = {n: ColumnClass(n, "identifier", e, str(e), Category.C2, 1.0, "")
    ...         for n, e in [("xm", Entity.PERSON), ("sfzh", Entity.CN_RESIDENT_ID),
    ...                      ("sjh", Entity.CN_MOBILE_PHONE)]}
    >>> combination(cols)["applies"]
    True
    """
    parts: dict[str, list[str]] = {"name": [], "identifier": [], "contact": []}
    for c in columns.values():
        held = {c.entity} if c.entity is not None else set()
        held |= {Entity(e) for e in c.found}
        if Entity.PERSON in held:
            parts["name"].append(c.column)
        if held & DIRECT_IDENTIFIERS:
            parts["identifier"].append(c.column)
        if held & CONTACT:
            parts["contact"].append(c.column)
    return {**parts, "applies": all(parts.values())}


@dataclass
class Classification:
    """The grade of every column of a table, and of the table.

    ``category``/``level`` are the table's: the highest column grade, with the level raised by
    :func:`combination` when a name, an identifier and contact details are all present.
    Nothing in it (``str``, ``to_frame``, ``to_dict``, HTML) holds a cell value.
    """

    columns: dict[str, ColumnClass]
    rows: int
    sample: int
    seed: int = 0
    source: str = "(frame)"
    combined: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.combined:
            self.combined = combination(self.columns)

    @property
    def category(self) -> Category:
        """The highest JR/T 0171 category of any column (C1 for a table without columns)."""
        cats = [c.category for c in self.columns.values()]
        return max(cats, key=lambda c: c.rank) if cats else Category.C1

    @property
    def base_level(self) -> int:
        """The JR/T 0197 level of :attr:`category` (before the combination rule)."""
        return level_for_category(self.category)

    @property
    def level(self) -> int:
        """The table's JR/T 0197 level: :attr:`base_level`, plus one (at most
        :data:`MAX_LEVEL`) when the combination rule applies."""
        return min(MAX_LEVEL, self.base_level + 1) if self.combined["applies"] else self.base_level

    def rule(self) -> str:
        """The table grade and why, in one sentence."""
        top = f"highest column grade {self.category} (level {self.base_level})"
        if not self.combined["applies"]:
            return f"{top}; combination rule does not apply"
        parts = "; ".join(f"{k}: {', '.join(v)}" for k, v in self.combined.items() if k != "applies")
        raised = "raised to" if self.level > self.base_level else "already at"
        return f"{top}; combination rule applies ({parts}): {raised} level {self.level}"

    def to_frame(self) -> pd.DataFrame:
        """One row per column, indexed by column: ``column, entity, category, level,
        confidence, evidence``."""
        import pandas as pd

        rows = [{"column": c.column, "entity": str(c.entity) if c.entity else None,
                 "category": str(c.category), "level": c.level, "confidence": c.confidence,
                 "evidence": c.evidence} for c in self.columns.values()]
        frame = pd.DataFrame(rows, columns=FRAME_COLUMNS)
        # entity stays None (not NaN) where a column holds no identifier
        frame["entity"] = pd.Series([r["entity"] for r in rows], dtype=object)
        frame.index = pd.Index([c.column for c in self.columns.values()], name=None, dtype=object)
        return frame

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "rows": self.rows, "sample": self.sample,
                "seed": self.seed, "category": str(self.category), "level": self.level,
                "base_level": self.base_level, "combination": dict(self.combined),
                "rule": self.rule(), "columns": [c.to_dict() for c in self.columns.values()]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def counts(self) -> dict[str, int]:
        """How many columns of each category."""
        out = {"C3": 0, "C2": 0, "C1": 0}
        for c in self.columns.values():
            out[str(c.category)] += 1
        return out

    def __str__(self) -> str:
        lines = [f"{self.source}: {self.rows} rows, {len(self.columns)} columns, "
                 f"{self.category} level {self.level} ({self.rule()})"]
        width = max((len(c.column) for c in self.columns.values()), default=6)
        for c in self.columns.values():
            what = str(c.entity) if c.entity else c.label
            lines.append(f"  {c.column:<{width}}  {c.category}  L{c.level}  {what:<18} "
                         f"{c.confidence:.2f}  {c.evidence}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (f"Classification(source={self.source!r}, rows={self.rows}, "
                f"columns={len(self.columns)}, category={str(self.category)!r}, level={self.level})")

    def _repr_html_(self) -> str:
        esc = html.escape
        head = "".join(f"<th>{h}</th>" for h in FRAME_COLUMNS)
        body = []
        for c in self.columns.values():
            color = _COLORS[str(c.category)]
            body.append(
                f"<tr><td>{esc(c.column)}</td><td>{esc(str(c.entity) if c.entity else c.label)}</td>"
                f"<td style='background:{color};color:#fff'>{c.category}</td><td>{c.level}</td>"
                f"<td>{c.confidence:.2f}</td><td>{esc(c.evidence)}</td></tr>")
        return (f"<div class='cnpii-classification'><p><b>{esc(self.source)}</b>: {self.rows} rows, "
                f"table grade <b>{self.category}</b>, level <b>{self.level}</b> "
                f"({esc(self.rule())})</p><table><thead><tr>{head}</tr></thead>"
                f"<tbody>{''.join(body)}</tbody></table></div>")


def classify(df: pd.DataFrame, *, sample: int = 1000, seed: int = 0) -> Classification:
    """Grade every column of ``df`` by its name and a seeded sample of ``sample`` values.

    >>> import pandas as pd, cnpii
    >>> df = pd.DataFrame({"khxm": ["张三", "李四"], "c07": ["11010519491231002X", None],
    ...                    "余额": ["1024.50", "88.00"], "cvv": ["123", "456"]})
    >>> result = cnpii.classify(df)
    >>> result.to_frame()[["entity", "category", "level"]].to_dict("index")["c07"]
    {'entity': 'CN_RESIDENT_ID', 'category': 'C2', 'level': 3}
    >>> [str(result.columns[c].category) for c in ("余额", "cvv")], result.level
    (['C2', 'C3'], 4)
    """
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise TypeError("classify() needs a pandas DataFrame")
    if sample < 1:
        raise ValueError("sample must be at least 1")
    if df.columns.has_duplicates:
        raise CnpiiError("the frame has repeated column names; rename them first")
    result = Classification(infer_frame(df, sample, seed), rows=len(df), sample=sample, seed=seed)
    from cnpii.audit import emit  # audit, if on: counts and grades only, never a value

    emit("classify", count=len(result.columns),
         details={"rows": len(df), "category": str(result.category), "columns": result.counts()})
    return result


from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["Classification", "classify", "combination"])  # cnpii._args: typed, quiet errors (issue 11)
