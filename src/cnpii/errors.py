"""One exception tree for cnpii.

Every error cnpii raises on purpose derives from :class:`CnpiiError`. Messages are fixed
texts chosen by the raising code: they never quote the value that was being checked, so an
exception can be logged, shown or sent to a tracker without leaking what cnpii protects.

>>> from cnpii.identifiers import resident_id
>>> try:
...     resident_id.validate("11010519491231002A")
... except ValidationError as e:
...     print(type(e).__name__, "-", e)
InvalidFormat - the value contains characters that are not allowed
"""

from __future__ import annotations

__all__ = [
    "CnpiiError",
    "ValidationError",
    "InvalidFormat",
    "InvalidLength",
    "InvalidChecksum",
    "InvalidComponent",
]


class CnpiiError(Exception):
    """Base class of every error cnpii raises."""

    #: default message used when the raiser gives none
    default_message = "cnpii error"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.default_message

    def __repr__(self) -> str:  # never more than the fixed message
        return f"{type(self).__name__}({self.message!r})"


class ValidationError(CnpiiError, ValueError):
    """A value is not a valid identifier. Subclasses say why; none quotes the value."""

    default_message = "the value is not valid"


class InvalidFormat(ValidationError):
    """Wrong characters or wrong shape."""

    default_message = "the value has the wrong format"


class InvalidLength(ValidationError):
    """Wrong number of characters."""

    default_message = "the value has the wrong length"


class InvalidChecksum(ValidationError):
    """The check digit or check character does not match."""

    default_message = "the check digit does not match"


class InvalidComponent(ValidationError):
    """A part of the value (region code, date, segment, prefix) is not valid."""

    default_message = "a component of the value is not valid"
