"""Card payments at the tills, through the payment provider's API."""
import requests

from reelhouse import settings


def authorise(till, amount_pence, base=None, key=None):
    key = key if key is not None else settings.PAYMENTS_API_KEY
    if not key:
        raise RuntimeError("payments API key is not set (REELHOUSE_PAYMENTS_API_KEY)")
    response = requests.post(f"{base or settings.PAYMENTS_URL}/v1/authorisations", json={"till": till, "amount": amount_pence},
                             headers={"Authorization": f"Bearer {key}"}, timeout=1.0)
    response.raise_for_status()
    return response.json()
