"""cnpii: protect Chinese bank customer information across its whole life.

Validate identifiers when they are collected, find personal information in text and tables,
mask or tokenize it before it is used or shared, and keep every unmask on an audit trail.

>>> import cnpii
>>> cnpii.Entity.CN_RESIDENT_ID
<Entity.CN_RESIDENT_ID: 'CN_RESIDENT_ID'>
>>> from cnpii.identifiers import mobile_phone
>>> mobile_phone.mask("+86 138 1234 5678")
'138****5678'

Heavy parts (pandas, presidio, cryptography) load only when their names are first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from cnpii.entities import ENTITY_INFO, Category, Entity
from cnpii.errors import (
    CnpiiError,
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

__version__ = "0.1.0"

# name -> module that defines it; imported on first attribute access (PEP 562)
_LAZY: dict[str, str] = {
    # detection
    "scan": "cnpii.detection",
    "scan_many": "cnpii.detection",
    "Finding": "cnpii.detection",
    "ScanResult": "cnpii.detection",
    "scan_result": "cnpii.detection",
    # tokenization
    "Tokenizer": "cnpii.tokenization",
    "Keyring": "cnpii.tokenization",
    "detokenize_text": "cnpii.tokenization",
    # policies and masking
    "mask": "cnpii.masking",
    "mask_frame": "cnpii.masking",
    "Policy": "cnpii.policy",
    # classification and inventory
    "classify": "cnpii.classification",
    "Classification": "cnpii.classification",
    "inventory": "cnpii.classification",
    "Inventory": "cnpii.classification",
    # validation
    "validate_record": "cnpii.validation",
    "normalize_record": "cnpii.validation",
    "quality_report": "cnpii.validation",
    "FieldIssue": "cnpii.validation",
    "QualityReport": "cnpii.validation",
    # encryption at rest and corrections
    "encrypt_frame": "cnpii.encryption",
    "decrypt_frame": "cnpii.encryption",
    "Corrections": "cnpii.corrections",
}

__all__ = [
    "__version__",
    "Entity",
    "Category",
    "ENTITY_INFO",
    "CnpiiError",
    "ValidationError",
    "InvalidFormat",
    "InvalidLength",
    "InvalidChecksum",
    "InvalidComponent",
    *sorted(_LAZY),
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'cnpii' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


if TYPE_CHECKING:  # pragma: no cover - for type checkers only
    from cnpii.classification import Classification, Inventory, classify, inventory  # noqa: F401
    from cnpii.corrections import Corrections  # noqa: F401
    from cnpii.detection import Finding, ScanResult, scan, scan_many, scan_result  # noqa: F401
    from cnpii.encryption import decrypt_frame, encrypt_frame  # noqa: F401
    from cnpii.masking import mask, mask_frame  # noqa: F401
    from cnpii.policy import Policy  # noqa: F401
    from cnpii.tokenization import Keyring, Tokenizer, detokenize_text  # noqa: F401
    from cnpii.validation import (  # noqa: F401
        FieldIssue,
        QualityReport,
        normalize_record,
        quality_report,
        validate_record,
    )
