"""``cnpii scan`` on temporary git repositories and trees: git awareness (tracked, untracked,
ignored, staged, history), CI defaults and settings files, keyed baselines (line moves, a new
value that masks like an accepted one), files that cannot be read, and every file kind.
Every test also checks that no output holds a planted raw value."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import subprocess
import zipfile
from pathlib import Path

import pytest

from _scan_support import _outside_the_project  # noqa: F401 (an autouse fixture)
from cnpii.cli import main
from cnpii.identifiers import bank_card, mobile_phone, resident_id

KEY = "fixtures-key-0123456789abcdef"
RNG = random.Random(12)
ID1 = resident_id.generate(RNG)
ID2 = resident_id.generate(RNG)
CARD = bank_card.generate(RNG) if hasattr(bank_card, "generate") else "6222021234567890128"
MOB1, MOB2 = "13812345678", "13899995678"  # the same mask: 138****5678
RAW = [ID1, ID2, CARD, MOB1, MOB2]


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["scan", "-j", "1", *map(str, argv)])
    out, err = capsys.readouterr()
    for value in RAW:
        assert value not in out and value not in err, "a raw value in the output"
    return code, out, err


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    r = tmp_path / "repo"
    r.mkdir()
    _git(r, "init", "-q", "-b", "main")
    monkeypatch.chdir(r)
    return r


def _entities(out: str) -> list[tuple[str, str]]:
    return [(line.split("  ")[0].rsplit(":", 2)[0], line.split("  ")[1]) for line in out.splitlines()]


# --- git -------------------------------------------------------------------------------------

def test_tracked_untracked_and_ignored(repo, capsys):
    (repo / ".gitignore").write_text("build/\n", encoding="utf-8")
    (repo / "a.txt").write_text(f"身份证 {ID1}\n", encoding="utf-8")
    _git(repo, "add", ".gitignore", "a.txt")
    (repo / "new.txt").write_text(f"手机 {MOB1}\n", encoding="utf-8")
    (repo / "build").mkdir()
    (repo / "build" / "out.txt").write_text(f"手机 {MOB2}\n", encoding="utf-8")
    code, out, _ = _run(capsys, ".")
    assert code == 1 and _entities(out) == [("a.txt", "CN_RESIDENT_ID")]
    code, out, _ = _run(capsys, ".", "--untracked")
    assert _entities(out) == [("a.txt", "CN_RESIDENT_ID"), ("new.txt", "CN_MOBILE_PHONE")]
    # an untracked file named on the command line is scanned (pre-commit passes file names)
    code, out, _ = _run(capsys, "build/out.txt")
    assert code == 1 and _entities(out) == [("build/out.txt", "CN_MOBILE_PHONE")]
    # no-git walks everything (hidden .git folder never reported)
    code, out, err = _run(capsys, ".", "--no-git")
    assert {p for p, _ in _entities(out)} == {"a.txt", "new.txt", "build/out.txt"}
    assert ".git" not in err


def test_staged_scans_the_index_not_the_working_file(repo, capsys):
    (repo / "clean.txt").write_text("无个人信息\n", encoding="utf-8")
    (repo / "a.txt").write_text(f"第一行\n手机 {MOB1}\n", encoding="utf-8")
    _git(repo, "add", "a.txt", "clean.txt")
    (repo / "a.txt").write_text("第一行\n已删除\n", encoding="utf-8")  # working file is clean
    code, out, _ = _run(capsys, "--staged")
    assert code == 1 and out.splitlines() == ["a.txt:2:4  CN_MOBILE_PHONE  138****5678"]
    _git(repo, "add", "a.txt")
    (repo / "a.txt").write_text(f"手机 {MOB1}\n", encoding="utf-8")  # dirty only in the work tree
    code, out, err = _run(capsys, "--staged")
    assert (code, out, err) == (0, "", "")  # quiet on a clean index
    (repo / "big.log").write_bytes(b"x" * (2 * 1024 * 1024))
    _git(repo, "add", "big.log")
    code, out, err = _run(capsys, "--staged", "--max-size-mb", "1")
    assert code == 2 and "big.log: over the size limit" in err


def test_history_reports_commit_path_and_line(repo, capsys):
    (repo / "a.txt").write_text("一\n二\n", encoding="utf-8")
    _git(repo, "add", "a.txt")
    _git(repo, "commit", "-q", "-m", "first")
    (repo / "a.txt").write_text(f"一\n手机 {MOB1}\n二\n", encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "second")
    second = _git(repo, "rev-parse", "HEAD").strip()
    (repo / "a.txt").write_text("一\n二\n", encoding="utf-8")  # removed again: history keeps it
    _git(repo, "commit", "-q", "-am", "third")
    code, out, _ = _run(capsys, "--git-history")
    assert code == 1 and out.splitlines() == [f"{second[:12]}:a.txt:2:4  CN_MOBILE_PHONE  138****5678"]
    code, out, _ = _run(capsys, "--git-history", "HEAD~1..HEAD", "--format", "json")
    assert code == 0 and json.loads(out)["findings"] == []
    code, out, _ = _run(capsys, "--git-history", "HEAD~2..HEAD~1", "--format", "json")
    [f] = json.loads(out)["findings"]
    assert (f["commit"], f["path"], f["line"], f["column"]) == (second, "a.txt", 2, 4)
    code, _, err = _run(capsys, "--git-history", "no-such-branch")
    assert code == 2 and "git log failed" in err


def test_history_reads_a_spreadsheet_added_in_a_commit(repo, capsys):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.append(["手机"])
    wb.active.append([MOB1])
    wb.save(repo / "c.xlsx")
    _git(repo, "add", "c.xlsx")
    _git(repo, "commit", "-q", "-m", "sheet")
    code, out, _ = _run(capsys, "--git-history")
    assert code == 1 and out.splitlines()[0].endswith(":c.xlsx:Sheet!A2:1  CN_MOBILE_PHONE  138****5678")


# --- defaults and settings -------------------------------------------------------------------

def test_defaults_fail_on_and_opt_in_entities(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(f"客户张伟住北京市海淀区中关村大街1号\n信用代码91350100M000100Y43\n", encoding="utf-8")
    code, out, _ = _run(capsys, f)
    assert code == 1 and [e for _, e in _entities(out)] == ["CN_USCC"]  # no names/addresses
    code, out, _ = _run(capsys, f, "--entities", "+PERSON,+CN_ADDRESS")
    assert {"PERSON", "CN_ADDRESS", "CN_USCC"} <= {e for _, e in _entities(out)}
    code, out, _ = _run(capsys, f, "--fail-on", "C2")  # USCC is C1: shown, does not fail
    assert code == 0 and "CN_USCC" in out
    code, _, err = _run(capsys, f, "--entities", "NOPE")
    assert code == 2 and "unknown entity" in err


def test_settings_file_and_cli_precedence(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "keep.txt").write_text(f"手机 {MOB1}\n身份证 {ID1}\n", encoding="utf-8")
    (tmp_path / "gen").mkdir()
    (tmp_path / "gen" / "out.txt").write_text(f"手机 {MOB2}\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cnpii]\nexclude = ["gen/"]\nentities = ["CN_MOBILE_PHONE"]\n'
        f'allow = ["{MOB1}"]\nother = 1\n', encoding="utf-8")
    code, out, err = _run(capsys, ".", "--no-git")
    assert (code, out) == (0, "") and "unknown setting 'other'" in err  # allowed value, ID not wanted
    code, out, _ = _run(capsys, ".", "--no-git", "--entities", "CN_RESIDENT_ID")  # the CLI wins
    assert code == 1 and _entities(out) == [("keep.txt", "CN_RESIDENT_ID")]
    (tmp_path / ".cnpii.toml").write_text('threshold = 2\n', encoding="utf-8")  # .cnpii.toml first
    code, _, err = _run(capsys, ".", "--no-git")
    assert code == 2 and "threshold" in err
    (tmp_path / ".cnpii.toml").write_text('exclude = "x"\n', encoding="utf-8")
    code, _, err = _run(capsys, ".", "--no-git")
    assert code == 2 and "wrong type" in err


def test_allow_markers(tmp_path, capsys):
    f = tmp_path / "a.py"
    f.write_text(f'# cnpii: allow-next-line\nA = "{MOB1}"\nB = "{MOB2}"  # cnpii: allow\n'
                 f'C = "{ID1}"\n', encoding="utf-8")
    code, out, _ = _run(capsys, f)
    assert code == 1 and out.splitlines() == [f"{f}:4:6  CN_RESIDENT_ID  {resident_id.mask(ID1)}"]


# --- baselines -------------------------------------------------------------------------------

def test_keyed_baseline_survives_moves_and_catches_a_lookalike(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CNPII_BASELINE_KEY", KEY)
    f = tmp_path / "a.txt"
    base = tmp_path / "base.json"
    f.write_text(f"手机 {MOB1}\n身份证 {ID1}\n", encoding="utf-8")
    code, _, err = _run(capsys, f, "--write-baseline", base)
    text = base.read_text("utf-8")
    assert code == 0 and "2 findings added" in err and "not set" not in err
    assert json.loads(text)["keyed"] and not any(v in text for v in RAW)
    f.write_text(f"新增一行\n\n身份证 {ID1}\n手机 {MOB1}\n", encoding="utf-8")  # lines moved
    assert _run(capsys, f, "--baseline", base)[:2] == (0, "")
    f.write_text(f"身份证 {ID1}\n手机 {MOB2}\n", encoding="utf-8")  # masks as 138****5678 too
    code, out, _ = _run(capsys, f, "--baseline", base)
    assert code == 1 and out.splitlines() == [f"{f}:2:4  CN_MOBILE_PHONE  138****5678"]
    # --update-baseline keeps the accepted entries and adds the new one
    code, _, err = _run(capsys, f, "--update-baseline", base)
    assert code == 0 and "1 findings added" in err and "(2 kept)" in err
    assert len(json.loads(base.read_text("utf-8"))["findings"]) == 3
    f.write_text(f"手机 {MOB1}\n手机 {MOB2}\n身份证 {ID1}\n", encoding="utf-8")
    assert _run(capsys, f, "--baseline", base)[:2] == (0, "")
    monkeypatch.setenv("CNPII_BASELINE_KEY", KEY[::-1])
    code, _, err = _run(capsys, f, "--baseline", base)
    assert code == 2 and "another CNPII_BASELINE_KEY" in err and KEY[::-1] not in err


def test_keyless_baseline_falls_back_to_places_and_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CNPII_BASELINE_KEY", raising=False)
    f = tmp_path / "a.txt"
    base = tmp_path / "base.json"
    f.write_text(f"手机 {MOB1}\n", encoding="utf-8")
    code, _, err = _run(capsys, f, "--write-baseline", base)
    assert code == 0 and "CNPII_BASELINE_KEY is not set" in err
    assert not json.loads(base.read_text("utf-8"))["keyed"]
    code, out, err = _run(capsys, f, "--baseline", base)
    assert (code, out) == (0, "") and "not set" in err
    f.write_text(f"一\n手机 {MOB1}\n", encoding="utf-8")  # moved: reported again without a key
    assert _run(capsys, f, "--baseline", base)[0] == 1
    monkeypatch.setenv("CNPII_BASELINE_KEY", "short")
    code, _, err = _run(capsys, f, "--baseline", base)
    assert code == 2 and "too short" in err


def test_pre_commit_flow_on_a_repository(repo, capsys, monkeypatch):
    """The hook's flow: a baseline for existing fixtures, then a commit adding a new value."""
    monkeypatch.setenv("CNPII_BASELINE_KEY", KEY)
    (repo / "tests").mkdir()
    (repo / "tests" / "fixture.csv").write_text(f"name,mobile\nx,{MOB1}\n", encoding="utf-8")
    _git(repo, "add", ".")
    code, _, _ = _run(capsys, "--write-baseline", ".cnpii-baseline.json")
    _git(repo, "add", ".cnpii-baseline.json")
    _git(repo, "commit", "-q", "-m", "fixtures")
    assert _run(capsys, "--baseline", ".cnpii-baseline.json")[:2] == (0, "")
    (repo / "tests" / "fixture.csv").write_text(f"name,mobile\ny,{MOB2}\nx,{MOB1}\n", encoding="utf-8")
    _git(repo, "add", "tests/fixture.csv")
    code, out, _ = _run(capsys, "--staged", "--baseline", ".cnpii-baseline.json")
    assert code == 1 and out.splitlines() == ["tests/fixture.csv:2:3  CN_MOBILE_PHONE  138****5678"]


