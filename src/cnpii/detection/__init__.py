"""Find Chinese personal information in free text: fast, offline, explainable.

:func:`scan` returns :class:`Finding` objects (offsets, entity, score, explanation, never the
matched text). Identifiers are confirmed by :mod:`cnpii.identifiers` validators; context words
(身份证, 卡号, 手机 ...) raise scores and counter-cues (订单号, 流水号, 金额 ...) lower them;
overlaps are resolved by score, validity and length. Names and addresses are found with
shipped dictionaries and patterns; nothing is downloaded.

>>> from cnpii.detection import scan
>>> text = "客户张伟，手机138 1234 5678，身份证11010519491231002X。"
>>> [(f.entity.value, text[f.start:f.end]) for f in scan(text)]
[('PERSON', '张伟'), ('CN_MOBILE_PHONE', '138 1234 5678'), ('CN_RESIDENT_ID', '11010519491231002X')]
>>> scan("订单号6222021234567890128，金额88元", entities=["CN_BANK_CARD"])
[]
"""

from __future__ import annotations

from cnpii.detection._api import scan, scan_many, scan_result
from cnpii.detection._finding import Finding, ScanResult, mask_value

__all__ = ["scan", "scan_many", "scan_result", "Finding", "ScanResult", "mask_value"]

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["scan", "scan_many", "scan_result", "mask_value", "ScanResult"])  # cnpii._args: typed, quiet errors (issue 11)
