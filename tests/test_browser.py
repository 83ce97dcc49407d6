"""The chat page in a real headless Chromium (Debian's chromium + chromedriver, driven by selenium)."""

from __future__ import annotations

import csv
import os
import shutil
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "var" / "screenshots"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("Debian chromium/chromedriver not installed (scripts/install-browser.sh installs them as root)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,1100",
                 f"--user-data-dir={tmp_path_factory.mktemp('profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})  # to see every network request
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
    })
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.downloads = downloads  # type: ignore[attr-defined]
    yield driver
    driver.quit()


def wait_for(condition, timeout: float = 60.0):  # type: ignore[no-untyped-def]
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        try:
            value = condition()
            if value:
                return value
        except Exception as err:  # the page is still rendering; keep polling
            last = err
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting ({last})")


def test_ask_click_citation_and_download_csv(browser, server_url: str, corpus) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server_url + "/")
    box = wait_for(lambda: browser.find_element(By.CSS_SELECTOR, "#question textarea, #question input"))
    box.send_keys("哪些举措由市税务局牵头且6月到期")
    box.send_keys(Keys.ENTER)
    chat = wait_for(lambda: (el := browser.find_element(By.ID, "chat")) and "【第98条】" in el.text and el)
    expected = sorted(m.number for m in corpus.measures if m.lead_unit == "市税务局" and m.deadline.month == 6)
    for n in expected:
        assert f"【第{n}条】" in chat.text
    assert "牵头单位=市税务局" in chat.text and chat.text.count("筛选条件") == 1  # how it was read: once

    link = wait_for(lambda: browser.find_element(By.CSS_SELECTOR, "#chat a.cite[data-cite='m98']"))
    link.click()
    panel = wait_for(lambda: (el := browser.find_element(By.ID, "detail-panel")) and "举措详情" in el.text and el)
    assert "【第98条】" in panel.text and "市税务局（牵头）" in panel.text and "纳税时间" in panel.text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "chat-detail.png"))

    browser.find_element(By.CSS_SELECTOR, "#download-csv").click()
    csv_file = wait_for(lambda: next((p for p in browser.downloads.glob("*.csv")), None))
    wait_for(lambda: not list(browser.downloads.glob("*.crdownload")))
    rows = list(csv.reader(csv_file.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["序号", "一级指标", "二级指标", "重点举措", "责任单位", "牵头单位", "责任领导", "完成时限"]
    assert [int(r[0]) for r in rows[1:]] == expected
    assert all(r[5] == "市税务局" for r in rows[1:])

    browser.find_element(By.ID, "new-chat").click()
    wait_for(lambda: "【第98条】" not in browser.find_element(By.ID, "chat").text)


# the README's screenshots: written to var/screenshots on every run, to docs/screenshots when refreshing them
# (POLICYQA_SCREENSHOTS=docs/screenshots), so a test run never changes tracked files
DOCS = Path(os.environ.get("POLICYQA_SCREENSHOTS") or SCREENSHOTS).resolve()


def _ask(browser, question: str, expect: str):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = wait_for(lambda: browser.find_element(By.CSS_SELECTOR, "#question textarea, #question input"))
    box.send_keys(question)
    box.send_keys(Keys.ENTER)
    return wait_for(lambda: (el := browser.find_element(By.ID, "chat")) and expect in el.text and el)


def _last_answer(browser) -> str:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return str(browser.find_elements(By.CSS_SELECTOR, "#chat .message.bot, #chat [data-testid='bot']")[-1].text)


def _in_view(browser, element) -> bool:  # type: ignore[no-untyped-def]
    return bool(browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.height > 0 && r.top < window.innerHeight && r.bottom > 0;", element))


def test_workbench_table_filters_detail_feedback_reload_and_new_chat(browser, server_url: str, corpus) -> None:  # type: ignore[no-untyped-def]
    import httpx
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    housing = [m for m in corpus.measures if "市住房城乡建设局" in m.units]
    browser.set_window_size(1366, 900)
    browser.get(server_url + "/")
    browser.execute_script("window.localStorage.clear()")
    browser.get(server_url + "/")
    _ask(browser, "住建局参与了哪些举措", f"共{len(housing)}条")
    assert _last_answer(browser).startswith(f"共{len(housing)}条")  # the count is the first line
    title = wait_for(lambda: (el := browser.find_element(By.ID, "table-title")) and f"（{len(housing)}条）" in el.text)
    rows = browser.find_element(By.CSS_SELECTOR, "#results [aria-rowcount]").get_attribute("aria-rowcount")
    assert int(rows) == len(housing) + 1 and title  # header row + one row per measure
    DOCS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(DOCS / "desktop-answer.png"))

    deadline = browser.find_element(By.CSS_SELECTOR, "#filter-deadline input")
    deadline.click()
    deadline.send_keys(Keys.CONTROL, "a")
    deadline.send_keys(Keys.BACKSPACE)
    deadline.send_keys("8月")
    deadline.send_keys(Keys.ENTER)
    browser.find_element(By.ID, "filter-apply").click()
    august = [m for m in housing if m.deadline.month == 8]
    wait_for(lambda: f"按筛选（{len(august)}条）" in browser.find_element(By.ID, "table-title").text)
    browser.execute_script("document.querySelector('#table-title').scrollIntoView({block: 'start'})")
    time.sleep(0.5)
    browser.save_screenshot(str(DOCS / "desktop-table.png"))

    link = wait_for(lambda: browser.find_element(By.CSS_SELECTOR, f"#chat a.cite[data-cite='m{housing[2].number}']"))
    link.click()
    panel = wait_for(lambda: (el := browser.find_element(By.ID, "detail-panel")) and "举措详情" in el.text and el)
    assert f"【第{housing[2].number}条】" in panel.text and _in_view(browser, panel)
    browser.save_screenshot(str(DOCS / "desktop-detail.png"))

    comment = browser.find_element(By.CSS_SELECTOR, "#feedback-comment textarea, #feedback-comment input")
    comment.send_keys("少了一条配合举措（浏览器测试）")
    browser.find_elements(By.CSS_SELECTOR, "#chat button[aria-label='Dislike']")[-1].click()
    wait_for(lambda: "已记录反馈" in browser.find_element(By.ID, "feedback-status").text)
    stored = httpx.get(f"{server_url}/api/feedback", params={"verdict": "down"}, timeout=30).json()
    mine = next(i for i in stored if i["comment"] == "少了一条配合举措（浏览器测试）")
    assert mine["question"] == "住建局参与了哪些举措" and len(mine["citations"]) == len(housing)

    browser.refresh()  # the conversation survives a reload
    wait_for(lambda: f"共{len(housing)}条" in browser.find_element(By.ID, "chat").text)
    assert "上一轮结果" in browser.find_element(By.ID, "scope").text

    browser.find_element(By.ID, "new-chat").click()  # clears the messages and the context
    wait_for(lambda: "住建局" not in browser.find_element(By.ID, "chat").text)
    assert "全部384条" in browser.find_element(By.ID, "scope").text
    june = [m for m in corpus.measures if m.deadline.month == 6]
    _ask(browser, "其中6月到期的有多少条", f"共{len(june)}条")  # answered on the whole plan, not the old set
    wait_for(lambda: f"上一轮结果（{len(june)}条）" in browser.find_element(By.ID, "scope").text)
    browser.find_element(By.CSS_SELECTOR, "#chat button[aria-label='Clear']").click()  # the bin icon
    wait_for(lambda: "全部384条" in browser.find_element(By.ID, "scope").text)
    assert "6月到期" not in browser.find_element(By.ID, "chat").text


def test_detail_panel_opens_in_view_at_phone_width(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.set_window_size(400, 850)
    browser.get(server_url + "/")
    browser.execute_script("window.localStorage.clear()")
    browser.get(server_url + "/")
    _ask(browser, "哪些举措由市税务局牵头且6月到期", "【第98条】")
    DOCS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(DOCS / "phone-answer.png"))
    wait_for(lambda: browser.find_element(By.CSS_SELECTOR, "#chat a.cite[data-cite='m98']")).click()
    panel = wait_for(lambda: (el := browser.find_element(By.ID, "detail-panel")) and "举措详情" in el.text and el)
    assert _in_view(browser, panel) and "【第98条】" in panel.text
    browser.save_screenshot(str(DOCS / "phone-detail.png"))
    example = next(b for b in browser.find_elements(By.CSS_SELECTOR, "#examples button") if b.text == "第96条")
    browser.execute_script("arguments[0].click()", example)  # an example asks at once
    wait_for(lambda: "十税合一" in browser.find_element(By.ID, "chat").text)
    browser.set_window_size(1400, 1100)


@pytest.mark.parametrize(("path", "ready"), [
    ("/", "#question textarea, #question input"), ("/docs", ".swagger-ui .info"), ("/redoc", "redoc h1, .api-info h1"),
])
def test_page_loads_nothing_from_outside(browser, server_url: str, path: str, ready: str) -> None:  # type: ignore[no-untyped-def]
    """Works with no internet: every request the chat page and the API docs make goes to the local server
    (no CDN, no analytics, no web fonts), and the page really renders."""
    import json
    from urllib.parse import urlparse

    from selenium.webdriver.common.by import By

    browser.get_log("performance")  # drop what earlier tests logged
    browser.get(server_url + path)
    wait_for(lambda: browser.find_element(By.CSS_SELECTOR, ready))
    time.sleep(3)  # let late requests (fonts, analytics) show up if there were any
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert urls, "no request was logged"
    outside = [u for u in urls if urlparse(u).scheme in ("http", "https", "ws", "wss")
               and urlparse(u).hostname not in ("127.0.0.1", "localhost")]
    assert outside == []
