"""The dispatch API: orders, quotes and couriers' orders (FastAPI)."""

import itertools

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from hotbox import auth, pricing

app = FastAPI(title="hotbox")
ORDERS = {}
_ids = itertools.count(1001)


class Item(BaseModel):
    name: str
    price_cents: int
    quantity: int = 1


class OrderIn(BaseModel):
    restaurant: str
    items: list[Item]
    distance_km: float
    tip_cents: int | None = None


class OrderOut(BaseModel):
    id: int
    restaurant: str
    total_cents: int
    status: str
    courier_id: int | None = None
    eta_minutes: int


def caller(authorization: str = Header(...)):
    try:
        return auth.verify_token(authorization.removeprefix("Bearer "))
    except Exception as error:
        raise HTTPException(status_code=401, detail=str(error)) from error


@app.get("/health")
def health():
    return {"status": "ok"}


@app.post("/orders", status_code=201, response_model=OrderOut)
def create_order(order: OrderIn, who=Depends(caller)):
    subtotal = sum(item.price_cents * item.quantity for item in order.items)
    record = {
        "id": next(_ids), "restaurant": order.restaurant, "customer": who["sub"], "status": "placed",
        "items": [item.dict() for item in order.items], "subtotal_cents": subtotal,
        "total_cents": pricing.total(subtotal, order.distance_km, order.tip_cents or 0),
        "courier_id": None, "eta_minutes": 25,
    }
    if order.tip_cents:
        record["tip"] = order.tip_cents
    ORDERS[record["id"]] = record
    return record


@app.get("/orders/{order_id}", response_model=OrderOut)
def get_order(order_id: int, who=Depends(caller)):
    if order_id not in ORDERS:
        raise HTTPException(status_code=404, detail="no such order")
    return ORDERS[order_id]


@app.post("/orders/{order_id}/assign", response_model=OrderOut)
def assign(order_id: int, courier_id: int, who=Depends(caller)):
    order = ORDERS[order_id]
    order.update(courier_id=courier_id, status="assigned", eta_minutes=None)
    return order


@app.get("/orders/{order_id}/receipt")
def receipt(order_id: int, who=Depends(caller)):
    order = ORDERS[order_id]
    return {"id": order_id, "subtotal_cents": order["subtotal_cents"], "tip_cents": order["tip"],
            "total_cents": order["total_cents"]}


@app.get("/couriers/{courier_id}/orders")
def courier_orders(courier_id: int, who=Depends(caller)):
    if who["role"] == "courier" and who["sub"] != courier_id:
        raise HTTPException(status_code=403, detail="not your orders")
    return [order for order in ORDERS.values() if order["courier_id"] == courier_id]


@app.post("/quotes")
def quote(distance_km: float, items: list[Item]):
    subtotal = sum(item.price_cents * item.quantity for item in items)
    return {"total_cents": pricing.total(subtotal, distance_km)}
