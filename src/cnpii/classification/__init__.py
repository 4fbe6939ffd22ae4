"""Sensitivity classification and data inventory.

:func:`classify` grades every column of a DataFrame (JR/T 0171-2020 category C1/C2/C3 and
JR/T 0197-2020 level) from its name and a sample of its values; :func:`inventory` does it for
whole directories of files and writes JSON, Markdown and HTML reports. The column inference is
the one :func:`cnpii.mask_frame` uses, so a column graded C2 or C3 is a column it masks. The
knowledge lives in ``data/column_names.tsv`` (column names) and ``data/classes.tsv``
(sensitive classes and the clause of the standard each comes from).

>>> import pandas as pd
>>> from cnpii.classification import classify
>>> classify(pd.DataFrame({"dkzh": ["6228480402564890018"]})).to_frame().loc["dkzh", "category"]
'C2'
"""

from __future__ import annotations

from cnpii.classification._classify import FRAME_COLUMNS, Classification, classify, combination
from cnpii.classification._infer import ColumnClass, infer_column, infer_frame, sample_values
from cnpii.classification._inventory import FileEntry, Inventory, inventory
from cnpii.classification._names import NameHint, SensitiveClass, classes, name_hint

__all__ = ["classify", "Classification", "ColumnClass", "inventory", "Inventory", "FileEntry",
           "combination", "infer_column", "infer_frame", "sample_values", "name_hint",
           "NameHint", "classes", "SensitiveClass", "FRAME_COLUMNS"]

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["classify", "Classification", "inventory", "Inventory", "FileEntry", "combination",
                         "infer_column", "infer_frame", "sample_values", "name_hint"])  # cnpii._args: typed, quiet errors (issue 11)
