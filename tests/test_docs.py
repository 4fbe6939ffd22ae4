"""The docs build with --strict, and the docstring examples of the library run."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import cnpii

ROOT = Path(__file__).resolve().parents[1]


def _modules() -> list[str]:
    names = ["cnpii"]
    for info in pkgutil.walk_packages(cnpii.__path__, "cnpii."):
        names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_public_modules_have_all() -> None:
    for name in _modules():
        module = importlib.import_module(name)
        if name.rsplit(".", 1)[-1].startswith("_") or name.endswith("__main__"):
            continue
        assert hasattr(module, "__all__"), f"{name} has no __all__"


def test_docs_build_strict(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"),
         "-d", str(tmp_path / "site")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]


def _run_page(path: Path) -> doctest.TestResults:
    # Markdown code fences end an example's expected output, as a blank line would.
    text = "\n".join("" if line.strip().startswith("```") else line
                     for line in path.read_text(encoding="utf-8").splitlines())
    test = doctest.DocTestParser().get_doctest(text, {}, path.name, str(path), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    return runner.summarize(verbose=False)


PAGES = ["README.md", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("page", PAGES)
def test_examples_in_pages_run(page: str) -> None:
    result = _run_page(ROOT / page)
    assert result.failed == 0, f"{result.failed} example(s) failed in {page}"


def test_readme_has_examples() -> None:
    assert _run_page(ROOT / "README.md").attempted >= 5
