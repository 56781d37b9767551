"""The HTTP API in-process (httpx's ASGI transport, no socket): every route, status and error."""

from __future__ import annotations

import base64
import json
import re

import pytest
from typer.testing import CliRunner

from summarizer.cli import app as cli_app
from summarizer.errors import UsageError
from summarizer.pipeline import STANDIN_WARNING
from summarizer.serve.app import ServeConfig, check_exposure, create_app
from summarizer.serve.engine import loaded_model
from summarizer.translate import load_translator
from tests.conftest import SEED
from tests.serve_support import MODEL_OF_FAKE, Api, FakeTranslator, tiny_ct2_model

SEED_TEXT = SEED.read_text(encoding="utf-8")
PAGE = """<!DOCTYPE html><html><head><title>Nordkorea liefert Waffen | Zeitung</title>
<script>alert("x")</script></head><body><nav><a href="/">Startseite</a></nav>
<article><h1>Nordkorea liefert Waffen</h1>
<p>WASHINGTON (dpa-AFX) - Nordkorea hat nach Angaben der US-Regierung Waffen an Russland
geliefert. Es handle sich dabei um mehr als 1000 Container mit militärischer Ausrüstung und
Munition, hieß es am Freitag aus dem Weißen Haus.</p>
<p>Die Container wurden zwischen dem 7. September und 1. Oktober verschifft.</p></article>
<footer>Impressum</footer></body></html>"""
SHORT = (
    "BERLIN (dpa) - Die Stadt hat 2023 mehr als 1200 neue Wohnungen gebaut. Das waren 3,5 "
    "Prozent mehr als im Jahr davor, teilte das Amt für Statistik am Montag mit. Die Kosten "
    "lagen bei 1,5 Milliarden Euro."
)


@pytest.fixture(scope="module")
def translator(tiny_marian, tmp_path_factory):
    model = tiny_ct2_model(tiny_marian, tmp_path_factory.mktemp("serve-api"))
    return load_translator(str(model), beams=1)


@pytest.fixture(scope="module")
def api(translator):
    client = Api(create_app(translator, loaded_model(translator)))
    yield client
    client.close()


def one_line_error(response, status: int) -> str:
    assert response.status_code == status, response.text
    message = response.json()["error"]
    assert message and "\n" not in message
    return message


# health, models, page ----------------------------------------------------------------------------


def test_health_and_ready(api):
    assert api.get("/healthz").json() == {"status": "ok"}
    ready = api.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["model"]["standin"] is True


def test_not_ready_before_the_worker_starts(translator):
    import asyncio

    import httpx

    app = create_app(translator, loaded_model(translator))  # lifespan not entered

    async def ask():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return await client.get("/readyz")

    assert asyncio.run(ask()).status_code == 503


def test_models_names_the_loaded_model(api):
    body = api.get("/v1/models").json()
    assert body["translation"]["backend"] == "ct2"
    assert body["translation"]["standin"] is True
    assert body["strategies"] == ["extractive", "lead"]


def test_openapi_schema_lists_every_route(api):
    paths = set(api.get("/openapi.json").json()["paths"])
    expected = {"/v1/brief", "/v1/briefs", "/v1/figures", "/v1/translate", "/v1/models"}
    assert expected | {"/healthz", "/readyz", "/metrics"} <= paths
    assert api.get("/docs").status_code == 200


def test_page_is_self_contained_and_escapes_article_text(api):
    response = api.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    # No external asset: no src/href/url() to anything but this server.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "url(" not in page and "@import" not in page
    # Article text only ever goes in as text.
    assert "innerHTML" not in page and "insertAdjacentHTML" not in page
    assert "document.write" not in page
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp


# /v1/brief ---------------------------------------------------------------------------------------


