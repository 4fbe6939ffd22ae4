"""Loading of the compiled detection executors (``_cexec``).

Each executor has a pure-Python reference that gives the same results; :func:`load` returns the
compiled module, initialised with the tables the Python side declares, or ``False`` when
``CNPII_PURE=1`` asks for the references or the extension is not built.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType
from typing import Callable

__all__ = ["load"]


def load(name: str, init: Callable[[ModuleType], None]) -> ModuleType | bool:
    """``cnpii.detection.<name>`` after ``init(module)``, or ``False`` (use the reference).

    >>> load("_not_built", lambda m: None)  # no such extension: the reference is used
    False
    """
    if os.environ.get("CNPII_PURE") == "1":
        return False
    try:
        module = importlib.import_module(f"cnpii.detection.{name}")
        init(module)
    except ImportError:  # not built: the pure-Python reference gives the same results
        return False
    return module
