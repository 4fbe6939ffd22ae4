"""One argument checker for the whole public API (issue 11: no untyped crash, no value quoted).

:func:`guard` wraps a public function (or a class's ``__init__``): on each call it binds the
arguments to the signature and checks each against its annotation (classes, ``X | None``,
``Literal``, generic aliases by their origin, ``Callable``); a mismatch raises
:class:`cnpii.errors.ArgumentError` naming the function, the parameter and the expected type, never
the value. An error a library raises inside the call (``TypeError``, ``ValueError``, pandas or
pyarrow exceptions, a ``KeyError`` quoting a cell...) is re-raised as ``ArgumentError`` with the
library's exception *type* only, ``from None``: its message, which may quote a value, is neither
shown nor chained. ``CnpiiError`` subclasses and ``OSError`` pass through unchanged.

Set ``CNPII_DEBUG=1`` to chain the original exception instead (it may then quote values: for a
developer's machine, never for production logs).

:func:`guard_module` guards every function and class named in a module's ``__all__``; the public
modules call it on their last line. :func:`unguarded` marks a callable that takes any value by
contract (``is_valid``: never raises), which is then left as it is (and as fast as it is).

>>> from cnpii._args import guard
>>> @guard
... def shout(text: str, times: int = 1) -> str:
...     return text.upper() * times
>>> shout("ab", 2)
'ABAB'
>>> shout(b"13812345678")
Traceback (most recent call last):
...
cnpii.errors.ArgumentError: shout(): text needs str, not bytes
"""

from __future__ import annotations

import collections.abc
import enum
import functools
import inspect
import os
import re
import types
import typing
from typing import Any, Callable, Iterable, TypeVar

from cnpii.errors import ArgumentError, CnpiiError

__all__ = ["guard", "guard_module", "unguarded", "check_type", "check_entities", "check_threshold", "shown",
           "looks_like_path"]

F = TypeVar("F", bound=Callable[..., Any])

_OK = object()  # an annotation that accepts anything


def _debug() -> bool:
    return os.environ.get("CNPII_DEBUG") == "1"


def unguarded(fn: F) -> F:
    """Mark ``fn`` as taking any value by contract: :func:`guard_module` leaves it alone."""
    fn.__cnpii_unguarded__ = True  # type: ignore[attr-defined]
    return fn


_ABC_NAMES = {collections.abc.Mapping: "a mapping", collections.abc.MutableMapping: "a mapping",
              collections.abc.Iterable: "an iterable", collections.abc.Sequence: "a sequence",
              collections.abc.Collection: "a collection", collections.abc.Iterator: "an iterator"}


def _type_name(t: Any) -> str:
    if t is type(None) or t is None:
        return "None"
    if t in _ABC_NAMES:
        return _ABC_NAMES[t]
    return getattr(t, "__name__", None) or str(t).replace("typing.", "")


def _matcher(ann: Any) -> Any:
    """A compiled check for one annotation: ``_OK``, or ``(test, description)``."""
    if ann is Any or ann is object or ann is inspect.Parameter.empty or isinstance(ann, TypeVar):
        return _OK
    if ann is None or ann is type(None):
        return (lambda v: v is None, "None")
    origin = typing.get_origin(ann)
    if origin is typing.Annotated:
        return _matcher(typing.get_args(ann)[0])
    if origin is typing.Union or origin is types.UnionType:
        parts = [_matcher(a) for a in typing.get_args(ann)]
        if any(p is _OK for p in parts):
            return _OK
        return (lambda v: any(test(v) for test, _ in parts), " or ".join(d for _, d in parts))
    if origin is typing.Literal:
        options = typing.get_args(ann)
        return (lambda v: any(type(v) is type(o) and v == o for o in options),
                "one of the documented literal values")
    if origin is collections.abc.Callable or ann is collections.abc.Callable or ann is typing.Callable:
        return (callable, "callable")
    if origin is type:
        return (inspect.isclass, "a class")
    if origin is not None:
        ann = origin
    if ann in (typing.IO, typing.BinaryIO, typing.TextIO):  # file objects are duck-typed (BytesIO)
        return (lambda v: hasattr(v, "write") or hasattr(v, "read"), "a file object")
    if not isinstance(ann, type):
        return _OK  # a string that did not resolve, a Protocol alias...
    if getattr(ann, "_is_protocol", False) and not getattr(ann, "_is_runtime_protocol", False):
        return _OK
    if issubclass(ann, enum.Enum) and issubclass(ann, str):  # a StrEnum takes its names too
        return (lambda v, cls=ann: isinstance(v, (cls, str)), f"{ann.__name__} or its name")
    if ann is float:
        return (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "float")
    if ann is int:
        return (lambda v: isinstance(v, int) and not isinstance(v, bool), "int")
    if ann is complex:
        return (lambda v: isinstance(v, (int, float, complex)), "complex")

    def test(v: Any, cls: type = ann) -> bool:
        try:
            return isinstance(v, cls)
        except TypeError:
            return True

    return (test, _type_name(ann))


