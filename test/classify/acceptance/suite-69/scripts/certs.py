"""Makes the cave's TLS material in OUT: the cave's CA, a dairy board CA nobody trusts, and a server certificate
for each stand-in (good, expired, for another name, from the unknown CA), and a mongers' client certificate whose
key is another one's."""
import datetime
import pathlib
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
now = datetime.datetime.now(datetime.timezone.utc)


def key():
    return ec.generate_private_key(ec.SECP256R1())


def save(name, cert, private):
    (out / f"{name}.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (out / f"{name}.key").write_bytes(private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))


def ca(name):
    private = key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(private.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=30))
            .not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(private, hashes.SHA256()))
    return cert, private


def leaf(issuer, issuer_key, host, before, after):
    private = key()
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
            .issuer_name(issuer.subject).public_key(private.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now + before).not_valid_after(now + after)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .sign(issuer_key, hashes.SHA256()))
    return cert, private


day = datetime.timedelta(days=1)
cave, cave_key = ca("Rindhall Cave CA")
board, board_key = ca("Dairy Board CA")
save("rindhall-ca", cave, cave_key)
save("good", *leaf(cave, cave_key, "localhost", -day, 90 * day))
save("expired", *leaf(cave, cave_key, "localhost", -120 * day, -3 * day))
save("othername", *leaf(cave, cave_key, "grading.rindhall.test", -day, 90 * day))
save("unknownca", *leaf(board, board_key, "localhost", -day, 90 * day))
client, _ = leaf(cave, cave_key, "monger-portal-client", -day, 90 * day)
_, other = leaf(cave, cave_key, "monger-portal-client", -day, 90 * day)
save("monger-client", client, other)
