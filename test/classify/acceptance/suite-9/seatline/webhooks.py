"""Webhooks: order events delivered to promoters' endpoints, and the provider's webhooks received."""

import asyncio
import hashlib
import hmac
import json

import httpx
from pydantic import BaseModel


class PaymentWebhook(BaseModel):
    id: str
    type: str
    reference: str
    amount_cents: int
    currency: str


def parse_payment_webhook(body):
    payload = json.loads(body)
    return PaymentWebhook(**payload["data"])


def sign(secret, body):
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def deliver(url, event, secret, timeout=1.0):
    body = json.dumps(event).encode()
    with httpx.Client(timeout=timeout) as client:
        response = client.post(url, content=body, headers={"X-Seatline-Signature": sign(secret, body)})
        response.raise_for_status()
        return response.status_code


async def deliver_all(urls, event, secret, timeout=1.0):
    body = json.dumps(event).encode()
    async with httpx.AsyncClient(timeout=timeout) as client:
        async def one(url):
            response = await client.post(url, content=body, headers={"X-Seatline-Signature": sign(secret, body)})
            return response.status_code

        return await asyncio.gather(*(one(url) for url in urls))
