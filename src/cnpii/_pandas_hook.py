"""Register the ``df.cnpii`` and ``s.cnpii`` pandas accessors on ``import cnpii``, lazily.

``import cnpii`` must stay light (``import cnpii.identifiers`` never loads pandas), yet users
expect ``df.cnpii`` to work after ``import cnpii``. So :func:`install`:

* registers the accessors at once when pandas is already imported;
* otherwise puts a one-shot finder on ``sys.meta_path`` that waits for ``import pandas`` (by
  anyone, later) and registers them right after pandas has finished loading.

What is registered is a tiny proxy: the real accessors (``cnpii.masking._accessor``, which
imports the masking layer) load on the first ``df.cnpii`` / ``s.cnpii`` access, so registering
never imports cnpii's heavy parts and cannot run into a circular import.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
from typing import Any

__all__ = ["install"]

_DONE = False


class _FrameProxy:
    """``df.cnpii``: builds :class:`cnpii.masking.CnpiiAccessor` on first access."""

    def __new__(cls, df: Any) -> Any:  # pandas calls accessor(obj)
        from cnpii.masking._accessor import CnpiiAccessor

        return CnpiiAccessor(df)


class _SeriesProxy:
    """``s.cnpii``: builds :class:`cnpii.masking._accessor.CnpiiSeriesAccessor` on first access."""

    def __new__(cls, s: Any) -> Any:
        from cnpii.masking._accessor import CnpiiSeriesAccessor

        return CnpiiSeriesAccessor(s)


def _register() -> None:
    global _DONE
    if _DONE:
        return
    import pandas as pd

    _DONE = True
    pd.api.extensions.register_dataframe_accessor("cnpii")(_FrameProxy)
    pd.api.extensions.register_series_accessor("cnpii")(_SeriesProxy)


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def create_module(self, spec: Any) -> Any:
        return self._inner.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self._inner.exec_module(module)
        _register()

    def __getattr__(self, name: str) -> Any:  # get_resource_reader, is_package...
        return getattr(self._inner, name)


class _Finder(importlib.abc.MetaPathFinder):
    """Waits for the top-level ``pandas`` import; leaves every other import alone."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "pandas":
            return None
        _remove()
        spec = importlib.util.find_spec("pandas")
        if spec is None or spec.loader is None:
            return None
        spec.loader = _Loader(spec.loader)
        return spec


_FINDER = _Finder()


def _remove() -> None:
    try:
        sys.meta_path.remove(_FINDER)
    except ValueError:
        pass


def install() -> None:
    """Register now if pandas is loaded, else as soon as it is (idempotent)."""
    if _DONE:
        return
    if "pandas" in sys.modules:
        _register()
    elif _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
