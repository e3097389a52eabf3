"""Fares: prices, currency conversion and the upstream pricing service."""

from decimal import ROUND_HALF_UP, Decimal

import requests

from ferrylane import settings

VAT = Decimal("0.25")


def price_with_vat(net: Decimal) -> Decimal:
    gross = float(net) * (1 + float(VAT))
    return Decimal(gross).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def split_fare(total: Decimal, passengers: int) -> list[Decimal]:
    share = (total / passengers).quantize(Decimal("0.01"))
    return [share] * passengers


def convert(amount: float, rate: float) -> float:
    return round(amount * rate, 2)


class PricingClient:
    def __init__(self, base_url: str, timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()

    def quote(self, route: str, passengers: int) -> dict:
        response = self.session.get(
            f"{self.base_url}/v2/quotes",
            params={"route": route, "passengers": passengers},
            timeout=self.timeout,
        )
        response.raise_for_status()
        return response.json()

    def reserve(self, route: str, passengers: int) -> dict:
        payload = {"route": route, "pax": str(passengers)}
        response = self.session.post(f"{self.base_url}/v2/reservations", json=payload, timeout=self.timeout)
        response.raise_for_status()
        return response.json()


def fares_client() -> PricingClient:
    return PricingClient(settings.FARES_URL)