def _hints(fn: Callable[..., Any], sig: inspect.Signature) -> dict[str, Any]:
    """Each parameter's annotation, evaluated one by one (a name imported only for type checkers
    leaves that parameter unchecked instead of failing the whole function)."""
    globalns = getattr(inspect.unwrap(fn), "__globals__", {})
    out = {}
    for name, param in sig.parameters.items():
        ann = param.annotation
        if isinstance(ann, str):
            try:
                ann = eval(ann, dict(globalns))  # noqa: S307 - the function's own annotation text
            except Exception:  # noqa: BLE001
                ann = Any
        if param.kind is param.VAR_POSITIONAL or param.kind is param.VAR_KEYWORD:
            continue
        m = _matcher(ann)
        if m is not _OK:
            out[name] = m
    return out


_PASS = (CnpiiError, KeyboardInterrupt, SystemExit, GeneratorExit, StopIteration)
_LONG_DIGITS = re.compile(r"[0-9０-９]{11}")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}$", re.ASCII)


def looks_like_path(name: Any) -> bool:
    """Whether an ``OSError``'s file name may be shown: it has a directory separator or a file
    extension and no run of 11 digits (a phone, card or ID number). Text passed where a path
    belongs (a customer's record) is not shown.

    >>> looks_like_path("data/客户.csv"), looks_like_path("客户王淑兰，手机13812345678")
    (True, False)
    """
    if isinstance(name, (bytes, bytearray)):
        name = bytes(name).decode("utf-8", "replace")
    if not isinstance(name, str) or len(name) > 4096 or _LONG_DIGITS.search(name):
        return False
    return "/" in name or "\\" in name or bool(_EXTENSION.search(name))


def _quiet_os_error(exc: OSError) -> OSError | None:
    """The same ``OSError`` type without file names that do not look like paths, or ``None``
    when ``exc`` can be raised as it is."""
    names = [n for n in (exc.filename, exc.filename2) if n is not None]
    if all(looks_like_path(n) for n in names):
        return None
    try:
        return type(exc)(exc.errno, exc.strerror or "operating system error")
    except Exception:  # noqa: BLE001 - an OSError subclass with another constructor
        return OSError(exc.errno, exc.strerror or "operating system error")


def _reraise(label: str, exc: BaseException) -> typing.NoReturn:
    if isinstance(exc, OSError):  # a missing file, a full disk: still an OSError, quietly
        quiet = _quiet_os_error(exc)
        if quiet is None:
            raise exc
        raise quiet from None
    if _debug():
        raise ArgumentError(f"{label}(): failed ({type(exc).__name__})") from exc
    raise ArgumentError(f"{label}(): cannot use its arguments ({type(exc).__name__}; the message "
                        "is withheld, it may quote a value; CNPII_DEBUG=1 shows it)") from None


def _guarded_iter(label: str, gen: typing.Generator[Any, Any, Any]) -> typing.Iterator[Any]:
    """A generator's items, with the same error rule while it runs (scan_many, read_chunks)."""
    while True:
        try:
            item = next(gen)
        except StopIteration:
            return
        except _PASS:
            raise
        except Exception as exc:
            _reraise(label, exc)
        yield item  # noqa: RET503


