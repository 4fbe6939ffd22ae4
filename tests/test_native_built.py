"""The C accelerators are built by ``pip install`` and loaded by default.

setup.py marks them optional, so an install on a machine without a C compiler still works on
the pure-Python references (same results, slower); this test makes a missing or broken build
loud wherever the suite runs, unless ``CNPII_PURE=1`` asks for the references.
"""

from __future__ import annotations

import importlib
import os

import pytest

MODULES = ["cnpii.identifiers._checks", "cnpii.detection._cexec"]


@pytest.mark.skipif(os.environ.get("CNPII_PURE") == "1", reason="pure-Python run")
@pytest.mark.parametrize("name", MODULES)
def test_extension_is_built(name):
    module = importlib.import_module(name)
    assert module.__file__.endswith((".so", ".pyd")), "the compiled module is not the one imported"
