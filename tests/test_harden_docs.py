"""Issue 11, docs: every page is in the navigation, the API reference covers every public
package, the installation page lists every extra of pyproject.toml, and mkdocstrings is in the
``docs`` extra (tests/test_docs.py builds the site with --strict and runs the pages' examples)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import tomllib
from pathlib import Path

import yaml

import cnpii

ROOT = Path(__file__).resolve().parents[1]


def _nav_pages(items) -> set[str]:
    out: set[str] = set()
    for item in items:
        for value in (item.values() if isinstance(item, dict) else [item]):
            out |= _nav_pages(value) if isinstance(value, list) else {value}
    return out


def test_every_page_is_in_the_navigation() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    pages = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert pages == _nav_pages(config["nav"])


def test_api_reference_covers_every_public_package() -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^::: (\S+)$", text, re.M))
    for info in pkgutil.iter_modules(cnpii.__path__, "cnpii."):
        if info.name.rsplit(".", 1)[1].startswith("_") or info.name in ("cnpii.cli", "cnpii.__main__"):
            continue
        module = importlib.import_module(info.name)
        assert hasattr(module, "__all__")
        assert info.name in documented or any(d.startswith(info.name + ".") for d in documented), \
            f"{info.name} is not in docs/api.md"


def test_installation_lists_every_extra_and_docs_has_mkdocstrings() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    page = (ROOT / "docs" / "installation.md").read_text(encoding="utf-8")
    for extra in extras:
        assert f"| `{extra}` |" in page, f"docs/installation.md does not list the {extra!r} extra"
    assert any(dep.startswith("mkdocstrings[python]") for dep in extras["docs"])


def test_changelog_has_an_unreleased_section() -> None:
    text = (ROOT / "docs" / "changelog.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog") and "## Unreleased" in text
