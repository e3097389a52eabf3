"""Settings: the peers' addresses come from the environment the deployment sets (PW_*_PORT), the rest is here."""

import os

TOKEN_KEYS = {
    # The identity provider's signing keys by key id, as the deployment was given them.
    "2026-06": b"idp-2026-06-4c1d6f0b8e2a",
}


def port(name):
    return int(os.environ[f"PW_{name}_PORT"])


def settings():
    certs = os.environ.get("PW_CERTS", "certs")
    return {
        "carrier_url": f"http://127.0.0.1:{port('CARRIER')}",
        "tracking_url": f"http://127.0.0.1:{port('TRACKING')}",
        "idp_url": f"http://127.0.0.1:{port('IDP')}",
        "partner_idp_url": f"http://127.0.0.1:{port('PARTNER_IDP')}",
        "legacy_idp_url": f"http://127.0.0.1:{port('LEGACY_IDP')}",
        "rotated_idp_url": f"http://127.0.0.1:{port('ROTATED_IDP')}",
        "locker_url": f"http://127.0.0.1:{port('LOCKER')}",
        "geocoder_url": "http://geo.parcelwick.invalid/v1",
        "customs_url": f"https://localhost:{port('CUSTOMS')}/",
        "insurer_url": f"https://localhost:{port('INSURER')}/",
        "bank_url": f"https://localhost:{port('BANK')}/",
        "portal_url": f"https://localhost:{port('PORTAL')}/",
        "manifest_url": f"https://localhost:{port('MANIFEST')}/",
        "ca_bundle": os.path.join(certs, "parcelwick-ca.pem"),
        "portal_client_cert": os.environ.get("PW_PORTAL_CLIENT_CERT"),
        "carrier_timeout": 0.5,
        "upload_timeout": 0.5,
        "max_retry_wait": 5,
        "retry_backoff_ms": 200,
        "token_leeway": 30,
        "audience": "parcelwick",
        "merchant_audience": "parcelwick-merchants",
        "clients": {
            "dispatch": "dispatch-7a1e",
            "sorter": "sorter-93bd",
            "merchant": "merchant-55c0",
            "kiosk": "kiosk-0f3a",
            "partner": "partner-d2e8",
            "legacy": "legacy-61aa",
        },
        "label_dir": "/srv/parcelwick/labels",
        "printer_command": ["lpr", "-P", "depot-zebra"],
    }
