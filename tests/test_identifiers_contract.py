"""Every identifier module has the same shape, survives junk input and never leaks values."""

from __future__ import annotations

import random
import subprocess
import sys
import traceback

import pytest

from cnpii.errors import ValidationError
from cnpii.identifiers import BY_ENTITY, MODULES, module_for

FUNCTIONS = ("compact", "validate", "is_valid", "format", "mask", "generate")
MODULE_ITEMS = sorted(MODULES.items())

JUNK = [
    None, b"11010519491231002X", bytearray(b"123"), 1.5, float("nan"), float("inf"), 0,
    110105194912310020, [], {}, (), object(), True, "", " ", "\x00", "😀" * 18,
    "１１０１０５１９４９１２３１００２Ｘ😀", "x" * 1_000_000, "1" * 1_000_000, "6" * 19 + "\u0661",
    "中国工商银行", "ⅠⅡⅢ", "\ud800", "١٢٣٤٥٦٧٨٩٠١", "𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", "-" * 50, "\u3000" * 20,
]


@pytest.mark.parametrize(("name", "module"), MODULE_ITEMS)
def test_module_has_the_common_functions(name: str, module: object) -> None:
    for fn in FUNCTIONS:
        assert callable(getattr(module, fn, None)), f"{name}.{fn} missing"
        assert fn in module.__all__, f"{name}.{fn} not in __all__"
    assert module.__doc__, f"{name} has no docstring"


@pytest.mark.parametrize(("name", "module"), MODULE_ITEMS)
def test_generated_values_validate_and_round_trip(name: str, module: object) -> None:
    rng = random.Random(f"contract-{name}")
    for _ in range(300):
        value = module.generate(rng)
        assert module.is_valid(value), f"{name}: a generated value is not valid"
        compact = module.validate(value)
        assert module.validate(module.format(value)) == compact, f"{name}: format does not round trip"
        assert module.compact(compact) == compact, f"{name}: compact is not idempotent"
        masked = module.mask(value)
        assert masked != compact and "*" in masked, f"{name}: mask shows the whole value"


@pytest.mark.parametrize(("name", "module"), MODULE_ITEMS)
def test_generate_is_reproducible_with_a_seeded_rng(name: str, module: object) -> None:
    a = [module.generate(random.Random(7)) for _ in range(3)]
    b = [module.generate(random.Random(7)) for _ in range(3)]
    assert a == b


@pytest.mark.parametrize(("name", "module"), MODULE_ITEMS)
def test_junk_never_raises_from_is_valid(name: str, module: object) -> None:
    for junk in JUNK:
        assert module.is_valid(junk) is False, f"{name} accepted junk of type {type(junk).__name__}"


@pytest.mark.parametrize(("name", "module"), MODULE_ITEMS)
def test_validate_raises_only_typed_errors(name: str, module: object) -> None:
    for junk in JUNK:
        with pytest.raises(ValidationError):
            module.validate(junk)


@pytest.mark.parametrize(("name", "module"), MODULE_ITEMS)
def test_errors_never_quote_the_value(name: str, module: object) -> None:
    rng = random.Random(f"leak-{name}")
    checked = 0
    for _ in range(200):
        value = module.generate(rng)
        # damage the value in ways that keep it long and recognisable
        for bad in (value[:-1] + "#", value + value[-1] * 3, value[1:], "Q" + value[1:]):
            try:
                module.validate(bad)
            except ValidationError as exc:
                checked += 1
                text = str(exc) + repr(exc) + "".join(traceback.format_exception(exc))
                core = module.compact(bad) if isinstance(bad, str) else bad
                for needle in {bad, core, value, value[1:-1]}:
                    if len(needle) >= 4:
                        assert needle not in text, f"{name}: an error message quotes the value"
    assert checked > 0


def test_every_identifier_module_maps_to_an_entity() -> None:
    assert set(BY_ENTITY.values()) == set(MODULES.values())
    for entity, module in BY_ENTITY.items():
        assert module_for(entity) is module
        assert module_for(str(entity)) is module


def test_import_is_light() -> None:
    """`import cnpii.identifiers` pulls in none of the heavy dependencies."""
    code = (
        "import sys, cnpii.identifiers as i\n"
        "heavy = [m for m in ('pandas', 'numpy', 'presidio_analyzer', 'spacy', 'cryptography',"
        " 'phonenumbers', 'pandera') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"heavy modules imported: {out.stdout.strip()}"
