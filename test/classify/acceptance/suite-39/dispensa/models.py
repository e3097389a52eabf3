"""Payloads the wholesaler and the counter exchange (pydantic 1.10)."""
from typing import List

from pydantic import BaseModel


class OrderLine(BaseModel):
    sku: str
    count: int
    pack_size: int


class Order(BaseModel):
    branch: str
    lines: List[OrderLine]
