"""The ``df.cnpii`` and ``s.cnpii`` pandas accessors: ``scan()`` and ``mask(...)``.

``import cnpii`` registers both (``cnpii._pandas_hook``: at once when pandas is loaded, else as
soon as it is), so no cnpii submodule needs importing for ``df.cnpii`` to exist.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from cnpii.masking._common import PolicyLike, Scanner, default_scan_many, resolve_policy
from cnpii.masking._frame import ColumnsArg, _as_strings, _number_entity, mask_frame, plan_columns

__all__ = ["CnpiiAccessor", "CnpiiSeriesAccessor"]


class CnpiiAccessor:
    """``df.cnpii``: find and mask personal information in a DataFrame.

    >>> import pandas as pd
    >>> import cnpii
    >>> df = pd.DataFrame({"手机号": ["13812345678", "13912345678"], "金额": [1.5, 2.0]})
    >>> df.cnpii.scan()[["column", "entity", "kind", "cells"]].to_dict("records")
    [{'column': '手机号', 'entity': 'CN_MOBILE_PHONE', 'kind': 'identifier', 'cells': 2}]
    >>> df.cnpii.mask()["手机号"].tolist()
    ['138****5678', '139****5678']
    """

    def __init__(self, df: pd.DataFrame) -> None:
        self._df = df

    def scan(self, policy: PolicyLike = None, *, columns: ColumnsArg = None,
             scanner: Scanner | None = None, sample_size: int = 200,
             mode: str = "fast") -> pd.DataFrame:
        """Which columns hold personal information: one row per column and entity with the
        number of cells (identifier columns: cells whose value validates, or all non-null
        cells when only the name says; text columns: findings). Never shows a value.
        ``mode="accurate"`` scans text columns with the NER model fused with the rules."""
        from cnpii.detection._ner import check_mode
        from cnpii.identifiers import BY_ENTITY

        if check_mode(mode) != "fast" and scanner is not None:
            raise ValueError("give either scanner= or mode=, not both")

        resolved = resolve_policy(policy, None, None, None)
        plans = plan_columns(self._df, resolved, columns, sample_size)
        rows: list[dict[str, Any]] = []
        for col in self._df.columns:
            plan = plans[col]
            if plan.kind in ("skip", "class"):  # a class column (a balance) holds no entity
                continue
            s = self._df[col].dropna()
            if plan.kind == "text":
                vals = _as_strings(s)
                uniques = pd.unique(vals)
                weights = vals.value_counts()
                found = ((scanner(t) for t in uniques) if scanner
                         else default_scan_many(list(uniques), mode))
                counts: Counter[str] = Counter()
                for text, fs in zip(uniques, found):
                    for f in fs:
                        counts[str(f.entity)] += int(weights[text])
                for entity, n in sorted(counts.items()):
                    rows.append({"column": str(col), "entity": entity, "kind": "text",
                                 "evidence": plan.evidence, "cells": n})
                continue
            if plan.kind == "numeric":  # value by value: only the values that hold one
                per: Counter[str] = Counter()
                for v, w in s.value_counts().items():
                    hit = _number_entity(v)
                    if hit is not None:
                        per[str(hit[1])] += int(w)
                for entity, n in sorted(per.items()):
                    rows.append({"column": str(col), "entity": entity, "kind": "numeric",
                                 "evidence": plan.evidence, "cells": n})
                continue
            module = BY_ENTITY.get(plan.entity) if plan.entity is not None else None
            if module is not None:
                n = int(_as_strings(s).map(module.is_valid).sum())
            else:
                n = len(s)
            rows.append({"column": str(col), "entity": str(plan.entity) if plan.entity else None,
                         "kind": plan.kind, "evidence": plan.evidence, "cells": n})
        return pd.DataFrame(rows, columns=["column", "entity", "kind", "evidence", "cells"])

    def mask(self, policy: PolicyLike = None, *, columns: ColumnsArg = None,
             role: str | None = None, purpose: str | None = None, keyring: Any = None,
             scanner: Scanner | None = None, mask_labels: bool = False,
             mode: str = "fast") -> pd.DataFrame:
        """Same as :func:`cnpii.masking.mask_frame` on this frame."""
        return mask_frame(self._df, policy, columns=columns, role=role, purpose=purpose,
                          keyring=keyring, scanner=scanner, mask_labels=mask_labels, mode=mode)


class CnpiiSeriesAccessor:
    """``s.cnpii``: the same for one Series (a column on its own), index and name kept.

    >>> import pandas as pd
    >>> import cnpii
    >>> s = pd.Series(["13812345678", None, "客户王淑兰"], name="备注", index=[10, 11, 12], dtype=object)
    >>> s.cnpii.mask().tolist()
    ['138****5678', None, '客户王**']
    >>> s.cnpii.mask(entity="CN_MOBILE_PHONE").index.tolist()
    [10, 11, 12]
    >>> s.cnpii.scan()[["entity", "cells"]].to_dict("records")
    [{'entity': 'CN_MOBILE_PHONE', 'cells': 1}, {'entity': 'PERSON', 'cells': 1}]
    """

    _COLUMN = "value"

    def __init__(self, s: pd.Series) -> None:
        self._s = s

    def _frame(self) -> pd.DataFrame:
        return pd.DataFrame({self._COLUMN: self._s.to_numpy()}, index=self._s.index)

    def _columns(self, entity: Any) -> ColumnsArg:
        return None if entity is None else {self._COLUMN: entity}

    def scan(self, policy: PolicyLike = None, *, entity: Any = None, scanner: Scanner | None = None,
             sample_size: int = 200) -> pd.DataFrame:
        """As ``df.cnpii.scan()`` for a one-column frame; ``entity`` declares what it holds."""
        out = CnpiiAccessor(self._frame()).scan(policy, columns=self._columns(entity), scanner=scanner,
                                                sample_size=sample_size)
        out["column"] = str(self._s.name) if self._s.name is not None else None
        return out

    def mask(self, policy: PolicyLike = None, *, entity: Any = None, role: str | None = None,
             purpose: str | None = None, keyring: Any = None,
             scanner: Scanner | None = None, mode: str = "fast") -> pd.Series:
        """The masked Series (same index, name and length); ``entity`` declares what it holds,
        otherwise it is planned as a column is (by its values; a name says nothing here)."""
        masked = mask_frame(self._frame(), policy, columns=self._columns(entity), role=role,
                            purpose=purpose, keyring=keyring, scanner=scanner, mode=mode)[self._COLUMN]
        values = masked.to_numpy(dtype=object, copy=True)
        nulls = self._s.isna().to_numpy()
        values[nulls] = self._s.to_numpy(dtype=object)[nulls]  # each null as it was (None, NaN, NA)
        return pd.Series(values, index=self._s.index, name=self._s.name, dtype=object)
