"""Travel times from the routing service (docker compose service `osrm`)."""

import pytest

from hotbox import routing

pytestmark = [pytest.mark.chaos, pytest.mark.asyncio]

PIZZERIA = (53.3438, -6.2546)
CUSTOMER = (53.3498, -6.2603)


async def test_eta_between_restaurant_and_customer():
    assert 1 <= await routing.eta_minutes(PIZZERIA, CUSTOMER) <= 30


async def test_travel_time_is_symmetric_enough():
    there = await routing.travel_seconds(PIZZERIA, CUSTOMER)
    back = await routing.travel_seconds(CUSTOMER, PIZZERIA)
    assert abs(there - back) < 120


async def test_eta_when_routing_is_overloaded(http_stub):
    url = http_stub(status=503, body={"code": "TooBusy"})
    assert await routing.eta_minutes(PIZZERIA, CUSTOMER, base_url=url) > 0


async def test_eta_when_routing_is_slow(http_stub):
    url = http_stub(body={"code": "Ok", "routes": [{"duration": 540.0}]}, delay=2.0)
    assert await routing.eta_minutes(PIZZERIA, CUSTOMER, base_url=url) == 9


async def test_eta_from_a_healthy_routing_stub(http_stub):
    url = http_stub(body={"code": "Ok", "routes": [{"duration": 540.0}]})
    assert await routing.eta_minutes(PIZZERIA, CUSTOMER, base_url=url) == 9
