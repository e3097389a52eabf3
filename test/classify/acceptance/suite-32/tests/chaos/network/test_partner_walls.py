import socket
import threading

import pytest

from cragloft import partners
from tests.conftest import http_answer

pytestmark = pytest.mark.chaos


def test_partner_member_status():
    assert partners.member_status("m1")["active"]


def test_partner_register_visit():
    assert partners.register_visit("m1", "ratho")["ok"]


def test_partner_registry_walls():
    assert "ratho" in partners.registry()


def test_partner_gateway_error(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html><body><h1>502 Bad Gateway</h1></body></html>"))
    assert partners.member_status("m1", base=stub.url)["active"]


def test_partner_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        threading.Event().wait(3)

    stub = tcp_stub(slow)
    assert partners.member_status("m1", base=stub.url)["active"]


def test_partner_hangs_up(tcp_stub):
    def hang_up(conn):
        conn.recv(65536)
        conn.shutdown(socket.SHUT_RDWR)

    stub = tcp_stub(hang_up)
    assert partners.register_visit("m1", "ratho", base=stub.url)["ok"]


def test_partner_maintenance_page(tcp_stub):
    page = b"<!DOCTYPE html><html><head><title>Back soon</title></head><body>Scheduled maintenance</body></html>"
    stub = tcp_stub(http_answer("200 OK", page, headers=("Content-Type: text/html",)))
    assert partners.member_status("m1", base=stub.url)["active"]


def test_partner_over_https(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"active": true}'))
    assert partners.member_status("m1", base=f"https://127.0.0.1:{stub.port}")["active"]


def test_partner_throttles(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "slow down"}', headers=("Retry-After: 30",)))
    assert partners.register_visit("m1", "ratho", base=stub.url)["ok"]