# --- files that cannot be read ---------------------------------------------------------------

def test_unreadable_files_are_listed_and_exit_2(tmp_path, capsys):
    d = tmp_path / "t"
    d.mkdir()
    (d / "nul.txt").write_bytes(b"abc\x00def\n")
    (d / "u16.txt").write_bytes("手机号码".encode("utf-16"))
    (d / "junk.txt").write_bytes(bytes(RNG.randrange(128, 256) for _ in range(4000)))
    (d / "big.log").write_bytes(b"x" * (2 * 1024 * 1024))
    (d / ".hidden").mkdir()
    (d / ".hidden" / "a.txt").write_text(f"手机 {MOB1}\n", encoding="utf-8")
    (d / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 10)
    (d / "ok.txt").write_text(f"手机 {MOB1}\n", encoding="utf-8")
    code, out, err = _run(capsys, d, "--max-size-mb", "1")
    assert code == 2 and _entities(out) == [(f"{d}/ok.txt", "CN_MOBILE_PHONE")]
    reasons = dict(line.split(": ", 3)[2:] for line in err.splitlines()
                   if line.startswith("cnpii: skipped"))
    assert set(reasons) == {f"{d}/{n}" for n in ("nul.txt", "u16.txt", "junk.txt", "big.log", ".hidden")}
    assert "NUL byte" in reasons[f"{d}/nul.txt"] and "UTF-16" in reasons[f"{d}/u16.txt"]
    assert "no supported encoding" in reasons[f"{d}/junk.txt"]
    assert "size limit" in reasons[f"{d}/big.log"] and "hidden folder" in reasons[f"{d}/.hidden"]
    assert "1 binary files skipped" in err
    code, out, _ = _run(capsys, d, "--max-size-mb", "1", "--skip-unreadable")
    assert code == 1
    code, out, _ = _run(capsys, d, "--max-size-mb", "1", "--skip-unreadable", "--hidden",
                        "--format", "json")
    doc = json.loads(out)
    assert len(doc["findings"]) == 2 and doc["summary"]["binary_files_skipped"] == 1
    assert {s["path"].rsplit("/", 1)[1] for s in doc["skipped"]} == {"nul.txt", "u16.txt", "junk.txt", "big.log"}


