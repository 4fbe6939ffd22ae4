"""Operators that need a key: keyed hash (HMAC-SHA256 / HMAC-SM3), synthetic values, tokens.

Keys come from the keyring passed in (``keyring=``); each operator derives its own sub-key
with HMAC-SHA256 over a fixed label, so the same keyring never reuses one key for two jobs.
A raw ``bytes`` key of at least 16 bytes is accepted too (handy in tests and notebooks).
"""

from __future__ import annotations

import hashlib
import hmac
import random
import string
from typing import Any

from cnpii.entities import Entity
from cnpii.errors import MissingKey, PolicyError
from cnpii.operators._base import SEPARATORS, Context, Operator

__all__ = ["Hmac", "Synthetic", "Tokenize", "derive_key"]

# (id(keyring), label) -> (keyring, key); the keyring is held so its id cannot be reused
_KEY_CACHE: dict[tuple[int, str], tuple[Any, bytes]] = {}


def _root_key(keyring: Any) -> bytes:
    """The key material operators derive from: raw bytes, or a :class:`cnpii.Keyring`'s
    active master key run through the keyring's own HKDF with an operators-only label."""
    if isinstance(keyring, (bytes, bytearray, memoryview)):
        root = bytes(keyring)
    else:
        derive = getattr(keyring, "derive_key", None)
        if not callable(derive):
            raise MissingKey("the keyring given has no key cnpii can derive from")
        try:
            root = bytes(derive(b"cnpii/operators", 32))
        except Exception:
            raise MissingKey("the keyring given has no key cnpii can derive from") from None
    if len(root) < 16:
        raise MissingKey("the key is shorter than 16 bytes")
    return root


def derive_key(keyring: Any, label: str) -> bytes:
    """A 32-byte sub-key for ``label`` (HMAC-SHA256 of the label under the keyring's key).

    Raises :class:`~cnpii.errors.MissingKey` without a keyring. The key is never printed.

    >>> len(derive_key(b"0" * 32, "hmac:default"))
    32
    >>> derive_key(b"0" * 32, "a") != derive_key(b"0" * 32, "b")
    True
    """
    if keyring is None:
        raise MissingKey()
    cache_key = (id(keyring), label)
    cached = _KEY_CACHE.get(cache_key)
    if cached is not None and cached[0] is keyring:
        return cached[1]
    key = hmac.new(_root_key(keyring), b"cnpii/" + label.encode(), hashlib.sha256).digest()
    if len(_KEY_CACHE) > 1024:
        _KEY_CACHE.clear()
    _KEY_CACHE[cache_key] = (keyring, key)
    return key


def _normal_form(value: str, entity: Entity | None) -> str:
    """The compact form of a valid identifier, so ``138 1234 5678`` and ``13812345678`` agree."""
    if entity is None:
        return value
    try:
        from cnpii.identifiers import BY_ENTITY
    except ImportError:  # pragma: no cover - identifiers always ship with cnpii
        return value
    module = BY_ENTITY.get(entity)
    if module is not None and module.is_valid(value):
        return str(module.compact(value))
    return value


class Hmac(Operator):
    """A keyed hash: HMAC-SHA256 (``algorithm: sha256``, default) or HMAC-SM3 (``sm3``), as
    ``length`` hex characters (default 16, at most 64) after an optional ``prefix``. Never a
    bare hash: a phone number's plain hash falls to brute force in seconds. Equal values give
    equal hashes under the same key and ``domain``, so joins still work.

    >>> op = Hmac({"algorithm": "sm3", "length": 12})
    >>> out = op.apply("13812345678", Context(keyring=b"k" * 32))
    >>> len(out), out == op.apply("13812345678", Context(keyring=b"k" * 32))
    (12, True)
    """

    name = "hmac"
    keyed = True
    params_schema = {"algorithm": (str,), "length": (int,), "prefix": (str,), "domain": (str,)}

    def _check(self) -> None:
        self.algorithm = self.params.get("algorithm", "sha256").lower().replace("-", "")
        if self.algorithm not in ("sha256", "sm3"):
            raise PolicyError("operator 'hmac': 'algorithm' must be sha256 or sm3")
        self.length: int = self.params.get("length", 16)
        if not 8 <= self.length <= 64:
            raise PolicyError("operator 'hmac': 'length' must be between 8 and 64")
        self.prefix: str = self.params.get("prefix", "")
        self.domain: str = self.params.get("domain", "default")

    def digest(self, message: bytes, key: bytes) -> str:
        if self.algorithm == "sha256":
            return hmac.new(key, message, hashlib.sha256).hexdigest()
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives import hmac as chmac

        h = chmac.HMAC(key, hashes.SM3())
        h.update(message)
        return h.finalize().hex()

    def _apply(self, value: str, ctx: Context) -> str:
        key = derive_key(ctx.keyring, f"hmac:{self.algorithm}:{self.domain}")
        message = _normal_form(value, ctx.entity).encode()
        return self.prefix + self.digest(message, key)[: self.length]


_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏辉建文斌宇浩凯晨欣怡佳琪子轩梓涵一诺雨萱思远俊博"
_PLACES = (("北京市", "", "朝阳区"), ("上海市", "", "浦东新区"), ("广东省", "广州市", "天河区"),
           ("广东省", "深圳市", "南山区"), ("浙江省", "杭州市", "西湖区"), ("江苏省", "南京市", "鼓楼区"),
           ("四川省", "成都市", "武侯区"), ("湖北省", "武汉市", "洪山区"), ("天津市", "", "和平区"),
           ("福建省", "厦门市", "思明区"), ("山东省", "济南市", "历下区"), ("陕西省", "西安市", "雁塔区"))
