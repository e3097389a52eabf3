"""Travel times from the routing service (OSRM's HTTP API), with aiohttp."""

import aiohttp

from hotbox.settings import load


async def travel_seconds(origin, destination, base_url=None, timeout=None):
    settings = load()
    url = f"{base_url or settings.routing_url}/route/v1/driving/{origin[1]},{origin[0]};{destination[1]},{destination[0]}"
    client_timeout = aiohttp.ClientTimeout(total=timeout or settings.routing_timeout)
    async with aiohttp.ClientSession(timeout=client_timeout, raise_for_status=True) as session:
        async with session.get(url, params={"overview": "false"}) as response:
            body = await response.json()
    return body["routes"][0]["duration"]


async def eta_minutes(origin, destination, base_url=None):
    return round(await travel_seconds(origin, destination, base_url) / 60)
