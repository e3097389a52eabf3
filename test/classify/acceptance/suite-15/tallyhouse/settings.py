"""Settings of tallyhouse, the payments reconciler: every value can be overridden by TALLYHOUSE_* variables."""
import os


def _get(name, default):
    return os.environ.get(f"TALLYHOUSE_{name}", default)


LEDGER_HOST = _get("LEDGER_HOST", "127.0.0.1")
LEDGER_PORT = int(_get("LEDGER_PORT", "15984"))
MEMCACHED = (_get("MEMCACHED_HOST", "127.0.0.1"), int(_get("MEMCACHED_PORT", "11911")))
AMQP_HOST = _get("AMQP_HOST", "127.0.0.1:15672")
DROP_FTP_HOST = _get("DROP_FTP_HOST", "127.0.0.1")
DROP_FTP_PORT = int(_get("DROP_FTP_PORT", "12121"))
EGRESS_PROXY = _get("EGRESS_PROXY", "http://127.0.0.1:13128")
FX_RATES_URL = _get("FX_RATES_URL", "http://fx-rates.treasury.svc.cluster.local:8080/rates")
WEBHOOK_SECRET = _get("WEBHOOK_SECRET", "dev-secret").encode()
EXPORT_DIR = _get("EXPORT_DIR", "/var/lib/tallyhouse/exports")
REPORT_LOCALE = _get("REPORT_LOCALE", "de_DE.UTF-8")
PDF_TOOL = _get("PDF_TOOL", "pdftotext")
TOKEN_LEEWAY = int(_get("TOKEN_LEEWAY", "0"))
HTTP_TIMEOUT = float(_get("HTTP_TIMEOUT", "0.5"))
