"""Certificates for the recorded run, written to argv[1]: a CA, the sail loft's valid certificate, the chandler's
certificate (expired yesterday), the service's client certificate and key, and a spare key of another pair."""
import datetime
import ipaddress
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def key():
    return ec.generate_private_key(ec.SECP256R1())


def pem_key(k):
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def cert(subject_key, name, issuer_key, issuer_name, start, end, ca=False):
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer_name)]))
        .public_key(subject_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
    return builder.sign(issuer_key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.timezone.utc)
    day = datetime.timedelta(days=1)
    ca_key = key()
    (out / "ca.pem").write_bytes(cert(ca_key, "ropewalk test CA", ca_key, "ropewalk test CA", now - day, now + 30 * day, ca=True))
    for name, start, end in (("sailloft", now - day, now + 30 * day), ("chandler", now - 400 * day, now - day)):
        k = key()
        (out / f"{name}.key").write_bytes(pem_key(k))
        (out / f"{name}.pem").write_bytes(cert(k, name, ca_key, "ropewalk test CA", start, end))
    client = key()
    (out / "client.key").write_bytes(pem_key(client))
    (out / "client.pem").write_bytes(cert(client, "ropewalk", ca_key, "ropewalk test CA", now - day, now + 30 * day))
    (out / "spare.key").write_bytes(pem_key(key()))


if __name__ == "__main__":
    main()
