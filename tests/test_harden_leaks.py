"""Issue 11, leaks through other libraries and free text: every public callable of cnpii, given
wrong-typed arguments built from PII-looking values, raises a :class:`cnpii.errors.CnpiiError`
subclass (or returns normally; an ``OSError`` for a path that does not exist is allowed), and no
raw value appears in ``str(e)``, ``repr(e)`` or the
formatted traceback (with its chained causes and contexts).

The callables are found by walking ``cnpii.__all__`` and the ``__all__`` of every public
submodule, so a function added later is covered without editing this file. Values are synthetic.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import random
import traceback
import typing
import zlib
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pandera.pandas as pa
from pandera.typing import DataFrame

import cnpii
from cnpii.errors import CnpiiError
from cnpii.validation import CustomerSchema, customer_schema
from cnpii.identifiers import bank_card, mobile_phone, resident_id

#: modules whose callables are not API calls on values: the exception classes themselves take a
#: message chosen by the caller; the CLI entry point takes an argv (its output is tested in
#: tests/test_cli*.py)
_SKIP_MODULES = {"cnpii.errors", "cnpii.cli"}


def _public_modules() -> list[str]:
    names = ["cnpii"]
    for info in pkgutil.walk_packages(cnpii.__path__, "cnpii."):
        if not any(part.startswith("_") for part in info.name.split(".")[1:]):
            names.append(info.name)
    return [n for n in names if n not in _SKIP_MODULES]


def _callables() -> list[tuple[str, Callable[..., Any]]]:
    seen: set[int] = set()
    out = []
    for modname in _public_modules():
        mod = importlib.import_module(modname)
        for name in getattr(mod, "__all__", ()):
            obj = getattr(mod, name, None)
            if not callable(obj) or id(obj) in seen or typing.get_origin(obj) is not None:
                continue  # not callable, seen, or a typing alias (Unwrap = Callable[...])
            if inspect.isclass(obj) and (issubclass(obj, BaseException) or getattr(obj, "_is_protocol", False)):
                continue  # exception classes take a message; a Protocol is not instantiated
            seen.add(id(obj))
            out.append((f"{modname}.{name}", obj))
    return out


CALLABLES = _callables()


def _pii(seed: int) -> list[str]:
    r = random.Random(seed)
    return [resident_id.generate(r), mobile_phone.generate(r), bank_card.generate(r),
            f"客户王淑兰，手机{mobile_phone.generate(r)}"]


def _wrong_values(p: str) -> list[Any]:
    """Values of the wrong type that carry ``p`` (a PII string)."""
    class Opaque:
        def __repr__(self) -> str:
            return p

        __str__ = __repr__

    digits = "".join(c for c in p if c.isdigit()) or "13812345678"
    return [int(digits[:18]), float(digits[:15]), p.encode("utf-8"), [p], (p, p), {p: p}, {p},
            Opaque(), b"\xff" + p.encode("utf-8"), complex(int(digits[:6]), 1)]


def _arity(fn: Callable[..., Any]) -> tuple[int, list[str]]:
    """Number of required positional parameters and the names of all positional ones."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return 1, ["arg"]
    params = [q for q in sig.parameters.values()
              if q.kind in (q.POSITIONAL_ONLY, q.POSITIONAL_OR_KEYWORD) and q.name not in ("self", "cls")]
    required = sum(q.default is q.empty for q in params)
    return required, [q.name for q in params]


