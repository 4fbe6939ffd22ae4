"""What ``cnpii scan`` looks for and how it decides: defaults, configuration files, options.

The CI default (:data:`CI_DEFAULT_ENTITIES`) is every C2 and C3 identifier that singles out one
person or one account (resident ID, bank card and account, mobile, passport and permits) plus
the unified social credit code and authentication data. Names and addresses (noisy in code),
landlines, e-mail addresses and plates (an institution's own contact data fills code and docs),
and the other C1 entities are opt-in with ``--entities``.

Configuration lives in ``.cnpii.toml`` (top-level keys) or in the ``[tool.cnpii]`` table of
``pyproject.toml``; command-line options win over both.

>>> sorted(e.value for e in resolve_entity_spec("+PERSON") - CI_DEFAULT_ENTITIES)
['PERSON']
>>> Entity.CN_ADDRESS in resolve_entity_spec(None)
False
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from cnpii.entities import ENTITY_INFO, Category, Entity
from cnpii.errors import CnpiiError

__all__ = ["CI_DEFAULT_ENTITIES", "ScanConfig", "ConfigError", "load_config_file",
           "resolve_entity_spec", "CONFIG_KEYS"]

_E = Entity
#: the entities a CI scan looks for unless told otherwise (the one list of them)
CI_DEFAULT_ENTITIES: frozenset[Entity] = frozenset({
    _E.CN_RESIDENT_ID, _E.CN_BANK_CARD, _E.CN_BANK_ACCOUNT, _E.CN_MOBILE_PHONE, _E.CN_PASSPORT,
    _E.CN_HK_MACAU_PERMIT, _E.CN_TAIWAN_PERMIT, _E.CN_USCC,
    # authentication data: every C3 entity
    *(e for e, i in ENTITY_INFO.items() if i.category is Category.C3),
})

#: keys understood in ``.cnpii.toml`` / ``[tool.cnpii]`` and their types
CONFIG_KEYS: dict[str, type | tuple[type, ...]] = {
    "exclude": list, "entities": (list, str), "threshold": (float, int), "allow": list,
    "fail-on": str, "max-size-mb": (int, float), "untracked": bool, "skip-unreadable": bool,
    "baseline": str, "hidden": bool,
}


class ConfigError(CnpiiError, ValueError):
    """A configuration file or option that cannot be used (the message names the key, never a value
    found in a scanned file)."""

    default_message = "invalid cnpii scan configuration"


def resolve_entity_spec(spec: str | list[str] | None) -> frozenset[Entity]:
    """Entities from ``--entities``: ``None`` or ``default`` is :data:`CI_DEFAULT_ENTITIES`,
    ``all`` every entity, names starting with ``+`` are added to the default set,
    other names replace it.

    >>> sorted(resolve_entity_spec("CN_MOBILE_PHONE,email_address"))
    [<Entity.CN_MOBILE_PHONE: 'CN_MOBILE_PHONE'>, <Entity.EMAIL_ADDRESS: 'EMAIL_ADDRESS'>]
    >>> len(resolve_entity_spec("all")) == len(Entity)
    True
    """
    if spec is None:
        return CI_DEFAULT_ENTITIES
    names = [n.strip() for n in (spec.split(",") if isinstance(spec, str) else spec) if n.strip()]
    if not names:
        return CI_DEFAULT_ENTITIES
    out: set[Entity] = set()
    added: set[Entity] = set()
    unknown = []
    for n in names:
        plus = n.startswith("+")
        key = n.lstrip("+").strip().upper()
        if key == "ALL":
            out |= set(Entity)
            continue
        if key == "DEFAULT":
            out |= CI_DEFAULT_ENTITIES
            continue
        if key not in Entity.__members__:
            unknown.append(key)
            continue
        (added if plus else out).add(Entity(key))
    if unknown:
        from cnpii._args import shown

        raise ConfigError(f"unknown entity: {', '.join(shown(u, 'a name') for u in sorted(unknown))}")
    if added and not out:
        out = set(CI_DEFAULT_ENTITIES)
    return frozenset(out | added)


@dataclass
class ScanConfig:
    """Everything a scan run needs to decide what to report (after merging files and options)."""

    entities: frozenset[Entity] = CI_DEFAULT_ENTITIES
    threshold: float | None = None
    exclude: list[str] = field(default_factory=list)
    #: regular expressions; a finding whose whole value matches one is not reported
    allow: list[str] = field(default_factory=list)
    fail_on: Category = Category.C1
    max_size: int = 100 * 1024 * 1024
    untracked: bool = False
    skip_unreadable: bool = False
    hidden: bool = False
    baseline: str | None = None
    #: where the settings came from (for messages)
    source: str | None = None

    def __post_init__(self) -> None:
        for pattern in self.allow:
            try:
                re.compile(pattern)
            except re.error:
                raise ConfigError("an allow pattern is not a valid regular expression") from None
        if self.threshold is not None and not 0.0 <= float(self.threshold) <= 1.0:
            raise ConfigError("threshold must be between 0 and 1")


def _find_config(start: str) -> tuple[str, dict[str, Any]] | None:
    """The nearest ``.cnpii.toml`` or ``pyproject.toml`` with a ``[tool.cnpii]`` table, looking
    from ``start`` up to the filesystem root (stopping at a repository root)."""
    d = os.path.abspath(start)
    while True:
        dot = os.path.join(d, ".cnpii.toml")
        if os.path.isfile(dot):
            return dot, _load_toml(dot)
        py = os.path.join(d, "pyproject.toml")
        if os.path.isfile(py):
            table = _load_toml(py).get("tool", {}).get("cnpii")
            if isinstance(table, dict):
                return py, table
        if os.path.exists(os.path.join(d, ".git")):
            return None
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def _load_toml(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError:
        raise ConfigError(f"{os.path.basename(path)} is not valid TOML") from None


def load_config_file(path: str | None = None, start: str = ".") -> tuple[str | None, dict[str, Any]]:
    """The scan settings of an explicit file, or of the nearest ``.cnpii.toml`` /
    ``pyproject.toml`` ``[tool.cnpii]`` from ``start``: ``(file, settings)``. Keys are checked
    against :data:`CONFIG_KEYS`; unknown keys are returned under ``"_unknown"``."""
    if path is not None:
        data = _load_toml(path)
        if os.path.basename(path) == "pyproject.toml":
            data = data.get("tool", {}).get("cnpii", {})
        found: tuple[str, dict[str, Any]] | None = (path, data)
    else:
        found = _find_config(start)
    if found is None:
        return None, {}
    source, data = found
    settings: dict[str, Any] = {}
    unknown = []
    for key, value in data.items():
        want = CONFIG_KEYS.get(key)
        if want is None:
            unknown.append(key)
            continue
        if not isinstance(value, want) or (want is bool and not isinstance(value, bool)):
            raise ConfigError(f"{os.path.basename(source)}: '{key}' has the wrong type")
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{os.path.basename(source)}: '{key}' must be a list of strings")
        settings[key] = value
    if unknown:
        settings["_unknown"] = sorted(unknown)
    return source, settings
