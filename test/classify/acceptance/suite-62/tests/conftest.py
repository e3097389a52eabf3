import os
import socket

import pytest

from tremorline import catalogue, settings, stations


@pytest.fixture(scope="session", autouse=True)
def worker_schema(worker_id):
    # Each xdist worker keeps its own tables in the one catalogue database.
    catalogue.SCHEMA = f"run_{worker_id}"
    settings.SUBSCRIBER_CA = os.path.join(os.path.dirname(__file__), "..", ".certs", "ca.pem")


@pytest.fixture
def catalogue_db():
    conn = catalogue.connect()
    catalogue.migrate(conn)
    catalogue.reset(conn)
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture
def second_db():
    conn = catalogue.connect()
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture(scope="module")
def waveform_index():
    conn = catalogue.waveform_index()
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def replay_conn():
    conn = catalogue.connect(timeouts=False)
    yield conn
    conn.close()


@pytest.fixture
def station_gateway():
    sock = socket.create_connection(settings.STATION_GATEWAY, timeout=2)
    yield sock
    sock.close()


@pytest.fixture
def pick_cache():
    client = stations.pick_cache()
    yield client
    client.close()
