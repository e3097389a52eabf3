"""The trade portal: builders' accounts order kit with an API key per account."""
import requests

from boltyard import settings


def order(account, kit, days, base=None, key=None):
    key = key if key is not None else settings.TRADE_API_KEY
    if not key:
        raise RuntimeError("trade portal API key is not set (BOLTYARD_TRADE_API_KEY)")
    response = requests.post(f"{base or settings.TRADE_URL}/v1/orders", json={"account": account, "kit": kit, "days": days},
                             headers={"X-Api-Key": key}, timeout=1.0)
    response.raise_for_status()
    return response.json()
