"""Build the C accelerators: compiled forms of cnpii's pure-Python checks and scanners.

Every extension has a pure-Python reference next to it that gives the same answers (the
tests compare the two); ``CNPII_PURE=1`` makes cnpii use the references. The extensions are
optional: without a C compiler the install still succeeds and cnpii runs on the references
(tests/test_native_built.py fails loudly wherever the suite runs without them). Metadata lives in
``pyproject.toml``; this file only declares the extensions.
"""

import os

from setuptools import Extension, setup

_ARGS = ["-O2", "-std=c11", "-Wall", "-Wno-unused-function"]

EXTENSIONS = {
    "cnpii.identifiers._checks": ["src/cnpii/identifiers/_checks.c"],
    "cnpii.detection._cexec": ["src/cnpii/detection/_cexec.c"],
}

# CNPII_BUILD_ONLY=name[,name] builds only those (development: one extension at a time)
_only = {n for n in os.environ.get("CNPII_BUILD_ONLY", "").split(",") if n}

setup(
    ext_modules=[
        Extension(name, sources=srcs, extra_compile_args=_ARGS, optional=True)
        for name, srcs in EXTENSIONS.items()
        if (not _only or name.rsplit(".", 1)[1] in _only) and all(os.path.exists(s) for s in srcs)
    ],
)
