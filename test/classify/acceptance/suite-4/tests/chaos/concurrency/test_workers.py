import asyncio
import os
import threading

import pytest

from tollgate import workers

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def test_single_transfer():
    a, b = workers.Account("a", 100), workers.Account("b", 0)
    workers.transfer(a, b, 40)
    assert (a.balance, b.balance) == (60, 40)


@pytest.mark.timeout(2)
def test_opposite_transfers_complete():
    a, b = workers.Account("a", 100), workers.Account("b", 100)
    threads = [
        threading.Thread(target=workers.transfer, args=(a, b, 10), daemon=True),
        threading.Thread(target=workers.transfer, args=(b, a, 5), daemon=True),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert a.balance + b.balance == 200


def test_settlement_queue_drains():
    queue = workers.SettlementQueue(range(5))
    assert workers.drain_in_pool(queue, timeout=0.5) == 5


def test_meter_counts_every_event():
    meter = workers.Meter()
    threads = [threading.Thread(target=lambda: [meter.record() for _ in range(25)]) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert meter.count == 200


def test_rate_from_quote_service(silent_server):
    host, port = silent_server
    rate = asyncio.run(workers.fetch_rate(host, port, "GBP", timeout=0.5))
    assert rate > 0


def test_batcher_flushes_full_batch():
    async def scenario():
        batcher = workers.Batcher(size=3)
        batcher.add(1)
        batcher.add(2)
        return await batcher.add(3)

    assert asyncio.run(scenario()) == 3


def test_batcher_close_flushes_pending():
    async def scenario():
        batcher = workers.Batcher(size=2)
        batcher.add("a")
        task = batcher.add("b")
        await batcher.close()
        return await task

    assert asyncio.run(scenario()) == 2


def test_full_reindex():
    result = workers.run_script(ROOT, "scripts/reindex.py", "--full", timeout=1.0)
    assert result.returncode == 0


def test_migrations_up_to_date():
    workers.run_script(ROOT, "scripts/migrate.py", "--check", timeout=10)


def test_consume_settlement_queue():
    seen = []
    assert workers.consume_settlements(seen.append) >= 0