def test_brief_of_text_follows_the_output_contract(api):
    response = api.post("/v1/brief", json={"text": SEED_TEXT, "id": "seed", "include_text": True})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["id"] == "seed"
    assert body["dateline"] == {"place": "WASHINGTON", "agency": "dpa-AFX"}
    assert body["brief"].startswith("WASHINGTON, Oct. 2023 — ")
    assert body["model"]["standin"] is True and STANDIN_WARNING in body["warnings"]
    assert body["article_text"] == SEED_TEXT
    assert body["sentences"]
    for sentence in body["sentences"]:
        assert SEED_TEXT[sentence["start"] : sentence["end"]].split() == sentence["source"].split()
    assert body["figures"]
    for figure in body["figures"]:
        assert SEED_TEXT[figure["start"] : figure["end"]] == figure["source"]
    assert "more than 1,000 containers" in body["key_figures"]
    assert "article_text" not in api.post("/v1/brief", json={"text": SEED_TEXT}).json()


def test_brief_settings_are_applied(api):
    body = api.post(
        "/v1/brief", json={"text": SEED_TEXT, "strategy": "lead", "max_words": 20}
    ).json()
    assert body["strategy"] == {"name": "lead", "max_words": 20}
    assert [s["index"] for s in body["sentences"]] == [0]


def test_brief_source_only_is_in_the_article_language_without_the_model(api):
    translated, source_only = api.gather(  # one batch: each kind gets its own translator
        [
            ("/v1/brief", {"json": {"text": SEED_TEXT}}),
            ("/v1/brief", {"json": {"text": SEED_TEXT, "source_only": True}}),
        ]
    )
    assert translated.json()["model"]["backend"] == "ct2"
    body = source_only.json()
    assert body["model"] == {"name": "none", "revision": None, "backend": "none", "standin": False}
    assert body["sentences"] and all(s["text"] == s["source"] for s in body["sentences"])
    assert "Nordkorea" in body["brief"] and STANDIN_WARNING not in body["warnings"]
    chosen = {s["index"] for s in body["sentences"]}
    shown = [f for f in body["figures"] if f["sentence"] in chosen]
    assert shown and all(f["status"] == "kept" for f in shown)
    stream = api.post("/v1/briefs", json={"articles": [{"text": SHORT}], "source_only": True})
    (line,) = [json.loads(line) for line in stream.text.splitlines()]
    assert line["model"]["name"] == "none" and "Wohnungen" in line["brief"]


def test_brief_of_html_extracts_the_article(api):
    body = api.post("/v1/brief", json={"html": PAGE, "include_text": True}).json()
    assert body["title"].startswith("Nordkorea liefert Waffen")
    assert body["article_text"].startswith("WASHINGTON (dpa-AFX) - Nordkorea")
    assert "Startseite" not in body["article_text"] and "alert" not in body["article_text"]
    assert any(f["source"] == "mehr als 1000 Container" for f in body["figures"])


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_brief_of_an_uploaded_file_in_any_encoding(api, encoding):
    upload = base64.b64encode(SHORT.encode(encoding)).decode()
    body = api.post("/v1/brief", json={"file": upload, "include_text": True}).json()
    assert body["article_text"] == SHORT
    assert {f["source"] for f in body["figures"]} >= {"3,5 Prozent", "1,5 Milliarden Euro"}
    guessed = any("not UTF-8" in w for w in body["warnings"])
    assert guessed == (encoding == "cp1252")  # a guessed encoding is said, as in the CLI


def test_uploaded_html_file_is_read_as_html(api):
    upload = base64.b64encode(PAGE.encode()).decode()
    body = api.post("/v1/brief", json={"file": upload}).json()
    assert body["title"].startswith("Nordkorea liefert Waffen")


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"text": "   \n  "}, "article is empty"),
        ({"text": "Kurz\x00\x01\x02\x03\x04\x05\x06\x07"}, "article is binary"),
        ({"file": base64.b64encode(b"\x00\x01\x02\xff" * 50).decode()}, "binary"),
        ({"file": "not base64 !!"}, "not valid base64"),
        ({"file": ""}, "article is empty"),
        ({}, "give exactly one of 'text', 'html' or 'file'"),
        ({"text": "x", "html": "<p>x</p>"}, "give exactly one of"),
        ({"html": "<html><body><script>1</script></body></html>"}, "no article text"),
        ({"text": SHORT, "source_language": "xx"}, "source_language 'xx'"),
        ({"text": SHORT, "strategy": "abstractive"}, "strategy"),
        ({"text": SHORT, "max_words": 3}, "max_words"),
        ({"text": 5}, "text"),
    ],
)
def test_bad_articles_get_422_with_one_line(api, payload, expected):
    response = api.post("/v1/brief", json=payload)
    assert expected in one_line_error(response, 422)


