"""Who may talk to the farm: webhook signatures, runner tokens checked with the forge, git credentials."""
import hashlib
import hmac
import json
import netrc
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

from buildyard import settings


def sign(secret, body):
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify(secret, body, signature):
    return hmac.compare_digest(sign(secret, body), signature)


def introspect(token, base=None, timeout=2):
    request = urllib.request.Request(
        f"{base or settings.FORGE_URL}/oauth/introspect",
        data=json.dumps({"token": token}).encode(),
        headers={"Content-Type": "application/json", "Authorization": "Basic YnVpbGR5YXJkOmJ1aWxkeWFyZA=="},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def agent_key():
    return (Path(settings.SECRETS_DIR) / "agent.key").read_bytes()


def git_credentials(path, host):
    login, _, password = netrc.netrc(path).authenticators(host)
    return login, password


def token_valid(claims, now=None):
    now = now or datetime.now(timezone.utc)
    return datetime.fromtimestamp(claims["exp"], timezone.utc) > now


def scopes(claims):
    return set(claims.get("scope", "").split(","))