def guard(fn: F, *, qualname: str | None = None, annotations: bool = True) -> F:
    """``fn`` with its arguments checked and foreign exceptions made typed and quiet.

    ``annotations=False`` skips the annotation checks (for functions that check their own
    arguments and raise their own typed errors, such as the identifier functions'
    :class:`~cnpii.errors.InvalidFormat`): only the exception rule applies."""
    if getattr(fn, "__cnpii_guarded__", False):
        return fn
    label = (qualname or getattr(fn, "__qualname__", None) or "function").replace(".__init__", "")
    state: dict[str, Any] = {}

    def checks() -> tuple[inspect.Signature, dict[str, Any], list[Any], dict[str, Any]]:
        if not state:
            sig = inspect.signature(fn)
            hints = _hints(fn, sig) if annotations else {}
            params = list(sig.parameters.values())
            positional = [q for q in params if q.kind in (q.POSITIONAL_ONLY, q.POSITIONAL_OR_KEYWORD)]
            # fast path: the matcher of each positional slot and of each keyword, in order
            state["pos"] = [hints.get(q.name) for q in positional]
            state["kw"] = {q.name: hints.get(q.name) for q in params
                           if q.kind in (q.POSITIONAL_OR_KEYWORD, q.KEYWORD_ONLY)}
            state["sig"], state["hints"] = sig, hints
        return state["sig"], state["hints"], state["pos"], state["kw"]

    def fail(name: str, m: Any, value: Any) -> typing.NoReturn:
        raise ArgumentError(f"{label}(): {name} needs {m[1]}, not {type(value).__name__}")

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        sig, hints, pos, kw = checks()
        if len(args) <= len(pos) and all(k in kw for k in kwargs):
            for m, value in zip(pos, args):
                if m is not None and not m[0](value):
                    bound = sig.bind_partial(*args).arguments
                    name = next(n for n, v in bound.items() if v is value)
                    fail(name, m, value)
            for name, value in kwargs.items():
                m = kw[name]
                if m is not None and not m[0](value):
                    fail(name, m, value)
        else:  # *args, **kwargs or a wrong call: bind to the signature for a clear message
            try:
                bound = sig.bind(*args, **kwargs)
            except TypeError:
                raise ArgumentError(f"{label}(): the arguments do not match its signature") from None
            for name, value in bound.arguments.items():
                m = hints.get(name)
                if m is not None and not m[0](value):
                    fail(name, m, value)
        try:
            result = fn(*args, **kwargs)
        except _PASS:
            raise
        except Exception as exc:
            _reraise(label, exc)
        if inspect.isgenerator(result):
            return _guarded_iter(label, result)
        return result

    wrapper.__cnpii_guarded__ = True  # type: ignore[attr-defined]
    try:  # introspection that does not follow __wrapped__ (getfullargspec: spaCy's factories)
        wrapper.__signature__ = inspect.signature(fn)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        pass
    return wrapper  # type: ignore[return-value]


#: methods left unwrapped because masking calls them once per distinct value (``Operator.apply``);
#: the public entry points that reach them (``mask``, ``mask_frame``...) check their arguments
_HOT_METHODS = frozenset({"apply"})


