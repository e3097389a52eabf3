"""Agents under load: build numbers, slots, draining, process pools, the dispatcher, registration."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from buildyard import agents, steps

pytestmark = pytest.mark.chaos


def test_build_numbers_are_unique():
    counter = agents.BuildCounter()
    with ThreadPoolExecutor(max_workers=8) as pool:
        numbers = list(pool.map(lambda _: counter.next(), range(400)))
    assert len(set(numbers)) == 400


def test_drain_waits_for_running_builds():
    drain = agents.Drain()
    drain.start()
    threading.Timer(0.2, drain.finish).start()
    drain.wait()
    assert drain.running == 0


def test_slot_is_free_after_failed_job():
    slots = agents.Slots(1)

    def failing():
        return 1 / 0

    with pytest.raises(ZeroDivisionError):
        slots.run(failing)
    assert slots.run(lambda: "ok") == "ok"


def test_independent_steps_in_process_pool(tmp_path):
    runner = steps.StepRunner(tmp_path)
    assert runner.run_all(["lint", "test"]) == ["LINT", "TEST"]


def test_dispatcher_returns_results():
    dispatcher = agents.Dispatcher()
    dispatcher.submit({"id": 7, "step": 3})
    assert dispatcher.result() == (7, 6)


def test_slots_run_jobs():
    slots = agents.Slots(2)
    assert [slots.run(lambda: n) for n in range(3)] == [0, 1, 2]


REGISTRY = agents.Registry()


ANNOUNCER = []


def _announce_later():
    time.sleep(0.2)
    REGISTRY.announce("agent-linux-1", ["linux", "docker"])


@pytest.fixture
def agent_booting():
    """The first agent boots once for the module and announces itself when it is up."""
    if not ANNOUNCER:
        ANNOUNCER.append(threading.Thread(target=_announce_later, daemon=True))
        ANNOUNCER[0].start()


@pytest.mark.flaky(reruns=1)
def test_registry_sees_announced_agents(agent_booting):
    time.sleep(0.15)
    assert REGISTRY.with_label("docker") == ["agent-linux-1"]


@pytest.mark.flaky(reruns=2)
def test_agents_start_build_together():
    barrier = threading.Barrier(4, timeout=0.3)
    errors = []

    def agent():
        try:
            barrier.wait()
        except threading.BrokenBarrierError as error:
            errors.append(error)

    workers = [threading.Thread(target=agent) for _ in range(2)]
    for worker in workers:
        worker.start()
    barrier.wait()
    for worker in workers:
        worker.join()
    assert not errors
