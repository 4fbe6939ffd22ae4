"""The standalone inventory page in a real headless Chromium (Debian's chromium and
chromium-driver, installed by .ci/run; driven by selenium): it opens without script errors,
the chart shows every file, and no raw value is on the page."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pandas as pd
import pytest

from cnpii.classification import inventory
from cnpii.identifiers import bank_card, mobile_phone, resident_id

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="needs Debian's chromium and chromium-driver (.ci/run installs them)")


def _files(d: Path) -> list[str]:
    rng = random.Random(4)
    raw: list[str] = []
    for i in range(7):
        ids = [resident_id.generate(rng) for _ in range(20)]
        phones = [mobile_phone.generate(rng) for _ in range(20)]
        raw += ids + phones
        frame = pd.DataFrame({"khxm": ["王芳", "李强"] * 10, "zjhm": ids, f"c{i}": phones,
                              "余额": [f"{rng.uniform(0, 9e5):.2f}" for _ in range(20)]})
        frame.to_csv(d / f"客户_{i:02d}.csv", index=False, encoding="gbk" if i % 2 else "utf-8")
    cards = [bank_card.generate(rng) for _ in range(20)]
    raw += cards
    with pd.ExcelWriter(d / "cards.xlsx") as w:
        pd.DataFrame({"card_no": cards}).to_excel(w, sheet_name="卡", index=False)
        pd.DataFrame({"branch_code": ["0101", "0102"]}).to_excel(w, sheet_name="网点", index=False)
    return raw


def test_inventory_page_in_headless_chromium(tmp_path: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    raw = _files(tmp_path)
    inv = inventory(tmp_path, progress=False, output=tmp_path / "report")
    page = tmp_path / "report" / "inventory.html"
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    try:
        driver.get(page.as_uri())
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert not errors, f"script errors on the page: {[e['message'][:200] for e in errors]}"
        # the inline script ran and counted the bars
        assert driver.find_element("tag name", "body").get_attribute("data-files") == str(len(inv.entries))
        bars = driver.find_elements("css selector", "#chart-files g.file-bar")
        shown = {b.get_attribute("data-file") for b in bars}
        assert shown == {e.name for e in inv.entries} and len(inv.entries) == 9
        for b in bars:  # every file's bar is drawn: visible, with a coloured segment
            assert b.is_displayed() and b.size["width"] > 0
            assert b.find_elements("css selector", "rect.seg")
        cats = driver.find_elements("css selector", "#chart-categories g.cat-bar")
        assert len(cats) == 6
        text = driver.find_element("tag name", "body").text
        source = driver.page_source
        assert "客户_03.csv" in text and "C2" in text
        leaked = [v for v in raw if v in source or v in text]
        assert not leaked, f"{len(leaked)} raw values on the page"
        # sorting by a header (the page's script) keeps every row
        rows = len(driver.find_elements("css selector", "#inventory tbody tr"))
        driver.find_elements("css selector", "#inventory th")[3].click()
        assert len(driver.find_elements("css selector", "#inventory tbody tr")) == rows
        assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    finally:
        driver.quit()
