"""Hostile article content in the Markdown and HTML outputs: nothing from an article may render
as a tag, a link or an image, and no control character reaches an output."""

import json
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.digest import DigestResult, digest_markdown
from summarizer.digest_html import anchor, digest_html
from summarizer.render import escape_md, to_markdown

runner = CliRunner()

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
LINK = "[click](javascript:alert(3))"
IMAGE = "![pic](javascript:alert(4))"
HOSTILE = f"{SCRIPT} {IMG} {LINK} {IMAGE} <javascript:alert(5)> *em* _em_ `code` | ~~x~~"


def rendered(markdown: str) -> str:
    # The CommonMark preset passes raw HTML through, as most viewers do: the strict case.
    return MarkdownIt("commonmark").render(markdown)


def assert_inert(html: str) -> None:
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert 'href="javascript:' not in lowered
    assert "<code>" not in lowered and "<del>" not in lowered
    assert "\x00" not in html


def brief_dict(**overrides) -> dict:
    data = {
        "id": "a\x00b",
        "title": HOSTILE,
        "date": f"2023-10-13 {SCRIPT}",
        "dateline": {"place": IMG, "agency": LINK},
        "brief": f"North Korea {HOSTILE} shipped 1,000 containers.\n# not a heading",
        "key_figures": [IMAGE, "1,000 containers"],
        "warnings": [f"sentence 0: missing figure '{LINK}'"],
        "model": {"standin": False},
        "source": f"wire/{SCRIPT}.jsonl:3",
        "merged": [IMG, "b"],
    }
    return {**data, **overrides}


@pytest.mark.parametrize(
    "text",
    [
        SCRIPT,
        IMG,
        LINK,
        IMAGE,
        "<javascript:alert(1)>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "[x]: javascript:alert(1)",
        "- list",
        "1. first",
        "# heading",
        "    code block",
        "a\nb",
    ],
)
def test_escape_md_renders_as_the_plain_text(text):
    html = rendered(escape_md(text))
    assert_inert(html)
    # What the reader sees is the text itself (whitespace collapsed), in one paragraph.
    shown = MarkdownIt("commonmark").parseInline(escape_md(text))[0].children
    assert "".join(t.content for t in shown if t.type == "text") == " ".join(text.split())
    assert html.count("<p>") == 1


def test_escape_md_keeps_ordinary_news_text_readable():
    text = "WASHINGTON (dpa-AFX) - 3,2 Prozent! Mehr als 1.000 Container."
    assert escape_md(text) == text


def test_control_characters_become_replacement_characters():
    assert escape_md("a\x00b\x1bc\x7fd") == "a\ufffdb\ufffdc\ufffdd"
    assert escape_md("zwei\u2028Zeilen\x85hier") == "zwei Zeilen hier"


def test_brief_markdown_of_a_hostile_article_is_inert():
    markdown = to_markdown(brief_dict())
    html = rendered(markdown)
    assert_inert(html)
    assert "<h1>" not in html  # the "# not a heading" line of the brief stays in its paragraph
    assert html.count("<h2>") == 1 and "<strong>Key figures:</strong>" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text, not dropped
    assert "*em* _em_" in html  # no emphasis made of article text
    # Our own structure is untouched: heading, emphasised meta line, key figures, warnings list.
    assert markdown.startswith("## &lt;script&gt;")


def test_digest_markdown_of_hostile_entries_and_title_is_inert():
    entries = [brief_dict(headline=f"{LINK} {SCRIPT}"), brief_dict(id="c", headline=IMAGE)]
    result = DigestResult(entries=entries, errors=[])
    html = rendered(digest_markdown(result, f"Digest {SCRIPT} {LINK}"))
    assert_inert(html)
    # The contents links are ours and still point at the anchors.
    assert f'<a href="#{anchor(entries[0]["id"])}">' in html
    assert html.count("<h2>") == 3  # contents + two stories


def test_digest_html_carries_no_control_character():
    entry = brief_dict(headline="Head\x00line", title="Ti\x01tel", id="x\x00y")
    page = digest_html([entry], "Digest\x00")
    assert not any(ord(c) < 32 and c not in "\n\t" for c in page)
    assert "<script" not in page.lower() and "<img" not in page.lower()


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


ENGLISH = (
    "The city council of Springfield approved a budget of 3 million dollars on Friday "
    "after a long debate. {hostile} The mayor said the money would go to schools and roads. "
    "More than 1,000 residents attended the meeting, the largest in a decade."
)

PAGE = """<!DOCTYPE html><html><head><title>Council &lt;script&gt;alert(1)&lt;/script&gt;</title>
<meta property="article:published_time" content="2023-10-14T18:00:00+02:00"></head>
<body><article><h1>Council &lt;script&gt;alert(1)&lt;/script&gt;</h1>
<p>The city council of Springfield &lt;script&gt;alert(6)&lt;/script&gt; approved a budget of
3 million dollars &lt;img src=x onerror=alert(7)&gt; on Friday after a long debate. The mayor
said the money would go to schools and roads and to the harbour.</p>
<p>More than 1,000 residents attended the meeting, the largest in a decade, officials said.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def hostile_inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    records = [
        {
            "id": "evil<script>\x00",
            "title": f"Council {SCRIPT}",  # the page's title: merged into the later page
            "date": "2023-10-13",
            "text": ENGLISH.format(hostile=f"{SCRIPT} {IMG} {LINK} {IMAGE}"),
        },
    ]
    (folder / "day.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    return folder


# English articles pass through untranslated (no --model: one would serve every article), so
# the hostile text reaches the brief itself.


def test_brief_md_of_hostile_english_articles_is_inert(hostile_inputs):
    result = runner.invoke(app, ["brief", str(hostile_inputs), "--offline"])
    assert result.exit_code == 0, result.output
    assert "\x00" not in result.stdout
    html = rendered(result.stdout)
    assert_inert(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # titles and briefs, as text
    assert "&lt;script&gt;alert(6)&lt;/script&gt;" in html
    assert "[click](javascript:alert(3))" in html


def test_digest_of_hostile_articles_is_inert(hostile_inputs, tmp_path):
    title = f"Morning {SCRIPT} {LINK}"
    result = runner.invoke(
        app, ["digest", str(hostile_inputs), "--out", str(tmp_path), "--offline", "--title", title]
    )
    assert result.exit_code == 0, result.output
    markdown = (tmp_path / "digest.md").read_text(encoding="utf-8")
    assert "\x00" not in markdown
    html = rendered(markdown)
    assert_inert(html)
    assert "&lt;script&gt;alert(6)&lt;/script&gt;" in html
    assert "evil&lt;script&gt;" in html  # the merged record's id, as text
    page = (tmp_path / "digest.html").read_text(encoding="utf-8")
    assert "\x00" not in page
    tags = Tags()
    tags.feed(page)
    assert {t for t, _ in tags.tags} <= {
        "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "p", "nav",
        "h2", "ol", "li", "a", "article", "div", "span", "b", "details", "summary", "q",
        "small",
    }  # fmt: skip
    assert all(not k.startswith("on") for _, attrs in tags.tags for k in attrs)
