"""Turn loaded policy data into rules and profiles, with errors that say where and what."""

from __future__ import annotations

from typing import Any

from cnpii.entities import Category, Entity
from cnpii.errors import PolicyError
from cnpii.policy._model import _PROFILE_KEYS, _RULE_KEYS, _TOP_KEYS, Profile, Rule
from cnpii.policy._yaml import Lines

__all__ = ["parse"]


def _label(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _Ctx:
    def __init__(self, lines: Lines, source: str) -> None:
        self.lines, self.source = lines, source

    def fail(self, path: tuple[Any, ...], what: str) -> PolicyError:
        line = None
        for n in range(len(path), -1, -1):  # the deepest part of the path we know a line for
            line = self.lines.get(path[:n])
            if line is not None:
                break
        where = f"{self.source}:{line}" if line else self.source
        label = _label(path)
        return PolicyError(f"{where}: {label + ': ' if label else ''}{what}")


def _mapping(item: Any, allowed: set[str], path: tuple[Any, ...], ctx: _Ctx,
             not_mapping: str) -> None:
    """Fail unless ``item`` is a mapping whose keys are all in ``allowed``."""
    if not isinstance(item, dict):
        raise ctx.fail(path, not_mapping)
    unknown = sorted(set(item) - allowed, key=str)
    if unknown:
        from cnpii._args import shown

        key = shown(unknown[0], "with that name")
        at = path + (unknown[0],) if key.startswith("'") else path  # text is never quoted
        raise ctx.fail(at, f"unknown key {key} (allowed: {', '.join(sorted(allowed))})")


def _rule(item: Any, path: tuple[Any, ...], ctx: _Ctx) -> Rule:
    _mapping(item, _RULE_KEYS, path, ctx,
             "a rule must be a mapping (entity/column/class, operator, params)")
    targets = [k for k in ("column", "entity", "class") if k in item]
    if not targets:
        raise ctx.fail(path, "a rule needs one of 'column', 'entity' or 'class'")
    if "class" in item and len(targets) > 1:
        raise ctx.fail(path, "a 'class' rule cannot also name a column or an entity")
    if "column" not in item and len(targets) > 1:
        raise ctx.fail(path, "a rule names either an entity or a class, not both")
    entity = klass = column = None
    if "entity" in item:
        try:
            entity = Entity(item["entity"])
        except ValueError:
            raise ctx.fail(path + ("entity",), f"unknown entity '{item['entity']}' "
                           "(see cnpii.Entity)") from None
    if "class" in item:
        try:
            klass = Category(item["class"])
        except ValueError:
            raise ctx.fail(path + ("class",), "class must be C1, C2 or C3") from None
    if "column" in item:
        column = item["column"]
        if not isinstance(column, (str, int)) or isinstance(column, bool) or str(column) == "":
            raise ctx.fail(path + ("column",), "column must be a non-empty name")
        column = str(column)
    operator = item.get("operator")
    if operator is None and not (column is not None and entity is not None):
        raise ctx.fail(path, "a rule needs an 'operator' (only a column rule naming an entity "
                       "may leave it out)")
    if operator is not None and not isinstance(operator, str):
        raise ctx.fail(path + ("operator",), "operator must be a name")
    params = item.get("params", {})
    if params is None:
        params = {}
    if not isinstance(params, dict):
        raise ctx.fail(path + ("params",), "params must be a mapping")
    try:
        return Rule(entity=entity, column=column, klass=klass, operator=operator, params=params,
                    line=ctx.lines.get(path))
    except PolicyError as exc:
        where: tuple[Any, ...] = ("operator",)
        for k in params:  # point at the offending parameter's own line when we can
            if f"'{k}'" in exc.message:
                where = ("params", k)
                break
        raise ctx.fail(path + where, exc.message) from None


def _rules(items: Any, path: tuple[Any, ...], ctx: _Ctx) -> tuple[Rule, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ctx.fail(path, "rules must be a list")
    return tuple(_rule(item, path + (i,), ctx) for i, item in enumerate(items))


def _name(value: Any, path: tuple[Any, ...], ctx: _Ctx, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ctx.fail(path, f"{what} must be a non-empty name")
    return value


def parse(data: Any, lines: Lines, source: str) -> tuple[tuple[Rule, ...], list[Profile], str | None]:
    """Check the shape of policy data and build its rules and profiles."""
    ctx = _Ctx(lines, source)
    if data is None:
        raise ctx.fail((), "the policy is empty")
    _mapping(data, _TOP_KEYS, (), ctx, "a policy must be a mapping with 'rules' and optional 'profiles'")
    if data.get("version", 1) != 1:
        raise ctx.fail(("version",), "only policy version 1 is known")
    rules = _rules(data.get("rules"), ("rules",), ctx)
    profiles: list[Profile] = []
    raw = data.get("profiles") or {}
    if not isinstance(raw, dict):
        raise ctx.fail(("profiles",), "profiles must be a mapping of name to profile")
    for pname, body in raw.items():
        path: tuple[Any, ...] = ("profiles", pname)
        _mapping(body, _PROFILE_KEYS, path, ctx,
                 "a profile must be a mapping (role, purpose, extends, rules)")
        profiles.append(Profile(
            name=str(pname),
            role=_name(body.get("role"), path + ("role",), ctx, "role"),
            purpose=_name(body.get("purpose"), path + ("purpose",), ctx, "purpose"),
            extends=_name(body.get("extends"), path + ("extends",), ctx, "extends"),
            rules=_rules(body.get("rules"), path + ("rules",), ctx),
            line=lines.get(path),
        ))
    name = data.get("name")
    return rules, profiles, str(name) if name is not None else None
