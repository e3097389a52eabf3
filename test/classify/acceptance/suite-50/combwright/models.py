"""The web shop's orders (pydantic 1.10)."""
from typing import Optional

import pydantic


class ShopOrder(pydantic.BaseModel):
    buyer: str
    jars: int
    collection_point: str
    note: Optional[str] = None


def from_shop(payload):
    return ShopOrder(buyer=payload["buyer"], jars=payload["jars"],
                     collection_point=payload.get("collectionPoint"), note=payload.get("note"))