def test_bad_json_is_422_with_one_line(api):
    response = api.post(
        "/v1/brief", content=b'{"text": "x",', headers={"content-type": "application/json"}
    )
    assert "not valid JSON" in one_line_error(response, 422)


def test_missing_field_names_it(api):
    assert "missing field 'articles'" in one_line_error(api.post("/v1/briefs", json={}), 422)


def test_no_route_reads_a_file_named_by_the_request(api):
    response = api.post("/v1/brief", json={"text": "/etc/passwd", "id": "../../etc/passwd"})
    assert "root:" not in response.text


# /v1/briefs --------------------------------------------------------------------------------------


def test_briefs_stream_json_lines_in_input_order(api):
    articles = [
        {"text": SEED_TEXT, "id": "a"},
        {"text": "  ", "id": "b"},
        {"text": SHORT, "id": "c"},
        {"text": SHORT},
    ]
    response = api.post("/v1/briefs", json={"articles": articles, "max_words": 40})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c", "article-4"]
    assert lines[1] == {"id": "b", "error": "article is empty"}
    assert lines[0]["brief"] and lines[2]["strategy"]["max_words"] == 40


def test_briefs_refuse_duplicate_ids_empty_and_too_many(api):
    dup = {"articles": [{"text": SHORT, "id": "x"}, {"text": SHORT, "id": "x"}]}
    assert "duplicate id 'x'" in one_line_error(api.post("/v1/briefs", json=dup), 422)
    assert "articles" in one_line_error(api.post("/v1/briefs", json={"articles": []}), 422)


def test_briefs_cap_articles_per_request(translator):
    config = ServeConfig(max_articles=2)
    client = Api(create_app(translator, loaded_model(translator), config))
    try:
        many = {"articles": [{"text": SHORT}] * 3}
        assert "at most 2" in one_line_error(client.post("/v1/briefs", json=many), 422)
    finally:
        client.close()


# /v1/figures and /v1/translate -------------------------------------------------------------------


def test_figures_match_the_cli(api):
    body = api.post("/v1/figures", json={"text": SEED_TEXT, "id": "seed"}).json()
    cli = CliRunner().invoke(cli_app, ["figures", str(SEED), "--format", "json"])
    assert cli.exit_code == 0, cli.output
    assert body["id"] == "seed"
    assert body["figures"] == json.loads(cli.output)["figures"]


def test_figures_of_an_empty_article_is_422(api):
    assert one_line_error(api.post("/v1/figures", json={"text": ""}), 422) == "article is empty"


def test_translate_returns_every_sentence_aligned(api):
    body = api.post("/v1/translate", json={"text": SHORT}).json()
    assert [s["index"] for s in body["sentences"]] == [0, 1, 2]
    assert body["sentences"][1]["source"].startswith("Das waren 3,5 Prozent")
    assert body["model"]["standin"] is True


# /metrics ----------------------------------------------------------------------------------------


