"""Apply a policy to free text and to DataFrames.

:func:`mask` masks a string (detection finds the spans); :func:`mask_frame` masks a DataFrame
column by column, and importing this package registers the ``df.cnpii`` accessor
(``df.cnpii.scan()``, ``df.cnpii.mask(...)``).

>>> from cnpii.masking import mask
>>> mask("手机13812345678，CVV 123")
'手机138****5678，CVV '
"""

from __future__ import annotations

from cnpii.masking._accessor import CnpiiAccessor
from cnpii.masking._columns import ColumnPlan, entity_from_name, entity_from_values
from cnpii.masking._frame import (
    SUMMARY_ATTR,
    ColumnSummary,
    FrameMasker,
    MaskSummary,
    mask_frame,
    mask_frame_with_summary,
    plan_columns,
)
from cnpii.masking._text import mask, mask_with_counts

__all__ = [
    "mask", "mask_with_counts", "mask_frame", "mask_frame_with_summary", "plan_columns",
    "FrameMasker", "MaskSummary", "ColumnSummary", "ColumnPlan", "SUMMARY_ATTR",
    "entity_from_name", "entity_from_values", "CnpiiAccessor",
]

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["mask", "mask_with_counts", "mask_frame", "mask_frame_with_summary", "plan_columns",
              "FrameMasker", "entity_from_name", "entity_from_values", "CnpiiAccessor", "MaskSummary"])  # cnpii._args: typed, quiet errors (issue 11)
