"""Settings of coldtrail, the cold-chain telemetry service: every value can be overridden by COLDTRAIL_* variables."""
import os


def _get(name, default):
    return os.environ.get(f"COLDTRAIL_{name}", default)


DEVICE_REGISTRY = _get("DEVICE_REGISTRY", "127.0.0.1:50731")
INFLUX_HOST = _get("INFLUX_HOST", "127.0.0.1")
INFLUX_PORT = int(_get("INFLUX_PORT", "18086"))
INFLUX_DB = _get("INFLUX_DB", "telemetry")
INFLUX_USER = _get("INFLUX_USER", "coldtrail")
INFLUX_PASSWORD = _get("INFLUX_PASSWORD", "")
ARCHIVE_INFLUX_HOST = _get("ARCHIVE_INFLUX_HOST", "influx-archive.telemetry.svc.cluster.local")
CONSUL_PORT = int(_get("CONSUL_PORT", "18500"))
KAFKA_BOOTSTRAP = _get("KAFKA_BOOTSTRAP", "127.0.0.1:19092")
LDAP_URL = _get("LDAP_URL", "ldap://127.0.0.1:10389")
LDAP_BASE = _get("LDAP_BASE", "ou=operators,dc=coldtrail,dc=example")
KERBEROS_SERVICE = _get("KERBEROS_SERVICE", "HTTP@registry.coldtrail.example")
NTP_SERVER = _get("NTP_SERVER", "127.0.0.1")
NTP_PORT = int(_get("NTP_PORT", "10123"))
EGRESS_PROXY = _get("EGRESS_PROXY", "http://127.0.0.1:13128")
SPOOL_DIR = _get("SPOOL_DIR", "/var/spool/coldtrail")
ACCELERATOR = _get("ACCELERATOR", "cupy")
DEPOT_TIMEZONE = _get("DEPOT_TIMEZONE", "America/Sao_Paulo ")
TOKEN_ISSUER_KEY = _get("TOKEN_ISSUER_KEY", "config/issuer-jwk.json")
CALIBRATION_NETWORK = _get("CALIBRATION_NETWORK", "10.40.0.0/33")
PASSWORD_SCHEMES = ["pbkdf2_sha256"]
SMTP_PORT = int(_get("SMTP_PORT", "10025"))
