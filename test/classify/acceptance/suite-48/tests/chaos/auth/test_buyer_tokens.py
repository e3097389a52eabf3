import itertools

import pytest

from tideshelf import buyers

from ...conftest import http_answer

pytestmark = pytest.mark.chaos

_serial = itertools.count(1)


def issue(buyer):
    return f"tok-{buyer}-{next(_serial)}", 1


def test_token_cached_for_buyer():
    tokens = buyers.TokenCache()
    assert tokens.token_for("b-17", issue) == tokens.token_for("b-17", issue)


def test_token_reissued_for_other_buyer():
    tokens = buyers.TokenCache()
    assert tokens.token_for("b-17", issue) != tokens.token_for("b-18", issue)


def test_memo_token_still_accepted(tcp_stub):
    import time
    tokens = buyers.MemoTokens()
    first = tokens.token_for("b-17", issue)
    time.sleep(1.1)
    stub = tcp_stub(http_answer("401 Unauthorized", b'{"error": "token expired"}', ["Content-Type: application/json"]))
    assert buyers.lots_on_sale(stub.url, token=tokens.token_for("b-17", issue)) == []
    assert first