def test_bad_bytes_mixed_encodings_odd_names_and_stdin(tmp_path, capsys, monkeypatch):
    d = tmp_path / "t"
    d.mkdir()
    mixed = (f"手机 {MOB1}\n".encode("utf-8") + f"客户证件 {ID1}\n".encode("gbk")
             + b"bad \xff\xfe bytes " + MOB2.encode() + b"\n")
    (d / "mixed.txt").write_bytes(mixed)
    odd = os.path.join(os.fsencode(d), "客户".encode("gbk") + b".txt")
    with open(odd, "wb") as fh:
        fh.write(f"身份证 {ID2}\n".encode("gb18030"))
    code, out, err = _run(capsys, d)
    lines = out.splitlines()
    assert code == 1 and len(lines) == 4
    assert lines[0].endswith(":1:4  CN_MOBILE_PHONE  138****5678")
    assert lines[1].endswith(":2:6  CN_RESIDENT_ID  " + resident_id.mask(ID1))  # a GBK line
    assert lines[2].endswith(":3:14  CN_MOBILE_PHONE  138****5678")  # after two bad bytes
    assert lines[3].startswith(f"{d}/\\xbf") and ".txt:1:5  CN_RESIDENT_ID" in lines[3]  # GBK name
    assert "replacement" in err
    code, out, _ = _run(capsys, d, "--format", "sarif")
    assert code == 1 and "%BF%CD%BB%A7.txt" in out
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\x80\x81 " + mixed)))
    code, out, _ = _run(capsys, "-")
    assert code == 1 and [e for _, e in _entities(out)] == ["CN_MOBILE_PHONE", "CN_RESIDENT_ID",
                                                            "CN_MOBILE_PHONE"]


