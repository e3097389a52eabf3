import time

import pytest

from conftest import http_answer
from vitrine import archive, loans

pytestmark = pytest.mark.chaos


def swift_auth(conn):
    """A Swift v1 auth endpoint: tokens for the collections account with the right key, 401 otherwise."""
    request = conn.recv(65536).decode("latin-1")
    if "X-Auth-Key: vitrine-key" in request or "x-auth-key: vitrine-key" in request.lower():
        head = ["HTTP/1.1 200 OK", "X-Storage-Url: http://127.0.0.1:1/v1/AUTH_vitrine", "X-Auth-Token: tk", "Content-Length: 0"]
    else:
        head = ["HTTP/1.1 401 Unauthorized", "Content-Length: 0"]
    conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode())


def test_collections_login(tcp_stub):
    auth = tcp_stub(swift_auth)
    url, token = archive.login(auth_url=auth.url + "/auth/v1.0")
    assert token


def test_registrar_role():
    assert archive.staff_role("collections:registrar") == "registrar"


def test_signed_link_for_press():
    link = archive.signed_link("2019.44-front.jpg")
    assert "temp_url_sig=" in link


@pytest.fixture(scope="module")
def press_token():
    issued = time.monotonic()
    return {"token": "press-1", "issued": issued}


def expiring_store(issued, lifetime):
    """The archive's object server: a token is good for lifetime seconds from when it was issued."""
    def handler(conn):
        conn.recv(65536)
        if time.monotonic() - issued > lifetime:
            head, body = "HTTP/1.1 401 Unauthorized", b"<html><h1>Unauthorized</h1>This server could not verify that you are authorized.</html>"
        else:
            head, body = "HTTP/1.1 200 OK", b"ok"
        conn.sendall(f"{head}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
    return handler


def test_press_token_issued(press_token):
    assert press_token["token"].startswith("press-")
    time.sleep(1.2)


def test_press_kit_download(tcp_stub, press_token):
    store = tcp_stub(expiring_store(press_token["issued"], lifetime=1))
    connection = archive.connect(url=store.url + "/v1/AUTH_vitrine", token=press_token["token"])
    assert archive.fetch(connection, "press/kit.zip") == b"ok"


def test_partner_login(tcp_stub, tmp_path):
    dav = tcp_stub(http_answer("401 Unauthorized", b"", ['WWW-Authenticate: Basic realm="loans"']))
    agreement = tmp_path / "L-2031.pdf"
    agreement.write_bytes(b"%PDF-1.4 loan")
    client = loans.partner(port=dav.port)
    loans.send_agreement(client, "L-2031", str(agreement))
