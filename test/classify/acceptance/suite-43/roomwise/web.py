"""The guests' API (Flask)."""
from flask import Flask, jsonify

app = Flask(__name__)

_HOTELS = {"LON": {"name": "Roomwise Bankside", "checkin": "15:00"}, "EDI": {"name": "Roomwise Leith"}}


@app.get("/hotels/<code>")
def hotel(code):
    found = _HOTELS[code]
    return jsonify(code=code, name=found["name"], checkin=found["checkin"])
