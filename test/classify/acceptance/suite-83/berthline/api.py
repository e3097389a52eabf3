import json
from decimal import Decimal

from flask import Flask, Response, abort, request

BERTHS = {
    "A1": {"id": "A1", "name": "Pontoon A, berth 1", "length_m": 12.0},
    "A2": {"id": "A2", "name": "Pontoon A, berth 2", "length_m": 12.0},
    "V1": {"id": "V1", "name": "Visitors' hammerhead", "length_m": 25.0},
}
BOOKINGS = {}
API_KEYS = {"k-harbour-office"}


def create_app():
    app = Flask("berthline")
    app.config["TESTING"] = True

    @app.before_request
    def require_key():
        if request.path.startswith("/admin") and request.headers.get("Authorization") not in {
            f"Bearer {key}" for key in API_KEYS
        }:
            abort(401)

    @app.get("/berths")
    def list_berths():
        page = int(request.args.get("page", 1))
        items = sorted(BERTHS.values(), key=lambda berth: berth["id"])
        return {"items": items[(page - 1) * 2 : page * 2], "page": page}

    @app.get("/berths/<berth_id>")
    def get_berth(berth_id):
        return BERTHS[berth_id]

    @app.post("/bookings")
    def create_booking():
        payload = request.get_json()
        nights = int(payload["nights"])
        price = Decimal("3.10") * Decimal(str(BERTHS[payload["berth"]]["length_m"])) * nights
        booking = {"reference": f"BK-{len(BOOKINGS) + 1001}", "berth": payload["berth"], "price": price}
        BOOKINGS[booking["reference"]] = booking
        return Response(json.dumps(booking), status=201, mimetype="application/json")

    @app.get("/bookings/<reference>")
    def get_booking(reference):
        if reference not in BOOKINGS:
            abort(404)
        return {"reference": reference}

    @app.get("/admin/occupancy")
    def occupancy():
        return {"occupied": len(BOOKINGS), "berths": len(BERTHS)}

    @app.get("/health")
    def health():
        return {"status": "ok"}

    return app
