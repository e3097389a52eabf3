"""Monthly excise duty returns to the revenue's API, through httpx with stamina's retries."""
from decimal import Decimal

import httpx
import stamina

from mashtun import settings


class UpstreamError(Exception):
    pass


def _client(base=None):
    return httpx.Client(base_url=base or settings.EXCISE_API, timeout=httpx.Timeout(1.0),
                        headers={"X-Api-Key": settings.EXCISE_API_KEY})


@stamina.retry(on=httpx.HTTPStatusError, attempts=3, wait_initial=0.01, wait_max=0.02)
def duty_rates(base=None):
    with _client(base) as client:
        response = client.get("/rates")
        response.raise_for_status()
        return response.json()


def submit_return(period, hectolitres, base=None):
    with _client(base) as client:
        response = client.post("/returns", json={"period": period, "hl": str(hectolitres)})
        response.raise_for_status()
        return response.json()["reference"]


def declared_volume(base=None):
    with _client(base) as client:
        response = client.get("/declared")
        if response.status_code >= 500:
            raise UpstreamError(f"excise API answered {response.status_code} {response.reason_phrase}: "
                                f"{response.text[:80]}")
        return response.json()


def post_return(period, hectolitres, base=None):
    """The simpler path used by the monthly job: a bare httpx.post."""
    response = httpx.Client(timeout=1.0).post(f"{base or settings.EXCISE_API}/returns",
                                              json={"period": period, "hl": str(hectolitres)})
    return response.status_code


def duty_for(hectolitres, abv, rate_per_hl_abv=22.34):
    # Money in float: the return wants exact pence.
    return round(hectolitres * abv * rate_per_hl_abv, 2)
