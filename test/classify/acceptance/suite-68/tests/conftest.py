import time

import pytest

from skywicker import cache, db


@pytest.fixture(autouse=True)
def pace():
    # The chaos harness spaces tests so that faults injected between them land.
    time.sleep(0.05)
    yield


@pytest.fixture
def book():
    conn = db.connect()
    db.ensure_schema(conn)
    yield conn
    conn.close()


@pytest.fixture
def audited(book, request):
    db.audit(book, request.node.nodeid)
    return book


@pytest.fixture
def manifests():
    r = cache.manifest_cache()
    yield r
    r.close()


@pytest.fixture
def weather():
    mc = cache.weather_cache()
    yield mc
    mc.close()
