import asyncio
import concurrent.futures
import time

from meterwell import pipeline


def test_flush_delivers_everything():
    delivered = []
    buffer = pipeline.Buffer(sink=lambda reading: delivered.append(reading) or True)
    for ts in range(5):
        buffer.add({"meter": "M-1", "ts": ts, "wh": ts})
    buffer.flush()
    assert len(delivered) == 5


def test_flush_requeues_rejected():
    buffer = pipeline.Buffer(sink=lambda reading: reading["wh"] >= 0)
    buffer.add({"meter": "M-1", "ts": 10, "wh": 5})
    buffer.add({"meter": "M-1", "ts": 11, "wh": -1})
    buffer.flush()
    assert len(buffer.pending) == 1


def test_decode_in_worker_thread():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        fields = pool.submit(pipeline.decode_with_deadline, b"1,2,3").result()
    assert fields == ["1", "2", "3"]


def test_ack_for_every_batch():
    acks = pipeline.Acknowledger({"csv": lambda body: body.split(b","), "json": lambda body: body})
    assert acks.submit({"format": "csv", "body": b"1,2"}) == [b"1", b"2"]
    assert acks.submit({"format": "cbor", "body": b"\xa1"}) is not None


def test_results_in_submission_order():
    def decode(delay):
        time.sleep(delay)
        return delay

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(decode, d) for d in (0.3, 0.1, 0.2, 0.0)]
        results = [f.result() for f in concurrent.futures.as_completed(futures)]
    assert results == [0.3, 0.1, 0.2, 0.0]


class TestLiveQueue:
    readings = asyncio.Queue()

    def test_first_batch(self):
        async def run():
            async def produce():
                await asyncio.sleep(0.01)
                await self.readings.put(1)

            asyncio.get_running_loop().create_task(produce())
            return await self.readings.get()

        assert asyncio.run(run()) == 1

    def test_second_batch(self):
        async def run():
            async def produce():
                await asyncio.sleep(0.01)
                await self.readings.put(2)

            asyncio.get_running_loop().create_task(produce())
            return await self.readings.get()

        assert asyncio.run(run()) == 2


def test_ingest_latency():
    sink = []
    elapsed = pipeline.ingest_batch(sink, [{"wh": n} for n in range(100)])
    assert elapsed < 0.1
