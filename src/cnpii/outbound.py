"""Before data leaves the bank, and after it leaked: the outbound gate and the incident report.

:func:`check_desensitized` masks a file (or frame) again with the policy for the receiving
role and purpose and compares: a cell that masking would still change holds what the policy
says must not leave. It names the column, the entity and how many rows, never the value.

:func:`incident_report` reads leaked files and counts what is exposed: distinct customers (by
keyed fingerprint of the identifier that names them: ID document, else bank card or account,
else mobile number), values per entity, and the JR/T 0171 categories exposed. Nothing raw is
in it; fingerprints (hex) only when a keyring is given, so that the bank can match them against
its own customers with the same keyring.

>>> import pandas as pd
>>> df = pd.DataFrame({"sjh": ["138****5678", "13912345678"], "备注": ["无", "无"]})
>>> [(f.column, f.entity, f.rows) for f in check_desensitized(df)]
[('sjh', 'CN_MOBILE_PHONE', 1)]
>>> r = incident_report([pd.DataFrame({"sfzh": ["11010519491231002X", "11010519491231002X"],
...                                    "sjh": ["13812345678", "13912345678"]})])
>>> r.customers, r.entities["CN_RESIDENT_ID"], r.entities["CN_MOBILE_PHONE"]["distinct"]
(1, {'values': 2, 'distinct': 1}, 2)
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import os
import secrets
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from cnpii.audit import _runtime as _audit
from cnpii.entities import ENTITY_INFO, Entity
from cnpii.errors import CnpiiError

__all__ = ["check_desensitized", "Exposure", "incident_report", "IncidentReport", "TEXT_SUFFIXES"]

#: read as plain text, line by line
TEXT_SUFFIXES = (".txt", ".log", ".md", ".text")
#: which identifier names the customer a row is about, most specific first
_CUSTOMER_KEYS = (Entity.CN_RESIDENT_ID, Entity.CN_PASSPORT, Entity.CN_HK_MACAU_PERMIT,
                  Entity.CN_TAIWAN_PERMIT, Entity.CN_BANK_CARD, Entity.CN_BANK_ACCOUNT,
                  Entity.CN_MOBILE_PHONE)


@dataclass(frozen=True)
class Exposure:
    """A column (or text) still holding an entity that must not leave: counts only."""

    source: str
    column: str
    entity: str
    rows: int

    def __str__(self) -> str:
        return f"{self.source}: column '{self.column}': {self.entity} in {self.rows} row(s)"


def _frames(src: Any, chunk_rows: int = 50_000) -> Iterator[tuple[str, Any]]:
    """(source name, DataFrame) chunks of a frame, a table file or a text file."""
    import pandas as pd

    if isinstance(src, pd.DataFrame):
        yield "(frame)", src
        return
    path = Path(src)
    if path.suffix.lower() in TEXT_SUFFIXES:
        try:
            with open(path, encoding="utf-8", errors="strict") as fh:
                batch: list[str] = []
                for line in fh:
                    batch.append(line.rstrip("\n"))
                    if len(batch) >= chunk_rows:
                        yield str(path), pd.DataFrame({"(text)": pd.Series(batch, dtype=object)})
                        batch = []
                if batch:
                    yield str(path), pd.DataFrame({"(text)": pd.Series(batch, dtype=object)})
        except UnicodeDecodeError:
            raise CnpiiError("a text file is not UTF-8") from None
        return
    from cnpii.dataframe._io import detect_format, read_chunks

    for chunk in read_chunks(path, detect_format(path), chunk_rows=chunk_rows):
        yield str(path), chunk.frame


def _strings(s: Any) -> Any:
    from cnpii.masking._frame import _as_strings

    return _as_strings(s)


def _leaks(orig: Any, masked: Any, entity: Entity | None, suppress: bool) -> Any:
    """Which cells of one identifier column still hold what the policy hides: a value that
    validates as its entity, or (entities without a validator) one that masking would change
    and that carries no mask character. Values masked already (``138****5678``) pass."""
    import numpy as np

    from cnpii.identifiers import BY_ENTITY
    from cnpii.validation import is_valid_many

    nonempty = (orig != "").to_numpy()
    if suppress:
        return nonempty
    changed = (masked.isna() | (masked.astype(object).map(str) != orig)).to_numpy()
    unmasked = ~orig.str.contains("*", regex=False).to_numpy()
    out = changed & unmasked & nonempty
    module = BY_ENTITY.get(entity) if entity is not None else None
    if module is not None:
        out |= np.asarray(is_valid_many(orig, module), dtype=bool) & nonempty
    return out


def check_desensitized(src: Any, policy: Any = None, *, role: str | None = None,
                       purpose: str | None = None, keyring: Any = None,
                       chunk_rows: int = 50_000) -> list[Exposure]:
    """Every column of ``src`` (a DataFrame or a file: CSV, TSV, JSON Lines, Parquet, Excel,
    or ``.txt``/``.log`` text) that still holds a value the policy would mask for ``role``
    and ``purpose``; empty when the file may leave. Free text is scanned (masked spans are not
    found again); identifier columns are checked by their validators. Format-preserving
    tokens look like real values by design: a policy that tokenizes for this role cannot be
    gated this way (opaque tokens pass). Audited (``check_desensitized``)."""
    from cnpii.detection import scan_many
    from cnpii.masking._common import resolve_policy
    from cnpii.masking._frame import FrameMasker
    from cnpii.operators import Suppress

    resolved = resolve_policy(policy, role, purpose, keyring)
    found: dict[tuple[str, str, str], int] = {}
    rows = 0
    for name, df in _frames(src, chunk_rows):
        masker = FrameMasker(resolved)  # planned per chunk: a column can change kind part-way
        out, _ = masker.mask(df)
        plans = masker.plans or {}
        rows += len(df)
        for col in df.columns:
            s = df[col]
            held = s.notna()
            plan = plans.get(str(col))
            if plan is None or plan.kind == "skip" or not held.any():
                continue
            orig = _strings(s[held])
            if plan.kind == "text" or plan.entity is None:
                texts = list(dict.fromkeys(orig.tolist()))
                hits = {t: {str(f.entity) for f in fs}
                        for t, fs in zip(texts, scan_many(texts, workers=1)) if fs}
                if plan.kind != "text" and plan.entity is None:  # a rule without an entity
                    op = resolved.decide(None, str(col)).operator
                    masked = out[col][held] if col in out.columns else None
                    leak = _leaks(orig, masked if masked is not None else orig.map(lambda _: None),
                                  None, isinstance(op, Suppress) or masked is None)
                    for t in orig[leak].tolist():
                        hits.setdefault(t, {"(masked by the policy)"})
                for t, n in orig.value_counts().items():
                    for ent in hits.get(t, ()):
                        key = (name, str(col), ent)
                        found[key] = found.get(key, 0) + int(n)
                continue
            op = resolved.decide(plan.entity, str(col)).operator
            dropped = col not in out.columns
            masked = orig.map(lambda _: None) if dropped else out[col][held]
            leak = _leaks(orig, masked, plan.entity, isinstance(op, Suppress) or dropped)
            n = int(leak.sum())
            if n:
                key = (name, str(col), str(plan.entity))
                found[key] = found.get(key, 0) + n
    result = [Exposure(n, c, e, k) for (n, c, e), k in sorted(found.items())]
    _audit.emit("check_desensitized", outcome="ok", count=len(result), role=role,
                purpose=purpose, details={"input": _audit.names(_name_of(src))[0], "rows": rows,
                                          "exposures": [{"column": _audit.names(x.column)[0],
                                                         "entity": x.entity, "rows": x.rows}
                                                        for x in result],
                                          **_audit.policy_fingerprint(resolved)})
    return result


def _name_of(src: Any) -> str:
    return "(frame)" if not isinstance(src, (str, os.PathLike)) else str(src)


@dataclass
class IncidentReport:
    """What a leak exposed. ``entities``: entity -> ``{"values", "distinct"}``;
    ``categories``: category -> entities; ``customers``: distinct customers."""

    files: list[str] = field(default_factory=list)
    rows: int = 0
    customers: int = 0
    entities: dict[str, dict[str, int]] = field(default_factory=dict)
    categories: dict[str, list[str]] = field(default_factory=dict)
    keyed: bool = False
    customer_fingerprints: list[str] = field(default_factory=list)
    generated: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = {"files": self.files, "rows": self.rows, "customers": self.customers,
             "entities": self.entities, "categories": self.categories,
             "fingerprints_keyed": self.keyed, "generated": self.generated}
        if self.keyed:
            d["customer_fingerprints"] = self.customer_fingerprints
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)

    def to_html(self) -> str:
        """A standalone HTML page for the response plan (every text escaped)."""
        e = html.escape
        ent_rows = "".join(
            f"<tr><td>{e(k)}</td><td>{e(str(ENTITY_INFO[Entity(k)].category))}</td>"
            f"<td>{v['values']}</td><td>{v['distinct']}</td></tr>"
            for k, v in sorted(self.entities.items()))
        cat_rows = "".join(f"<tr><td>{e(c)}</td><td>{e(', '.join(v))}</td></tr>"
                           for c, v in sorted(self.categories.items(), reverse=True))
        files = "".join(f"<li>{e(f)}</li>" for f in self.files)
        return ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                "<title>cnpii incident report</title></head><body>"
                "<h1>Personal information exposed</h1>"
                f"<p>Generated {e(self.generated)}. {self.rows} rows in {len(self.files)} "
                f"file(s).</p><p><strong>{self.customers}</strong> distinct customers "
                f"({'keyed fingerprints' if self.keyed else 'counted by a one-off key'}).</p>"
                f"<h2>Categories (JR/T 0171)</h2><table border=\"1\"><tr><th>category</th>"
                f"<th>entities</th></tr>{cat_rows}</table>"
                f"<h2>Entities</h2><table border=\"1\"><tr><th>entity</th><th>category</th>"
                f"<th>values</th><th>distinct</th></tr>{ent_rows}</table>"
                f"<h2>Files</h2><ul>{files}</ul></body></html>")

    def _repr_html_(self) -> str:
        return self.to_html()


def _norm(entity: Entity, value: str) -> str:
    from cnpii.identifiers import BY_ENTITY

    module = BY_ENTITY.get(entity)
    if module is not None:
        try:
            return str(module.normalize(value))
        except Exception:  # invalid values still count, by their digits
            pass
    return "".join(value.split()).upper()


def _raw_cells(texts: list[str], entity: Entity) -> list[bool]:
    """Which cells of an identifier column hold a real value: valid for its validator, or
    (entities without one) non-empty and free of mask characters."""
    import pandas as pd

    from cnpii.identifiers import BY_ENTITY
    from cnpii.validation import is_valid_many

    module = BY_ENTITY.get(entity)
    if module is not None and texts:
        return [bool(x) for x in is_valid_many(pd.Series(texts, dtype=object), module)]
    return [bool(t.strip()) and "*" not in t for t in texts]


def incident_report(sources: Sequence[Any], *, keyring: Any = None,
                    chunk_rows: int = 50_000) -> IncidentReport:
    """Count what ``sources`` (files or DataFrames) expose; see the module docstring."""
    import datetime as _dt

    from cnpii.detection import scan_many
    from cnpii.masking._common import resolve_policy
    from cnpii.masking._frame import plan_columns

    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    if keyring is not None:
        fkey = keyring.derive_key(b"cnpii/incident/customer-fingerprint",
                                  version=keyring.versions[0])
    else:
        fkey = secrets.token_bytes(32)  # counts distinct values; fingerprints not shown

    def fp(entity: Entity, value: str) -> str:
        data = f"{entity}\x1f{_norm(entity, value)}".encode("utf-8")
        return hmac.new(fkey, data, hashlib.sha256).hexdigest()[:32]

    resolved = resolve_policy(None, None, None, None)
    values: Counter[str] = Counter()
    distinct: dict[str, set[str]] = {}
    customers: set[str] = set()
    report = IncidentReport(keyed=keyring is not None)
    for src in sources:
        for name, df in _frames(src, chunk_rows):
            if name not in report.files:
                report.files.append(_audit.names(name)[0] or name)
            report.rows += len(df)
            plans = plan_columns(df, resolved)
            per_row: list[dict[Entity, str]] = [{} for _ in range(len(df))]
            for col in df.columns:
                plan = plans[str(col)]
                s = df[col]
                held = s.notna().to_numpy()
                texts = _strings(s[held]).tolist() if held.any() else []
                positions = [i for i, h in enumerate(held) if h]
                if plan.kind in ("identifier", "rule") and plan.entity is not None:
                    raw = _raw_cells(texts, plan.entity)  # masked cells expose nothing
                    pairs: Iterable[tuple[int, Entity, str]] = (
                        (i, plan.entity, t) for i, t, r in zip(positions, texts, raw) if r)
                elif plan.kind == "text" or (plan.kind == "skip" and texts and
                                             isinstance(texts[0], str)):
                    pairs = ((i, f.entity, t[f.start:f.end])
                             for i, t, fs in zip(positions, texts, scan_many(texts, workers=1))
                             for f in fs)
                else:
                    continue
                for i, ent, v in pairs:
                    h = fp(ent, v)
                    values[str(ent)] += 1
                    distinct.setdefault(str(ent), set()).add(h)
                    if ent in _CUSTOMER_KEYS:
                        best = per_row[i].get(ent)
                        per_row[i][ent] = best or h
            for row in per_row:
                for ent in _CUSTOMER_KEYS:
                    if ent in row:
                        customers.add(row[ent])
                        break
    report.customers = len(customers)
    report.entities = {k: {"values": values[k], "distinct": len(distinct[k])} for k in
                       sorted(values)}
    cats: dict[str, list[str]] = {}
    for k in sorted(values):
        cats.setdefault(str(ENTITY_INFO[Entity(k)].category), []).append(k)
    report.categories = cats
    if keyring is not None:
        report.customer_fingerprints = sorted(customers)
    report.generated = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    _audit.emit("incident", count=report.customers,
                details={"files": report.files, "rows": report.rows,
                         "customers": report.customers, "entities": report.entities})
    return report


from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["check_desensitized", "Exposure", "incident_report", "IncidentReport"])  # cnpii._args: typed, quiet errors (issue 11)
