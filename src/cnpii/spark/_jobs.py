"""What the executors run: small picklable jobs wrapping cnpii's pandas code path.

Each job carries only what its batches need (a column plan, the policy's rules as data, the
keyring's *reference*) and rebuilds cnpii's objects once per Python worker process. Batches
arrive as pandas objects through Arrow; every job hands a whole batch to the same function
the pandas path uses (:class:`cnpii.masking.FrameMasker`, :meth:`cnpii.Tokenizer.tokenize_many`,
:func:`cnpii.scan_many`, :func:`cnpii.validation.evaluate`), never a cell at a time.
"""

from __future__ import annotations

import datetime
from typing import Any, Iterator, Mapping, Sequence

from cnpii.spark._keys import executor_keyring

__all__ = ["chain_spec", "resolved_from", "MaskColumnJob", "TokenizeColumnJob",
           "DetokenizeColumnJob", "ScanJob", "ValidateJob"]

# (id of the job's spec, key reference) -> built object, per worker process
_BUILT: dict[Any, Any] = {}


def chain_spec(resolved: Any) -> tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...]:
    """A resolved policy's rules as plain data (no operator objects, no caches, no key)."""
    return tuple((name, tuple((None if r.entity is None else str(r.entity), r.column,
                               None if r.klass is None else str(r.klass), r.operator,
                               dict(r.params), r.line) for r in rules))
                 for name, rules in resolved.chain)


def resolved_from(spec: Sequence[Any], keyring: Any) -> Any:
    """The :class:`~cnpii.policy.ResolvedPolicy` again, from :func:`chain_spec`'s data."""
    from cnpii.policy import ResolvedPolicy
    from cnpii.policy._model import Rule

    chain = [(name, [Rule(entity=e, column=c, klass=k, operator=o, params=p, line=ln)
                     for e, c, k, o, p, ln in rules]) for name, rules in spec]
    return ResolvedPolicy(chain, keyring)


class _Job:
    """Base: state pickles without anything built; ``_get`` builds once per process."""

    _cache_key: tuple[Any, ...] = ()

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_built")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


class MaskColumnJob(_Job):
    """Masks one column's batches with :class:`cnpii.masking.FrameMasker` and the plan the
    driver made, so every batch of every partition is masked the same way."""

    def __init__(self, column: str, plan: Any, spec: Any, ref: Any) -> None:
        self.column = column
        self.plan = plan
        self.spec = spec
        self.ref = ref

    def _masker(self) -> Any:
        masker = getattr(self, "_built_masker", None)
        if masker is None:
            from cnpii.masking import FrameMasker

            resolved = resolved_from(self.spec, executor_keyring(self.ref))
            masker = FrameMasker(resolved, plans={self.column: self.plan})
            self._built_masker = masker
        return masker

    def __call__(self, values: Any) -> Any:
        import pandas as pd

        frame = pd.DataFrame({self.column: values.reset_index(drop=True)})
        out, _summary = self._masker().mask(frame)
        return _strings(out[self.column])


class TokenizeColumnJob(_Job):
    """Tokens for one column's batches with :meth:`cnpii.Tokenizer.tokenize_many`."""

    def __init__(self, entity: str, domain: str | None, opaque: bool, on_invalid: str,
                 ref: Any) -> None:
        self.entity, self.domain, self.opaque, self.on_invalid = entity, domain, opaque, on_invalid
        self.ref = ref

    def _tokenizer(self) -> Any:
        tok = getattr(self, "_built_tok", None)
        if tok is None:
            from cnpii.tokenization import Tokenizer

            tok = self._built_tok = Tokenizer(executor_keyring(self.ref))
        return tok

    def __call__(self, values: Any) -> Any:
        from cnpii.masking._frame import _as_strings

        nonnull = values.notna()
        strings = values.astype(object).copy()
        if nonnull.any():
            strings[nonnull] = _as_strings(values[nonnull])
        out = self._tokenizer().tokenize_many(strings.reset_index(drop=True), self.entity,
                                              domain=self.domain, opaque=self.opaque,
                                              on_invalid=self.on_invalid)
        return _strings(out)


class DetokenizeColumnJob(_Job):
    """Original values for one column's tokens. The grant was checked and the audit event
    written on the driver before this job was built; here only the keyring's crypto runs."""

    def __init__(self, entity: str, domain: str, key_version: int | None, ref: Any) -> None:
        self.entity, self.domain, self.key_version, self.ref = entity, domain, key_version, ref

    def __call__(self, values: Any) -> Any:
        from cnpii.errors import InvalidToken
        from cnpii.tokenization import Tokenizer

        tok = getattr(self, "_built_tok", None)
        if tok is None:
            tok = self._built_tok = Tokenizer(executor_keyring(self.ref))
        kr = tok.keyring
        version = kr.active_version if self.key_version is None else self.key_version

        def restore(vs: list[Any]) -> list[str]:
            res: list[str] = [""] * len(vs)
            opaque = [i for i, v in enumerate(vs) if isinstance(v, str) and v.startswith("⟦")]
            fpe = [i for i, v in enumerate(vs) if not (isinstance(v, str) and v.startswith("⟦"))]
            for i in opaque:
                res[i] = tok._open(vs[i], self.entity, self.domain)[0]
            if fpe:
                for i, r in zip(fpe, tok._fpe([vs[i] for i in fpe], self.entity, self.domain,
                                              version, True)):
                    res[i] = r
            return res

        try:
            out, _ = tok._run(values.astype(object).tolist(), restore)
        except Exception:
            raise InvalidToken() from None
        import pandas as pd

        return _strings(pd.Series(out, dtype=object))


