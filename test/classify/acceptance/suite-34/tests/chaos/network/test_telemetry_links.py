import asyncio
import socket

import httpx
import pytest
from aiohttp import web
from tenacity import retry, stop_after_attempt, wait_fixed

from rinseway import receipts, settings, telemetry
from tests.conftest import closed_port_url, http_answer


@pytest.fixture
async def gateway():
    """The machine gateway as an aiohttp server; each test sets the handler."""
    routes = {}

    async def dispatch(request):
        return await routes["handler"](request)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", dispatch)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield routes, f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def machine_state(base, machine, timeout=1.0):
    async with httpx.AsyncClient(base_url=base, timeout=timeout) as client:
        response = await client.get(f"/machines/{machine}")
        response.raise_for_status()
        return response.json()


async def test_gateway_bad_gateway(gateway):
    routes, base = gateway

    async def bad(request):
        return web.Response(status=502, text="upstream machine controller unreachable")
    routes["handler"] = bad
    assert await machine_state(base, 4)


async def test_gateway_unavailable_through_retries(gateway):
    routes, base = gateway

    async def unavailable(request):
        return web.Response(status=503, text="down")
    routes["handler"] = unavailable

    @retry(stop=stop_after_attempt(3), wait=wait_fixed(0.05))
    async def fetch():
        return await machine_state(base, 5)
    assert await fetch()


async def test_gateway_slow(gateway):
    routes, base = gateway

    async def slow(request):
        await asyncio.sleep(2)
        return web.json_response({"state": "idle"})
    routes["handler"] = slow
    assert await machine_state(base, 6, timeout=0.3)


async def test_gateway_hangs_up(tcp_stub):
    def hang_up(conn):
        conn.recv(65536)
    stub = tcp_stub(hang_up)
    assert await machine_state(stub.url, 7)


async def test_gateway_throttles(gateway):
    routes, base = gateway

    async def throttled(request):
        return web.Response(status=429, headers={"Retry-After": "30"}, text="slow down")
    routes["handler"] = throttled
    assert await machine_state(base, 8)


async def test_gateway_not_running():
    assert await machine_state(closed_port_url(), 9)


def test_telemetry_host_resolves():
    socket.getaddrinfo(settings.TELEMETRY_HOST, 443)


def test_latest_reading():
    assert telemetry.latest("LDN-01/3")["temperature"] < 95


def test_fault_search():
    assert telemetry.search_faults("drum bearing")["hits"]["total"]["value"] >= 0


def test_cycle_done_event():
    telemetry.publish_cycle_done("LDN-01/3")


def test_receipt_stored(tcp_stub):
    stub = tcp_stub(http_answer("500 Internal Server Error", b"<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>", ["Content-Type: application/xml"]))
    receipts.store(receipts.s3(url=stub.url), "r-1", b"wash 4.50")


def test_receipt_bucket_missing(tcp_stub):
    stub = tcp_stub(http_answer("404 Not Found", b"<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>rinseway-receipts</BucketName></Error>", ["Content-Type: application/xml"]))
    receipts.store(receipts.s3(url=stub.url), "r-2", b"dry 2.00")



def test_receipt_without_credentials(tcp_stub, monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    stub = tcp_stub(http_answer("200 OK"))
    receipts.store(receipts.s3(url=stub.url, credentials=False), "r-4", b"wash 4.50")
