"""Where the hardening of tables and files meets main's classify, realdata and audit work:
the per-column planning runs the classification's one inference (class plans survive), the
output's permissions are ``file_mode=`` / ``--file-mode`` while ``mode=`` / ``--mode`` is the
detection mode, and the export event is written before the output is put in place (a file
or standard output)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnpii import audit
from cnpii.audit import AuditEvent, MemorySink
from cnpii.cli import main
from cnpii.dataframe import mask_file
from cnpii.errors import AuditError, InvalidOption
from cnpii.identifiers import mobile_phone
from cnpii.masking import FrameMasker, mask_frame_with_summary, plan_columns
from cnpii.masking._common import resolve_policy

SETTINGS = settings(max_examples=15, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


# -- planning: the classification's inference inside the per-column machinery ---------------
@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(3, 40),
       dtype=st.sampled_from(["float64", "object", "category", "string"]))
def test_balances_are_class_plans_in_every_container_and_masked(seed: int, n: int,
                                                                 dtype: str) -> None:
    rng = np.random.default_rng(seed)
    bal = pd.Series([f"{v:.2f}" for v in rng.uniform(10, 1e6, n).round(2)])
    bal = bal.astype(float) if dtype == "float64" else bal.astype(dtype)
    df = pd.DataFrame({"余额": bal, 0: range(n), "0": range(n)})
    plans = plan_columns(df, resolve_policy(None, None, None, None))
    assert plans["余额"].kind == "class" and str(plans["余额"].category) == "C2"
    assert plans[0].kind == plans["0"].kind == "numeric", "labels 0 and '0' planned apart"
    out, summary = mask_frame_with_summary(df)
    assert summary.columns["余额"].kind == "class"
    assert not any(str(a) == str(b) for a, b in zip(out["余额"], df["余额"]))
    assert out[0].tolist() == list(range(n)) and out["0"].tolist() == list(range(n))
    assert len(out) == n and list(out.columns) == list(df.columns)


def test_a_numeric_first_chunk_is_planned_again_by_the_inference() -> None:
    masker = FrameMasker(resolve_policy(None, None, None, None))
    first = pd.DataFrame({"f": [1, 2, 3]})
    out, _ = masker.mask(first)
    pd.testing.assert_frame_equal(out, first)
    assert masker.plans is not None and masker.plans["f"].kind == "numeric"
    rng = random.Random(1)
    phones = [mobile_phone.generate(rng) for _ in range(5)]
    out, summary = masker.mask(pd.DataFrame({"f": phones}))
    assert summary.columns["f"].kind == "identifier"
    assert not set(out["f"]) & set(phones)


def test_evidence_quoting_a_masked_label_is_masked_too() -> None:
    phone = "13812345678"
    df = pd.DataFrame({"手机" + phone: ["13912345678", "13712345678"]})
    _, summary = mask_frame_with_summary(df, mask_labels=True)
    shown = str(summary) + repr(summary.to_dict())
    assert phone not in shown


# -- file_mode= / --file-mode beside the detection mode= / --mode ----------------------------
def test_file_mode_and_detection_mode_are_separate(tmp_path: Path, capsys) -> None:
    src = tmp_path / "in.csv"
    src.write_text("sjh,备注\n13812345678,客户王淑兰来电\n", encoding="utf-8")
    mask_file(src, tmp_path / "a.csv", mode="fast", file_mode=0o640)
    assert (tmp_path / "a.csv").stat().st_mode & 0o777 == 0o640
    mask_file(src, tmp_path / "b.csv", file_mode="600")
    assert (tmp_path / "b.csv").stat().st_mode & 0o777 == 0o600
    with pytest.raises(InvalidOption):
        mask_file(src, tmp_path / "c.csv", mode="600")  # a permission is no detection mode
    with pytest.raises(InvalidOption):
        mask_file(src, tmp_path / "c.csv", file_mode="fast")
    assert not (tmp_path / "c.csv").exists()
    code = main(["mask", str(src), str(tmp_path / "d.csv"), "--mode", "fast",
                 "--file-mode", "600"])
    capsys.readouterr()
    assert code == 0 and (tmp_path / "d.csv").stat().st_mode & 0o777 == 0o600
    code = main(["mask", str(src), str(tmp_path / "e.csv"), "--mode", "600"])
    err = capsys.readouterr().err
    assert code == 2 and "--mode" in err and not (tmp_path / "e.csv").exists()


# -- audit: the export event comes before the output is in place -----------------------------
def test_export_event_for_stdout_output(sink: MemorySink, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("sjh\n13812345678\n", encoding="utf-8")
    out = io.BytesIO()
    mask_file(src, "-", output_format="jsonl", stdout=out)
    [e] = [e for e in sink.events if e.action == "export"]
    assert e.details is not None and e.details["output"] == "-" and e.details["rows"] == 1
    assert b"13812345678" not in out.getvalue() and out.getvalue()


@pytest.mark.parametrize("to_stdout", [False, True])
def test_a_failed_export_event_means_no_output(tmp_path: Path, to_stdout: bool) -> None:
    class Broken:
        def emit(self, event: AuditEvent) -> None:
            raise OSError("disk full")

    src = tmp_path / "in.csv"
    src.write_text("sjh\n13812345678\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "target.csv")  # a dangling link: nothing may appear behind it
    out = io.BytesIO()
    audit.configure(Broken())
    try:
        with pytest.raises(AuditError):
            mask_file(src, "-" if to_stdout else link, output_format="csv", stdout=out)
    finally:
        audit.configure(None)
    assert out.getvalue() == b"" and not (tmp_path / "target.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "link.csv"]
