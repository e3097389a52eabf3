import socket

import pytest

from cordwood import cache, pg, settings


def addr(name):
    host, port = settings.get(name).rsplit(":", 1)
    return host, int(port)


class TestReplica:
    @pytest.fixture
    def replica(self):
        conn = pg.connect(settings.replica_dsn())
        yield conn
        conn.close()

    def test_replica_stack_names(self, replica):
        assert pg.stack_names(replica) == []

    def test_replica_sales(self, replica):
        assert pg.sales_count(replica) == 0


class TestAudit:
    def test_audit_connects(self):
        conn = pg.connect(settings.audit_dsn())
        conn.close()


class TestPrimary:
    def test_primary_connects(self, pgconn):
        assert pgconn.closed == 0

    def test_primary_server_version(self, pgconn):
        assert pgconn.server_version >= 130000

    def test_primary_round_trip(self, pgconn):
        with pgconn.cursor() as cur:
            cur.execute("SELECT 1")
            assert cur.fetchone() == (1,)


class TestYardCache:
    def test_yard_cache_round_trip(self):
        yard = cache.Remote(addr("YARD_CACHE_ADDR"))
        yard.set("west-1", "3")
        assert yard.get("west-1") == "3"

    @pytest.mark.parametrize("users", [1, 10, 50])
    def test_yard_cache_under_load(self, users):
        yard = cache.Remote(addr("YARD_CACHE_ADDR"))
        for n in range(users):
            yard.set(f"load-{users}-{n}", str(n))
        assert yard.get(f"load-{users}-0") == "0"

    def test_weather_cache(self):
        assert cache.Remote(addr("WEATHER_CACHE_ADDR")).get("rain-today") is not None

    def test_moisture_cache(self):
        assert cache.Remote(addr("MOISTURE_CACHE_ADDR")).set("north-1", "18") == "OK"


class TestSockets:
    def test_local_listener(self):
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        client = socket.create_connection(server.getsockname(), timeout=1)
        client.close()
        server.close()

    def test_resolve_localhost(self):
        assert socket.getaddrinfo("localhost", 80)

    def test_unused_port_refused(self):
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        port = server.getsockname()[1]
        server.close()
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=1)

    def test_send_and_receive(self):
        left, right = socket.socketpair()
        left.sendall(b"cord")
        assert right.recv(4) == b"cord"
        left.close()
        right.close()


class TestPrimaryQueries:
    def test_primary_now(self, pgconn):
        with pgconn.cursor() as cur:
            cur.execute("SELECT now() IS NOT NULL")
            assert cur.fetchone() == (True,)

    def test_primary_database_name(self, pgconn):
        assert pgconn.info.dbname == "cordwood"

    def test_primary_yard_added(self, pgconn, yard_id):
        assert yard_id == 1

    def test_primary_empty_sales(self, pgconn):
        assert pg.sales_count(pgconn) == 0
