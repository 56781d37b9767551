"""The web page in a real browser: Debian's headless Chromium driven by Selenium.

Loads ``/``, pastes the seed article, gets the brief, hovers an English sentence and sees its
source sentence highlighted; a key figure highlights in the source; keyboard works; article
text containing markup stays text. SUMMARIZER_SCREENSHOTS=DIR saves the page's screenshots
there (the README's come from ``SUMMARIZER_SCREENSHOTS=docs``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from summarizer.serve.app import create_app
from summarizer.serve.engine import loaded_model
from summarizer.translate import load_translator
from tests.conftest import SEED
from tests.serve_support import ServerThread, tiny_ct2_model

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

pytestmark = [
    pytest.mark.enable_socket,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian's chromium and chromium-driver "
        "(apt-get install chromium chromium-driver; .ci/run installs them)",
    ),
]


@pytest.fixture(scope="module")
def base_url(tiny_marian, tmp_path_factory):
    model = tiny_ct2_model(tiny_marian, tmp_path_factory.mktemp("serve-browser"))
    translator = load_translator(str(model), beams=1)
    with ServerThread(create_app(translator, loaded_model(translator))) as base:
        yield base


@pytest.fixture(scope="module")
def browser(monkeypatch_module):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    # Selenium Manager must not look for (or download) anything: both paths are given.
    monkeypatch_module.setenv("SE_OFFLINE", "true")
    profile = tempfile.mkdtemp(prefix="summarizer-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={profile}", "--window-size=1200,1100"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def brief_in_page(driver, base: str, text: str, title: str = "", source_only: bool = False) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(base + "/")
    area = driver.find_element(By.ID, "article")
    # What a paste does: the whole text lands in the field at once.
    driver.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        area,
        text,
    )
    if title:
        driver.find_element(By.ID, "title").send_keys(title)
    if source_only:
        driver.find_element(By.ID, "source-only").click()
    driver.find_element(By.ID, "go").click()
    WebDriverWait(driver, 60).until(
        ec.text_to_be_present_in_element((By.ID, "status"), "Brief ready")
    )


def classes(element) -> set[str]:
    return set((element.get_attribute("class") or "").split())


def test_seed_brief_hover_highlights_the_source(browser, base_url):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    seed = SEED.read_text(encoding="utf-8")
    brief_in_page(browser, base_url, seed)
    banner = browser.find_element(By.ID, "banner")
    assert banner.is_displayed() and "Stand-in model" in banner.text
    assert "WASHINGTON (dpa-AFX)" in browser.find_element(By.ID, "dateline").text

    english = browser.find_elements(By.CSS_SELECTOR, "#brief-text .sent")
    assert english
    first = english[0]
    index = first.get_attribute("data-s")
    source = browser.find_element(By.CSS_SELECTOR, f'#source-text .sent[data-s="{index}"]')
    assert "hl" not in classes(source)
    ActionChains(browser).move_to_element(first).perform()
    assert "hl" in classes(source)
    assert " ".join(source.text.split()) in " ".join(seed.split())

    # A key figure highlights its span in the source text.
    figure_item = browser.find_element(By.CSS_SELECTOR, "#figures li[data-f]")
    number = figure_item.get_attribute("data-f")
    span = browser.find_element(By.CSS_SELECTOR, f'#source-text .fig[data-f="{number}"]')
    ActionChains(browser).move_to_element(figure_item).perform()
    assert "hl" in classes(span) and "hl" not in classes(source)
    assert span.text in figure_item.text  # "more than 1,000 containers ← mehr als 1000 Container"

    # Keyboard: Tab from the button reaches the first sentence, focus highlights its source,
    # Enter pins the highlight (it stays when focus leaves), Enter again releases it.
    ActionChains(browser).move_by_offset(0, 0).perform()
    browser.execute_script("document.getElementById('go').focus()")
    assert "hl" not in classes(source)
    browser.switch_to.active_element.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("data-s") == index and "hl" in classes(source)
    focused.send_keys(Keys.ENTER)
    assert "pinned" in classes(first)
    browser.execute_script("document.activeElement.blur()")
    assert "hl" in classes(source)
    first.send_keys(Keys.ENTER)
    assert "pinned" not in classes(first)

    if os.environ.get("SUMMARIZER_SCREENSHOTS"):
        save_screenshots(browser, Path(os.environ["SUMMARIZER_SCREENSHOTS"]), first)


def save_screenshots(browser, out: Path, sentence) -> None:
    """The page with an English sentence hovered: desktop and phone width."""
    from selenium.webdriver.common.action_chains import ActionChains

    out.mkdir(parents=True, exist_ok=True)
    browser.execute_script("document.activeElement.blur()")
    for name, size, top in (("serve.png", (1200, 1250), 0), ("serve-phone.png", (390, 1400), 1)):
        browser.set_window_size(*size)
        browser.execute_script(
            "window.scrollTo(0, arguments[0] ? document.getElementById('status').offsetTop : 0)",
            top,
        )
        ActionChains(browser).move_to_element(sentence).perform()
        browser.save_screenshot(str(out / name))
    browser.set_window_size(1200, 1100)


def test_phone_width_is_one_column(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.set_window_size(390, 1000)
    try:
        brief_in_page(browser, base_url, SEED.read_text(encoding="utf-8"))
        panels = browser.find_elements(By.CSS_SELECTOR, ".panel")
        assert len(panels) == 2
        assert panels[1].location["y"] > panels[0].location["y"]  # stacked, not side by side
        # (Headless Chromium's narrowest window is 500 px: still one column under 40rem.)
        scroll, inner = browser.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert inner < 640 and scroll <= inner  # nothing forces sideways scrolling
    finally:
        browser.set_window_size(1200, 1100)


def test_markup_in_an_article_stays_text(browser, base_url):
    from selenium.webdriver.common.by import By

    hostile = (
        'BERLIN (dpa) - Die Stadt <img src=x onerror="window.__xss=1"> hat 2023 mehr als 1200 '
        "neue Wohnungen gebaut. Das waren 3,5 Prozent mehr als im Jahr davor, teilte das Amt "
        "am Montag mit."
    )
    brief_in_page(browser, base_url, hostile, title="<script>window.__xss=2</script>")
    assert browser.execute_script("return window.__xss") is None
    assert not browser.find_elements(By.CSS_SELECTOR, "#result img, #result script")
    assert "<img src=x" in browser.find_element(By.ID, "source-text").text
    assert browser.find_element(By.ID, "title-out").text == "<script>window.__xss=2</script>"


def test_source_only_brief_keeps_the_article_language(browser, base_url):
    from selenium.webdriver.common.by import By

    brief_in_page(browser, base_url, SEED.read_text(encoding="utf-8"), source_only=True)
    assert not browser.find_element(By.ID, "banner").is_displayed()  # no model, no stand-in
    assert "Nordkorea" in browser.find_element(By.ID, "brief-text").text
    assert browser.find_element(By.ID, "model").text == "Model: none (none)"
    # Figures are marked in the brief by their source form.
    marked = browser.find_elements(By.CSS_SELECTOR, "#brief-text .fig")
    assert "mehr als 1000 Container" in [span.text for span in marked]


def test_a_key_figure_says_what_it_counts(browser, tmp_path):
    """With a model that names the noun ("rund 70.000 Zelte" -> "around 70,000 tents"), the
    figures list shows the figure with it, and the German words it came from."""
    from selenium.webdriver.common.by import By

    from tests.conftest import FakeTranslator

    phrases = {"rund 70.000 Zelte": "around 70,000 tents"}
    fake = FakeTranslator(lambda s: phrases.get(s, s))
    with ServerThread(create_app(fake, loaded_model(fake))) as base:
        brief_in_page(
            browser,
            base,
            "Nach dem Erdbeben haben Helfer rund 70.000 Zelte in die Region gebracht. "
            "Mehr als 300 Menschen kamen ums Leben.",
        )
        items = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#figures li")]
    assert any(text.startswith("around 70,000 tents ← rund 70.000 Zelte") for text in items), items
