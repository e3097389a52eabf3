import pytest
from lantern import net


def test_404(server):
    net.get_json(server + "/404/fares")


def test_urllib_404(server):
    net.urllib_get(server + "/404/fares")


def test_urllib_500(server):
    net.urllib_get(server + "/500/fares")


def test_urllib_503(server):
    net.urllib_get(server + "/503/fares")


def test_httpx_404(server):
    net.httpx_get(server + "/404/fares")


def test_html_body(server):
    net.body_json(server + "/1/")


def test_retry_503(server):
    net.retrying_get(server + "/503/x")


def test_missing_schema():
    net.get_json("localhost:8080/x")


def test_httpx_no_scheme():
    net.httpx_get("localhost:8080/x")


def test_smtp_closed(smtp_closing):
    net.send_mail(smtp_closing)


def test_mongo_down():
    net.mongo_insert_twice()


def test_pg_socket():
    net.pg_socket()


def test_mysql_socket():
    net.mysql_socket()


def test_boto_region():
    net.boto_no_region()


def test_status_forbidden(server):
    import requests
    assert requests.get(server + "/403/admin", timeout=2).status_code == 200


def test_status_unavailable(server):
    import requests
    assert requests.get(server + "/503/fares", timeout=2).status_code == 200


def test_status_wrong(server):
    import requests
    assert requests.get(server + "/500/fares", timeout=2).status_code == 200
