"""Where meterwell finds its services. CI overrides nothing: the defaults are what the chaos suite uses."""

import os

KAFKA_BOOTSTRAP = os.environ.get("METERWELL_KAFKA", "127.0.0.1:59092")
LIVE_FEED_URL = os.environ.get("METERWELL_LIVE_FEED", "ws://127.0.0.1:59081/live")
ALERTS_URL = os.environ.get("METERWELL_ALERTS_URL", "http://127.0.0.1:59085/alerts")
FTP_USER = os.environ.get("METERWELL_FTP_USER", "meterwell")
FTP_PASSWORD = os.environ.get("METERWELL_FTP_PASSWORD", "")
VAULT_KEY = os.environ.get("METERWELL_VAULT_KEY", "change-me")
REGISTRY_PATH = os.environ.get("METERWELL_REGISTRY", "/var/lib/meterwell/registry")
DECODER_DEADLINE = 2
FLUSH_INTERVAL = 0.25
TOKEN_ENV = "METERWELL_INGEST_TOKEN"
