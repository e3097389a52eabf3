"""Text messages to customers and couriers through the SMS gateway."""

import phonenumbers
import requests

from hotbox.settings import load


def e164(raw, region=None):
    number = phonenumbers.parse(raw, region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def send_sms(phone, text):
    settings = load()
    response = requests.post(settings.sms_url, json={"to": e164(phone, "IE"), "text": text},
                             timeout=settings.http_timeout)
    response.raise_for_status()
    return response.json()["id"]


def customer_number(order):
    return e164(order["phone"])
