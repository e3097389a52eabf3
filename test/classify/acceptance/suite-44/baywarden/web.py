"""The drivers' API (Flask)."""
from flask import Flask, jsonify

app = Flask(__name__)

_GARAGES = {"NORTH": {"name": "North Street", "height_m": 2.1}, "QUAY": {"name": "Quayside"}}


@app.get("/garages/<code>")
def garage(code):
    found = _GARAGES[code]
    return jsonify(code=code, name=found["name"], height=found["height_m"])
