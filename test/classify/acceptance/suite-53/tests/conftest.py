import json
import os
import socket
import sqlite3
import threading
import time
import urllib.parse

import pytest

from redcell import settings, stock


class Stub:
    """A local TCP peer: handler(conn) runs for every connection, in a thread."""

    def __init__(self, handler, port=0):
        self.handler = handler
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn):
        try:
            self.handler(conn)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def stall(seconds=3):
    def handler(conn):
        conn.recv(65536)
        threading.Event().wait(seconds)
    return handler


@pytest.fixture
def tcp_stub():
    stubs = []

    def start(handler):
        stub = Stub(handler)
        stubs.append(stub)
        return stub

    yield start
    for stub in stubs:
        stub.close()


class IdentityProvider:
    """The blood bank's identity provider as the CI environment runs it (one per worker). During the night's run its
    host's clock ran four minutes ahead, and it went away after four sign-ins."""

    def __init__(self, sign_ins_before_outage):
        self.left = sign_ins_before_outage
        self.stub = Stub(self.handle, port=int(settings.IDP_URL.rsplit(":", 1)[1]))

    def handle(self, conn):
        request = conn.recv(65536).decode()
        form = dict(urllib.parse.parse_qsl(request.split("\r\n\r\n", 1)[-1]))
        if form.get("client_id") == "redcell-lab":
            body = json.dumps({"error": "invalid_client", "error_description": "client authentication failed"})
            status = "401 Unauthorized"
        else:
            now = int(time.time()) + 240
            body = json.dumps({"access_token": f"tok-{self.left}", "token_type": "Bearer",
                               "scope": "donor:read appointments:book", "sub": form.get("username"),
                               "iat": now, "exp": now + 3600})
            status = "200 OK"
            self.left -= 1
            if self.left <= 0:
                self.stub.close()
        conn.sendall(f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nConnection: close\r\n"
                     f"Content-Length: {len(body)}\r\n\r\n{body}".encode())


@pytest.fixture(scope="session", autouse=True)
def identity_provider():
    provider = IdentityProvider(sign_ins_before_outage=4)
    yield provider
    provider.stub.close()


@pytest.fixture
def donor_token():
    from redcell import auth
    return auth.sign_in("donor.118@redcell.test", "give-blood")


class SecretVolume:
    """The session signing key as the CI runners mount it: during the night's run the volume was remounted after
    three reads, without the key."""

    def __init__(self, folder):
        self.path = folder / "session.key"
        self.path.write_text("k3y-for-donor-sessions\n")
        self.reads = 0

    def mount(self):
        self.reads += 1
        if self.reads == 4:
            self.path.unlink()
        return str(self.path)


@pytest.fixture(scope="session")
def secret_volume(tmp_path_factory):
    return SecretVolume(tmp_path_factory.mktemp("secrets"))


@pytest.fixture
def session_key(secret_volume, monkeypatch):
    monkeypatch.setenv("REDCELL_SESSION_KEY", secret_volume.mount())


class StockSync:
    """The nightly stock sync from the regional centre, which writes the bank's stock database while tests run; in
    the night's run it took its write lock after the third test and held it."""

    def __init__(self, path):
        self.path = path
        self.uses = 0
        self.started = threading.Event()

    def touch(self):
        self.uses += 1
        if self.uses == 3:
            threading.Thread(target=self._hold, daemon=True).start()
            self.started.wait(2)

    def _hold(self):
        db = sqlite3.connect(self.path, isolation_level=None)
        db.execute("begin exclusive")
        db.execute("update units set status = status")
        self.started.set()
        threading.Event().wait(120)


@pytest.fixture(scope="session")
def stock_sync(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("stock") / "stock.db")
    stock.connect(path).close()
    return StockSync(path)


@pytest.fixture
def stock_db(stock_sync):
    stock_sync.touch()
    db = stock.connect(stock_sync.path)
    db.execute("delete from units")
    db.commit()
    yield db
    db.close()


@pytest.fixture
def ledger():
    from redcell.ledger import Ledger
    connection = Ledger()
    yield connection
    connection.close()