def _leaks(exc: BaseException, secrets: list[str]) -> list[str]:
    """Which parts of the rendered exception show a secret (or its digits)."""
    rendered = {
        "str": str(exc),
        "repr": repr(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    }
    needles = set()
    for s in secrets:
        needles.add(s)
        digits = "".join(c for c in s if c.isdigit())
        if len(digits) >= 11:
            needles.add(digits[:11])
    return [part for part, text in rendered.items() if any(n in text for n in needles)]


def _call(fn: Callable[..., Any], args: list[Any], secrets: list[str]) -> str | None:
    """None when the call behaved; else why not (never quoting a value)."""
    try:
        result = fn(*args)
        if inspect.isgenerator(result):
            for _ in zip(range(3), result):
                pass
    except CnpiiError as exc:
        where = _leaks(exc, secrets)
        return f"CnpiiError shows the value in {where}" if where else None
    except OSError as exc:  # a path that does not exist is not a wrong type: it may not quote text
        where = _leaks(exc, secrets)
        return f"{type(exc).__name__} shows the value in {where}" if where else None
    except Exception as exc:  # noqa: BLE001 - the test is that nothing else escapes
        where = _leaks(exc, secrets)
        return f"untyped {type(exc).__name__}" + (f", value in {where}" if where else "")
    return None


def _cases(fn: Callable[..., Any], pii: list[str]) -> list[list[Any]]:
    required, names = _arity(fn)
    if not names:
        return []  # takes no positional argument: nothing to get wrong
    n = max(required, 1)
    cases = []
    for p in pii:
        for wrong in _wrong_values(p):
            cases.append([wrong] * n)  # every positional argument of the wrong type
        if len(names) >= 2:  # text where a policy, key, frame or option belongs
            for i in range(1, len(names)):
                args: list[Any] = [p] * max(n, i + 1)
                cases.append(args)
    return cases


def _keyword_cases(fn: Callable[..., Any], pii: list[str]) -> list[tuple[list[Any], dict[str, Any]]]:
    """Each keyword-only parameter given a PII string or a wrong-typed value carrying one, the
    positional ones a PII string (text where an option, role, key or path belongs)."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    required, names = _arity(fn)
    kwonly = [q.name for q in sig.parameters.values() if q.kind is q.KEYWORD_ONLY]
    out = []
    for name in kwonly:
        for wrong in [pii[3], *_wrong_values(pii[1])[:4]]:
            out.append(([pii[3]] * required, {name: wrong}))
    return out


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    """A callable that takes a path and is given a PII string writes nowhere that matters."""
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("qualname", [q for q, _ in CALLABLES])
def test_every_public_callable_fails_typed_and_quiet(qualname: str) -> None:
    fn = dict(CALLABLES)[qualname]
    pii = _pii(zlib.crc32(qualname.encode()) & 0xFFFF)  # the same values on every run
    problems = []
    for args in _cases(fn, pii):
        why = _call(fn, args, pii)
        if why is not None:
            problems.append(f"{[type(a).__name__ for a in args]}: {why}")
    for args, kwargs in _keyword_cases(fn, pii):
        why = _call(lambda *a: fn(*a, **kwargs), args, pii)
        if why is not None:
            problems.append(f"{sorted(kwargs)}={[type(v).__name__ for v in kwargs.values()]}: {why}")
    assert not problems, f"{qualname}: {len(problems)} bad calls, e.g. {problems[:3]}"


@settings(max_examples=600, deadline=None)
@given(index=st.integers(0, len(CALLABLES) - 1), seed=st.integers(0, 2**16),
       kinds=st.lists(st.integers(0, 13), min_size=1, max_size=4), data=st.data())
def test_random_wrong_arguments_anywhere(index: int, seed: int, kinds: list[int], data: st.DataObject) -> None:
    """Random mixtures: each argument a PII string or a wrong-typed value carrying one."""
    qualname, fn = CALLABLES[index]
    pii = _pii(seed)
    pool: list[Any] = pii + [w for p in pii for w in _wrong_values(p)]
    required, names = _arity(fn)
    if not names:
        return
    n = min(max(required, len(kinds)), len(names))
    args = [pool[data.draw(st.integers(0, len(pool) - 1))] for _ in range(n)]
    why = _call(fn, args, pii)
    assert why is None, f"{qualname}: {[type(a).__name__ for a in args]}: {why}"


def _methods() -> list[tuple[str, Callable[..., Any]]]:
    """The public methods cnpii defines on the classes it exports that construct with no
    argument (``Operator.apply`` aside: it runs once per distinct value inside masking, unwrapped,
    behind ``mask``/``mask_frame``, which check their arguments; docs/by-design.md)."""
    out = []
    for qualname, cls in CALLABLES:
        if not inspect.isclass(cls):
            continue
        try:
            obj = cls()
        except Exception:  # noqa: BLE001 - needs arguments: its constructor is walked above
            continue
        for name, member in inspect.getmembers(type(obj)):
            if name.startswith("_") or name == "apply" or not callable(member):
                continue
            owner = next((k for k in type(obj).__mro__ if name in k.__dict__), None)
            if owner is not None and owner.__module__.startswith("cnpii"):
                out.append((f"{qualname}.{name}", getattr(obj, name)))
    return out


METHODS = _methods()


@pytest.mark.parametrize("qualname", [q for q, _ in METHODS])
def test_every_public_method_fails_typed_and_quiet(qualname: str) -> None:
    fn = dict(METHODS)[qualname]
    pii = _pii(zlib.crc32(qualname.encode()) & 0xFFFF)
    problems = [f"{[type(a).__name__ for a in args]}: {why}" for args in _cases(fn, pii)
                if (why := _call(fn, args, pii)) is not None]
    assert not problems, f"{qualname}: {len(problems)} bad calls, e.g. {problems[:3]}"


def test_the_walk_covers_the_api() -> None:
    names = {q.rsplit(".", 1)[1] for q, _ in CALLABLES}
    assert {"scan", "mask", "mask_frame", "validate_record", "Tokenizer", "Policy"} <= names
    assert len(CALLABLES) > 150
    assert any(isinstance(fn, enum.EnumType) for _, fn in CALLABLES)
    assert len(METHODS) > 20


# --- pandera schemas never put a value in an error -----------------------------------------------

def _frame_with(seed: int, field: str, bad: str):
    import pandas as pd

    r = random.Random(seed)
    row = {"name": "张三", "id_type": "resident_id", "id_number": resident_id.generate(r),
           "id_expiry": "长期", "mobile": mobile_phone.generate(r), "address": "北京市朝阳区建国路1号",
           "occupation": "教师"}
    row[field] = bad
    return pd.DataFrame([row, {**row, field: bad + "9"}])


@pa.check_types
def _eager(df: DataFrame[CustomerSchema]) -> int:
    return len(df)


@pa.check_types(lazy=True)
def _lazy(df: DataFrame[CustomerSchema]) -> int:
    return len(df)


def _validators():
    return {
        "model": lambda df: CustomerSchema.validate(df),
        "model-lazy": lambda df: CustomerSchema.validate(df, lazy=True),
        "schema": lambda df: customer_schema().validate(df),
        "schema-lazy": lambda df: customer_schema().validate(df, lazy=True),
        "bound-lazy": lambda df: customer_schema("marketing_contact").validate(df, lazy=True),
        "check_types": _eager,
        "check_types-lazy": _lazy,
    }


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**16), how=st.sampled_from(sorted(_validators())),
       field=st.sampled_from(["name", "id_number", "mobile", "address", "occupation"]),
       kind=st.sampled_from(["mobile", "card", "id", "text"]))
def test_pandera_failures_are_masked(seed: int, how: str, field: str, kind: str) -> None:
    r = random.Random(seed)
    bad = {"mobile": mobile_phone.generate(r) + "0", "card": bank_card.generate(r),
           "id": resident_id.generate(r)[:17] + "Z", "text": f"客户{mobile_phone.generate(r)}号"}[kind]
    df = _frame_with(seed, field, bad)
    try:
        _validators()[how](df)
    except CnpiiError as exc:
        assert not _leaks(exc, [bad, bad + "9"]), f"{how}: the error shows a value"
        report = getattr(exc, "report", None)
        if report is not None:
            assert bad not in report.to_json()
    except Exception as exc:  # noqa: BLE001
        raise AssertionError(f"{how}: untyped {type(exc).__name__}") from None


# --- pandas, pyarrow and openpyxl errors inside file readers and writers ---------------------------

@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 2**16), fmt=st.sampled_from(["parquet", "excel", "jsonl", "csv"]),
       junk=st.binary(max_size=40), head=st.sampled_from([b"", b"PAR1", b"PK\x03\x04", b"{", b"a,b\n"]))
def test_corrupt_input_fails_typed_and_quiet(tmp_path_factory, seed: int, fmt: str, junk: bytes,
                                             head: bytes) -> None:
    from cnpii.dataframe._io import read_chunks, total_size

    pii = _pii(seed)
    path = tmp_path_factory.mktemp("corrupt") / {"parquet": "x.parquet", "excel": "x.xlsx",
                                                  "jsonl": "x.jsonl", "csv": "x.csv"}[fmt]
    path.write_bytes(head + pii[1].encode() + junk + pii[0].encode() + b"\n")
    for run in (lambda: list(read_chunks(path)), lambda: total_size(path, fmt)):
        try:
            run()
        except CnpiiError as exc:
            assert not _leaks(exc, pii), f"{fmt}: the error shows a value"
        except Exception as exc:  # noqa: BLE001
            raise AssertionError(f"{fmt}: untyped {type(exc).__name__}") from None


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**16), first=st.sampled_from([[1, 2], [1.5, None], [True, False]]))
def test_parquet_writer_conversion_errors_are_typed_and_quiet(tmp_path_factory, seed: int, first) -> None:
    """A column numeric in the first chunk and text later: pyarrow's error quotes the cell."""
    import pandas as pd

    from cnpii.dataframe._io import ChunkWriter

    pii = _pii(seed)
    w = ChunkWriter(tmp_path_factory.mktemp("w") / "o.parquet", "parquet")
    w.write(pd.DataFrame({"a": first}))
    try:
        w.write(pd.DataFrame({"a": [pii[1], pii[0]]}))
    except CnpiiError as exc:
        assert not _leaks(exc, pii)
    finally:
        w.close()