def test_metrics_count_requests_articles_figures_and_batches(api):
    api.post("/v1/brief", json={"text": SEED_TEXT})
    api.post("/v1/brief", json={"text": ""})
    text = api.get("/metrics").text
    assert re.search(r'summarizer_articles_total\{outcome="ok"\} [1-9]', text)
    # The stand-in's random English holds no figure: every checked figure is missing.
    assert re.search(r"summarizer_figures_missing_total [1-9]", text)
    assert "summarizer_figures_invented_total" in text
    assert re.search(r"summarizer_batch_size_count [1-9]", text)
    assert re.search(
        r'summarizer_http_requests_total\{method="POST",route="/v1/brief",status="422"\} [1-9]',
        text,
    )
    assert 'summarizer_http_request_seconds_bucket{le="0.5",route="/v1/brief"}' in text
    assert "summarizer_queue_depth 0.0" in text


# safety: body cap, busy, timeout, API key, CORS --------------------------------------------------


def small_app(translator, **config) -> Api:
    return Api(create_app(translator, MODEL_OF_FAKE, ServeConfig(**config)))


def test_body_over_the_cap_is_413_with_or_without_length():
    client = small_app(FakeTranslator(), max_body=2000)
    try:
        big = {"text": "Wort " * 1000}
        assert "over 2,000 bytes" in one_line_error(client.post("/v1/brief", json=big), 413)

        async def chunks():
            for _ in range(10):
                yield b" " * 500

        chunked = client.post(
            "/v1/brief", content=chunks(), headers={"content-type": "application/json"}
        )
        assert "content-length" not in chunked.request.headers
        one_line_error(chunked, 413)
        assert client.post("/v1/brief", json={"text": SHORT}).status_code == 200
    finally:
        client.close()


def test_a_full_queue_answers_503_with_retry_after():
    client = small_app(FakeTranslator(delay=0.5), max_queue=1, max_batch=1, max_wait=0)
    try:
        responses = client.gather([("/v1/brief", {"json": {"text": SHORT}})] * 4)
        statuses = sorted(r.status_code for r in responses)
        assert 200 in statuses and 503 in statuses
        busy = next(r for r in responses if r.status_code == 503)
        assert busy.headers["retry-after"] == "1"
        assert "queue is full" in one_line_error(busy, 503)
    finally:
        client.close()


def test_a_slow_answer_is_504():
    client = small_app(FakeTranslator(delay=1.0), timeout=0.2)
    try:
        assert "no answer within 0.2 s" in one_line_error(
            client.post("/v1/brief", json={"text": SHORT}), 504
        )
    finally:
        client.close()


def test_concurrent_requests_share_one_translator_batch():
    fake = FakeTranslator(delay=0.05)
    client = small_app(fake, max_wait=0.05)
    try:
        responses = client.gather([("/v1/brief", {"json": {"text": SHORT}})] * 8)
        assert [r.status_code for r in responses] == [200] * 8
        # Sentences of several articles went to the translator in one call.
        assert max(fake.batches) > 3
        metrics = client.get("/metrics").text
        batches = float(re.search(r"summarizer_batch_size_count (\S+)", metrics)[1])
        jobs = float(re.search(r"summarizer_batch_size_sum (\S+)", metrics)[1])
        assert jobs == 8 and batches < 8
    finally:
        client.close()


def test_api_key_guards_the_api_not_the_health_checks():
    client = small_app(FakeTranslator(), api_key="s3cret")
    try:
        assert one_line_error(client.get("/v1/models"), 401) == "missing or wrong API key"
        assert client.get("/v1/models").headers["www-authenticate"] == "Bearer"
        wrong = client.get("/v1/models", headers={"X-API-Key": "s3creT"})
        assert wrong.status_code == 401
        assert client.post("/v1/brief", json={"text": SHORT}).status_code == 401
        assert client.get("/metrics").status_code == 401
        assert client.get("/v1/models", headers={"X-API-Key": "s3cret"}).status_code == 200
        bearer = {"Authorization": "Bearer s3cret"}
        assert client.get("/v1/models", headers=bearer).status_code == 200
        for open_route in ("/healthz", "/readyz", "/"):
            assert client.get(open_route).status_code == 200
    finally:
        client.close()


