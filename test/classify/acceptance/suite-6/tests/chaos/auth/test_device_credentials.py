import pytest
from cryptography.fernet import Fernet
from nacl.signing import SigningKey

from meterwell import crypto, transport


@pytest.fixture
def vault():
    return crypto.Vault()


def test_seal_gateway_password(vault):
    assert vault.open(vault.seal("s3cret")) == "s3cret"


def test_open_provisioned_credentials(vault):
    assert vault.open(b"gAAAAABnTZ0Q")


def test_vault_roundtrip_with_generated_key():
    vault = crypto.Vault(Fernet.generate_key())
    assert vault.open(vault.seal("pin-4411")) == "pin-4411"


def test_credentials_from_previous_key():
    previous, current = Fernet.generate_key(), Fernet.generate_key()
    token = Fernet(previous).encrypt(b"gateway-7:pin-0815")
    assert crypto.Vault(current).open(token) == "gateway-7:pin-0815"


def test_signed_reading_verifies():
    key = SigningKey.generate()
    payload = {"wh": 1250, "meter": "M-1", "ts": 1764547200}
    signature = crypto.sign_payload(key, payload)
    crypto.verify_payload(key.verify_key, payload, signature)


def test_installer_password():
    stored = b"$2b$04$Q8m5n2dXh1sGmJ3qk6o2uO0QF2jv0pN9kYv3f3c1K1uY8b4Q8m5nS"
    assert crypto.check_installer_password("installer-2026", stored) in (True, False)


def test_collector_certificate_current(https_stub):
    port, cert = https_stub("expired")
    transport.collector_get(f"https://localhost:{port}/health", cafile=cert)


def test_collector_by_address(https_stub):
    port, cert = https_stub("collector")
    transport.collector_get(f"https://127.0.0.1:{port}/health", cafile=cert)


def test_collector_tls_on_plain_port(http_stub, certificates):
    url = http_stub(200, b"{}")
    transport.collector_get(url.replace("http://", "https://") + "/health", cafile=certificates["collector"][0])
