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


# --- policies, masking and files (cnpii.policy, cnpii.masking, cnpii.dataframe) ---
__all__ += ["PolicyError", "MissingKey", "MalformedRow", "UnsupportedFormat"]


class PolicyError(CnpiiError, ValueError):
    """A masking policy is not valid. The message names the source, line and what is wrong."""

    default_message = "the masking policy is not valid"


class MissingKey(PolicyError):
    """A policy uses a keyed operator (hmac, synthetic, tokenize) but no keyring was given."""

    default_message = "this policy uses a keyed operator and needs keyring="


class MalformedRow(CnpiiError, ValueError):
    """A row of an input file cannot be parsed. Carries the line number, never the row."""

    default_message = "a row of the input cannot be parsed"

    def __init__(self, message: str | None = None, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class UnsupportedFormat(CnpiiError, ValueError):
    """A file format cnpii cannot read or write (by extension or by the --format option)."""

    default_message = "the file format is not supported"


# --- tokenization, keys and audit (cnpii.hazmat, cnpii.tokenization, cnpii.audit) ---
__all__ += ["TokenizationError", "InvalidToken", "PermissionDenied", "KeyringError", "AuditError"]


class TokenizationError(CnpiiError, ValueError):
    """A value cannot be tokenized as asked (wrong shape, outside the token domain, domain too
    small for FF1). The message says why without quoting the value."""

    default_message = "the value cannot be tokenized as requested"


class InvalidToken(CnpiiError, ValueError):
    """An opaque token is tampered, foreign, for another entity or under an unknown key.

    Deliberately one error with one fixed message: it gives an attacker nothing to probe."""

    default_message = "invalid token"


class PermissionDenied(CnpiiError, PermissionError):
    """Detokenization refused: no grant for this role, entity and purpose, no grants at all,
    or the audit trail could not be written."""

    default_message = "detokenization is not permitted"


class KeyringError(CnpiiError, ValueError):
    """A key cannot be loaded, found or used. Never carries key material."""

    default_message = "key material is not available"


class AuditError(CnpiiError):
    """An audit event could not be written, or an audit log does not verify."""

    default_message = "the audit trail could not be written"


# --- collection-time validation (cnpii.validation) ---
__all__ += ["UnknownSchema", "RecordsInvalid"]


class UnknownSchema(CnpiiError, ValueError):
    """A schema or purpose name cnpii does not know, or a purpose that is not consistent."""

    default_message = "unknown schema or purpose"


class RecordsInvalid(CnpiiError, ValueError):
    """Records failed validation. Carries a masked report (``.report``), never the values."""

    default_message = "records failed validation"

    def __init__(self, message: str | None = None, *, report: object = None) -> None:
        super().__init__(message)
        self.report = report


# --- tables and files: hardening (cnpii.masking, cnpii.dataframe) ---
__all__ += ["UnknownColumn", "UnreadableInput", "WriteFailed", "InvalidOption"]


class UnknownColumn(CnpiiError, KeyError):
    """A ``columns=`` entry names no column of the frame (a misspelt name). The message gives
    the entry's position, never the names (a label can itself be personal data)."""

    default_message = "columns= names a column the frame does not have"

    def __str__(self) -> str:  # KeyError would quote the message
        return self.message


class UnreadableInput(CnpiiError, ValueError):
    """An input file cannot be read: corrupt, not the format its extension says, not in the
    given encoding. The message names the problem, never the content."""

    default_message = "the input file cannot be read"


class WriteFailed(CnpiiError, OSError):
    """The output cannot be written (a value the output format or encoding cannot hold, a
    full disk, a missing directory). No partial output is left behind."""

    default_message = "the output cannot be written"


class InvalidOption(CnpiiError, ValueError):
    """An option has a value cnpii cannot use (``--chunk-rows 0``, an unknown ``--encoding``,
    a delimiter of two characters, a ``--file-mode`` that is not octal)."""

    default_message = "an option has a value that cannot be used"


# --- optional extras and Spark (cnpii.spark) ---
__all__ += ["MissingExtra", "SparkError"]


class MissingExtra(CnpiiError, ImportError):
    """An optional part of cnpii needs a package that is not installed; ``.extra`` names the
    extra that installs it (``pip install "cnpii[spark]"``)."""

    default_message = "an optional dependency of cnpii is not installed"

    def __init__(self, message: str | None = None, *, extra: str | None = None) -> None:
        super().__init__(message)
        self.extra = extra


class SparkError(CnpiiError, ValueError):
    """A Spark job cannot be run safely as asked (a keyring that would travel in clear, a
    column type cnpii cannot mask, a feature missing from this build). Never quotes a value."""

    default_message = "the Spark job cannot be run as asked"


# --- arguments of the public API (cnpii._args) ---
__all__ += ["ArgumentError"]


class ArgumentError(CnpiiError, TypeError, ValueError):
    """A public function was given an argument of the wrong type or value (or a library it calls
    refused one). Names the function and the parameter, never the value."""

    default_message = "an argument has the wrong type or value"
