import time

import pytest

from spokewell import billing

pytestmark = pytest.mark.chaos


def test_charge_ride(billing_db):
    assert billing.charge(1001, 415) == 1


def test_charge_member_ride(billing_db):
    assert billing.charge(1002, 311) == 1


def test_refund_ride(billing_db):
    assert billing.run("UPDATE charges SET pence = 0 WHERE ride_id = %s", (1001,)) == 1


def test_charges_table(billing_db):
    assert billing.run("SELECT 1 FROM charges LIMIT 1") >= 0


def test_billing_port_speaks_http(tcp_stub):
    def http(conn):
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    peer = tcp_stub(http)
    billing.charge(1003, 200, port=peer.port)


def test_billing_server_stalls(tcp_stub):
    def stall(conn):
        time.sleep(2)
    peer = tcp_stub(stall)
    billing.charge(1004, 200, port=peer.port)
