import resource

import pytest

from humpyard import db
from tests import servers


@pytest.fixture(scope="session")
def signal_box():
    return servers.SignalBox().start()


@pytest.fixture(scope="session")
def registry():
    return servers.Registry().start()


@pytest.fixture
def pool(tmp_path):
    return db.Pool(str(tmp_path / "ledger.db"))


@pytest.fixture
def ledger(pool):
    return db.Ledger(pool)


def address_space_in_use():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize")


@pytest.fixture
def memory_cap():
    """Caps the worker's address space at what it uses now plus the given bytes, as a small container would."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)

    def cap(extra):
        resource.setrlimit(resource.RLIMIT_AS, (address_space_in_use() + extra, hard))

    yield cap
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@pytest.fixture
def descriptor_cap():
    """Caps the worker's open files at the given number, as a small container would."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)

    def cap(limit):
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, hard))

    yield cap
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
