import http.client
import json
import urllib.parse
import urllib.request

import requests
from itsdangerous import URLSafeTimedSerializer

from bowstring import settings


def sign_in(email, password):
    response = requests.post(
        f"{settings.IDP_URL}/oauth/token",
        data={"grant_type": "password", "username": email, "password": password},
        timeout=2,
    )
    response.raise_for_status()
    return response.json()


def signing_keys():
    with urllib.request.urlopen(f"{settings.IDP_URL}/.well-known/jwks.json", timeout=2) as answer:
        return json.load(answer)["keys"]


def introspect(token):
    url = urllib.parse.urlsplit(settings.IDP_URL)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=2)
    connection.request("POST", "/oauth/introspect", body=f"token={token}",
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    return json.loads(connection.getresponse().read())


def log_out(token):
    response = requests.post(f"{settings.IDP_URL}/oauth/revoke", data={"token": token}, timeout=2)
    response.raise_for_status()


def issue_session(member):
    return URLSafeTimedSerializer(settings.SESSION_SECRET, salt="bowstring-session").dumps(member)


def read_session(cookie, max_age=3600):
    return URLSafeTimedSerializer(settings.SESSION_SECRET, salt="bowstring.session").loads(cookie, max_age=max_age)


def read_fresh_session(cookie, max_age):
    return URLSafeTimedSerializer(settings.SESSION_SECRET, salt="bowstring-session").loads(cookie, max_age=max_age)


def roster_signing_key():
    with open(settings.SIGNING_KEY_PATH, "rb") as handle:
        return handle.read()
