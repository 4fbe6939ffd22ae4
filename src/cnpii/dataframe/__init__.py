"""Tables and files: the ``df.cnpii`` accessor and chunked masking of CSV, TSV, JSON Lines,
Parquet and Excel files with bounded memory.

>>> import pandas as pd
>>> import cnpii.dataframe  # registers df.cnpii
>>> pd.DataFrame({"sfzh": ["11010519491231002X"]}).cnpii.mask()["sfzh"].tolist()
['1****************X']
"""

from __future__ import annotations

from cnpii.dataframe._io import (
    FORMATS,
    RAW_COLUMN,
    Chunk,
    ChunkWriter,
    detect_delimiter,
    detect_encoding,
    detect_format,
    read_chunks,
)
from cnpii.dataframe._stream import mask_file
from cnpii.masking import CnpiiAccessor, MaskSummary, mask_frame

__all__ = ["mask_file", "read_chunks", "ChunkWriter", "Chunk", "detect_encoding",
           "detect_format", "detect_delimiter", "FORMATS", "RAW_COLUMN", "CnpiiAccessor", "MaskSummary",
           "mask_frame"]

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["mask_file", "read_chunks", "ChunkWriter", "detect_encoding", "detect_format", "detect_delimiter"])  # cnpii._args: typed, quiet errors (issue 11)