_STREETS = "人民路 解放路 中山路 建设路 和平路 文化路 新华路 长江路 光明街 幸福街".split()
_MAIL_DOMAINS = ("example.com", "example.cn", "example.org")


def _shape_like(original: str, fresh: str) -> str:
    """Put ``fresh`` into the separator layout of ``original`` when the lengths allow it."""
    bare = [c for c in original if c not in SEPARATORS]
    if len(bare) != len(fresh) or len(bare) == len(original):
        return fresh
    it = iter(fresh)
    return "".join(c if c in SEPARATORS else next(it) for c in original)


def _same_shape(value: str, rng: random.Random) -> str:
    """A value with the same character classes in the same places (digit for digit, ...)."""
    out = []
    for c in value:
        if c.isdigit():
            out.append(rng.choice(string.digits))
        elif c.isascii() and c.isupper():
            out.append(rng.choice(string.ascii_uppercase))
        elif c.isascii() and c.islower():
            out.append(rng.choice(string.ascii_lowercase))
        elif "\u4e00" <= c <= "\u9fff":
            out.append(rng.choice(_GIVEN))
        else:
            out.append(c)
    return "".join(out)


class Synthetic(Operator):
    """A fake of the same format: identifiers come from their module's ``generate()`` so the
    check digit is valid; names, e-mails and addresses are made up; anything else keeps its
    shape (digit for digit, letter for letter). Deterministic under the key, so joins work.

    >>> op = Synthetic()
    >>> ctx = Context(entity=Entity.PERSON, keyring=b"k" * 32)
    >>> op.apply("张三", ctx) == op.apply("张三", ctx)
    True
    """

    name = "synthetic"
    keyed = True
    params_schema = {"domain": (str,)}

    def _rng(self, value: str, ctx: Context) -> random.Random:
        key = derive_key(ctx.keyring, f"synthetic:{self.params.get('domain', 'default')}")
        message = f"{ctx.entity or ''}\x00{_normal_form(value, ctx.entity)}".encode()
        return random.Random(int.from_bytes(hmac.new(key, message, hashlib.sha256).digest()))

    def _apply(self, value: str, ctx: Context) -> str:
        rng = self._rng(value, ctx)
        for _ in range(8):  # a fresh draw in the astronomically rare case it equals the input
            out = self._one(value, ctx.entity, rng)
            if out != value:
                return out
        return out

    def _one(self, value: str, entity: Entity | None, rng: random.Random) -> str:
        if entity is not None:
            from cnpii.identifiers import BY_ENTITY

            module = BY_ENTITY.get(entity)
            if module is not None:
                return _shape_like(value, module.generate(rng))
        if entity == Entity.PERSON and value and "\u4e00" <= value[0] <= "\u9fff":
            given = max(1, min(2, len(value) - 1))
            return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(given))
        if entity == Entity.EMAIL_ADDRESS and "@" in value:
            local = value.rsplit("@", 1)[0]
            letters = "".join(rng.choice(string.ascii_lowercase) for _ in range(max(3, len(local))))
            return f"{letters}@{rng.choice(_MAIL_DOMAINS)}"
        if entity == Entity.CN_ADDRESS:
            province, city, district = rng.choice(_PLACES)
            return (f"{province}{city}{district}{rng.choice(_STREETS)}"
                    f"{rng.randrange(1, 300)}号")
        return _same_shape(value, rng)


class Tokenize(Operator):
    """A reversible token from :class:`cnpii.Tokenizer` (format-preserving, keyed); the
    token can be turned back with the same keyring. ``domain`` separates token spaces."""

    name = "tokenize"
    keyed = True
    params_schema = {"domain": (str,)}

    def _check(self) -> None:
        try:
            from cnpii.tokenization import Tokenizer  # noqa: F401
        except ImportError as exc:  # pragma: no cover - depends on the build
            raise PolicyError("operator 'tokenize' needs cnpii.tokenization, "
                              "which is not available") from exc
        self._tokenizers: dict[int, tuple[Any, Any]] = {}

    def check_keyring(self, keyring: Any) -> None:
        """Tokens need a :class:`cnpii.Keyring` (raw key bytes are not enough)."""
        from cnpii.tokenization import Keyring

        if not isinstance(keyring, Keyring):
            raise MissingKey("operator 'tokenize' needs a cnpii.Keyring as keyring=")

    def _tokenizer(self, keyring: Any) -> Any:
        if keyring is None:
            raise MissingKey()
        self.check_keyring(keyring)
        cached = self._tokenizers.get(id(keyring))
        if cached is None or cached[0] is not keyring:
            from cnpii.tokenization import Tokenizer

            cached = self._tokenizers[id(keyring)] = (keyring, Tokenizer(keyring))
        return cached[1]

    def _kwargs(self) -> dict[str, Any]:
        return {"domain": self.params["domain"]} if "domain" in self.params else {}

    def _apply(self, value: str, ctx: Context) -> str:
        tok = self._tokenizer(ctx.keyring)
        return str(tok.tokenize(value, ctx.entity or "TEXT", **self._kwargs()))

    def apply_many(self, values: Any, ctx: Context) -> Any:
        """Tokenize a pandas Series of strings in one vectorised call."""
        tok = self._tokenizer(ctx.keyring)
        out = tok.tokenize_many(values, ctx.entity or "TEXT", **self._kwargs())
        same = out == values
        if same.any():  # never pass a value through, even if a token happens to equal it
            out = out.where(~same, values.str.len().map(lambda n: self.char * int(n)))
        return out
