import pytest

from hoofbeat import pacs
from conftest import line_answers

pytestmark = pytest.mark.chaos

WELCOME = b"220 EquiPACS FTP gateway ready\r\n"


@pytest.fixture
def host():
    with pacs.connect() as connection:
        yield connection


def test_list_studies(host):
    assert pacs.studies(host, "826001000123456")


def test_fetch_latest_study(host):
    latest = pacs.studies(host, "826001000123456")[-1]
    with host.open(f"/studies/826001000123456/{latest}", "rb") as handle:
        assert pacs.read_study(handle.read())


def test_upload_referral(host, tmp_path):
    referral = tmp_path / "referral.pdf"
    referral.write_bytes(b"%PDF-1.4 referral")
    host.upload(str(referral), "/outbox/referral.pdf")


def test_login_with_configured_account(tcp_stub):
    stub = tcp_stub(line_answers(WELCOME, {b"USER": b"331 Password required\r\n", b"PASS": b"530 Login incorrect.\r\n"}))
    with pacs.connect(port=stub.port) as connection:
        assert connection.getcwd() == "/"


def test_login_when_pacs_busy(tcp_stub):
    stub = tcp_stub(line_answers(b"421 Too many connections (8) from this IP\r\n", {}))
    with pacs.connect(port=stub.port, password="radiographs") as connection:
        assert connection.getcwd() == "/"


def test_listing_when_pacs_stalls(tcp_stub):
    stub = tcp_stub(line_answers(WELCOME, {b"USER": b"331 Password required\r\n"}, stall_after=1))
    with pacs.connect(port=stub.port, password="radiographs") as connection:
        assert connection.listdir("/studies")