# --- file kinds ------------------------------------------------------------------------------

def _kinds_tree(d: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    (d / "gbk.txt").write_bytes(f"客户手机：{MOB1}\n".encode("gbk"))
    (d / "bom.md").write_bytes(b"\xef\xbb\xbf" + f"# 标题\n身份证号 {ID1}\n".encode("utf-8"))
    (d / "gb18030.sql").write_bytes(f"INSERT INTO t VALUES ('{ID2}', '𠀀');\n".encode("gb18030"))
    (d / "a.csv").write_text(f"id,mobile\n1,{MOB1}\n", encoding="utf-8")
    (d / "b.tsv").write_text(f"id\tcard\n1\t{CARD}\n", encoding="utf-8")
    (d / "c.jsonl").write_text(json.dumps({"mobile": MOB2}) + "\n", encoding="utf-8")
    (d / "d.json").write_text(json.dumps({"rows": [{"id": ID1}]}), encoding="utf-8")
    (d / "e.yaml").write_text(f"customer:\n  mobile: '{MOB1}'\n", encoding="utf-8")
    (d / "app.log").write_text(f"2026-12-01 10:00:00 INFO login mobile={MOB2}\n", encoding="utf-8")
    wb = openpyxl.Workbook()
    wb.active.title = "客户"
    wb.active.append(["姓名", "手机"])
    wb.active.append(["x", MOB1])
    ws2 = wb.create_sheet("第二页")
    ws2["C3"] = f"证件 {ID1}"
    wb.save(d / "f.xlsx")
    pq.write_table(pa.table({"id": [1, 2], "mobile": [None, MOB2], "num": [0, int(MOB1)]}), d / "g.parquet")
    with zipfile.ZipFile(d / "h.zip", "w") as zf:
        zf.writestr("inner/notes.txt", f"一\n手机 {MOB1}\n")
        zf.writestr("inner/pic.png", b"\x89PNG\x00\x00")
    with gzip.open(d / "i.log.gz", "wb") as gz:
        gz.write(f"登录 手机 {MOB2}\n".encode("utf-8"))
    (d / "lib.so").write_bytes(b"\x7fELF\x00\x00")


def test_every_file_kind_golden(tmp_path, capsys, monkeypatch):
    d = tmp_path / "kinds"
    d.mkdir()
    _kinds_tree(d)
    monkeypatch.chdir(d)
    code, out, err = _run(capsys, ".", "--no-git")
    golden = (Path(__file__).parent / "data" / "scan_golden" / "kinds.txt").read_text("utf-8")
    assert code == 1 and out == golden.replace("<ID1>", resident_id.mask(ID1)).replace(
        "<ID2>", resident_id.mask(ID2)).replace("<CARD>", bank_card.mask(CARD))
    assert "2 binary files skipped" in err


def test_large_text_file_in_ranges_equals_one_pass(tmp_path, capsys, monkeypatch):
    from cnpii.scanner import _run as runmod

    monkeypatch.setattr(runmod, "SPLIT_BYTES", 4096)
    monkeypatch.setattr(runmod, "_PARALLEL_MIN", 0)
    f = tmp_path / "big.log"
    lines = []
    for i in range(3000):
        if i % 97 == 0:
            lines.append(f"# cnpii: allow-next-line" if i % 2 else f"line {i} 手机 {MOB1}")
        else:
            lines.append(f"line {i} ok {'x' * (i % 40)}")
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code1, out1, _ = _run(capsys, f)
    code = main(["scan", "-j", "2", str(f)])
    out2 = capsys.readouterr()[0]
    assert code1 == code == 1 and out1 == out2 and len(out1.splitlines()) == 16


def test_output_order_does_not_depend_on_jobs(tmp_path, capsys, monkeypatch):
    from cnpii.scanner import _run as runmod

    monkeypatch.setattr(runmod, "_PARALLEL_MIN", 0)  # use the worker pool even for a small tree
    for i in range(40):
        sub = tmp_path / f"d{i % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"f{i:02d}.txt").write_text("无\n" * (i % 7) + f"手机 {MOB1}\n证件 {ID1}\n", encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        assert main(["scan", "--jobs", jobs, "--format", "json", str(tmp_path)]) == 1
        outs.append(json.loads(capsys.readouterr()[0])["findings"])
    assert outs[0] == outs[1] and len(outs[0]) == 80
    assert [f["path"] for f in outs[0]] == sorted(f["path"] for f in outs[0])
