"""Presidio integration: cnpii's Chinese detection as Presidio recognizers, offline.

:func:`analyzer_engine` builds a ready :class:`presidio_analyzer.AnalyzerEngine` for language
``"zh"``. It needs no spaCy model download: the NLP engine is a *blank* Chinese spaCy pipeline
(character segmentation, no statistical model). Context is handled inside cnpii's recognizer,
on unsegmented text; for any other recognizer you add (with ``context=[...]`` words), the
engine's :class:`SubstringContextEnhancer` looks for those words as substrings near the match,
since Presidio's default lemma-based enhancer finds nothing in Chinese.

On the same text the engine returns the same spans as :func:`cnpii.scan`.

>>> from cnpii.presidio import analyzer_engine
>>> engine = analyzer_engine()
>>> text = "客户张伟，手机13812345678"
>>> [(r.entity_type, r.start, r.end) for r in sorted(engine.analyze(text, language="zh"), key=lambda r: r.start)]
[('PERSON', 2, 4), ('CN_MOBILE_PHONE', 7, 18)]

To add cnpii to an engine you already have (its registry must support ``"zh"``)::

    from cnpii.presidio import recognizers
    recognizers(my_engine.registry)

cnpii's masking operators are Presidio anonymizer operators too (:func:`operators`):

>>> sorted(cls().operator_name() for cls in operators())[:2]
['cnpii_generalize', 'cnpii_hmac']
"""

from __future__ import annotations

from typing import Iterable, List, Optional

from cnpii.detection import scan
from cnpii.entities import Entity
from cnpii.operators.presidio_ops import operators

try:  # Presidio is a dependency, but keep the import error readable
    from presidio_analyzer import (AnalysisExplanation, AnalyzerEngine, EntityRecognizer,
                                   RecognizerRegistry, RecognizerResult)
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
except ImportError as exc:  # pragma: no cover
    raise ImportError("cnpii.presidio needs presidio-analyzer: pip install presidio-analyzer") from exc

__all__ = ["CnpiiRecognizer", "BlankChineseNlpEngine", "SubstringContextEnhancer", "analyzer_engine",
           "recognizers", "operators", "LANGUAGE"]

LANGUAGE = "zh"


class BlankChineseNlpEngine(SpacyNlpEngine):
    """A spaCy NLP engine over ``spacy.blank("zh")``: tokens by character, no model download."""

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": "blank:zh"}])

    def load(self) -> None:
        import spacy

        self.nlp = {LANGUAGE: spacy.blank(LANGUAGE)}


class CnpiiRecognizer(EntityRecognizer):
    """Every cnpii entity as one Presidio recognizer: calls :func:`cnpii.scan`.

    Scores already include cnpii's context words, so results are marked as context-enhanced
    and Presidio's enhancer leaves them alone. ``mode="accurate"`` fuses the rules with the
    NER model (the ``ner`` extra; see :func:`cnpii.scan`).
    """

    def __init__(self, threshold: float | None = None, supported_language: str = LANGUAGE,
                 mode: str = "fast") -> None:
        from cnpii.detection._ner import check_mode

        self.threshold = threshold
        self.mode = check_mode(mode)
        super().__init__(supported_entities=[e.value for e in Entity], name="CnpiiRecognizer",
                         supported_language=supported_language, version="1")

    def load(self) -> None:  # nothing to load: dictionaries load lazily on first scan
        return None

    def analyze(self, text: str, entities: List[str],
                nlp_artifacts: Optional[NlpArtifacts] = None) -> List[RecognizerResult]:
        wanted = [e for e in (entities or self.supported_entities) if e in Entity.__members__]
        if not wanted:
            return []
        results = []
        for f in scan(text, entities=wanted, threshold=self.threshold, mode=self.mode):
            explanation = AnalysisExplanation(recognizer=self.name, original_score=f.score,
                                              textual_explanation=f.explanation)
            results.append(RecognizerResult(
                entity_type=f.entity.value, start=f.start, end=f.end, score=f.score,
                analysis_explanation=explanation,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                      RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True}))
        return results


class SubstringContextEnhancer(LemmaContextAwareEnhancer):
    """Context enhancement for unsegmented Chinese: a recognizer's context words count when
    they occur as substrings within ``window`` characters before (or ``window // 2`` after)
    the match. Results already enhanced (all of cnpii's) are left as they are.
    """

    def __init__(self, context_similarity_factor: float = 0.35,
                 min_score_with_context_similarity: float = 0.4, window: int = 16) -> None:
        super().__init__(context_similarity_factor=context_similarity_factor,
                         min_score_with_context_similarity=min_score_with_context_similarity)
        self.window = window

    def enhance_using_context(self, text: str, raw_results: List[RecognizerResult],
                              nlp_artifacts: NlpArtifacts, recognizers: List[EntityRecognizer],
                              context: Optional[List[str]] = None) -> List[RecognizerResult]:
        by_id = {r.id: r for r in recognizers}
        for result in raw_results:
            meta = result.recognition_metadata or {}
            if meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            rec = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            words = list(getattr(rec, "context", None) or []) + list(context or [])
            if not words:
                continue
            before = text[max(0, result.start - self.window):result.start].lower()
            after = text[result.end:result.end + self.window // 2].lower()
            word = next((w for w in words if w and (w.lower() in before or w.lower() in after)), None)
            if word is None:
                continue
            result.score = max(min(1.0, result.score + self.context_similarity_factor),
                               self.min_score_with_context_similarity)
            meta[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            result.recognition_metadata = meta
            if result.analysis_explanation is not None:
                result.analysis_explanation.set_supportive_context_word(word)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_results


def recognizers(registry: RecognizerRegistry | None = None, *, threshold: float | None = None,
                language: str = LANGUAGE, mode: str = "fast") -> list[EntityRecognizer]:
    """cnpii's recognizers; added to ``registry`` when one is given.

    >>> from presidio_analyzer import RecognizerRegistry
    >>> reg = RecognizerRegistry(supported_languages=["zh"])
    >>> [r.name for r in recognizers(reg)]
    ['CnpiiRecognizer']
    >>> len(reg.recognizers)
    1
    """
    recs: list[EntityRecognizer] = [CnpiiRecognizer(threshold=threshold, supported_language=language,
                                                    mode=mode)]
    if registry is not None:
        for r in recs:
            registry.add_recognizer(r)
    return recs


def analyzer_engine(*, threshold: float | None = None,
                    extra_recognizers: Iterable[EntityRecognizer] = (),
                    mode: str = "fast") -> AnalyzerEngine:
    """A Presidio ``AnalyzerEngine`` for Chinese with cnpii's recognizers, fully offline
    (``mode`` as for :func:`cnpii.scan`)."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    recognizers(registry, threshold=threshold, mode=mode)
    for r in extra_recognizers:
        registry.add_recognizer(r)
    return AnalyzerEngine(registry=registry, nlp_engine=BlankChineseNlpEngine(),
                          supported_languages=[LANGUAGE], context_aware_enhancer=SubstringContextEnhancer())
