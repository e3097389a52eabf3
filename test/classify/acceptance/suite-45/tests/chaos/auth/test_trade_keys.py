import json

import pytest

from boltyard import trade


pytestmark = pytest.mark.chaos


def _answer(status, payload):
    body = json.dumps(payload).encode()

    def handler(conn):
        conn.recv(65536)
        head = [f"HTTP/1.1 {status}", "Content-Type: application/json", f"Content-Length: {len(body)}", "Connection: close"]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
    return handler


def test_trade_order_with_configured_key():
    assert trade.order("acme-builders", "mini-digger", 3)["order"]


def test_trade_key_revoked(tcp_stub):
    stub = tcp_stub(_answer("401 Unauthorized", {"error": "invalid_api_key", "message": "API key has been revoked"}))
    assert trade.order("acme-builders", "mini-digger", 3, base=stub.url, key="tk_live_93fa")["order"]


def test_trade_account_suspended(tcp_stub):
    stub = tcp_stub(_answer("403 Forbidden", {"error": "forbidden", "message": "account acme-builders may not order plant"}))
    assert trade.order("acme-builders", "dumper-3t", 5, base=stub.url, key="tk_live_93fa")["order"]
