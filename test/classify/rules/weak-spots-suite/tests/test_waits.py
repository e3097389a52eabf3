import asyncio
import concurrent.futures

from kiln import work


def test_drain_settles():
    assert work.drain(timeout=0.2) == 5


def test_settlement_result():
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        assert work.submit_settlement(pool).result(timeout=0.2) == 5


def test_batcher_closes():
    asyncio.run(work.Batcher().close(0.2))


def test_test_waits_for_sleep():
    async def scenario():
        await asyncio.wait_for(asyncio.sleep(1), 0.1)

    asyncio.run(scenario())


def test_fetch_line_from_silent_server(silent_server):
    host, port = silent_server
    assert asyncio.run(work.fetch_line(host, port, 0.2))


def test_fetch_blocking_from_silent_server(silent_server):
    host, port = silent_server
    assert work.fetch_blocking(host, port, 0.2)
