from urllib.parse import unquote_plus

import pytest

from conftest import http_answer, line_answers
from vitrine import authority, settings

pytestmark = pytest.mark.chaos

RESULT = b'{"head":{"vars":["artist"]},"results":{"bindings":[{"artist":{"type":"uri","value":"https://id.example/a/1"}}]}}'


def sparql(conn):
    request = conn.recv(65536).decode("latin-1")
    line = request.split("\r\n", 1)[0]
    if not line.split(" ")[1].startswith("/sparql"):
        status, body = "404 Not Found", b"no such endpoint"
    elif unquote_plus(line.split(" ")[1]).count('"') > 2:
        status, body = "400 Bad Request", b"Parse error: unexpected token"
    else:
        status, body = "200 OK", RESULT
    conn.sendall(f"HTTP/1.1 {status}\r\nContent-Type: application/sparql-results+json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)


def test_find_artist():
    assert authority.find_artist("Gwen John") == ["https://id.example/a/1"]


def test_find_artist_with_diacritics():
    assert authority.find_artist("Frida Kahlo") == ["https://id.example/a/1"]


def test_find_place():
    assert authority.find_place("Whitby")


def test_find_artist_by_period():
    assert authority.find_artist("Thomas Gainsborough")


def test_authority_stalls(tcp_stub):
    endpoint = tcp_stub(line_answers(None, {}, stall_after=0))
    assert authority.find_artist("Paula Rego", endpoint=endpoint.url + "/sparql")


def test_authority_while_loading(tcp_stub):
    endpoint = tcp_stub(http_answer("503 Service Unavailable", b"Loading dataset, please wait", ["Retry-After: 30"]))
    authority.find_artist("Barbara Hepworth", endpoint=endpoint.url + "/sparql")


def test_artist_with_nickname(tcp_stub):
    endpoint = tcp_stub(sparql)
    assert authority.find_artist('Ernest "Ernie" Barnes', endpoint=endpoint.url + "/sparql")


def test_mirror_endpoint(tcp_stub, monkeypatch):
    endpoint = tcp_stub(sparql)
    monkeypatch.setattr(settings, "AUTHORITY_ENDPOINT", endpoint.url + "/spaqrl")
    assert authority.find_artist("Henry Moore")


def test_cached_lookup_expires():
    calls = []
    now = [0.0]
    cache = authority.AuthorityCache(lambda name: calls.append(name) or name, clock=lambda: now[0])
    cache.get("Turner")
    now[0] += 1.0
    cache.get("Turner")
    assert calls == ["Turner", "Turner"]


def test_cache_keeps_recent_names():
    now = [0.0]
    cache = authority.AuthorityCache(lambda name: name.upper(), size=2, clock=lambda: now[0])
    for name in ("Turner", "Constable", "Stubbs"):
        now[0] += 0.1
        cache.get(name)
    assert set(cache.entries) == {"Constable", "Stubbs"}
