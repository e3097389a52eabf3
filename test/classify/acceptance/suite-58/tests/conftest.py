import pytest

from spoilheap import auth, cache, db

from . import servers


@pytest.fixture(scope="session")
def register_pg():
    conn = db.connect()
    yield conn
    conn.close()


@pytest.fixture
def trench_cache():
    conn = cache.client()
    conn.ping()
    yield conn
    conn.close()


@pytest.fixture
def officer_token():
    return auth.sign_in("finds.officer", "staging-password")


@pytest.fixture(scope="session")
def lab():
    server = servers.radiocarbon_lab()
    yield servers.url(server)
    server.shutdown()


@pytest.fixture(scope="session")
def slow_lab():
    server = servers.radiocarbon_lab(answer_after=2.0)
    yield servers.url(server)
    server.shutdown()


@pytest.fixture(scope="session")
def certificates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("certs")
    ca = servers.make_ca(folder)
    return folder, ca


@pytest.fixture(scope="session")
def tiles(certificates):
    folder, ca = certificates
    made = {
        "current": servers.make_leaf(folder, ca, "current", ["localhost"]),
        "expired": servers.make_leaf(folder, ca, "expired", ["localhost"], expired=True),
        "named": servers.make_leaf(folder, ca, "named", ["tiles.her.example"]),
    }
    started = {name: servers.tile_server(*paths) for name, paths in made.items()}
    hosts = {"current": "localhost", "expired": "localhost", "named": "127.0.0.1"}
    yield {name: (f"https://{hosts[name]}:{server.server_address[1]}", ca[2]) for name, server in started.items()}
    for server in started.values():
        server.shutdown()


@pytest.fixture(scope="session")
def museum():
    server = servers.museum_handover()
    yield servers.url(server)
    server.shutdown()


@pytest.fixture(scope="session")
def cutting_museum():
    server = servers.museum_handover(cut_after=4096)
    yield servers.url(server)
    server.shutdown()


@pytest.fixture(scope="session")
def proxy():
    server = servers.refusing_proxy()
    yield servers.url(server)
    server.shutdown()


@pytest.fixture
def sheets(tmp_path):
    path = str(tmp_path / "contexts.sqlite3")
    conn = db.open_sheets(path)
    for number, trench, deposit in [(1001, "T1", "topsoil"), (1002, "T1", "subsoil"), (1003, "T2", "ditch fill")]:
        conn.execute("INSERT INTO contexts VALUES (?, ?, ?)", (number, trench, deposit))
    yield path, conn
    conn.close()
