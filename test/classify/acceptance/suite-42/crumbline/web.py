"""The online shop's API (Flask)."""
from flask import Flask, jsonify

app = Flask(__name__)

_BRANCHES = {"MKT": {"name": "Market Street", "opens": "07:00"}, "STN": {"name": "Station Road"}}
_CUSTOMERS = {"c-1": {"name": "Ada", "loyalty": None}}


@app.get("/branches/<code>")
def branch(code):
    found = _BRANCHES[code]
    return jsonify(code=code, name=found["name"], opens=found["opens"])


@app.get("/customers/<customer>/points")
def points(customer):
    return jsonify(points=_CUSTOMERS[customer]["loyalty"].get("points", 0))
