import pytest

from pressline import auth, cache, db

from . import servers


@pytest.fixture(scope="session")
def cellar_pg():
    conn = db.connect()
    yield conn
    conn.close()


@pytest.fixture
def tank_cache():
    conn = cache.client()
    conn.ping()
    yield conn
    conn.close()


@pytest.fixture
def grower_token():
    return auth.sign_in("grower.hoffmann", "staging-password")


@pytest.fixture(scope="session")
def lab():
    server = servers.wine_lab()
    yield servers.url(server)
    server.shutdown()


@pytest.fixture
def cellar_book(tmp_path):
    path = str(tmp_path / "cellar.sqlite3")
    conn = db.open_book(path)
    for tank, litres in [("T1", 4000), ("T2", 2500), ("T3", 0)]:
        conn.execute("INSERT INTO tanks VALUES (?, ?)", (tank, litres))
    yield path, conn
    conn.close()
