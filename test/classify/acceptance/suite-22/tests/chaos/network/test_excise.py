from decimal import Decimal

import httpx
import pytest

from mashtun import excise

pytestmark = pytest.mark.chaos


def test_submit_return():
    assert excise.submit_return("2026-11", Decimal("412.5")).startswith("EX-")


def test_duty_rates_unavailable(http_stub):
    base = http_stub(503, {"message": "maintenance"})
    assert excise.duty_rates(base)


def test_duty_rates_rate_limited(http_stub):
    base = http_stub(429, {"message": "slow down"}, headers={"Retry-After": "30"})
    assert excise.duty_rates(base)


def test_duty_rates_slow(http_stub):
    base = http_stub(200, {"rates": []}, delay=2)
    assert excise.duty_rates(base)


def test_submit_return_key_refused(http_stub):
    base = http_stub(401, {"message": "missing or invalid API key"})
    excise.submit_return("2026-11", Decimal("412.5"), base)


def test_declared_volume_gateway(http_stub):
    base = http_stub(502, raw=b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
                     headers={"Content-Type": "text/html"})
    assert excise.declared_volume(base)


def test_monthly_job_posts_return(monkeypatch):
    calls = []
    monkeypatch.setattr(httpx, "post", lambda url, **kwargs: calls.append(url) or httpx.Response(201))
    assert excise.post_return("2026-11", Decimal("412.5")) == 201
