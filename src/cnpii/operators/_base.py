"""The operator base class: parameter checking, the never-unchanged guard, key access."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Mapping

from cnpii.entities import Entity
from cnpii.errors import PolicyError

__all__ = ["Operator", "Context", "SEPARATORS", "mask_whole"]

#: characters that group an identifier ("6222 0212 ...", "138-1234-5678"); kept, never counted
SEPARATORS = frozenset(" -./:_()（）\t　")


def mask_whole(value: str, char: str = "*") -> str:
    """Every character replaced by ``char`` (the fallback for values too short to keep anything).

    >>> mask_whole("张三")
    '**'
    """
    return char * len(value)


@dataclass(frozen=True, slots=True)
class Context:
    """What an operator may know besides the value: its entity, the column, the keyring."""

    entity: Entity | None = None
    column: str | None = None
    keyring: Any = None

    def __repr__(self) -> str:  # the keyring is never shown
        key = "set" if self.keyring is not None else "none"
        return f"Context(entity={self.entity!s}, column={self.column!r}, keyring={key})"


class Operator:
    """One way of rewriting a detected value. Subclasses implement :meth:`_apply`.

    Parameters are checked when the operator is built, so a bad policy fails at load.
    :meth:`apply` never returns the value it was given: if a rule would leave a value as it
    was (a value shorter than the part to keep, an address that is only a district), the
    value is masked whole instead.

    >>> from cnpii.operators import build
    >>> op = build("keep", {"first": 3, "last": 4})
    >>> op.apply("13812345678")
    '138****5678'
    >>> op.apply("1381")
    '****'
    """

    #: the name used in policies (``operator: keep``)
    name: ClassVar[str] = ""
    #: whether the operator needs a key from a keyring
    keyed: ClassVar[bool] = False
    #: parameter name -> allowed Python types
    params_schema: ClassVar[Mapping[str, tuple[type, ...]]] = {}
    #: parameters that must be present
    required: ClassVar[tuple[str, ...]] = ()

    def __init__(self, params: Mapping[str, Any] | None = None) -> None:
        params = dict(params or {})
        unknown = sorted(set(params) - set(self.params_schema))
        if unknown:
            allowed = ", ".join(sorted(self.params_schema)) or "none"
            from cnpii._args import shown

            raise PolicyError(
                f"operator '{self.name}' has no parameter {shown(unknown[0], 'with that name')} "
                f"(allowed: {allowed})")
        for key in self.required:
            if key not in params:
                raise PolicyError(f"operator '{self.name}' needs the parameter '{key}'")
        for key, value in params.items():
            types = self.params_schema[key]
            if isinstance(value, bool) and bool not in types:
                raise PolicyError(f"operator '{self.name}': parameter '{key}' has the wrong type")
            if not isinstance(value, types):
                names = " or ".join(t.__name__ for t in types)
                raise PolicyError(
                    f"operator '{self.name}': parameter '{key}' must be {names}")
        self.params: dict[str, Any] = params
        char = params.get("char", "*")
        if not isinstance(char, str) or len(char) != 1:
            raise PolicyError(f"operator '{self.name}': 'char' must be one character")
        self.char: str = char
        self._check()

    def _check(self) -> None:
        """Extra parameter checks of a subclass (raise :class:`PolicyError`)."""

    def check_keyring(self, keyring: Any) -> None:
        """Raise :class:`~cnpii.errors.MissingKey` if ``keyring`` cannot serve this operator."""

    def _apply(self, value: str, ctx: Context) -> str | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def apply(self, value: str, ctx: Context | None = None) -> str | None:
        """Rewrite one value; ``None`` means the value is suppressed (a null cell)."""
        ctx = ctx or Context()
        out = self._apply(value, ctx)
        if out is not None and out == value and value:
            return mask_whole(value, self.char)
        return out

    def __call__(self, value: str, ctx: Context | None = None) -> str | None:
        return self.apply(value, ctx)

    def to_dict(self) -> dict[str, Any]:
        """The policy form of this operator: ``{"operator": name, "params": {...}}``."""
        return {"operator": self.name, "params": dict(self.params)}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Operator) and self.to_dict() == other.to_dict()

    def __hash__(self) -> int:
        return hash((self.name, tuple(sorted(map(str, self.params.items())))))

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{type(self).__name__}({args})"
