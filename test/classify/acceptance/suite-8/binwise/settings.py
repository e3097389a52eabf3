"""Settings of binwise, read from the environment with the defaults the team's laptops use."""
import os

CARRIER_URL = os.environ.get("BINWISE_CARRIER_URL", "http://127.0.0.1:18480")
MQTT_HOST = os.environ.get("BINWISE_MQTT_HOST", "127.0.0.1")
MQTT_PORT = int(os.environ.get("BINWISE_MQTT_PORT", "18830"))
ZOOKEEPER_HOSTS = os.environ.get("BINWISE_ZOOKEEPER", "127.0.0.1:21810")
STOMP_BROKER = ("127.0.0.1", int(os.environ.get("BINWISE_STOMP_PORT", "61630")))
SCANNER_GATEWAY = os.environ.get("BINWISE_SCANNER_GATEWAY", "tcp://127.0.0.1:15555")
SCANNER_TIMEOUT_MS = int(os.environ.get("BINWISE_SCANNER_TIMEOUT_MS", "800"))
DEFAULT_REGION = os.environ.get("BINWISE_DEFAULT_REGION")
LOCALE = os.environ.get("BINWISE_LOCALE", "en-GB")
RETURNS_MAILDIR = os.environ.get("BINWISE_RETURNS_MAILDIR", "/var/mail/binwise-returns")
SUPPLIER_MAIL_USER = os.environ.get("BINWISE_SUPPLIER_MAIL_USER", "asn@binwise.test")
SUPPLIER_MAIL_PASSWORD = os.environ.get("BINWISE_SUPPLIER_MAIL_PASSWORD", "change-me")
SCALE_PORT = os.environ.get("BINWISE_SCALE_PORT", "/dev/ttyUSB0")
CARRIER_CLIENT_CERT = os.environ.get(
    "BINWISE_CARRIER_CLIENT_CERT", os.path.join(os.path.dirname(__file__), "certs", "carrier-client.crt")
)
OUTBOX = os.environ.get("BINWISE_OUTBOX", "/dev/shm/binwise-outbox")
NAMESERVER = os.environ.get("BINWISE_NAMESERVER", "127.0.0.1")
EDI_HOST = os.environ.get("BINWISE_EDI_HOST", "edi.northwind-supply.example")
