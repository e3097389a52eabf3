import time

import pytest

from smokehall import cache, db


@pytest.fixture(autouse=True)
def pace():
    # The chaos harness spaces tests so that faults injected between them land.
    time.sleep(0.02)
    yield


@pytest.fixture
def book():
    conn = db.connect()
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture
def second_book():
    conn = db.connect()
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture
def audit_db():
    conn = db.audit_connection()
    yield conn
    conn.close()


@pytest.fixture
def analytics():
    conn = db.analytics_connection()
    yield conn
    conn.close()


@pytest.fixture
def archive():
    conn = db.archive_connection()
    yield conn
    conn.close()


@pytest.fixture
def sessions():
    r = cache.sessions()
    yield r
    r.close()


@pytest.fixture
def page_cache():
    r = cache.cache()
    yield r
    r.close()


@pytest.fixture
def ledger():
    r = cache.ledger()
    yield r
    r.close()


@pytest.fixture
def feed():
    r = cache.feed()
    yield r
    r.close()


@pytest.fixture
def mc():
    client = cache.memcached()
    yield client
    client.close()

