"""Suite-wide settings.

Hypothesis: no per-example deadline and no "too slow" health check. Both are wall-clock bounds
that a loaded CI machine can miss (issue 11: a fresh-clone run failed under load and passed on
rerun); speed is measured in benchmarks/, never asserted in tests.
"""

from typing import Iterator

import pytest
from hypothesis import HealthCheck, settings

from cnpii import audit
from cnpii.audit import MemorySink

settings.register_profile("cnpii", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("cnpii")


@pytest.fixture()
def sink() -> Iterator[MemorySink]:
    """The library-wide audit switch on, into a memory sink (actor ``alice``); off again after."""
    s = MemorySink()
    audit.configure(s, actor="alice")
    try:
        yield s
    finally:
        audit.configure(None)
