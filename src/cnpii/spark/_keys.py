"""How a keyring reaches the executors: as its :class:`~cnpii.tokenization.KeyReference`
only, resolved again (once per Python worker process) where the tasks run.

The driver never puts key bytes into a Spark plan, a UDF closure or a configuration value:
what travels is the reference (an environment variable's name, a key file's path, a KMS key
id, and the importable name of an unwrap function). An executor resolves it with
:meth:`KeyReference.resolve` the first time a task needs it and keeps the keyring for the
life of that worker process, so a KMS unwrap runs once per worker, not once per batch.
"""

from __future__ import annotations

import threading
from typing import Any

from cnpii.errors import KeyringError, SparkError

__all__ = ["key_reference", "executor_keyring", "clear_executor_keys"]

# KeyReference -> Keyring, per Python worker process
_RESOLVED: dict[Any, Any] = {}
_LOCK = threading.Lock()


def key_reference(keyring: Any) -> Any:
    """What the executors get instead of ``keyring``: its reference, or None for no keyring.

    Raises :class:`SparkError` for key material that has nowhere to be resolved from (raw
    bytes, a keyring built in memory or changed by ``rotate()`` since it was loaded): such a
    key could only reach the executors inside the job itself, in clear.

    >>> key_reference(None) is None
    True
    >>> key_reference(b"0" * 32)
    Traceback (most recent call last):
    ...
    cnpii.errors.SparkError: raw key bytes cannot be sent to Spark executors; load the keyring with Keyring.from_env(), from_file() or from_kms() so that only its reference travels
    """
    from cnpii.tokenization import KeyReference, Keyring

    if keyring is None:
        return None
    if isinstance(keyring, KeyReference):
        return keyring
    if isinstance(keyring, Keyring):
        ref = keyring.reference
        if ref is None:
            raise SparkError("this keyring has no reference (it was generated, rotated or "
                             "built from bytes); save it with to_file() or load it with "
                             "Keyring.from_env()/from_file()/from_kms() so that only its "
                             "reference travels to the executors")
        return ref
    raise SparkError("raw key bytes cannot be sent to Spark executors; load the keyring with "
                     "Keyring.from_env(), from_file() or from_kms() so that only its reference "
                     "travels")


def executor_keyring(ref: Any) -> Any:
    """The keyring ``ref`` points at, resolved once per process (on an executor: per Python
    worker). A reference that cannot be resolved there raises :class:`KeyringError`, which
    fails the task: nothing is masked without its key."""
    if ref is None:
        return None
    kr = _RESOLVED.get(ref)
    if kr is None:
        with _LOCK:
            kr = _RESOLVED.get(ref)
            if kr is None:
                try:
                    kr = ref.resolve()
                except KeyringError:
                    raise
                except Exception:  # an unwrap function's own error may quote key material
                    raise KeyringError("the executor could not resolve the keyring") from None
                _RESOLVED[ref] = kr
    return kr


def clear_executor_keys() -> None:
    """Forget the keyrings this process resolved (after a rotation, or in tests)."""
    with _LOCK:
        _RESOLVED.clear()
