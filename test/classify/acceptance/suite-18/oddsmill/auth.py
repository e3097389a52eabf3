"""Trader and partner authentication: API keys against the auth service, signed feed frames."""
import hashlib
import hmac
import json
import urllib.request

import requests

from oddsmill import settings


def check_api_key(key, base=None):
    request = urllib.request.Request(f"{base or settings.AUTH_URL}/v1/keys/check", data=json.dumps({"key": key}).encode(), method="POST")
    with urllib.request.urlopen(request, timeout=2) as response:
        return json.loads(response.read())


def partner_profile(partner, base, token):
    response = requests.get(f"{base}/v1/partners/{partner}", headers={"Authorization": f"Bearer {token}"}, timeout=2)
    response.raise_for_status()
    return response.json()


def sign_frame(frame):
    body = json.dumps(frame, sort_keys=True).encode()
    return hmac.new(settings.FEED_SECRET, body, hashlib.sha256).hexdigest()


def can_trade(role, market):
    allowed = {"trader": {"football", "tennis"}, "senior": {"football", "tennis", "racing"}}
    return market in allowed[role]
