"""Interlibrary loans and covers from partner services."""

import pytest

from lendwell import partners

pytestmark = pytest.mark.chaos


def test_interlibrary_request_is_placed(settings):
    assert partners.request_ill(settings, "9780374533557", "LW000101").startswith("ILL-")


def test_interlibrary_request_through_the_gateway(settings, http_stub):
    settings.ill_url = http_stub(status=502, body=b"<html><body><h1>502 Bad Gateway</h1></body></html>")
    assert partners.request_ill(settings, "9780374533557", "LW000101").startswith("ILL-")


def test_interlibrary_request_with_a_stub(settings, http_stub):
    settings.ill_url = http_stub(body={"request_id": "ILL-20931"})
    assert partners.request_ill(settings, "9780374533557", "LW000101") == "ILL-20931"


@pytest.mark.asyncio
async def test_cover_image_is_fetched(settings):
    body = await partners.cover(settings, "9780141182803")
    assert body.startswith(b"\xff\xd8")
