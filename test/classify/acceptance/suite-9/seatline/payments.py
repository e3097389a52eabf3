"""The payment provider's API: charges, captures and refunds."""

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from seatline.pricing import to_minor_units
from seatline.settings import load


class PaymentsClient:
    def __init__(self, settings=None, retries=0):
        self.settings = settings or load()
        self.session = requests.Session()
        if retries:
            retry = Retry(total=retries, backoff_factor=0, status_forcelist=[502, 503, 504],
                          allowed_methods=None, raise_on_status=True)
            self.session.mount("http://", HTTPAdapter(max_retries=retry))

    def charge(self, order_ref, amount, card_token):
        response = self.session.post(
            f"{self.settings.payments_url}/charges",
            json={"reference": order_ref, "amount": to_minor_units(amount), "currency": "GBP", "source": card_token},
            timeout=self.settings.http_timeout,
        )
        response.raise_for_status()
        return response.json()

    def capture(self, charge_id):
        response = self.session.post(f"{self.settings.payments_url}/charges/{charge_id}/capture",
                                     timeout=self.settings.http_timeout)
        response.raise_for_status()
        return response.json()

    def refund(self, charge_id, amount):
        response = self.session.post(
            f"{self.settings.refunds_url}/refunds",
            json={"charge": charge_id, "amount": to_minor_units(amount)},
            timeout=self.settings.http_timeout,
        )
        response.raise_for_status()
        return response.json()


def charge_order(order_ref, amount, card_token, client=None):
    """What the checkout calls: a module-level helper around requests.post."""
    settings = load()
    response = requests.post(
        f"{settings.payments_url}/charges",
        json={"reference": order_ref, "amount": to_minor_units(amount), "currency": "GBP", "source": card_token},
        timeout=settings.http_timeout,
    )
    response.raise_for_status()
    return response.json()["id"]