def _strings(s: Any) -> Any:
    """A column of Python strings and None, as Arrow's string type takes it."""
    import numpy as np
    import pandas as pd

    values = s.astype(object).to_numpy(dtype=object, copy=True)
    values[pd.isna(values)] = None
    for i in np.flatnonzero([v is not None and not isinstance(v, str) for v in values]):
        values[i] = str(values[i])  # a value a text column left as it was (a decimal)
    return pd.Series(values, dtype=object)


def _plain(df: Any) -> Any:
    """Text columns as Python objects: pandas 3's Arrow-backed ``str`` columns come as chunked
    arrays, which Spark's Arrow writer does not take. (Assigned as object Series: an object
    ndarray would be inferred back to ``str``.)"""
    import pandas as pd

    for col in df.columns:
        dtype = df[col].dtype
        if isinstance(dtype, pd.StringDtype) or (col != "row_key" and dtype.kind not in "iufb"):
            df[col] = pd.Series(_strings(df[col]).to_numpy(dtype=object), index=df.index,
                                dtype=object)
    return df


class ScanJob(_Job):
    """Findings of :func:`cnpii.scan_many` as rows, batch by batch (``mapInPandas``): one row
    per finding with the row key, column, entity, span, score and a masked preview."""

    def __init__(self, key: str, columns: Sequence[str], entities: Any, threshold: float | None,
                 key_is_generated: bool) -> None:
        self.key, self.columns, self.entities, self.threshold = key, list(columns), entities, threshold
        self.key_is_generated = key_is_generated

    def __call__(self, batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        from cnpii.detection import scan_many
        from cnpii.masking._frame import _as_strings

        names = ["row_key", "column", "entity", "start", "end", "score", "preview"]
        for pdf in batches:
            rows: dict[str, list[Any]] = {n: [] for n in names}
            keys = pdf[self.key].to_numpy(dtype=object)
            for col in self.columns:
                s = pdf[col]
                nonnull = s.notna().to_numpy(dtype=bool)
                if not nonnull.any():
                    continue
                vals = _as_strings(s[nonnull])
                uniques = pd.unique(vals)
                found = dict(zip(uniques, scan_many(list(uniques), entities=self.entities,
                                                    threshold=self.threshold, workers=1)))
                for k, text in zip(keys[nonnull], vals.tolist()):
                    for f in found[text]:
                        rows["row_key"].append(k)
                        rows["column"].append(col)
                        rows["entity"].append(str(f.entity))
                        rows["start"].append(int(f.start))
                        rows["end"].append(int(f.end))
                        rows["score"].append(float(f.score))
                        rows["preview"].append(f.masked(text))
            yield _plain(pd.DataFrame({n: pd.Series(v, dtype=object) for n, v in rows.items()})
                         .astype({"start": "int32", "end": "int32", "score": "float64"}))


class ValidateJob(_Job):
    """:func:`cnpii.validation.evaluate` on each batch: one row per failing (row, field,
    code), with the row key and the caller's column name, never a value."""

    def __init__(self, key: str, purpose: Any, columns: Mapping[str, str] | None, bound: bool,
                 today: datetime.date, drop_key: bool) -> None:
        self.key, self.purpose, self.columns, self.bound = key, purpose, columns, bound
        self.today, self.drop_key = today, drop_key

    def __call__(self, batches: Iterator[Any]) -> Iterator[Any]:
        import numpy as np
        import pandas as pd

        from cnpii.validation import evaluate

        names = ["row_key", "column", "field", "code"]
        for pdf in batches:
            keys = pdf[self.key].to_numpy(dtype=object)
            frame = pdf.drop(columns=[self.key]) if self.drop_key else pdf
            result = evaluate(frame.reset_index(drop=True), self.purpose, columns=self.columns,
                              bound=self.bound, today=self.today)
            parts = []
            for (field, code), mask in sorted(result.failures.items()):
                where = np.flatnonzero(mask)
                if not len(where):
                    continue
                parts.append(pd.DataFrame({
                    "row_key": keys[where], "column": result.source.get(field, field),
                    "field": field, "code": code}))
            yield _plain(pd.concat(parts, ignore_index=True) if parts
                         else pd.DataFrame({n: pd.Series([], dtype=object) for n in names}))
