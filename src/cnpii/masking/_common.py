"""Shared by text and table masking: turning the ``policy=`` argument into resolved rules,
and applying an operator to the findings of one text."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any, Callable, Iterable, Mapping, Sequence

from cnpii.entities import Entity
from cnpii.operators import Context
from cnpii.policy import Policy, ResolvedPolicy

__all__ = ["PolicyLike", "Scanner", "resolve_policy", "default_scan_many", "scanner_for", "mask_spans",
           "kept_findings"]

#: what ``policy=`` accepts: a Policy, a YAML path, a dict, or None for the default
PolicyLike = Policy | str | os.PathLike[str] | Mapping[str, Any] | None
#: a scanner: text -> findings with ``start``, ``end`` and ``entity``
Scanner = Callable[[str], Sequence[Any]]

_DEFAULT: Policy | None = None


def resolve_policy(policy: PolicyLike | ResolvedPolicy, role: str | None, purpose: str | None,
                   keyring: Any) -> ResolvedPolicy:
    """The rules that apply for ``role`` and ``purpose`` under ``policy`` (default: the bank
    display convention). A keyring passed here overrides the policy's own."""
    global _DEFAULT
    if isinstance(policy, ResolvedPolicy):
        if keyring is not None:
            return ResolvedPolicy(policy.chain, keyring)
        return policy
    if policy is None:
        if keyring is not None:
            policy = Policy.default(keyring=keyring)
        else:
            if _DEFAULT is None:
                _DEFAULT = Policy.default()
            policy = _DEFAULT
    elif not isinstance(policy, Policy):
        policy = Policy.load(policy, keyring=keyring)
    return policy.resolve(role, purpose, keyring=keyring)


def default_scan_many(texts: Iterable[str], mode: str = "fast") -> Iterable[Sequence[Any]]:
    """cnpii's detection over many texts, in this process (``mode`` as for :func:`cnpii.scan`)."""
    from cnpii.detection import scan_many

    return scan_many(texts, workers=1, mode=mode)


def scanner_for(scanner: Scanner | None, mode: str) -> Scanner:
    """The scanner to use: ``scanner`` if given (then ``mode`` must stay ``"fast"``), else
    :func:`cnpii.scan` in ``mode``."""
    from functools import partial

    from cnpii.detection import scan
    from cnpii.detection._ner import check_mode

    if check_mode(mode) != "fast" and scanner is not None:
        raise ValueError("give either scanner= or mode=, not both")
    return scanner if scanner is not None else partial(scan, mode=mode)


def _restore_breaks(masked: str, original: str, breaks: list[int], n: int) -> str:
    """``masked`` (the operator's output for ``original`` without its line breaks, ``n``
    characters) with those breaks back: where they were when the output keeps the value's
    length (character masking), else at its end, so that the text keeps its lines either way."""
    if len(masked) != n:
        return masked + "".join(original[i] for i in breaks)
    chars = list(masked)
    for i in breaks:  # ascending: each insert lands where the break was in the original
        chars.insert(i, original[i])
    return "".join(chars)


def kept_findings(findings: Sequence[Any]) -> list[Any]:
    """The findings :func:`mask_spans` rewrites (and counts), in order: those that overlap an
    earlier one, or are empty, are left out."""
    out: list[Any] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.start < pos or f.end <= f.start:
            continue
        out.append(f)
        pos = f.end
    return out


def mask_spans(text: str, findings: Sequence[Any], resolved: ResolvedPolicy,
               column: str | None = None, counts: Counter[Entity] | None = None) -> str:
    """Rewrite each finding's span with the operator the policy picks for its entity.

    Findings that overlap an earlier one are skipped (the scanner resolves overlaps; this
    only guards against a scanner that does not). ``counts`` collects entities masked.
    """
    out: list[str] = []
    pos = 0
    for f in kept_findings(findings):
        entity = Entity(f.entity)
        value = text[f.start:f.end]
        op = resolved.operator_for(entity, None)
        breaks = [i for i, ch in enumerate(value) if ch in "\r\n"]
        if breaks:  # an address read across a line break: mask the value, keep the text's lines
            value = "".join(ch for ch in value if ch not in "\r\n")
        masked = op.apply(value, Context(entity=entity, column=column, keyring=resolved.keyring))
        if breaks and masked is not None:
            masked = _restore_breaks(masked, text[f.start:f.end], breaks, len(value))
        out.append(text[pos:f.start])
        out.append("" if masked is None else masked)
        pos = f.end
        if counts is not None:
            counts[entity] += 1
    out.append(text[pos:])
    return "".join(out)
