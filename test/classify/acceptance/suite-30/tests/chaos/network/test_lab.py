import threading

import pytest
import requests

from hoofbeat import lab, settings
from conftest import http_answer

pytestmark = pytest.mark.chaos

FAULT = b"""<?xml version="1.0"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>
<faultcode>soap:Server</faultcode><faultstring>Order queue is full, retry later</faultstring>
</soap:Fault></soap:Body></soap:Envelope>"""

MAINTENANCE = b"<html><head><title>503 Service Unavailable</title></head><body>EquiLab is being updated</body></html>"


@pytest.fixture
def service():
    return lab.client()


def test_submit_haematology(service):
    assert lab.submit(service, "S-2041", "826001000123456", "haematology")


def test_submit_strangles_pcr(service):
    assert lab.submit(service, "S-2042", "826001000123457", "strangles")


def test_result_for_accession(service):
    status, _ = lab.result_or_unavailable(service, "EQ-77812")
    assert status == "final"


def test_result_while_lab_restarts(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", MAINTENANCE, ["Content-Type: text/html"]))
    status, _ = lab.result(lab.client(stub.url + "/lab"), "EQ-77813")
    assert status


def test_result_from_slow_lab(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        threading.Event().wait(2.5)
    stub = tcp_stub(slow)
    status, _ = lab.result(lab.client(stub.url + "/lab"), "EQ-77814")
    assert status


def test_submit_when_queue_full(tcp_stub):
    stub = tcp_stub(http_answer("500 Internal Server Error", FAULT, ["Content-Type: text/xml"]))
    assert lab.submit(lab.client(stub.url + "/lab"), "S-2043", "826001000123458", "biochemistry")


def test_submit_batch_from_visit(tcp_stub):
    stub = tcp_stub(http_answer("500 Internal Server Error", FAULT, ["Content-Type: text/xml"]))
    samples = [
        {"sample_id": "S-2044", "horse_id": "826001000123459", "panel": "HAEM-EQ"},
        {"sample_id": "S-2045", "horse_id": "826001000123459", "panel": "BIOCH-EQ"},
    ]
    assert len(lab.submit_batch(lab.client(stub.url + "/lab"), samples)) == 2


def test_result_callback_reachable():
    answer = requests.head(settings.LAB_CALLBACK_URL, timeout=2)
    assert answer.status_code < 500
