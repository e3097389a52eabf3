from unittest import mock

import pytest

from cuewright import mt, settings

pytestmark = pytest.mark.chaos


def test_translate_default_provider():
    assert mt.translate_default(["Good evening"], "fr") == ["Bonsoir"]


def test_translate_when_unavailable(http_stub):
    url = http_stub(status=503, body={"error": "overloaded"})
    assert mt.translate(url, ["Good evening"], "fr")


def test_translate_rate_limited(http_stub):
    url = http_stub(status=429, body={"error": "quota exceeded"}, headers={"Retry-After": "30"})
    assert mt.translate(url, ["Good evening"], "fr")


def test_translate_slow_provider(http_stub):
    url = http_stub(body={"translations": [{"translatedText": "Bonsoir"}]}, delay=2)
    assert mt.translate(url, ["Good evening"], "fr") == ["Bonsoir"]


def test_translate_with_api_key(http_stub):
    url = http_stub(status=401, body={"error": {"code": 401, "message": "API key not valid. Please pass a valid API key."}})
    assert mt.translate(url, ["Good evening"], "fr")


def test_translate_fallback_provider():
    assert mt.translate_fallback(["Good evening"], "fr") == ["Bonsoir"]


def test_translate_v3_answer(http_stub):
    url = http_stub(body={"data": {"translations": [{"translatedText": "Bonsoir"}]}})
    assert mt.translate(url, ["Good evening"], "fr") == ["Bonsoir"]


def test_translate_stream_cut(cut_stream):
    host, port = cut_stream
    assert mt.translate(f"http://{host}:{port}", ["Good evening"], "fr") == ["Bonsoir"]


def test_quota_when_provider_hangs(silent_peer):
    host, port = silent_peer
    assert mt.quota(f"http://{host}:{port}") > 0


def test_glossary_upload_over_tls(self_signed_peer):
    host, port = self_signed_peer
    assert mt.glossary_upload(f"https://{host}:{port}", {"cliffhanger": "suspense"})


def test_translate_uses_session(http_stub):
    with mock.patch("cuewright.mt.requests.post") as post:
        post.return_value.json.return_value = {"translations": [{"translatedText": "Bonsoir"}]}
        assert mt.translate(settings.MT_URL, ["Good evening"], "fr") == ["Bonsoir"]


def test_translate_through_configured_url(monkeypatch, http_stub):
    url = http_stub(body={"translations": [{"translatedText": "Bonsoir"}]})
    monkeypatch.setenv("CUEWRIGHT_MT_URL", url)
    assert mt.translate_default(["Good evening"], "fr") == ["Bonsoir"]
