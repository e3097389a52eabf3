"""The artifact store, the package mirror and the agents' control channel."""
import asyncio

import pytest

from buildyard import agents, artifacts, reports, settings

pytestmark = pytest.mark.chaos


def test_upload_build_log():
    assert artifacts.upload("build-41.log", b"ok\n")["stored"]


def test_upload_test_report():
    assert artifacts.upload("junit-41.xml", b"<testsuite/>")["stored"]


def test_upload_through_gateway(http_stub):
    base = http_stub(502, {"message": "upstream unavailable"})
    assert artifacts.upload("build-41.log", b"ok\n", base=base)["stored"]


def test_mirror_serves_index():
    assert artifacts.cache_get("simple-index", base=settings.MIRROR_URL)


def test_agent_control_ping():
    reply = asyncio.run(agents.call(*settings.AGENT_CONTROL, {"op": "ping"}))
    assert reply == {"op": "pong"}


def test_agent_control_silent_agent(silent_peer):
    reply = asyncio.run(agents.call(*silent_peer, {"op": "ping"}, timeout=0.5))
    assert reply == {"op": "pong"}


def test_agent_control_over_tls(tls_peer):
    host, port, cafile = tls_peer
    reply = asyncio.run(agents.call(host, port, {"op": "ping"}, ssl_context=agents.tls_context(cafile)))
    assert reply == {"op": "pong"}


def test_store_status(http_stub):
    base = http_stub(200, raw=b"<!DOCTYPE html><title>Maintenance</title>", headers={"Content-Type": "text/html"})
    import urllib.request

    with urllib.request.urlopen(f"{base}/status", timeout=2) as response:
        status = reports.parse_status(response.read())
    assert status["healthy"]


@pytest.mark.flaky(reruns=1)
def test_download_artifact(http_stub):
    import urllib.request

    base = http_stub(200, {"name": "build-41.log"}, drop_first=True)
    with urllib.request.urlopen(f"{base}/artifacts/build-41.log", timeout=2) as response:
        assert response.status == 200
