"""cnpii as a spaCy pipeline component: ``nlp.add_pipe("cnpii")`` sets ``doc.ents``.

The factory is registered with spaCy through the ``spacy_factories`` entry point of the cnpii
distribution, so nothing needs importing first; ``spacy.blank("zh")`` (character tokens, no model
download) is all it needs. Each finding of :func:`cnpii.scan` becomes an entity span labelled
with the cnpii entity name (``PERSON``, ``CN_MOBILE_PHONE`` ...). With a tokenizer whose tokens
are longer than one character, a finding that ends inside a token grows to the whole token
(never shrinks: a partly covered token is still masked). Entities already in ``doc.ents`` that
overlap no finding are kept.

Config: ``mode`` (``"fast"`` or ``"accurate"``, the latter needs ``pip install "cnpii[ner]"``),
``entities`` (a list of entity names, default all), ``threshold`` (default 0.5).

>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("cnpii")
>>> doc = nlp("客户张伟，手机13812345678")
>>> [(e.label_, e.start_char, e.end_char) for e in doc.ents]
[('PERSON', 2, 4), ('CN_MOBILE_PHONE', 7, 18)]
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from cnpii.detection import scan, scan_many
from cnpii.detection._ner import check_mode

__all__ = ["CnpiiComponent", "make_cnpii"]


class CnpiiComponent:
    """The pipeline component: calls :func:`cnpii.scan` and writes ``doc.ents``."""

    def __init__(self, mode: str = "fast", entities: list[str] | None = None,
                 threshold: float | None = None) -> None:
        self.mode = check_mode(mode)
        self.entities = [e.value for e in check_entities(entities)] if entities else None
        self.threshold = check_threshold(threshold)
        if self.mode == "accurate":
            from cnpii.detection._ner import model

            model()  # fail at add_pipe time, not on the first document, if the extra is missing

    def _set(self, doc: Any, findings: Iterable[Any]) -> Any:
        spans = []
        for f in findings:
            span = doc.char_span(f.start, f.end, label=f.entity.value, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        taken = [(s.start, s.end) for s in spans]
        kept = [e for e in doc.ents if not any(e.start < b and a < e.end for a, b in taken)]
        from spacy.util import filter_spans

        doc.ents = sorted(filter_spans(spans + kept), key=lambda s: s.start)
        return doc

    def __call__(self, doc: Any) -> Any:
        return self._set(doc, scan(doc.text, entities=self.entities, threshold=self.threshold,
                                   mode=self.mode))

    def pipe(self, docs: Iterable[Any], batch_size: int = 256) -> Iterator[Any]:
        """Documents in batches: in accurate mode one model pass per batch."""
        batch: list[Any] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def _flush(self, batch: list[Any]) -> Iterator[Any]:
        found = scan_many([d.text for d in batch], entities=self.entities,
                          threshold=self.threshold, workers=1, mode=self.mode)
        for doc, fs in zip(batch, found):
            yield self._set(doc, fs)


def make_cnpii(nlp: Any, name: str, mode: str, entities: list[str] | None,
               threshold: float | None) -> CnpiiComponent:
    """The spaCy factory behind ``nlp.add_pipe("cnpii", config={...})``."""
    return CnpiiComponent(mode=mode, entities=entities, threshold=threshold)


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("cnpii"):
        Language.factory("cnpii", default_config={"mode": "fast", "entities": None, "threshold": None},
                         func=make_cnpii)


from cnpii._args import check_entities, check_threshold, guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["CnpiiComponent", "make_cnpii"])  # cnpii._args: typed, quiet errors (issue 11)
_register()  # after the guard: spaCy is handed the guarded factory
