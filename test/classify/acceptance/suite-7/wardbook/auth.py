"""Clinician sign-in (OAuth2 code flow against the trust's IdP), session keys and webhook signatures."""
import base64
import hashlib
import hmac

import jwt
import requests
from oauthlib.oauth2 import WebApplicationClient

from wardbook import settings


def exchange_code(token_url, code, secret):
    client = WebApplicationClient(settings.OAUTH_CLIENT_ID)
    body = client.prepare_request_body(code=code, redirect_uri="https://wardbook.test/cb", client_secret=secret)
    response = requests.post(token_url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=3)
    return client.parse_request_body_response(response.text)


def clinician(token, key):
    claims = jwt.decode(token, key, algorithms=["HS256"], audience=settings.JWT_AUDIENCE)
    return claims["sub"]


def session_key():
    return base64.b64decode(settings.SESSION_KEY, validate=True)


def sign(secret, body):
    return base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode()


def verify_webhook(secret, body, signature):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def idp_metadata(url, proxy):
    return requests.get(url, proxies={"https": proxy}, timeout=3).json()


def pharmacy_stock(url, ca):
    return requests.get(url, verify=ca, timeout=3).json()
