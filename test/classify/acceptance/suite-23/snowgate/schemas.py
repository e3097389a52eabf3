"""Records from partner resorts' APIs, structured with cattrs, and the typed rate card."""
from decimal import Decimal

import attr
import cattrs
from typeguard import typechecked


@attr.define
class PartnerPass:
    pass_id: str
    holder: str
    days: int
    resort: str


converter = cattrs.Converter()


def partner_pass(record: dict) -> PartnerPass:
    return converter.structure(record, PartnerPass)


@typechecked
def with_vat(net: Decimal, rate: Decimal) -> Decimal:
    return (net * (1 + rate)).quantize(Decimal("0.01"))


def rate_card(prices: dict) -> dict:
    return {category: with_vat(amount, 0.081) for category, amount in prices.items()}
