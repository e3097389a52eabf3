"""Partners: webhooks, exchange rates, receipts by mail, refunds."""

import http.client
import json
import smtplib
import ssl
import urllib.request
from email.message import EmailMessage

import httpx
import requests

from tollgate import settings


def notify_partner(event):
    conn = http.client.HTTPConnection("127.0.0.1", settings.PARTNER_HOOK_PORT, timeout=3)
    conn.request("POST", "/hooks", body=json.dumps(event), headers={"Content-Type": "application/json"})
    return conn.getresponse().status


def latest_rates():
    with urllib.request.urlopen(settings.RATES_URL, timeout=3) as response:
        return json.load(response)


def send_receipt(to, amount):
    message = EmailMessage()
    message["From"] = "receipts@tollgate.test"
    message["To"] = to
    message["Subject"] = "Your receipt"
    message.set_content(f"Paid: {amount}")
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=3) as smtp:
        smtp.send_message(message)


def fetch_statement(host, port, path, context=None):
    context = context or ssl.create_default_context()
    conn = http.client.HTTPSConnection(host, port, context=context, timeout=3)
    conn.request("GET", path)
    return conn.getresponse().read()


def sandbox_rates(base_url):
    response = requests.get(f"{base_url}/rates", timeout=3)
    response.raise_for_status()
    return response.json()


def rates_with_deadline(base_url, seconds):
    with httpx.Client(timeout=seconds) as client:
        return client.get(f"{base_url}/rates/latest").json()


def refund(base_url, payment_id, amount_cents):
    body = {"payment": payment_id, "amount": amount_cents / 100, "currency": "EUR"}
    response = requests.post(f"{base_url.rstrip('/')}/v2/refunds", json=body, timeout=3)
    response.raise_for_status()
    return response.json()


def webhook_signature(secret, body):
    import hashlib
    import hmac
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
