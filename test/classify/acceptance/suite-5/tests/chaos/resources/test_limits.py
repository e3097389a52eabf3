import resource

import pytest

from ferrylane import manifest


@pytest.fixture
def low_fd_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.fixture
def low_memory_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as statm:
        used = int(statm.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (used + 64 * 1024 * 1024, hard))
    yield
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def test_open_all_ticket_pdfs(tmp_path, low_fd_limit):
    handles = []
    try:
        for number in range(100):
            handles.append(open(tmp_path / f"ticket-{number}.pdf", "wb"))
    finally:
        for handle in handles:
            handle.close()


def test_seat_map_for_whole_fleet(low_memory_limit):
    seat_maps = [bytearray(16 * 1024 * 1024) for _ in range(12)]
    assert len(seat_maps) == 12


def test_nested_group_booking():
    group = {"passengers": [{"name": "A"}], "groups": [{"passengers": [{"name": "B"}]}]}
    assert manifest.count_passengers(group) == 2


def test_flat_group_booking():
    assert manifest.count_passengers({"passengers": [{"name": "A"}, {"name": "B"}]}) == 2
