import pytest

from quadroll import auth

pytestmark = pytest.mark.chaos

# Issued by the SSO's staging signer for the contract tests (HS256, key "staging-shared").
ADVISER_TOKEN = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZHZpc2VyLTE3Iiwicm9sZSI6ImFkdmlzZXIiLCJpYXQiOjE3NzkxNzc2MDAsImV4cCI6MTc4MDI3MjAwMH0"
    ".U1_F7_TaToBbmGJYc-Q7Du1KxCbmTZpnwT2yGTEgMt0"
)


@pytest.mark.parametrize("username", ["s1001", "s1002", "adviser-17"])
def test_profile_from_sso(username):
    assert auth.sso_profile(username)["username"] == username


def test_groups_with_service_token(http_stub):
    url = http_stub(status=401, body={"error": "invalid_token", "error_description": "token not recognised"})
    assert "students" in auth.directory_groups(url, "s1001")


def test_api_token_round_trip():
    token = auth.api_token("s1001")
    assert auth.read_token(token, "unused")["sub"] == "s1001"


def test_adviser_token_accepted():
    claims = auth.read_token(ADVISER_TOKEN, "staging-shared")
    assert claims["role"] == "adviser"


def test_visiting_student_password():
    assert len(auth.hash_password("correct horse", b"0123456789abcdef")) == 64


@pytest.mark.parametrize("first,last", [("Ana", "Lopez"), ("Jan", "van der Berg")])
def test_student_email(first, last):
    assert auth.student_email(first, last).endswith("@students.quadroll.example")


def test_registrar_can_close_sections():
    assert auth.can("registrar", "close")


def test_registrar_can_override():
    assert auth.can("registrar", "override")
