"""Public entry points: :func:`scan`, :func:`scan_many`, :func:`scan_result`."""

from __future__ import annotations

import os
from itertools import islice
from typing import Iterable, Iterator

from cnpii.detection._core import DEFAULT_THRESHOLD, resolve_entities, scan_text
from cnpii.detection._finding import Finding, ScanResult
from cnpii.detection._ner import accurate, check_mode, model
from cnpii.entities import Entity
from cnpii.errors import CnpiiError

__all__ = ["scan", "scan_many", "scan_result"]

#: below this many characters in the first chunk, scan_many stays in one process
_PARALLEL_MIN_CHARS = 1_000_000
_CHUNK = 2000


def _check(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError("scan() needs a str")
    return text


def _threshold(threshold: float | None) -> float:
    if threshold is None:
        return DEFAULT_THRESHOLD
    t = float(threshold)
    if not 0.0 <= t <= 1.0:
        raise ValueError("threshold must be between 0 and 1")
    return t


def scan(text: str, *, entities: Iterable[Entity | str] | None = None,
         threshold: float | None = None, mode: str = "fast") -> list[Finding]:
    """Find personal information in ``text``.

    ``entities`` limits the search (default: every :class:`cnpii.Entity`); ``threshold``
    (default 0.5) is the lowest score reported. Findings are sorted by position and never
    overlap. ``mode="accurate"`` fuses the rules with a statistical NER model for names (the
    ``ner`` extra, ``pip install "cnpii[ner]"``; without it :class:`cnpii.errors.MissingExtra`);
    the default ``"fast"`` uses the rules alone.

    >>> [f.entity.value for f in scan("请联系0755-86013388或邮箱kf@example.com")]
    ['CN_LANDLINE_PHONE', 'EMAIL_ADDRESS']
    >>> scan("手机：13812345678", entities=["EMAIL_ADDRESS"])
    []
    """
    if check_mode(mode) == "accurate":
        return _accurate([_check(text)], resolve_entities(entities), _threshold(threshold))[0]
    return scan_text(_check(text), resolve_entities(entities), _threshold(threshold))


def _accurate(texts: list[str], wanted: frozenset[Entity], threshold: float) -> list[list[Finding]]:
    """Rule findings fused with the NER model's (one batched model pass for all ``texts``)."""
    rules = [scan_text(t, wanted, threshold) for t in texts]
    fused = accurate(texts, rules, wanted)
    return [[f for f in fs if f.score >= threshold] for fs in fused]


def scan_result(text: str, *, entities: Iterable[Entity | str] | None = None,
                threshold: float | None = None, mode: str = "fast") -> ScanResult:
    """Like :func:`scan` but returns a :class:`ScanResult` that renders in notebooks.

    >>> scan_result("手机13812345678").masked_text()
    '手机138****5678'
    """
    return ScanResult(text, scan(text, entities=entities, threshold=threshold, mode=mode))


def _scan_chunk(args: tuple) -> list[list[Finding]]:
    texts, wanted, threshold, *rest = args
    if rest and rest[0] == "accurate":
        return _accurate(texts, wanted, threshold)
    return [scan_text(t, wanted, threshold) for t in texts]


def scan_many(texts: Iterable[str], *, entities: Iterable[Entity | str] | None = None,
              threshold: float | None = None, workers: int | None = None,
              mode: str = "fast") -> Iterator[list[Finding]]:
    """Scan an iterable of texts lazily, yielding one list of findings per text, in order.

    Results equal ``[scan(t) for t in texts]``. Large inputs (a first chunk of 2,000 texts or
    about 1 MB) are spread over ``workers`` processes in chunks of 2,000 texts (default: all
    cores); ``workers=1`` keeps everything in this process. ``mode`` is as for :func:`scan`;
    in ``"accurate"`` mode each chunk goes through the model in one batched pass.

    >>> [len(fs) for fs in scan_many(["手机13812345678", "无个人信息"])]
    [1, 0]
    """
    wanted = resolve_entities(entities)
    thr = _threshold(threshold)
    mode = check_mode(mode)
    if mode == "accurate":
        model()  # fail before the first text if the extra is missing
    if workers is not None and workers < 1:
        raise ValueError("workers must be at least 1")
    n_workers = workers or os.cpu_count() or 1
    it = iter(texts)

    def chunks() -> Iterator[list[str]]:
        while True:
            chunk = [_check(t) for t in islice(it, _CHUNK)]
            if not chunk:
                return
            yield chunk

    gen = chunks()
    first = next(gen, None)
    if first is None:
        return
    big = len(first) == _CHUNK or sum(map(len, first)) >= _PARALLEL_MIN_CHARS
    if n_workers == 1 or not big:
        yield from _scan_chunk((first, wanted, thr, mode))
        for chunk in gen:
            yield from _scan_chunk((chunk, wanted, thr, mode))
        return
    import multiprocessing as mp

    def jobs() -> Iterator[tuple[list[str], frozenset[Entity], float, str]]:
        yield first, wanted, thr, mode
        for chunk in gen:
            yield chunk, wanted, thr, mode

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    try:
        with ctx.Pool(n_workers) as pool:
            for result in pool.imap(_scan_chunk, jobs()):
                yield from result
    except (OSError, PermissionError) as exc:  # pragma: no cover - sandboxes without fork
        raise CnpiiError("could not start worker processes") from exc
