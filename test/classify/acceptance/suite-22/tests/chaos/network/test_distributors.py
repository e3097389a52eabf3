import pytest

from mashtun import distributors, printer

pytestmark = pytest.mark.chaos


def test_distributor_token(http_stub):
    url = http_stub(400, {"error": "invalid_client", "error_description": "client authentication failed"})
    assert distributors.token(url)


def test_distributor_webhook(line_peer):
    host, port = line_peer(b"", close_first=True)
    assert distributors.push_webhook(f"http://{host}:{port}/hooks/orders", {"order": 1}) == 202


def test_print_keg_collar():
    printer.print_collar("B-0412", "K50-00871")
