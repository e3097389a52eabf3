"""The counter API (Flask)."""
from flask import Flask, jsonify

PRESCRIPTIONS = {
    "RX-1001": {"patient": "P-17", "sku": "AMOX-500", "count": 21},
    "RX-1002": {"patient": "P-18", "sku": "IBU-200", "count": 24, "pharmacist": "kmoss"},
}


def create_app():
    app = Flask(__name__)

    @app.get("/prescriptions/<rx>")
    def prescription(rx):
        item = PRESCRIPTIONS[rx]
        return jsonify(id=rx, sku=item["sku"], count=item["count"], checked_by=item["pharmacist"])

    @app.get("/health")
    def health():
        return jsonify(ok=True)

    return app
