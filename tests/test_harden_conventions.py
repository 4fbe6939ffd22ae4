"""Issue 11, Presidio and pandas conventions: the recognizer round-trips through its dict,
``import cnpii`` registers ``df.cnpii`` and ``s.cnpii`` without loading pandas itself, and
``cnpii validate`` infers column names with the function ``cnpii mask`` uses."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cnpii
from cnpii.entities import Entity
from cnpii.errors import CnpiiError

# --- Presidio ----------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(threshold=st.one_of(st.none(), st.floats(0, 1)),
       entities=st.one_of(st.none(), st.lists(st.sampled_from([e.value for e in Entity]), min_size=1,
                                              unique=True)),
       language=st.sampled_from(["zh", "en"]), name=st.sampled_from(["CnpiiRecognizer", "mine"]))
def test_recognizer_round_trips_through_its_dict(threshold, entities, language, name) -> None:
    from cnpii.presidio import CnpiiRecognizer

    r = CnpiiRecognizer(threshold=threshold, supported_language=language, supported_entities=entities,
                        name=name)
    d = r.to_dict()
    again = CnpiiRecognizer.from_dict(d)
    assert again.to_dict() == d
    assert (again.threshold, again.supported_language, again.name) == (r.threshold, language, name)
    assert again.supported_entities == r.supported_entities


def test_recognizer_from_dict_finds_the_same_and_only_its_entities() -> None:
    from cnpii.presidio import CnpiiRecognizer

    text = "客户张伟，手机13812345678，身份证11010519491231002X"
    r = CnpiiRecognizer.from_dict(CnpiiRecognizer(supported_entities=["CN_MOBILE_PHONE"]).to_dict())
    found = r.analyze(text, entities=[])
    assert [(x.entity_type, x.start, x.end) for x in found] == [("CN_MOBILE_PHONE", 7, 18)]
    assert r.analyze(text, entities=["PERSON"]) == []


@pytest.mark.parametrize("bad", [{"threshold": "13812345678"}, {"supported_entities": ["13812345678"]},
                                 {"supported_entities": "CN_MOBILE_PHONE"}, {"threshold": 2.0}])
def test_recognizer_rejects_bad_dicts_typed_and_quiet(bad) -> None:
    from cnpii.presidio import CnpiiRecognizer

    with pytest.raises(CnpiiError) as info:
        CnpiiRecognizer.from_dict({**CnpiiRecognizer().to_dict(), **bad})
    assert "13812345678" not in str(info.value) + repr(info.value)


# --- pandas accessors ----------------------------------------------------------------------------

def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
                         capture_output=True, text=True)
    assert out.returncode == 0, "the snippet failed (its output is not shown: it may hold values)"
    return out.stdout.strip()


def test_import_cnpii_registers_both_accessors_before_pandas_is_imported() -> None:
    out = _run("""
        import sys
        import cnpii
        assert "pandas" not in sys.modules, "import cnpii loaded pandas"
        import pandas as pd
        assert "cnpii.masking" not in sys.modules, "registering loaded the masking layer"
        df = pd.DataFrame({"手机号": ["13812345678"]})
        s = pd.Series(["13912345678", None], dtype=object)
        print(df.cnpii.mask()["手机号"].tolist(), s.cnpii.mask().tolist())
    """)
    assert out == "['138****5678'] ['139****5678', None]"


def test_import_cnpii_after_pandas_registers_them_too() -> None:
    out = _run("""
        import pandas as pd
        import cnpii
        print(hasattr(pd.DataFrame, "cnpii"), hasattr(pd.Series, "cnpii"))
        print(pd.Series(["13812345678"]).cnpii.mask().tolist())
    """)
    assert out == "True True\n['138****5678']"


def test_identifiers_stay_light_with_the_hook_installed() -> None:
    out = _run("""
        import sys, cnpii.identifiers
        print([m for m in ("pandas", "numpy", "presidio_analyzer", "pandera") if m in sys.modules])
    """)
    assert out == "[]"


def test_series_accessor_keeps_index_name_nulls_and_length() -> None:
    s = pd.Series(["13812345678", None, "客户王淑兰来电", float("nan")], index=[7, 3, 9, 1],
                  name="备注", dtype=object)
    m = s.cnpii.mask()
    assert m.index.tolist() == [7, 3, 9, 1] and m.name == "备注" and len(m) == 4
    assert m.iloc[1] is None and m.iloc[3] != m.iloc[3]  # None and NaN as they were
    assert "13812345678" not in m.tolist() and "淑兰" not in str(m.tolist())
    declared = s.cnpii.mask(entity="CN_MOBILE_PHONE")
    assert declared.iloc[0] == "138****5678"
    found = s.cnpii.scan()
    assert set(found["entity"]) >= {"CN_MOBILE_PHONE", "PERSON"} and set(found["column"]) == {"备注"}


# --- cnpii validate infers column names as cnpii mask does ------------------------------------------

@pytest.mark.parametrize("names", [("姓名", "手机号码", "证件号码"), ("xm", "sjhm", "zjhm"),
                                   ("客户姓名", "联系电话", "身份证号")])
def test_validate_infers_chinese_and_pinyin_names(tmp_path, names) -> None:
    from cnpii.cli._validate import infer_column_map
    from cnpii.masking import entity_from_name
    from cnpii.validation import FIELD_ENTITIES

    # the same inference: each column maps to the field of the entity cnpii mask finds for it
    inferred = infer_column_map(list(names), {})
    for col, field in inferred.items():
        assert FIELD_ENTITIES[field] == entity_from_name(col)
    assert set(inferred.values()) >= {"name", "mobile"}

    path = tmp_path / "c.csv"
    path.write_text(",".join(names) + "\n张三,1381234,11010519491231002X\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "cnpii", "validate", str(path), "--purpose",
                          "marketing_contact"], capture_output=True, text=True)
    assert f"{names[1]}  invalid" in out.stdout, "the mistyped mobile in a Chinese/pinyin column is checked"
    assert "1381234" not in out.stdout + out.stderr
    assert out.returncode == 1


def test_validate_explicit_map_wins_over_inference() -> None:
    from cnpii.cli._validate import infer_column_map

    assert infer_column_map(["手机号码", "备用手机"], {"备用手机": "mobile"}) == {}
    assert infer_column_map(["name", "姓名"], {}) == {}  # the canonical column is already there
