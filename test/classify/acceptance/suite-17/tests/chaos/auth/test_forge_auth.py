"""Runner tokens checked with the forge, the agent key, git credentials, webhook signatures."""
from pathlib import Path

import pytest

from buildyard import auth

pytestmark = pytest.mark.chaos
DATA = Path(__file__).parent.parent.parent / "data"


def test_introspect_active_token():
    claims = auth.introspect("ghr_active")
    assert claims["active"] is True


def test_introspect_revoked_token():
    claims = auth.introspect("ghr_revoked")
    assert claims["active"] is False


def test_introspect_with_farm_client(http_stub):
    base = http_stub(401, {"error": "invalid_client"})
    claims = auth.introspect("ghr_active", base=base)
    assert claims["active"]


def test_introspect_scopes_for_deploy(http_stub):
    base = http_stub(403, {"error": "insufficient_scope"})
    claims = auth.introspect("ghr_deploy", base=base)
    assert "deploy" in auth.scopes(claims)


def test_agent_key_is_mounted():
    assert len(auth.agent_key()) >= 32


def test_git_credentials_for_forge():
    login, password = auth.git_credentials(DATA / "netrc", "forge.internal")
    assert login == "ci-bot"


def test_webhook_signature_roundtrip():
    body = b'{"ref": "refs/heads/main"}'
    assert auth.verify(b"hook-secret", body, auth.sign(b"hook-secret", body))


def test_webhook_signature_rejects_tampered_body():
    signature = auth.sign(b"hook-secret", b'{"ref": "refs/heads/main"}')
    assert not auth.verify(b"hook-secret", b'{"ref": "refs/heads/evil"}', signature)
