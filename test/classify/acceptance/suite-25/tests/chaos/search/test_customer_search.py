import pytest

from rillmark import search

pytestmark = pytest.mark.chaos

SOLR_404 = (b"<html><head><title>Error 404 Not Found</title></head><body><h2>HTTP ERROR 404 Not Found</h2>"
            b"<table><tr><th>URI:</th><td>/solr/custmers/select</td></tr></table></body></html>")


def test_find_customer_by_name():
    assert search.find_customer("Ewa Nowak") == []


def test_index_then_find():
    search.index_customer("RM-NO-100234", "Ewa Nowak", "4 Mill Lane")
    assert search.find_customer("Ewa Nowak") == ["RM-NO-100234"]


def test_forget_customer_on_request():
    search.forget_customer("RM-NO-100234")


def test_find_customer_on_staging(http_stub):
    base = http_stub(status=404, body=SOLR_404, type="text/html")
    assert search.find_customer("Ewa Nowak", base=f"{base}/solr/customers") == []
