"""Which entity a table column holds, and how mask_frame masks it: a thin layer over the one
column inference of cnpii (:mod:`cnpii.classification._infer`, whose column-name knowledge is
the table ``cnpii/classification/data/column_names.tsv``). A column :func:`cnpii.classify`
grades C2 or C3 is a column :func:`cnpii.mask_frame` masks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cnpii.classification._infer import ColumnClass, entity_from_values, infer_frame
from cnpii.classification._names import name_hint, name_table
from cnpii.entities import Category, Entity

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["ColumnPlan", "entity_from_name", "entity_from_values", "NAME_HINTS", "auto_plans",
           "plan_from_class"]


class _Hints(dict):  # type: ignore[type-arg]
    """``NAME_HINTS``: the name table's whole-name keys and Chinese substrings (read lazily)."""

    def __missing__(self, key: str) -> Any:
        keys, tokens, zh, _ = name_table()
        value = {"exact": {**tokens, **keys}, "contains": tuple(zh)}[key]
        self[key] = value
        return value


NAME_HINTS: dict[str, Any] = _Hints()


def entity_from_name(name: Any) -> Entity | None:
    """The entity a column name suggests, or None (a sensitive class such as a balance is
    no entity: see :func:`cnpii.classification.name_hint`).

    >>> entity_from_name("客户身份证号码"), entity_from_name("SJHM"), entity_from_name("customerName")
    (<Entity.CN_RESIDENT_ID: 'CN_RESIDENT_ID'>, <Entity.CN_MOBILE_PHONE: 'CN_MOBILE_PHONE'>, <Entity.PERSON: 'PERSON'>)
    >>> entity_from_name("balance") is None
    True
    """
    hint = name_hint(name)
    return hint.entity if hint is not None else None


@dataclass(frozen=True)
class ColumnPlan:
    """How one column is masked.

    ``kind`` is ``"rule"`` (a column rule's operator on every cell), ``"identifier"`` (every
    cell holds one value of ``entity``, masked whole-column), ``"class"`` (a C2/C3 column
    that is no identifier, masked by the policy's rule for its ``category``), ``"text"`` (free text, masked
    span by span) or ``"skip"`` (nothing personal: left as it is). ``evidence`` says why.
    """

    column: str
    kind: str
    entity: Entity | None
    evidence: str
    #: the JR/T 0171 category; for a ``"class"`` plan (a sensitive column that is no
    #: identifier, e.g. a balance) the policy's class rule masks it
    category: Category | None = None


def plan_from_class(c: ColumnClass) -> ColumnPlan:
    """How mask_frame masks a column inferred as ``c``: identifiers whole-column, C2/C3
    classes by the policy's class rule, free text span by span; C1 columns that hold no
    identifier are scanned as text when they hold strings and left as they are otherwise."""
    if c.kind == "identifier":
        return ColumnPlan(c.column, "identifier", c.entity, c.evidence, c.category)
    if c.kind == "class" and c.category != Category.C1:
        return ColumnPlan(c.column, "class", None, f"{c.category} {c.evidence}", c.category)
    if c.textual:
        return ColumnPlan(c.column, "text", None, "free text" if c.kind != "class"
                          else f"{c.label} (C1), scanned as text", c.category)
    return ColumnPlan(c.column, "skip", None, c.evidence, c.category)


def auto_plans(df: pd.DataFrame, sample_size: int = 200) -> dict[str, ColumnPlan]:
    """:func:`plan_from_class` for every column of ``df`` (the inference and its table
    context rule, on a seeded sample of ``sample_size`` values per column)."""
    return {name: plan_from_class(c) for name, c in infer_frame(df, sample_size).items()}
