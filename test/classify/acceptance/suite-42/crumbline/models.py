"""The mill's payloads and the online shop's orders (pydantic 1.10)."""
from typing import List

from pydantic import BaseModel


class FlourDelivery(BaseModel):
    grade: str
    sacks: int
    mill_lot: str


class ShopOrder(BaseModel):
    id: str
    items: List[str]
    pickup: str


def delivery_from(payload):
    return FlourDelivery(**payload)


def shop_order_from(payload):
    return ShopOrder.parse_obj(payload)
