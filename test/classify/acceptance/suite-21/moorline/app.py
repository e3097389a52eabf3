"""The booking API (Flask)."""
from flask import Flask, jsonify, request

from moorline import berths, fees

app = Flask(__name__)
FREE = [{"id": "A12", "length_m": 12.0}, {"id": "A14", "length_m": 14.0}, {"id": "B03", "length_m": 9.0}]


@app.post("/bookings")
def create_booking():
    boat = request.get_json()["boat"]
    berth = berths.best_berth(boat["loa_m"], FREE)
    fee = fees.nightly_fee(boat["loa_m"], request.get_json()["nights"])
    return jsonify({"berth": berth["id"], "fee": str(fee)}), 201


@app.get("/berths/<berth_id>")
def berth(berth_id):
    for b in FREE:
        if b["id"] == berth_id:
            return 200, jsonify(b)
    return jsonify({"error": "no such berth"}), 404
