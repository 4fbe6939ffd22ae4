"""Masking free text: detection finds the spans, the policy picks an operator per entity."""

from __future__ import annotations

from collections import Counter
from typing import Any

from cnpii.entities import Entity
from cnpii.masking._common import PolicyLike, Scanner, mask_spans, resolve_policy, scanner_for
from cnpii.policy import ResolvedPolicy

__all__ = ["mask", "mask_with_counts"]


def mask_with_counts(text: str, policy: PolicyLike | ResolvedPolicy = None, *,
                     role: str | None = None, purpose: str | None = None, keyring: Any = None,
                     scanner: Scanner | None = None,
                     mode: str = "fast") -> tuple[str, Counter[Entity]]:
    """Like :func:`mask`, and also how many values of each entity were masked."""
    if not isinstance(text, str):
        raise TypeError("mask() needs a str")
    scanner = scanner_for(scanner, mode)
    resolved = resolve_policy(policy, role, purpose, keyring)
    counts: Counter[Entity] = Counter()
    out = mask_spans(text, scanner(text), resolved, None, counts)
    return out, counts


def mask(text: str, policy: PolicyLike | ResolvedPolicy = None, *, role: str | None = None,
         purpose: str | None = None, keyring: Any = None, scanner: Scanner | None = None,
         mode: str = "fast") -> str:
    """Mask the personal information in ``text`` as ``policy`` says for ``role`` and ``purpose``.

    ``policy`` is a :class:`~cnpii.policy.Policy`, a YAML path, a dict, or ``None`` for the
    default (the bank display convention). Keyed operators take their key from ``keyring``.
    ``scanner`` replaces :func:`cnpii.detection.scan` (any callable returning findings with
    ``start``, ``end`` and ``entity``); ``mode="accurate"`` detects with the NER model fused
    with the rules (the ``ner`` extra; see :func:`cnpii.scan`).

    >>> mask("客户张伟，手机138 1234 5678，身份证11010519491231002X。")
    '客户张*，手机138 **** 5678，身份证1****************X。'
    >>> mask("卡号6222021234567890128", role="customer_service")
    '卡号***************0128'
    """
    return mask_with_counts(text, policy, role=role, purpose=purpose, keyring=keyring,
                            scanner=scanner, mode=mode)[0]
