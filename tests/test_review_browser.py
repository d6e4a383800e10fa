"""The review app in a real browser: accept, correct and reject from the keyboard,
then see the decisions in the next run's tables and, after a document edit, as orphans.

Runs headless Debian chromium through Selenium; skips with a message where
chromium, its driver or selenium are missing. Set KEHOACH_SCREENSHOT to a path
to keep the screenshot of the record view.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from pipeline.review import decisions as D
from tests.test_review import HA_NOI, SAMPLE, extract, sample_corpus, table

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000"]

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): "
           "apt-get install -y chromium chromium-driver")


@pytest.fixture
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (pip install -e '.[test]')")
    from selenium.webdriver.chrome.service import Service
    profile = tempfile.mkdtemp(prefix="kehoach-review-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def served(tmp_path):
    """A sample corpus, extracted, with `kehoach review` running on a free port."""
    corpus = sample_corpus(tmp_path)
    out = tmp_path / "extracted"
    extract(corpus, out)
    log = (tmp_path / "server.log").open("w")         # request log: a file, so no pipe fills up
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "review", str(corpus), "--out", str(out),
                             "--reviewer", "Nguyễn Lan"], stdout=subprocess.PIPE, stderr=log,
                            text=True, cwd=Path(__file__).resolve().parent.parent)
    try:
        address = ""
        for _ in range(5):
            line = proc.stdout.readline()
            if "http://127.0.0.1:" in line:
                address = line.split("open ", 1)[1].split()[0].rstrip("/")
                break
        assert address, f"no address printed: {(tmp_path / 'server.log').read_text()}"
        yield corpus, out, address
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def _wait_for_url_change(driver, old: str):
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, 20).until(lambda d: d.current_url != old and d.execute_script(
        "return document.readyState") == "complete")


def _press(driver, key: str):
    from selenium.webdriver.common.action_chains import ActionChains
    old = driver.current_url
    ActionChains(driver).send_keys(key).perform()
    _wait_for_url_change(driver, old)


def _record_id(driver) -> str:
    return driver.current_url.split("/record/", 1)[1].split("?", 1)[0]


def test_review_in_the_browser(served, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    corpus, out, address = served
    browser.get(f"{address}/?kind=target&province=Hà Nội")
    assert "Hàng đợi duyệt" in browser.page_source

    # The queue from the keyboard: j selects the first record, Enter opens it.
    _press(browser, "j" + Keys.ENTER)
    accepted = _record_id(browser)
    assert browser.find_element(By.CSS_SELECTOR, ".record-view mark").text

    _press(browser, "a")                                          # accept, then on to the next
    corrected = _record_id(browser)
    assert corrected != accepted
    shot = tmp_path / "record-view.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    if os.environ.get("KEHOACH_SCREENSHOT"):
        shutil.copy(shot, os.environ["KEHOACH_SCREENSHOT"])

    deadline = browser.find_element(By.ID, "f-deadline")
    old_deadline = deadline.get_attribute("value")
    deadline.clear()
    deadline.send_keys("2029")
    old = browser.current_url
    deadline.send_keys(Keys.ENTER)                                # Enter in a field: correct
    _wait_for_url_change(browser, old)
    rejected = _record_id(browser)
    assert rejected not in (accepted, corrected)

    _press(browser, "r")                                          # reject
    after = _record_id(browser)
    _press(browser, "k")                                          # back to the one just rejected
    assert _record_id(browser) == rejected and "rejected" in browser.find_element(By.ID, "state").text
    _press(browser, "j")
    assert _record_id(browser) == after
    browser.get(f"{address}/?kind=target&province=Hà Nội")
    total = browser.find_element(By.ID, "total").text
    assert "1 đúng / accepted" in total and "1 đã sửa / corrected" in total and "1 loại / rejected" in total

    # reviews.csv: one line per decision, with the reviewer and the changed field.
    got = {d.record_id: d for d in D.load(corpus / "reviews.csv")}
    assert {k: d.decision for k, d in got.items()} == {accepted: "accept", corrected: "correct",
                                                        rejected: "reject"}
    assert got[corrected].changes == {"deadline": {"old": int(old_deadline), "new": 2029}}
    assert {d.reviewer for d in got.values()} == {"Nguyễn Lan"}

    # The next run applies them.
    extract(corpus, out)
    long = {r["target_id"]: r for r in table(out, "comparison_long")}
    assert long[accepted]["review"] == "accepted"
    assert long[corrected]["review"] == "corrected" and long[corrected]["deadline"] == "2029"
    assert rejected not in long
    targets = {r["target_id"]: r for r in table(out, "targets")}
    assert targets[rejected]["review"] == "rejected"
    assert targets[corrected]["review_changes"] == f"deadline: {old_deadline} → 2029"
    header = next(c for c in table(out, "comparison")[0] if c.startswith("Hà Nội"))
    cells = {r["indicator_id"]: r[header] for r in table(out, "comparison")}
    assert "✓" in cells[long[accepted]["indicator_id"]]
    assert "(2029) ✎" in cells[long[corrected]["indicator_id"]]
    assert "rv-corrected" in (out / "report" / "index.html").read_text(encoding="utf-8")
    assert table(out, "review_orphans") == []

    # Editing the document makes its decisions orphans: listed, not applied, shown in the app.
    page = corpus / next(n for n in SAMPLE if n.startswith(HA_NOI))
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", "<p>Cập nhật.</p></body>"),
                    encoding="utf-8")
    extract(corpus, out)
    orphans = table(out, "review_orphans")
    assert {o["record_id"] for o in orphans} == {accepted, corrected, rejected}
    assert {o["reason"] for o in orphans} == {"document changed"}
    assert all(r["review"] == "" for r in table(out, "targets"))
    browser.get(f"{address}/")
    assert "3 quyết định mồ côi" in browser.page_source
    browser.find_element(By.CSS_SELECTOR, ".orphans a").click()
    assert all(i in browser.page_source for i in (accepted, corrected, rejected))
