"""Policy, profiles and rules: what to do with each entity, column and sensitivity class."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Sequence

from cnpii.audit import _runtime as _audit
from cnpii.entities import ENTITY_INFO, Category, Entity
from cnpii.errors import MissingKey, PolicyError
from cnpii.operators import Context, MaskRange, Operator, build
from cnpii.policy._yaml import Lines, load_with_lines

__all__ = ["Rule", "Profile", "Policy", "ResolvedPolicy", "Decision"]

_RULE_KEYS = {"entity", "column", "class", "operator", "params", "note"}
_PROFILE_KEYS = {"role", "purpose", "extends", "rules", "note"}
_TOP_KEYS = {"version", "name", "note", "rules", "profiles", "retention"}
#: masks the whole value: what any entity without a rule gets, so nothing passes unchanged
_FALLBACK = MaskRange()


@dataclass(frozen=True)
class Rule:
    """One rule: a target (a column, an entity or a class) and the operator to apply.

    A column rule may also name the ``entity`` the column holds; without an operator it only
    says which entity the column holds, and that entity's rule is used.

    >>> Rule(entity="CN_MOBILE_PHONE", operator="keep", params={"first": 3, "last": 4}).kind
    'entity'
    """

    entity: Entity | None = None
    column: str | None = None
    klass: Category | None = None
    operator: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    line: int | None = None

    def __post_init__(self) -> None:
        if self.entity is not None:
            object.__setattr__(self, "entity", Entity(self.entity))
        if self.klass is not None:
            object.__setattr__(self, "klass", Category(self.klass))
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))
        op = build(self.operator, self.params) if self.operator is not None else None
        object.__setattr__(self, "_op", op)

    @property
    def kind(self) -> str:
        """``column``, ``entity`` or ``class``."""
        return "column" if self.column is not None else "entity" if self.entity else "class"

    @property
    def op(self) -> Operator | None:
        """The built operator (``None`` for a column rule that only names an entity)."""
        return self._op  # type: ignore[attr-defined,no-any-return]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.column is not None:
            out["column"] = self.column
        if self.entity is not None:
            out["entity"] = str(self.entity)
        if self.klass is not None:
            out["class"] = str(self.klass)
        if self.operator is not None:
            out["operator"] = self.operator
        if self.params:
            out["params"] = dict(self.params)
        return out


@dataclass(frozen=True)
class Profile:
    """Rules for a role and/or a purpose, on top of the profile they extend (or the base)."""

    name: str
    role: str | None = None
    purpose: str | None = None
    extends: str | None = None
    rules: tuple[Rule, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Decision:
    """What a policy decided for one value: the operator, and the rule and profile that chose it."""

    operator: Operator
    rule: Rule | None
    profile: str


def _norm_column(name: str) -> str:
    return str(name).strip().casefold()


class ResolvedPolicy:
    """A policy with its profile chosen: answers "which operator for this column/entity?".

    Precedence: the chosen profile first, then the profile it extends, and so on down to the
    base rules; within one profile a column rule beats an entity rule, which beats a class
    rule. Nothing matching means the value is masked whole.
    """

    def __init__(self, chain: Sequence[tuple[str, Sequence[Rule]]], keyring: Any) -> None:
        self.chain = tuple((name, tuple(rules)) for name, rules in chain)
        self.keyring = keyring
        self.profile = self.chain[0][0]
        self._cache: dict[tuple[str | None, Entity | None, Category | None], Decision] = {}

    def column_entity(self, column: str) -> Entity | None:
        """The entity a column rule declares for ``column``, if any."""
        key = _norm_column(column)
        for _, rules in self.chain:
            for r in rules:
                if r.column is not None and _norm_column(r.column) == key and r.entity:
                    return r.entity
        return None

    def has_column_rule(self, column: str) -> bool:
        """Whether some profile in the chain has a rule for ``column`` with an operator."""
        key = _norm_column(column)
        return any(r.column is not None and _norm_column(r.column) == key and r.op is not None
                   for _, rules in self.chain for r in rules)

    def decide(self, entity: Entity | str | None = None, column: str | None = None, *,
               klass: Category | str | None = None) -> Decision:
        """The operator for a value of ``entity`` found in ``column`` (either may be None).

        ``klass`` is the JR/T 0171 category of a column that holds no entity (a balance is C2):
        class rules then apply to it as to an entity of that category.

        >>> from cnpii.policy import Policy
        >>> Policy.default().resolve().decide("CN_MOBILE_PHONE").operator.apply("13812345678")
        '138****5678'
        """
        ent = Entity(entity) if entity is not None else None
        cat = Category(klass) if klass is not None else None
        cache_key = (column, ent, cat)
        hit = self._cache.get(cache_key)
        if hit is not None:
            return hit
        decision = self._decide(ent, column, cat)
        self._cache[cache_key] = decision
        return decision

    def _decide(self, entity: Entity | None, column: str | None,
                given: Category | None = None) -> Decision:
        col = _norm_column(column) if column is not None else None
        if entity is None and col is not None:
            entity = self.column_entity(column)  # type: ignore[arg-type]
        klass = ENTITY_INFO[entity].category if entity is not None else given
        for name, rules in self.chain:
            if col is not None:
                for r in rules:
                    if r.column is not None and _norm_column(r.column) == col and r.op:
                        return Decision(r.op, r, name)
            if entity is not None:
                for r in rules:
                    if r.column is None and r.entity == entity:
                        return Decision(r.op, r, name)  # type: ignore[arg-type]
            if klass is not None:
                for r in rules:
                    if r.klass == klass:
                        return Decision(r.op, r, name)  # type: ignore[arg-type]
        return Decision(_FALLBACK, None, "(fallback)")

    def operator_for(self, entity: Entity | str | None = None, column: str | None = None) -> Operator:
        """Shorthand for ``decide(...).operator``."""
        return self.decide(entity, column).operator

    def apply(self, value: str, entity: Entity | str | None = None,
              column: str | None = None) -> str | None:
        """Mask one value as this policy says.

        >>> from cnpii.policy import Policy
        >>> Policy.default().resolve().apply("6222021234567890128", "CN_BANK_CARD")
        '622202*********0128'
        """
        ent = Entity(entity) if entity is not None else None
        op = self.operator_for(ent, column)
        return op.apply(value, Context(entity=ent, column=column, keyring=self.keyring))

    def __repr__(self) -> str:
        return f"ResolvedPolicy(profile={self.profile!r}, chain={[n for n, _ in self.chain]})"


class Policy:
    """A masking policy: base rules, and profiles for roles and purposes.

    Build one with :meth:`load` (a YAML file, a YAML string or a dict) or :meth:`default` (the
    bank display convention). Keyed operators take their key from ``keyring``; a policy that
    uses one fails at load without it.

    >>> p = Policy.load({"rules": [{"entity": "PERSON", "operator": "keep",
    ...                             "params": {"first": "surname"}}]})
    >>> p.resolve().apply("欧阳娜娜", "PERSON")
    '欧阳**'
    >>> Policy.load({"rules": [{"entity": "PERSON", "operator": "kep"}]})
    Traceback (most recent call last):
    ...
    cnpii.errors.PolicyError: policy (dict): rules[0].operator: unknown operator 'kep' (known: ...)
    """

    def __init__(self, rules: Sequence[Rule] = (), profiles: Sequence[Profile] = (), *,
                 keyring: Any = None, source: str = "policy (python)", name: str | None = None,
                 lines: Lines | None = None, unavailable: Mapping[str, str] | None = None) -> None:
        self.rules = tuple(rules)
        self.profiles: Mapping[str, Profile] = MappingProxyType({p.name: p for p in profiles})
        self.keyring = keyring
        self.source = source
        self.name = name
        self._unavailable = dict(unavailable or {})
        self._check(lines or {})

    # -- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, src: str | os.PathLike[str] | Mapping[str, Any], *, keyring: Any = None) -> Policy:
        """Load a policy from a YAML file path, a YAML document string, or a dict.

        Errors are :class:`~cnpii.errors.PolicyError` naming the file, the line and what is
        wrong; :class:`~cnpii.errors.MissingKey` when a keyed operator has no ``keyring``.
        """
        if isinstance(src, Mapping):
            return cls._from_data(dict(src), {}, "policy (dict)", keyring)
        if isinstance(src, str) and "\n" not in src and ":" in src and not Path(src).exists():
            src = src + "\n"  # a one-line YAML document such as "rules: []", not a path
        if isinstance(src, (str, os.PathLike)) and (isinstance(src, os.PathLike) or "\n" not in src):
            path = Path(src)
            try:
                text = path.read_text(encoding="utf-8-sig")
            except OSError:
                raise PolicyError(f"{path}: cannot read the policy file") from None
            except UnicodeDecodeError:
                raise PolicyError(f"{path}: the policy file is not UTF-8") from None
            source = str(path)
        elif isinstance(src, str):
            text, source = src, "policy (string)"
        else:
            raise PolicyError("a policy is loaded from a path, a YAML string or a dict")
        data, lines = load_with_lines(text, source)
        return cls._from_data(data, lines, source, keyring)

    @classmethod
    def default(cls, *, keyring: Any = None) -> Policy:
        """The bank display convention, with profiles for common roles and purposes.

        See ``docs/policies.md``. Profiles that need a key (``analytics``, ``test_data``)
        are available only when ``keyring`` is given.

        >>> Policy.default().resolve().apply("11010519491231002X", "CN_RESIDENT_ID")
        '1****************X'
        """
        from cnpii.policy._default import default_data

        data, keyed_profiles = default_data(with_keys=keyring is not None)
        policy = cls._from_data(data, {}, "default policy", keyring)
        policy._unavailable = {name: "this profile of the default policy needs keyring="
                               for name in keyed_profiles}
        return policy

    @classmethod
    def _from_data(cls, data: Any, lines: Lines, source: str, keyring: Any) -> Policy:
        from cnpii.policy._parse import parse

        rules, profiles, name = parse(data, lines, source)
        policy = cls(rules, profiles, keyring=keyring, source=source, name=name, lines=lines)
        policy.retention = __import__("cnpii.retention").retention.parse_retention(  # see there
            data.get("retention") if isinstance(data, dict) else None, source)
        _audit.emit_policy_load(policy)  # audit (a no-op when off)
        return policy

    # -- checks --------------------------------------------------------------------------
    def _where(self, lines: Lines, path: tuple[Any, ...], line: int | None = None) -> str:
        line = line or lines.get(path)
        if line:
            return f"{self.source}:{line}"
        label = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        return f"{self.source}: {label}" if label else self.source

    def _check(self, lines: Lines) -> None:
        seen: dict[tuple[str | None, str | None], str] = {}
        for p in self.profiles.values():
            where = self._where(lines, ("profiles", p.name), p.line)
            if p.extends is not None and p.extends not in self.profiles:
                raise PolicyError(f"{where}: profile '{p.name}' extends unknown profile "
                                  f"'{p.extends}'")
            if p.role is not None or p.purpose is not None:
                other = seen.get((p.role, p.purpose))
                if other is not None:
                    raise PolicyError(f"{where}: profiles '{other}' and '{p.name}' have the "
                                      "same role and purpose")
                seen[(p.role, p.purpose)] = p.name
            # a cycle in extends
            chain, cur = [p.name], p.extends
            while cur is not None:
                if cur in chain:
                    raise PolicyError(f"{where}: profile '{p.name}' extends itself "
                                      f"(through {' -> '.join(chain + [cur])})")
                chain.append(cur)
                cur = self.profiles[cur].extends
        for rule, path in self._all_rules():
            if rule.op is not None and rule.op.keyed:
                where = self._where(lines, path, rule.line)
                if self.keyring is None:
                    raise MissingKey(f"{where}: operator '{rule.operator}' needs a key; "
                                     "load the policy with keyring=")
                try:
                    rule.op.check_keyring(self.keyring)
                except MissingKey as exc:
                    raise MissingKey(f"{where}: {exc.message}") from None

    def _all_rules(self) -> list[tuple[Rule, tuple[Any, ...]]]:
        out = [(r, ("rules", i)) for i, r in enumerate(self.rules)]
        for p in self.profiles.values():
            out += [(r, ("profiles", p.name, "rules", i)) for i, r in enumerate(p.rules)]
        return out

    @property
    def needs_key(self) -> bool:
        """Whether any rule uses a keyed operator (hmac, synthetic, tokenize)."""
        return any(r.op is not None and r.op.keyed for r, _ in self._all_rules())

    # -- use -----------------------------------------------------------------------------
    def profile_for(self, role: str | None = None, purpose: str | None = None) -> Profile | None:
        """The most specific profile for ``role`` and ``purpose`` (None for the base rules).

        A profile matching both beats one matching the role only, which beats one matching
        the purpose only. Asking for a role or purpose no profile serves is an error, so a
        typo never falls back silently to a weaker profile.
        """
        if role is None and purpose is None:
            return None
        best: tuple[int, Profile] | None = None
        for p in self.profiles.values():
            if p.role is None and p.purpose is None:
                continue
            if p.role is not None and p.role != role:
                continue
            if p.purpose is not None and p.purpose != purpose:
                continue
            score = (2 if p.role is not None else 0) + (1 if p.purpose is not None else 0)
            if best is None or score > best[0]:
                best = (score, p)
        if best is None:
            for name, why in self._unavailable.items():
                if name in (role, purpose):
                    raise MissingKey(f"{self.source}: {why}")
            raise PolicyError(f"{self.source}: no profile for role '{role}' and purpose "
                              f"'{purpose}' (profiles: {', '.join(sorted(self.profiles)) or 'none'})")
        return best[1]

    def resolve(self, role: str | None = None, purpose: str | None = None, *,
                keyring: Any = None) -> ResolvedPolicy:
        """The rules for ``role`` and ``purpose``, most specific first (see :class:`ResolvedPolicy`)."""
        profile = self.profile_for(role, purpose)
        chain: list[tuple[str, Sequence[Rule]]] = []
        while profile is not None:
            chain.append((profile.name, profile.rules))
            profile = self.profiles[profile.extends] if profile.extends else None
        chain.append(("(base)", self.rules))
        resolved = ResolvedPolicy(chain, keyring if keyring is not None else self.keyring)
        resolved.source = self.name or self.source  # the policy id audit events carry
        return resolved

    def to_dict(self) -> dict[str, Any]:
        """The policy as plain data (the shape :meth:`load` reads)."""
        out: dict[str, Any] = {"version": 1}
        if self.name:
            out["name"] = self.name
        out["rules"] = [r.to_dict() for r in self.rules]
        if self.profiles:
            out["profiles"] = {}
            for p in self.profiles.values():
                d: dict[str, Any] = {}
                for k in ("role", "purpose", "extends"):
                    if getattr(p, k) is not None:
                        d[k] = getattr(p, k)
                d["rules"] = [r.to_dict() for r in p.rules]
                out["profiles"][p.name] = d
        if getattr(self, "retention", None):
            out["retention"] = self.retention.to_dict()  # type: ignore[attr-defined]
        return out

    @classmethod
    def from_classification(cls, result: Any, *, role: str | None = None,
                            keyring: Any = None) -> Policy:
        """A starting policy for the columns of a :class:`cnpii.classification.Classification`
        (or an :class:`~cnpii.classification.Inventory`): the default display rules, plus one
        column rule per graded column: identifier columns name their entity; amounts, income
        and credit limits are generalised to bands, birth dates to the year, other C2/C3
        columns masked whole or suppressed by their class. With ``role`` the column rules go
        into a profile for that role. Edit it, then :meth:`save` it as YAML.

        >>> import pandas as pd, cnpii
        >>> r = cnpii.classify(pd.DataFrame({"dkzh": ["6228480402564890018"], "余额": ["10.5"]}))
        >>> [rule.to_dict() for rule in Policy.from_classification(r).rules[-2:]]
        [{'column': 'dkzh', 'entity': 'CN_BANK_ACCOUNT'}, {'column': '余额', 'operator': 'generalize', 'params': {'kind': 'amount'}}]
        """
        from cnpii.policy._default import column_rules, default_data

        data, _ = default_data(with_keys=keyring is not None)
        results = [e.result for e in result.entries if e.result is not None] \
            if hasattr(result, "entries") else [result]
        rules: list[dict[str, Any]] = []
        seen: set[str] = set()
        for r in results:
            for rule in column_rules(r):
                if rule["column"] not in seen:
                    seen.add(rule["column"])
                    rules.append(rule)
        name = f"starting policy from classification of {results[0].source}" if results \
            else "starting policy"
        out: dict[str, Any] = {"version": 1, "name": name, "rules": list(data["rules"]),
                               "profiles": dict(data["profiles"])}
        if role is None:
            out["rules"] += rules
        else:
            out["profiles"] = {**out["profiles"], f"role_{role}": {"role": role, "rules": rules}}
        return cls._from_data(out, {}, "policy (from classification)", keyring)

    def to_yaml(self) -> str:
        """The policy as a YAML document that :meth:`load` reads back.

        >>> p = Policy.load({"rules": [{"column": "余额", "operator": "mask_range"}]})
        >>> Policy.load(p.to_yaml()).to_dict() == p.to_dict()
        True
        """
        import yaml

        return str(yaml.safe_dump(self.to_dict(), allow_unicode=True, sort_keys=False))

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write :meth:`to_yaml` to ``path`` (UTF-8)."""
        out = Path(path)
        out.write_text(self.to_yaml(), encoding="utf-8")
        return out

    def __repr__(self) -> str:
        return (f"Policy(source={self.source!r}, rules={len(self.rules)}, "
                f"profiles={sorted(self.profiles)})")
