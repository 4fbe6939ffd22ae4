"""The tokenization recipe: :class:`Tokenizer` and :func:`detokenize_text`.

>>> from cnpii.audit import MemorySink
>>> kr = Keyring({1: bytes(range(32))})
>>> tok = Tokenizer(kr, grants={"fraud": {"CN_MOBILE_PHONE": ["investigation"]}},
...                 audit=MemorySink())
>>> t = tok.tokenize("13812345678", "CN_MOBILE_PHONE")
>>> t[:3], len(t), t == tok.tokenize("13812345678", "CN_MOBILE_PHONE")
('138', 11, True)
>>> tok.detokenize(t, "CN_MOBILE_PHONE", actor="alice", role="fraud",
...                purpose="investigation")
'13812345678'
>>> tok.detokenize(t, "CN_MOBILE_PHONE", actor="bob", role="marketing", purpose="campaign")
Traceback (most recent call last):
...
cnpii.errors.PermissionDenied: no grant allows this role to detokenize this entity for this purpose
>>> o = tok.tokenize("13812345678", "CN_MOBILE_PHONE", opaque=True)
>>> o.startswith("⟦CN_MOBILE_PHONE:k1.")
True
>>> detokenize_text(f"call {o} today", tok, actor="alice", role="fraud",
...                 purpose="investigation")
'call 13812345678 today'
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from typing import Any, Iterable, Mapping, NamedTuple, Sequence

from cnpii.audit._runtime import with_global as _audit_sinks
from cnpii.audit.events import AuditEvent
from cnpii.entities import Entity
from cnpii.errors import (
    AuditError,
    InvalidToken,
    KeyringError,
    PermissionDenied,
    TokenizationError,
)
from cnpii.tokenization import _recipes
from cnpii.tokenization._names import NameRecipe
from cnpii.tokenization.keyring import Keyring

__all__ = ["Tokenizer", "Grant", "detokenize_text", "OPAQUE_PATTERN", "is_opaque_token"]

#: how an opaque token looks: ⟦ENTITY:keyid.base64url⟧
OPAQUE_PATTERN = re.compile(r"⟦([A-Z][A-Z0-9_]{0,63}):([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]{22,})⟧")
_ENTITY_NAME = re.compile(r"[A-Z][A-Z0-9_]{0,63}")
_OPAQUE_AD = b"cnpii/opaque/1"
_FPE_TWEAK = b"cnpii/fpe/1"


class Grant(NamedTuple):
    """Permission for a role to detokenize an entity for a purpose (``"*"`` matches any)."""

    role: str
    entity: str
    purpose: str


def _grants_from(spec: Any) -> set[Grant]:
    """Accept ``{role: {entity: [purposes]}}``, ``{role: [(entity, purpose), ...]}`` or an
    iterable of :class:`Grant` / ``(role, entity, purpose)`` tuples."""
    out: set[Grant] = set()
    if spec is None:
        return out
    if isinstance(spec, Mapping):
        for role, rules in spec.items():
            if isinstance(rules, Mapping):
                for entity, purposes in rules.items():
                    if isinstance(purposes, str):
                        purposes = [purposes]
                    for purpose in purposes:
                        out.add(Grant(str(role), str(entity), str(purpose)))
            else:
                for entity, purpose in rules:
                    out.add(Grant(str(role), str(entity), str(purpose)))
        return out
    for item in spec:
        role, entity, purpose = item
        out.add(Grant(str(role), str(entity), str(purpose)))
    return out


def _entity_name(entity: Entity | str) -> str:
    name = str(entity.value if isinstance(entity, Entity) else entity)
    if not _ENTITY_NAME.fullmatch(name):
        raise TokenizationError("entity names are upper-case letters, digits and underscores")
    return name


def _is_null(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return type(v).__name__ in ("NAType", "NaTType")


def is_opaque_token(value: Any) -> bool:
    """Whether ``value`` is exactly one opaque token.

    >>> is_opaque_token("⟦CN_BANK_CARD:k1.AAAAAAAAAAAAAAAAAAAAAAAA⟧"), is_opaque_token("62220")
    (True, False)
    """
    return isinstance(value, str) and OPAQUE_PATTERN.fullmatch(value) is not None


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64d(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise InvalidToken() from None


class Tokenizer:
    """Deterministic, keyed, reversible tokens; detokenization behind grants and audit.

    ``keyring``: a :class:`Keyring`. ``grants``: who may detokenize what for which purpose
    (see :func:`_grants_from` for the accepted shapes); a ``policy`` with a ``grants``
    attribute adds its grants. ``audit``: one sink or a list of sinks (``emit(event)``).
    ``domains``: a default tokenization domain per entity (else the entity name); values
    tokenized in the same domain with the same key give the same token, so joins still work.
    ``resident_id_keep``: ``None``, ``"region"`` or ``"birth_date"``.

    Without grants, or without a working audit sink, every detokenization is refused.
    """

    def __init__(self, keyring: Keyring, *, grants: Any = None, audit: Any = None,
                 policy: Any = None, domains: Mapping[str, str] | None = None,
                 resident_id_keep: str | None = None) -> None:
        if not isinstance(keyring, Keyring):
            raise TypeError("keyring must be a cnpii.Keyring")
        self.keyring = keyring
        self._grants = _grants_from(grants) | _grants_from(getattr(policy, "grants", None))
        if audit is None:
            self._sinks: list[Any] = []
        elif hasattr(audit, "emit"):
            self._sinks = [audit]
        else:
            self._sinks = list(audit)
        self._domains = {_entity_name(k): str(v) for k, v in (domains or {}).items()}
        policy_domains = getattr(policy, "tokenization_domains", None)
        if isinstance(policy_domains, Mapping):
            for k, v in policy_domains.items():
                self._domains.setdefault(_entity_name(k), str(v))
        self._recipes: dict[str, _recipes.Recipe] = {}
        self._resident_keep = resident_id_keep
        if resident_id_keep not in _recipes.RESIDENT_ID_KEEP:
            raise TokenizationError("resident_id_keep must be None, 'region' or 'birth_date'")

    def __repr__(self) -> str:
        return (f"Tokenizer(keyring={self.keyring!r}, grants={len(self._grants)}, "
                f"audit_sinks={len(self._sinks)})")

    def __getstate__(self) -> dict[str, Any]:
        # for Spark / multiprocessing: the keyring pickles as its key reference; the recipe
        # caches (tables, module handles) are rebuilt on first use in the worker
        state = dict(self.__dict__)
        state["_recipes"] = {}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    # -- plumbing ------------------------------------------------------------------------------
    def _recipe(self, entity: str) -> _recipes.Recipe:
        recipe = self._recipes.get(entity)
        if recipe is None:
            if entity == Entity.CN_RESIDENT_ID:
                recipe = _recipes.ResidentIdRecipe(self._resident_keep)
            elif entity == Entity.CN_MOBILE_PHONE:
                recipe = _recipes.MobileRecipe()
            elif entity == Entity.CN_BANK_CARD:
                recipe = _recipes.BankCardRecipe()
            elif entity == Entity.CN_USCC:
                recipe = _recipes.UsccRecipe()
            elif entity == Entity.PERSON:
                recipe = NameRecipe()
            else:
                recipe = _recipes.GenericRecipe()
            self._recipes[entity] = recipe
        return recipe

    def _domain(self, entity: str, domain: str | None) -> str:
        return str(domain) if domain is not None else self._domains.get(entity, entity)

    def _engine(self, entity: str, domain: str, version: int) -> _recipes.Engine:
        kr = self.keyring
        tweak = b"|".join([_FPE_TWEAK, entity.encode(), domain.encode("utf-8")])
        return _recipes.Engine(lambda radix, alphabet=None: kr._ff1(version, radix, alphabet),
                               tweak)

    def _emit(self, **fields: Any) -> None:
        for sink in _audit_sinks(self._sinks):  # its own sinks and the library-wide ones
            try:
                sink.emit(AuditEvent(**fields))
            except Exception:
                raise AuditError() from None

    def _allowed(self, role: str | None, entity: str, purpose: str | None) -> bool:
        if not self._grants or role is None or purpose is None:
            return False
        for r in (role, "*"):
            for e in (entity, "*"):
                for p in (purpose, "*"):
                    if Grant(r, e, p) in self._grants:
                        return True
        return False

    def _authorise(self, entity: str, domain: str, actor: str | None, role: str | None,
                   purpose: str | None, reason: str | None, count: int) -> None:
        if not _audit_sinks(self._sinks):
            raise PermissionDenied("detokenization needs an audit sink; none is configured")
        if not self._grants:
            self._try_emit(action="detokenize", entity=entity, domain=domain, outcome="denied",
                           actor=actor, role=role, purpose=purpose, reason=reason, count=count)
            raise PermissionDenied("no grants are configured, so nothing may be detokenized")
        if not self._allowed(role, entity, purpose):
            self._try_emit(action="detokenize", entity=entity, domain=domain, outcome="denied",
                           actor=actor, role=role, purpose=purpose, reason=reason, count=count)
            raise PermissionDenied("no grant allows this role to detokenize this entity for "
                                   "this purpose")

    def _try_emit(self, **fields: Any) -> None:
        try:
            self._emit(**fields)
        except AuditError:
            pass  # the refusal stands whether or not it could be recorded

    # -- the crypto, no audit ------------------------------------------------------------------
    def _fpe(self, values: Sequence[str], entity: str, domain: str, version: int,
             decrypt: bool) -> list[str]:
        eng = self._engine(entity, domain, version)
        return self._recipe(entity).crypt(values, eng, decrypt)

    def _opaque(self, values: Sequence[str], entity: str, domain: str, version: int) -> list[str]:
        siv = self.keyring._siv(version)
        kid = self.keyring.key_id(version)
        ad = (_OPAQUE_AD, entity.encode(), domain.encode("utf-8"))
        out = []
        for v in values:
            if not isinstance(v, str):
                raise TokenizationError("only strings can be tokenized")
            out.append(f"⟦{entity}:{kid}.{_b64e(siv.encrypt(v.encode('utf-8'), *ad))}⟧")
        return out

    def _open(self, token: str, entity: str, domain: str) -> tuple[str, int]:
        """Decrypt one opaque token; any failure is the same :class:`InvalidToken`."""
        m = OPAQUE_PATTERN.fullmatch(token) if isinstance(token, str) else None
        if m is None or m.group(1) != entity:
            raise InvalidToken()
        try:
            version = self.keyring.version_of(m.group(2))
        except KeyringError:
            raise InvalidToken() from None
        data = _b64d(m.group(3))
        plain = self.keyring._siv(version).decrypt(data, _OPAQUE_AD, entity.encode(),
                                                   domain.encode("utf-8"))
        if plain is None:
            raise InvalidToken()
        try:
            return plain.decode("utf-8"), version
        except UnicodeDecodeError:  # pragma: no cover - authenticated data we wrote
            raise InvalidToken() from None

    def _run(self, values: Any, fn: Any) -> tuple[list[Any], Any]:
        """Apply ``fn`` to the non-null values; return the full list and the input kind."""
        items = list(values)
        if not items or set(map(type, items)) == {str}:  # the common case: no nulls to skip
            return (fn(items) if items else []), len(items)
        idx = [i for i, v in enumerate(items) if not _is_null(v)]
        done = fn([items[i] for i in idx]) if idx else []
        out = list(items)
        for i, r in zip(idx, done):
            out[i] = r
        return out, len(idx)

    @staticmethod
    def _wrap(values: Any, out: list[Any], meta: dict[str, Any]) -> Any:
        if type(values).__module__.startswith("pandas") and hasattr(values, "index"):
            import pandas as pd

            series = pd.Series(out, index=values.index, name=values.name, dtype=object)
            series.attrs["cnpii"] = meta
            return series
        return out

    # -- public API ----------------------------------------------------------------------------
    def tokenize(self, value: str, entity: Entity | str, *, domain: str | None = None,
                 opaque: bool = False) -> str:
        """One token for one value (format-preserving, or opaque with ``opaque=True``).

        Deterministic: the same value, entity, domain and key always give the same token.
        """
        name = _entity_name(entity)
        dom = self._domain(name, domain)
        version = self.keyring.active_version
        if opaque:
            return self._opaque([value], name, dom, version)[0]
        return self._fpe([value], name, dom, version, False)[0]

    def _fpe_robust(self, values: list[Any], entity: str, domain: str, version: int,
                    on_invalid: str) -> list[Any]:
        """Format-preserving tokens; values the recipe refuses become opaque tokens or None.

        The batch is split in halves only where it fails, so a few bad rows in a million
        cost a few dozen extra batch calls, not a million scalar ones."""
        try:
            return self._fpe(values, entity, domain, version, False)
        except TokenizationError:
            if len(values) > 1:
                mid = len(values) // 2
                return (self._fpe_robust(values[:mid], entity, domain, version, on_invalid)
                        + self._fpe_robust(values[mid:], entity, domain, version, on_invalid))
            if on_invalid == "null" or not isinstance(values[0], str):
                return [None]
            return self._opaque(values, entity, domain, version)

    def tokenize_many(self, values: Iterable[Any], entity: Entity | str, *,
                      domain: str | None = None, opaque: bool = False,
                      on_invalid: str = "raise", actor: str | None = None,
                      role: str | None = None, purpose: str | None = None) -> Any:
        """Tokenize a batch (list or pandas Series; nulls pass through), vectorised.

        ``on_invalid``: what to do with values the format-preserving recipe refuses (invalid
        identifiers, too-short strings): ``"raise"`` (default, nothing is tokenized),
        ``"opaque"`` (those values get opaque tokens; non-strings become None) or ``"null"``.
        A Series comes back with ``attrs["cnpii"]`` naming the entity, domain and the key
        version used (format-preserving tokens have no room for it). Emits one audit event.

        >>> tok = Tokenizer(Keyring({1: bytes(32)}))
        >>> out = tok.tokenize_many(["13812345678", "not a phone"], "CN_MOBILE_PHONE",
        ...                         on_invalid="opaque")
        >>> out[0][:3], out[1].startswith("⟦CN_MOBILE_PHONE:k1.")
        ('138', True)
        """
        if on_invalid not in ("raise", "opaque", "null"):
            raise ValueError("on_invalid must be 'raise', 'opaque' or 'null'")
        name = _entity_name(entity)
        dom = self._domain(name, domain)
        version = self.keyring.active_version
        if opaque:
            out, count = self._run(values, lambda vs: self._opaque(vs, name, dom, version))
        elif on_invalid == "raise":
            out, count = self._run(values, lambda vs: self._fpe(vs, name, dom, version, False))
        else:
            out, count = self._run(values, lambda vs: self._fpe_robust(vs, name, dom, version,
                                                                         on_invalid))
        self._emit(action="tokenize", entity=name, domain=dom, outcome="ok", count=count,
                   actor=actor, role=role, purpose=purpose, key_version=version,
                   key_id=self.keyring.key_id(version))
        meta = {"entity": name, "domain": dom, "key_version": version,
                "key_id": self.keyring.key_id(version), "format": "opaque" if opaque else "fpe"}
        return self._wrap(values, out, meta)

    def detokenize(self, token: str, entity: Entity | str, *, actor: str, role: str,
                   purpose: str, reason: str | None = None, domain: str | None = None,
                   key_version: int | None = None) -> str:
        """The original value of one token, if a grant allows it; audited.

        Format-preserving tokens carry no key id: ``key_version`` (default: the active one)
        says which key made them. **A wrong key gives a wrong but valid-looking value.**
        Opaque tokens carry their key id and fail with :class:`InvalidToken` instead.
        """
        return self.detokenize_many([token], entity, actor=actor, role=role, purpose=purpose,
                                    reason=reason, domain=domain, key_version=key_version)[0]

    def detokenize_many(self, tokens: Iterable[Any], entity: Entity | str, *, actor: str,
                        role: str, purpose: str, reason: str | None = None,
                        domain: str | None = None, key_version: int | None = None) -> Any:
        """Detokenize a batch (list or Series); refused with :class:`PermissionDenied` unless a
        grant allows ``role`` to see ``entity`` for ``purpose`` and the audit event is written."""
        name = _entity_name(entity)
        dom = self._domain(name, domain)
        items = list(tokens)
        count = sum(1 for t in items if not _is_null(t))
        self._authorise(name, dom, actor, role, purpose, reason, count)
        version = self.keyring.active_version if key_version is None else key_version
        used: set[int] = set()

        def restore(vs: list[Any]) -> list[str]:
            opaque = [i for i, v in enumerate(vs) if isinstance(v, str) and v.startswith("⟦")]
            fpe = [i for i, v in enumerate(vs) if not (isinstance(v, str) and v.startswith("⟦"))]
            res: list[str] = [""] * len(vs)
            for i in opaque:
                res[i], v = self._open(vs[i], name, dom)
                used.add(v)
            if fpe:
                try:
                    self.keyring._check(version)
                except KeyringError:
                    raise InvalidToken() from None
                for i, r in zip(fpe, self._fpe([vs[i] for i in fpe], name, dom, version, True)):
                    res[i] = r
                used.add(version)
            return res

        try:
            out, _ = self._run(items, restore)
        except (InvalidToken, TokenizationError):
            self._try_emit(action="detokenize", entity=name, domain=dom, outcome="failed",
                           actor=actor, role=role, purpose=purpose, reason=reason, count=count)
            raise InvalidToken() from None
        try:
            self._emit(action="detokenize", entity=name, domain=dom, outcome="ok", count=count,
                       actor=actor, role=role, purpose=purpose, reason=reason,
                       key_version=max(used) if len(used) == 1 else None,
                       key_id=",".join(self.keyring.key_id(v) for v in sorted(used)) or None)
        except AuditError:
            raise PermissionDenied("the audit event could not be written, so the values are "
                                   "not released") from None
        meta = {"entity": name, "domain": dom, "key_version": version, "format": "plain"}
        return self._wrap(tokens, out, meta)

    def rewrap(self, tokens: Iterable[Any], entity: Entity | str, *, from_version: int | None = None,
               domain: str | None = None, actor: str | None = None) -> Any:
        """Re-issue tokens under the active key, without releasing any value.

        Opaque tokens name their key; format-preserving tokens need ``from_version``. The
        values never leave the library, so no grant is needed; one audit event is written.
        """
        name = _entity_name(entity)
        dom = self._domain(name, domain)
        active = self.keyring.active_version

        def redo(vs: list[Any]) -> list[str]:
            res: list[str] = []
            fpe_idx = [i for i, v in enumerate(vs) if not is_opaque_token(v)]
            if fpe_idx and from_version is None:
                raise TokenizationError("format-preserving tokens carry no key id: pass "
                                        "from_version")
            plain: list[str] = [""] * len(vs)
            fpe_plain = (self._fpe([vs[i] for i in fpe_idx], name, dom, int(from_version), True)
                         if fpe_idx else [])
            for i, p in zip(fpe_idx, fpe_plain):
                plain[i] = p
            for i, v in enumerate(vs):
                if is_opaque_token(v):
                    plain[i] = self._open(v, name, dom)[0]
            fpe_new = self._fpe([plain[i] for i in fpe_idx], name, dom, active, False) if fpe_idx else []
            new: dict[int, str] = dict(zip(fpe_idx, fpe_new))
            for i, v in enumerate(vs):
                res.append(new[i] if i in new else self._opaque([plain[i]], name, dom, active)[0])
            return res

        out, count = self._run(tokens, redo)
        self._emit(action="rewrap", entity=name, domain=dom, outcome="ok", count=count,
                   actor=actor, key_version=active, key_id=self.keyring.key_id(active))
        return self._wrap(tokens, out, {"entity": name, "domain": dom, "key_version": active,
                                        "key_id": self.keyring.key_id(active)})

    def detokenize_text(self, text: str, *, actor: str, role: str, purpose: str,
                        reason: str | None = None, domain: str | None = None) -> str:
        """Restore every opaque token in ``text`` in place (see :func:`detokenize_text`)."""
        return detokenize_text(text, self, actor=actor, role=role, purpose=purpose,
                               reason=reason, domain=domain)


def detokenize_text(text: str, tokenizer: Tokenizer, *, actor: str, role: str, purpose: str,
                    reason: str | None = None, domain: str | None = None) -> str:
    """Find the opaque tokens (``⟦ENTITY:key.…⟧``) in ``text`` and put the originals back.

    Every entity found must be granted to ``role`` for ``purpose``, else nothing is restored
    and :class:`PermissionDenied` is raised; one audit event per entity. A tampered or foreign
    token raises :class:`InvalidToken`.
    """
    matches = list(OPAQUE_PATTERN.finditer(text))
    by_entity: dict[str, list[str]] = {}
    for m in matches:
        by_entity.setdefault(m.group(1), []).append(m.group(0))
    for entity in by_entity:  # all or nothing: check every grant before releasing anything
        if not tokenizer._allowed(role, entity, purpose) or not tokenizer._sinks:
            tokenizer._authorise(entity, tokenizer._domain(entity, domain), actor, role, purpose,
                                 reason, len(by_entity[entity]))
    restored: dict[str, str] = {}
    for entity, tokens in by_entity.items():
        unique = list(dict.fromkeys(tokens))
        values = tokenizer.detokenize_many(unique, entity, actor=actor, role=role,
                                           purpose=purpose, reason=reason, domain=domain)
        restored.update(zip(unique, values))
    return OPAQUE_PATTERN.sub(lambda m: restored[m.group(0)], text)