def _guard_class(cls: type) -> None:
    if cls.__dict__.get("__cnpii_guarded__"):
        return
    if issubclass(cls, (BaseException, enum.Enum)):
        return
    for attr in ("__init__", "__new__"):
        raw = cls.__dict__.get(attr)
        if raw is None:
            continue
        if attr == "__new__":
            if not isinstance(raw, staticmethod) and not inspect.isfunction(raw):
                continue
            func = raw.__func__ if isinstance(raw, staticmethod) else raw
            setattr(cls, attr, staticmethod(guard(func, qualname=cls.__qualname__)))
        elif inspect.isfunction(raw):
            setattr(cls, attr, guard(raw, qualname=cls.__qualname__))
    for attr, raw in list(cls.__dict__.items()):  # the public methods the class defines itself
        if attr.startswith("_") or attr in _HOT_METHODS:
            continue
        # methods check their own arguments with their own typed errors (TokenizationError,
        # InvalidToken...): only the exception rule applies to them, not the annotations
        label = f"{cls.__qualname__}.{attr}"
        if isinstance(raw, classmethod):
            setattr(cls, attr, classmethod(guard(raw.__func__, qualname=label, annotations=False)))
        elif isinstance(raw, staticmethod):
            setattr(cls, attr, staticmethod(guard(raw.__func__, qualname=label, annotations=False)))
        elif inspect.isfunction(raw) and not getattr(raw, "__cnpii_unguarded__", False):
            setattr(cls, attr, guard(raw, qualname=label, annotations=False))
    try:
        cls.__cnpii_guarded__ = True  # type: ignore[attr-defined]
    except (AttributeError, TypeError):
        pass


def guard_module(namespace: dict[str, Any], names: Iterable[str] | None = None, *,
                 annotations: bool = True) -> None:
    """Guard the functions and classes named in ``names`` (default ``namespace["__all__"]``)
    that the module defines itself; call as ``guard_module(globals())`` on a module's last line."""
    modname = namespace.get("__name__")
    for name in names if names is not None else namespace.get("__all__", ()):
        obj = namespace.get(name)
        if obj is None or getattr(obj, "__cnpii_unguarded__", False):
            continue
        if getattr(obj, "__module__", None) is None:
            continue
        if inspect.isclass(obj):
            if issubclass(obj, (BaseException, enum.Enum)):
                continue
            if obj.__module__ == modname or obj.__module__.startswith("cnpii."):
                _guard_class(obj)
        elif inspect.isfunction(obj) and obj.__module__.startswith("cnpii"):
            namespace[name] = guard(obj, qualname=name, annotations=annotations)


# --- helpers for explicit checks -----------------------------------------------------------------

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,39}", re.ASCII)


def shown(name: Any, what: str = "the name") -> str:
    """``'name'`` quoted when it looks like an option, format or parameter name (ASCII, starts with
    a letter, at most 40 characters, fewer than 4 digits), else ``what + " (not shown)"``: text
    passed in the wrong place (a customer's record where a format name belongs) is never quoted.

    >>> shown("csv"), shown("13812345678"), shown("张三的卡号")
    ("'csv'", 'the name (not shown)', 'the name (not shown)')
    """
    if isinstance(name, str) and _NAME.fullmatch(name) and sum(c.isdigit() for c in name) < 4:
        return f"'{name}'"
    return f"{what} (not shown)"

def check_type(name: str, value: Any, *types_: type) -> Any:
    """``value`` when it is an instance of one of ``types_``, else :class:`ArgumentError`."""
    if not isinstance(value, types_) or (bool not in types_ and isinstance(value, bool) and int in types_):
        expected = " or ".join(_type_name(t) for t in types_)
        raise ArgumentError(f"{name} must be {expected}, not {type(value).__name__}")
    return value


def check_threshold(value: Any) -> float | None:
    """``None`` or a number from 0 to 1 (a score threshold)."""
    if value is None:
        return None
    check_type("threshold", value, int, float)
    if not 0.0 <= float(value) <= 1.0:
        raise ArgumentError("threshold must be between 0 and 1")
    return float(value)


def check_entities(values: Any) -> list[Any]:
    """A list of :class:`cnpii.Entity` from members or their names; an unknown name is an
    :class:`ArgumentError` that does not quote it (text passed in the wrong place would be)."""
    from cnpii.entities import Entity

    if isinstance(values, (str, bytes)) or not isinstance(values, collections.abc.Iterable):
        raise ArgumentError(f"entities must be an iterable of entity names, not {type(values).__name__}")
    out = []
    for v in values:
        if not isinstance(v, str):
            raise ArgumentError(f"an entity must be an Entity or its name, not {type(v).__name__}")
        if v not in Entity.__members__:
            raise ArgumentError("an entity name is not one of cnpii.Entity (see cnpii.Entity for the names)")
        out.append(Entity(v))
    return out
