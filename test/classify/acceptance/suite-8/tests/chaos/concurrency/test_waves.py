import asyncio

import pytest
from filelock import FileLock

from binwise import waves

pytestmark = pytest.mark.chaos

ORDERS = [{"id": f"SO-{n}", "lines": [{"sku": "SKU-1001", "qty": n % 5 + 1}]} for n in range(12)]
_held = []


@pytest.fixture
def dock_board():
    board = waves.DockBoard()
    yield board
    board.clear()
    yield board


@pytest.fixture(scope="module")
def wave_lock(tmp_path_factory):
    return tmp_path_factory.mktemp("locks") / "wave.lock"


def test_waves_are_planned_in_parallel():
    assert sum(waves.plan_waves(ORDERS)) == sum(line["qty"] for order in ORDERS for line in order["lines"])


def test_slotting_for_a_small_zone():
    assert len(waves.optimise_slotting(["A-01", "A-02", "A-03"])) == 3


def test_slotting_for_aisle_a():
    assert len(waves.optimise_slotting([f"A-{n:02d}" for n in range(1, 12)])) == 11


def test_slotting_runs_on_its_own_cores():
    assert waves.pin_current() == waves.SLOTTING_CPUS


def test_scans_are_confirmed():
    buffer = waves.ScanBuffer().start()
    for n in range(3):
        buffer.feed(f"00376012345000{n:04d}")
    buffer._queue.join()
    assert len(buffer.confirmed) == 3


def test_burst_of_scans_at_shift_start():
    buffer = waves.ScanBuffer()
    for n in range(10):
        buffer.feed(f"00376012345001{n:04d}")
    buffer.start()
    buffer._queue.join()
    assert len(buffer.confirmed) == 10


def test_dock_door_assigned():
    doors = waves.DockDoors()
    asyncio.run(doors.assign(4, "TRK-881"))
    assert doors.truck_at(4) == "TRK-881"


def test_dock_door_reassigned_to_the_next_truck():
    doors = waves.DockDoors()

    async def day():
        await doors.assign(4, "TRK-881")
        await doors.assign(4, "TRK-902")

    asyncio.run(asyncio.wait_for(day(), timeout=1))
    assert doors.truck_at(4) == "TRK-902"


def test_wave_released(wave_lock):
    assert waves.release_wave(wave_lock, "W-1201") == "released W-1201"


def test_wave_lock_held_by_a_second_picker(wave_lock):
    other = FileLock(str(wave_lock))
    other.acquire()
    _held.append(other)
    assert other.is_locked


def test_next_wave_released(wave_lock):
    assert waves.release_wave(wave_lock, "W-1202") == "released W-1202"


def test_tracking_poll():
    assert waves.TrackingClient.poll(["NL0042117"]) == {"NL0042117": "in transit"}


def test_tracking_client_shuts_down():
    waves.TrackingClient.poll(["NL0042117"])
    waves.TrackingClient.shutdown()


def test_tracking_poll_after_the_depot_sync():
    assert waves.TrackingClient.poll(["NL0042117", "NL0042118"])["NL0042118"] == "in transit"


def test_dock_board_starts_empty(dock_board):
    assert dock_board.doors == {}
