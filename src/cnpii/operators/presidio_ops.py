"""cnpii's operators as ``presidio_anonymizer`` operators.

:func:`operators` returns one Presidio ``Operator`` class per cnpii operator, named
``cnpii_<name>``. Add them to an ``AnonymizerEngine`` and use them in ``OperatorConfig`` with
the same parameters a cnpii policy takes; keyed operators take ``keyring`` in their params.
Presidio's ``entity_type`` is passed through, so entity-aware operators (``replace`` labels,
``synthetic``) work when the entity type is a cnpii entity name.

>>> from presidio_anonymizer import AnonymizerEngine
>>> from presidio_anonymizer.entities import OperatorConfig, RecognizerResult
>>> engine = AnonymizerEngine()
>>> for cls in operators():
...     engine.add_anonymizer(cls)
>>> text = "手机 13812345678"
>>> result = engine.anonymize(
...     text, [RecognizerResult("CN_MOBILE_PHONE", 3, 14, 0.9)],
...     {"CN_MOBILE_PHONE": OperatorConfig("cnpii_keep", {"first": 3, "last": 4})})
>>> result.text
'手机 138****5678'
"""

from __future__ import annotations

from typing import Any, Dict

from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Operator as PresidioOperator
from presidio_anonymizer.operators import OperatorType

from cnpii.entities import Entity
from cnpii.errors import CnpiiError
from cnpii.operators import OPERATORS, Context
from cnpii.operators import Operator as CnpiiOperator

__all__ = ["operators", "operator_class"]

_PRESIDIO_KEYS = ("entity_type", "keyring")


def _split(params: Dict | None) -> tuple[dict[str, Any], Context]:
    params = dict(params or {})
    entity_name = params.pop("entity_type", None)
    keyring = params.pop("keyring", None)
    try:
        entity = Entity(entity_name) if entity_name else None
    except ValueError:
        entity = None
    return params, Context(entity=entity, keyring=keyring)


def operator_class(cls: type[CnpiiOperator]) -> type[PresidioOperator]:
    """The Presidio operator class wrapping the cnpii operator class ``cls``."""

    def operate(self: PresidioOperator, text: str = "", params: Dict | None = None) -> str:
        own, ctx = _split(params)
        try:
            out = cls(own).apply(text, ctx)
        except CnpiiError as exc:
            raise InvalidParamError(str(exc)) from None
        return "" if out is None else out

    def validate(self: PresidioOperator, params: Dict | None = None) -> None:
        own, ctx = _split(params)
        try:
            cls(own)
        except CnpiiError as exc:
            raise InvalidParamError(str(exc)) from None
        if cls.keyed and ctx.keyring is None:
            raise InvalidParamError(f"operator 'cnpii_{cls.name}' needs 'keyring' in its params")

    return type(
        f"Cnpii{cls.__name__}",
        (PresidioOperator,),
        {
            "__doc__": f"Presidio wrapper of cnpii's '{cls.name}' operator.",
            "__module__": __name__,
            "operate": operate,
            "validate": validate,
            "operator_name": lambda self: f"cnpii_{cls.name}",
            "operator_type": lambda self: OperatorType.Anonymize,
        },
    )


_CLASSES = tuple(operator_class(cls) for cls in OPERATORS.values())


def operators() -> list[type[PresidioOperator]]:
    """One Presidio operator class per cnpii operator (``cnpii_keep``, ``cnpii_hmac``, ...).

    >>> sorted(cls().operator_name() for cls in operators())[:3]
    ['cnpii_generalize', 'cnpii_hmac', 'cnpii_keep']
    """
    return list(_CLASSES)

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["operators", "operator_class"])  # cnpii._args: typed, quiet errors (issue 11)