def test_no_cors_unless_an_origin_is_given():
    origin = {"Origin": "https://news.example", "Access-Control-Request-Method": "POST"}
    closed = small_app(FakeTranslator())
    try:
        assert "access-control-allow-origin" not in closed.get("/healthz", headers=origin).headers
        preflight = closed.request("OPTIONS", "/v1/brief", headers=origin)
        assert "access-control-allow-origin" not in preflight.headers
    finally:
        closed.close()
    opened = small_app(FakeTranslator(), cors_origins=["https://news.example"])
    try:
        preflight = opened.request("OPTIONS", "/v1/brief", headers=origin)
        assert preflight.headers["access-control-allow-origin"] == "https://news.example"
        other = {**origin, "Origin": "https://evil.example"}
        assert "access-control-allow-origin" not in opened.get("/healthz", headers=other).headers
    finally:
        opened.close()


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost", "127.0.0.2"])
def test_loopback_needs_no_key(host):
    check_exposure(ServeConfig(host=host))


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "::", "example.org"])
def test_beyond_loopback_needs_a_key(host):
    with pytest.raises(UsageError, match="needs an API key"):
        check_exposure(ServeConfig(host=host))
    check_exposure(ServeConfig(host=host, api_key="k"))


def test_serve_command_refuses_an_open_host_without_a_key(monkeypatch):
    monkeypatch.delenv("SUMMARIZER_API_KEY", raising=False)
    result = CliRunner().invoke(cli_app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "summarizer: --host 0.0.0.0: binding beyond loopback needs an API key "
        "(--api-key or SUMMARIZER_API_KEY)"
    ]


def test_serve_command_passes_options_and_the_key_from_the_environment(monkeypatch, tiny_marian):
    seen = {}
    monkeypatch.setattr(
        "summarizer.serve.app.run", lambda pool, config: seen.update(pool=pool, config=config)
    )
    monkeypatch.setenv("SUMMARIZER_API_KEY", "from-env")
    args = ["serve", "--host", "0.0.0.0", "--port", "9001", "--model", str(tiny_marian)]
    args += ["--cors-origin", "https://a.example", "--workers", "2", "--timeout", "5"]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    config = seen["config"]
    assert (config.host, config.port, config.api_key) == ("0.0.0.0", 9001, "from-env")
    assert config.cors_origins == ["https://a.example"]
    assert (config.workers, config.timeout) == (2, 5.0)
    assert "from-env" not in result.output


def test_serve_command_with_a_missing_model_exits_2_before_listening(monkeypatch, tmp_path):
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: pytest.fail("must not start"))
    result = CliRunner().invoke(cli_app, ["serve", "--model", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "model folder not found" in result.output


class OneLanguagePool:
    """A pool that has a model for German only (as a server with only opus-mt-de-en)."""

    def __init__(self):
        self.german = FakeTranslator()

    def for_language(self, lang):
        from summarizer.errors import ModelError

        if lang != "de":
            raise ModelError(f"Model 'Helsinki-NLP/opus-mt-{lang}-en' is not available offline")
        return self.german, []


def test_an_article_whose_model_is_missing_is_503_and_the_others_still_go():
    client = Api(create_app(OneLanguagePool(), MODEL_OF_FAKE, ServeConfig()))
    try:
        french = {"text": "Le gouvernement a annoncé 300 millions.", "source_language": "fr"}
        message = one_line_error(client.post("/v1/brief", json=french), 503)
        assert "opus-mt-fr-en" in message
        assert "opus-mt-fr-en" in one_line_error(client.post("/v1/translate", json=french), 503)
        both = {"articles": [{**french, "id": "fr"}, {"text": SHORT, "id": "de"}]}
        stream = client.post("/v1/briefs", json=both).text
        lines = [json.loads(line) for line in stream.splitlines()]
        assert "opus-mt-fr-en" in lines[0]["error"] and lines[1]["brief"]
        untranslated = client.post("/v1/brief", json={**french, "source_only": True})
        assert untranslated.status_code == 200  # no model needed
        assert untranslated.json()["brief"].startswith("Le gouvernement")
    finally:
        client.close()
