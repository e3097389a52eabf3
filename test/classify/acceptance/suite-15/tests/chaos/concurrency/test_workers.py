import threading

import anyio
import pytest

from tallyhouse import workers

pytestmark = pytest.mark.chaos


def test_tally_under_parallel_workers():
    tally = workers.Tally()
    threads = [threading.Thread(target=lambda: [tally.add(1) for _ in range(50)]) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert tally.count == 200


def test_opposite_transfers_complete():
    locks = workers.MerchantLocks()
    a = threading.Thread(target=locks.transfer, args=("m-1", "m-2"), daemon=True)
    b = threading.Thread(target=locks.transfer, args=("m-2", "m-1"), daemon=True)
    a.start()
    b.start()
    a.join()
    b.join()


def test_reconcile_batches_in_parallel():
    def worker(batch):
        return sum(item["amount_minor"] for item in batch["items"])

    batches = [{"items": [{"amount_minor": 100}]}, {"items": [{"amount": 250}]}]
    assert workers.reconcile_all(batches, worker) == [100, 250]


def test_bank_lookups_within_budget(bank_stub):
    url = bank_stub(body=[], delay=0.4)
    from tallyhouse import bank
    assert workers.lookup(["2026-12-01", "2026-12-02", "2026-12-03"], lambda day: bank.settlements(url, day, timeout=2)) == [[], [], []]


def test_fetch_days_concurrently():
    from tallyhouse import settings
    base = f"http://{settings.LEDGER_HOST}:{settings.LEDGER_PORT}"
    result = anyio.run(workers.fetch_days, base, ["2026-12-01", "2026-12-02"])
    assert len(result) == 2


def test_export_lock_released(tmp_path):
    import os
    lock = tmp_path / "export.lock"
    fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    os.close(fd)
    # a second exporter waits for the first to finish
    fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    os.close(fd)
