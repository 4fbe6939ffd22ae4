"""The scanning pipeline: candidates -> validation -> context -> overlap resolution.

:func:`scan_range` works on a slice ``[lo, hi)`` of a text: no pattern and no context window
crosses its bounds, so a record scanned inside a larger string gets the findings it gets alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from cnpii.detection._address import find_addresses
from cnpii.detection._finding import Finding, make_finding
from cnpii.detection import _native
from cnpii.detection._identifiers import Candidate, find_identifiers, normalize
from cnpii.detection._names import find_names
from cnpii.detection._normalize import normalize_map
from cnpii.detection._spans import Taken
from cnpii.entities import Entity

__all__ = ["ALL_ENTITIES", "IDENTIFIER_ENTITIES", "resolve_entities", "scan_range", "DEFAULT_THRESHOLD"]

DEFAULT_THRESHOLD = 0.5
ALL_ENTITIES = frozenset(Entity)
#: everything but names and addresses (the fast identifiers-only mode)
IDENTIFIER_ENTITIES = ALL_ENTITIES - {Entity.PERSON, Entity.CN_ADDRESS}

# when two candidates overlap, validated identifiers beat free-text entities at equal score
_PRIORITY = {Entity.PERSON: 0, Entity.CN_ADDRESS: 1}
_PERSON, _ADDRESS = Entity.PERSON, Entity.CN_ADDRESS


def resolve_entities(entities: Iterable[Entity | str] | None) -> frozenset[Entity]:
    """The set of entities to look for (all when ``None``); names are checked."""
    if entities is None:
        return ALL_ENTITIES
    if isinstance(entities, frozenset):
        return _resolve_frozen(entities)
    if isinstance(entities, (str, Entity)):
        entities = [entities]
    return _resolve_tuple(tuple(entities))


@lru_cache(maxsize=256)
def _resolve_frozen(entities: frozenset) -> frozenset[Entity]:
    """A frozenset of entities as it is, one of names resolved (memoised: callers pass the same set
    for every text of a frame)."""
    return entities if all(isinstance(e, Entity) for e in entities) else _resolve_tuple(tuple(entities))


@lru_cache(maxsize=256)
def _resolve_tuple(entities: tuple) -> frozenset[Entity]:
    return frozenset(Entity(e) for e in entities)


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep the best non-overlapping candidates: higher score, then validated, then longer."""
    if len(cands) <= 1:
        return cands
    ordered = sorted(cands)
    prev_end = -1
    for c in ordered:
        if c.start < prev_end or c.start >= c.end:
            break
        prev_end = c.end
    else:
        return ordered  # pairwise disjoint (the common case): every candidate is kept
    ranked = sorted(cands, key=lambda c: (-c.score, _PRIORITY.get(c.entity, 2) * -1,
                                          -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    taken = Taken([])
    for c in ranked:
        if not taken.overlaps(c.start, c.end):
            kept.append(c)
            taken.append(c.start, c.end)
    kept.sort()
    return kept


#: the compiled Finding builder (``_cexec.findings``) once loaded; False when it is not built or
#: ``CNPII_PURE=1`` (make_finding builds the same objects)
_FINDINGS = None


def _load_findings():
    global _FINDINGS
    module = _native.load("_cexec", lambda m: None)
    _FINDINGS = module.findings if module else False
    return _FINDINGS


def scan_range(text: str, norm: str, lo: int, hi: int, wanted: frozenset[Entity],
               threshold: float) -> list[Finding]:
    """Findings in ``text[lo:hi]`` with offsets into ``text``."""
    cands = find_identifiers(text, norm, lo, hi, wanted)
    if _ADDRESS in wanted:
        cands.extend(find_addresses(text, norm, lo, hi))
    if _PERSON in wanted:
        cands.extend(find_names(text, norm, lo, hi, cands))
    cands = [c for c in cands if c.score >= threshold]
    kept = _resolve(cands)
    native = _FINDINGS if _FINDINGS is not None else _load_findings()
    if native:
        return native(kept, Finding, round)  # the same Findings, built in C
    return [make_finding(c.start, c.end, c.entity, round(c.score, 3), c.explanation) for c in kept]


def scan_text(text: str, wanted: frozenset[Entity], threshold: float) -> list[Finding]:
    """Findings in ``text``: spellings that hide a number (invisible characters, odd separators,
    Chinese numerals, a track 2 ``D``) are read through :func:`normalize_map` first and the
    findings mapped back onto the original text."""
    n = normalize_map(text)
    if n.text is text:
        return scan_range(text, normalize(text), 0, len(text), wanted, threshold)
    found = scan_range(n.text, normalize(n.text), 0, len(n.text), wanted, threshold)
    if n.origin is None:
        return found
    span = n.span
    return [make_finding(*span(f.start, f.end), f.entity, f.score, f.explanation) for f in found]
